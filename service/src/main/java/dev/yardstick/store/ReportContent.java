package dev.yardstick.store;

import dev.yardstick.analysis.ComparatorGap;
import dev.yardstick.catalogue.MatchedObservation;
import dev.yardstick.document.FinancialQuarter;
import dev.yardstick.document.UpdateDocument;
import dev.yardstick.extract.Kind;
import dev.yardstick.extract.Observation;
import dev.yardstick.extract.Scope;
import dev.yardstick.series.RecordedObservation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one update (an organisation's report of one quarter) holds, as reconciling, assessing and
 * replacing it need: its own values, the comparator values it quotes, and where its points sit.
 * Built from what is stored, or from an update being written, so either can be reconciled
 * without reading anything back.
 */
final class ReportContent {

    /** A comparator value with the time of its point: later points were quoted later. */
    record TimedQuote(String indicator, long micros, ComparatorGap.Quoted quoted) {
    }

    /** Where one point sits: enough to delete it by series and time. */
    record PointKey(String indicator, String kind, long micros) {
    }

    private static final long DAY_MICROS = 86_400_000_000L;

    final List<RecordedObservation> recorded = new ArrayList<>();
    final List<TimedQuote> quotes = new ArrayList<>();
    final List<PointKey> points = new ArrayList<>();

    /** The content of an update about to be written; {@code points} are its observation points, in order. */
    static ReportContent of(UpdateDocument document, List<MatchedObservation> observations, List<PointRecord> written) {
        ReportContent c = new ReportContent();
        String report = ObservationPoints.reportOf(document.quarter());
        for (int i = 0; i < observations.size(); i++) {
            MatchedObservation m = observations.get(i);
            Observation o = m.observation();
            long micros = written.get(i).epochMicros();
            String indicator = m.isCandidate() ? Schema.Observation.CANDIDATE : m.indicatorId();
            c.points.add(new PointKey(indicator, o.kind().id(), micros));
            if (m.isCandidate()) {
                continue;
            }
            if (o.scope() == Scope.OWN) {
                c.recorded.add(new RecordedObservation(document.organisation(), indicator, o.kind(), o.quantity().value(),
                        o.quantity().unitLabel(), o.quantity().qualifier().id() == null, o.period().start(), o.period().end(), report,
                        i + 1, document.source(), o.sentence(), tag(o.provenance().theme()), tag(o.provenance().director())));
            } else if (ComparatorGap.SCOPES.contains(o.scope().id())) {
                c.quotes.add(new TimedQuote(indicator, micros, new ComparatorGap.Quoted(o.scope().id(), o.period().end(), o.quantity().value())));
            }
        }
        return c;
    }

    /** A stored observation row (times in milliseconds); candidates carry only their place. */
    void addStored(String organisation, ResultRows.Row row) {
        String indicator = row.text(Schema.Observation.TAG_INDICATOR);
        String kind = row.text(Schema.Observation.TAG_KIND);
        long micros = row.time() * 1000;
        points.add(new PointKey(indicator, kind, micros));
        if (Schema.Observation.CANDIDATE.equals(indicator)) {
            return;
        }
        String scope = row.tag(Schema.Observation.TAG_SCOPE);
        if (scope.isEmpty() || scope.equals(Scope.OWN.id())) {
            recorded.add(new RecordedObservation(organisation, indicator, Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)),
                    row.number(Schema.Observation.FIELD_VALUE), row.text(Schema.Observation.FIELD_UNIT),
                    "exact".equals(row.text(Schema.Observation.FIELD_QUALIFIER)),
                    LocalDate.parse(row.text(Schema.Observation.FIELD_PERIOD_START)), LocalDate.parse(row.text(Schema.Observation.FIELD_PERIOD_END)),
                    row.text(Schema.Observation.FIELD_REPORT), (int) row.number(Schema.Observation.FIELD_SEQ),
                    row.text(Schema.Observation.FIELD_SOURCE), row.text(Schema.Observation.FIELD_SENTENCE),
                    row.tag(Schema.Observation.TAG_THEME), row.tag(Schema.Observation.TAG_DIRECTOR)));
        } else if (ComparatorGap.SCOPES.contains(scope)) {
            LocalDate end = java.time.Instant.ofEpochMilli(row.time()).atZone(java.time.ZoneOffset.UTC).toLocalDate();
            quotes.add(new TimedQuote(indicator, micros, new ComparatorGap.Quoted(scope, end, row.number(Schema.Observation.FIELD_VALUE))));
        }
    }

    /**
     * DELETE statements that remove these points. The report is a field, not a tag (to keep series
     * few), but its points sit in a millisecond slot of their day that no other report uses
     * ({@link ObservationPoints#slotStartMillis}): one DELETE by organisation and time range per
     * distinct day, however many versions came before. Quarters before April 2000 share a slot, so
     * their points go one by one, by series and time.
     */
    List<String> deletions(String organisation, FinancialQuarter quarter) {
        boolean ownSlot = ObservationPoints.hasOwnSlot(quarter);
        Set<String> out = new LinkedHashSet<>();
        String org = InfluxQl.is(Schema.Observation.TAG_ORGANISATION, organisation);
        for (PointKey p : points) {
            long millis = p.micros() / 1000;
            if (ownSlot) {
                long from = Math.floorDiv(p.micros(), DAY_MICROS) * 86_400_000L + ObservationPoints.slotStartMillis(quarter);
                out.add(InfluxQl.delete(Schema.Observation.MEASUREMENT, InfluxQl.and(org, InfluxQl.timeBetweenMillis(from, from + 1000))));
            } else {
                out.add(InfluxQl.delete(Schema.Observation.MEASUREMENT, InfluxQl.and(org,
                        InfluxQl.is(Schema.Observation.TAG_INDICATOR, p.indicator()), InfluxQl.is(Schema.Observation.TAG_KIND, p.kind()),
                        InfluxQl.timeBetweenMillis(millis, millis + 1))));
            }
        }
        return List.copyOf(out);
    }

    /** Theme and director as their tags will hold them. */
    private static String tag(String value) {
        return value == null ? "" : LineProtocol.tagValue(value).isBlank() ? "" : LineProtocol.tagValue(value);
    }
}
