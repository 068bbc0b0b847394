package dev.yardstick.store;

import dev.yardstick.catalogue.MatchedObservation;
import dev.yardstick.document.FinancialQuarter;
import dev.yardstick.document.UpdateDocument;
import dev.yardstick.extract.Observation;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.influxdb.dto.Point;

/** Builds the {@code observation} points of one document, at the last moment, from immutable records. */
public final class ObservationPoints {

    private ObservationPoints() {
    }

    /** The report tag of a document: its quarter, {@code 2017-18-Q2}. */
    public static String reportOf(FinancialQuarter quarter) {
        return FinancialQuarter.fyLabel(quarter.startYear()).replace('/', '-') + "-Q" + quarter.quarter();
    }

    public static List<Point> of(UpdateDocument document, List<MatchedObservation> observations) {
        List<Point> points = new ArrayList<>(observations.size());
        String report = reportOf(document.quarter());
        int seq = 0;
        for (MatchedObservation m : observations) {
            seq++;
            points.add(point(document, report, seq, m));
        }
        return points;
    }

    /** Observations one update may hold: each needs its own instant in its report's slot of a day. */
    public static final int MAX_OBSERVATIONS = 999_999;

    /**
     * Milliseconds past midnight that keep observations apart: the update's quarter counted from
     * April 2000 times 1,000, plus the position in the update modulo 1,000. Quarters up to 2200
     * stay below three minutes, well inside the period's last day. Each report owns the
     * millisecond slot {@link #slotStartMillis} to +999 of a day, so its points can be deleted by
     * time range.
     */
    static long offsetMillis(FinancialQuarter quarter, int seq) {
        checkSeq(seq);
        return slotStartMillis(quarter) + seq % 1000;
    }

    /**
     * Microseconds past {@link #offsetMillis}: the thousands of the position. Zero for the first 999
     * observations, so their points keep the times earlier versions wrote; before, the 1,000th
     * observation of an update could not be written at all (issue 10).
     */
    static long offsetMicros(int seq) {
        checkSeq(seq);
        return seq / 1000;
    }

    /** First millisecond past midnight of the slot a report's points use. */
    static long slotStartMillis(FinancialQuarter quarter) {
        long quarterIndex = (quarter.startYear() - 2000L) * 4 + quarter.quarter() - 1;
        return Math.max(0, quarterIndex) * 1000;
    }

    /** True when no other report shares the slot (quarters before April 2000 all share slot 0). */
    static boolean hasOwnSlot(FinancialQuarter quarter) {
        return (quarter.startYear() - 2000L) * 4 + quarter.quarter() - 1 > 0;
    }

    private static void checkSeq(int seq) {
        if (seq < 1 || seq > MAX_OBSERVATIONS) {
            throw new IllegalArgumentException("an update may hold 1 to " + MAX_OBSERVATIONS + " observations, this one has " + seq);
        }
    }

    private static Point point(UpdateDocument document, String report, int seq, MatchedObservation m) {
        Observation o = m.observation();
        long millis = o.period().end().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() + offsetMillis(document.quarter(), seq);
        long micros = millis * 1000 + offsetMicros(seq);
        Point.Builder b = LineProtocol.measurement(Schema.Observation.MEASUREMENT).time(micros, TimeUnit.MICROSECONDS);
        LineProtocol.tag(b, Schema.Observation.TAG_ORGANISATION, document.organisation());
        LineProtocol.tag(b, Schema.Observation.TAG_INDICATOR, m.isCandidate() ? Schema.Observation.CANDIDATE : m.indicatorId());
        LineProtocol.tag(b, Schema.Observation.TAG_KIND, o.kind().id());
        LineProtocol.tag(b, Schema.Observation.TAG_SCOPE, o.scope().id());
        if (m.isProvisional()) {
            LineProtocol.tag(b, Schema.Observation.TAG_PROVISIONAL, Schema.PROVISIONAL);
        }
        LineProtocol.tag(b, Schema.Observation.TAG_THEME, o.provenance().theme());
        LineProtocol.tag(b, Schema.Observation.TAG_DIRECTOR, o.provenance().director());
        b.addField(Schema.Observation.FIELD_VALUE, o.quantity().value())
                .addField(Schema.Observation.FIELD_UNIT, o.quantity().unitLabel())
                .addField(Schema.Observation.FIELD_MEASURE, o.quantity().unit().measure().name().toLowerCase(java.util.Locale.ROOT))
                .addField(Schema.Observation.FIELD_QUALIFIER, o.quantity().qualifier().id() == null ? "exact" : o.quantity().qualifier().id())
                .addField(Schema.Observation.FIELD_PERIOD_START, o.period().start().toString())
                .addField(Schema.Observation.FIELD_PERIOD_END, o.period().end().toString())
                .addField(Schema.Observation.FIELD_TEXT, o.quantity().text())
                .addField(Schema.Observation.FIELD_SENTENCE, o.sentence())
                .addField(Schema.Observation.FIELD_SENTENCE_SHORT, ShortSentence.of(o.sentence()))
                .addField(Schema.Observation.FIELD_ACCOUNTABILITY, o.provenance().accountability())
                .addField(Schema.Observation.FIELD_SOURCE, document.source())
                .addField(Schema.Observation.FIELD_REPORT, report)
                .addField(Schema.Observation.FIELD_SEQ, (double) seq)
                .addField(Schema.Observation.FIELD_ROW, (double) o.provenance().row())
                .addField(Schema.Observation.FIELD_DERIVATION, o.derivation() == null ? "" : o.derivation());
        if (m.reviewedFrom() != null) {
            b.addField(Schema.Observation.FIELD_REVIEWED_FROM, m.reviewedFrom());
        }
        return b.build();
    }
}
