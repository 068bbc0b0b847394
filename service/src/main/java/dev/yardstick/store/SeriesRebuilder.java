package dev.yardstick.store;

import dev.yardstick.catalogue.ProvisionalIndicators;
import dev.yardstick.extract.Kind;
import dev.yardstick.series.ReconciledValue;
import dev.yardstick.series.Reconciler;
import dev.yardstick.series.RecordedObservation;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.influxdb.dto.BoundParameterQuery;
import org.influxdb.dto.Point;
import org.influxdb.dto.QueryResult;

/**
 * Rebuilds the {@code indicator_value} series of one indicator and organisation from every
 * {@code observation} point recorded for it, using {@link Reconciler}'s rule of precedence.
 */
final class SeriesRebuilder {

    /** Only what reconciling needs: the sentence and source of each, but not its text, row or accountability. */
    private static final String RECONCILE_COLUMNS = String.join(", ", java.util.stream.Stream.of(Schema.Observation.FIELD_VALUE,
            Schema.Observation.FIELD_UNIT, Schema.Observation.FIELD_QUALIFIER, Schema.Observation.FIELD_PERIOD_START,
            Schema.Observation.FIELD_PERIOD_END, Schema.Observation.FIELD_REPORT, Schema.Observation.FIELD_SEQ,
            Schema.Observation.FIELD_SOURCE, Schema.Observation.FIELD_SENTENCE, Schema.Observation.TAG_INDICATOR,
            Schema.Observation.TAG_KIND, Schema.Observation.TAG_THEME, Schema.Observation.TAG_DIRECTOR).map(c -> "\"" + c + "\"").toList());

    private SeriesRebuilder() {
    }

    /**
     * Rebuilds the reconciled series of every indicator of one organisation: one query for its
     * observations, one for its current series, a drop only for a series whose tags changed or
     * that lost a period, then the points, added to {@code batch}. Rewriting an unchanged point
     * leaves it as it was.
     *
     * @return the number of reconciled values written
     */
    static int rebuild(InfluxStore store, String organisation, PointBatch batch) {
        String db = store.settings().database();
        Map<String, List<RecordedObservation>> byIndicator = recorded(store.query(BoundParameterQuery.QueryBuilder.newQuery(
                        "SELECT " + RECONCILE_COLUMNS + " FROM \"" + Schema.Observation.MEASUREMENT + "\" WHERE \"" + Schema.Observation.TAG_ORGANISATION
                                + "\" = $org AND \"" + Schema.Observation.TAG_INDICATOR + "\" != $candidate AND (\""
                                + Schema.Observation.TAG_SCOPE + "\" = $own OR \"" + Schema.Observation.TAG_SCOPE + "\" = '')")
                .forDatabase(db).bind("org", organisation).bind("candidate", Schema.Observation.CANDIDATE)
                .bind("own", dev.yardstick.extract.Scope.OWN.id()).create(),
                "read the observations of " + organisation), organisation);
        Map<String, List<Existing>> existing = existing(store.query(BoundParameterQuery.QueryBuilder.newQuery(
                        "SELECT \"" + Schema.IndicatorValue.FIELD_VALUE + "\" FROM \"" + Schema.IndicatorValue.MEASUREMENT + "\" WHERE \""
                                + Schema.IndicatorValue.TAG_ORGANISATION + "\" = $org GROUP BY \"" + Schema.IndicatorValue.TAG_INDICATOR
                                + "\", \"" + Schema.IndicatorValue.TAG_THEME + "\", \"" + Schema.IndicatorValue.TAG_DIRECTOR + "\"")
                .forDatabase(db).bind("org", organisation).create(), "read the series of " + organisation));
        Set<String> indicators = new TreeSet<>(byIndicator.keySet());
        indicators.addAll(existing.keySet());
        List<Point> all = new ArrayList<>();
        for (String indicator : indicators) {
            IndicatorKey key = new IndicatorKey(organisation, indicator);
            Series series = series(key, byIndicator.getOrDefault(indicator, List.of()));
            if (mustDrop(existing.getOrDefault(indicator, List.of()), series)) {
                store.delete(dropSeries(db, key), "clear the series of " + indicator);
            }
            all.addAll(series.points());
        }
        batch.addAll(all);
        return all.size();
    }

    /** A series whose tag set changed, or that has a period the new points lack, must go before the rewrite. */
    private static boolean mustDrop(List<Existing> existing, Series series) {
        if (existing.isEmpty()) {
            return false;
        }
        if (existing.size() > 1 || series.points().isEmpty()) {
            return true;
        }
        Existing e = existing.get(0);
        boolean sameTags = e.theme().equals(series.theme()) && e.director().equals(series.director());
        return !sameTags || !series.times().containsAll(e.times());
    }

    /** The points of one reconciled series, with the tag values and times they carry. */
    record Series(String theme, String director, Set<Long> times, List<Point> points) {
    }

    private record Existing(String theme, String director, Set<Long> times) {
    }

    private static Map<String, List<Existing>> existing(QueryResult result) {
        Map<String, List<Existing>> out = new HashMap<>();
        QueryResult.Result r = result.getResults().get(0);
        if (r.getSeries() == null) {
            return out;
        }
        for (QueryResult.Series s : r.getSeries()) {
            Set<Long> times = new HashSet<>();
            for (List<Object> row : s.getValues()) {
                times.add(((Number) row.get(0)).longValue());
            }
            Map<String, String> tags = s.getTags();
            out.computeIfAbsent(tags.get(Schema.IndicatorValue.TAG_INDICATOR), k -> new ArrayList<>())
                    .add(new Existing(tags.getOrDefault(Schema.IndicatorValue.TAG_THEME, ""),
                            tags.getOrDefault(Schema.IndicatorValue.TAG_DIRECTOR, ""), times));
        }
        return out;
    }

    private static Map<String, List<RecordedObservation>> recorded(QueryResult result, String organisation) {
        Map<String, List<RecordedObservation>> out = new TreeMap<>();
        for (ResultRows.Row v : ResultRows.of(result)) {
            String indicator = v.text(Schema.Observation.TAG_INDICATOR);
            out.computeIfAbsent(indicator, k -> new ArrayList<>()).add(new RecordedObservation(organisation, indicator,
                    Kind.valueOf(v.text(Schema.Observation.TAG_KIND).toUpperCase(Locale.ROOT)),
                    v.number(Schema.Observation.FIELD_VALUE), v.text(Schema.Observation.FIELD_UNIT),
                    "exact".equals(v.text(Schema.Observation.FIELD_QUALIFIER)),
                    LocalDate.parse(v.text(Schema.Observation.FIELD_PERIOD_START)),
                    LocalDate.parse(v.text(Schema.Observation.FIELD_PERIOD_END)),
                    v.text(Schema.Observation.FIELD_REPORT), (int) v.number(Schema.Observation.FIELD_SEQ),
                    v.text(Schema.Observation.FIELD_SOURCE), v.text(Schema.Observation.FIELD_SENTENCE),
                    v.text(Schema.Observation.TAG_THEME), v.text(Schema.Observation.TAG_DIRECTOR)));
        }
        return out;
    }

    static BoundParameterQuery dropSeries(String database, IndicatorKey key) {
        return BoundParameterQuery.QueryBuilder.newQuery("DROP SERIES FROM \"" + Schema.IndicatorValue.MEASUREMENT + "\" WHERE \""
                        + Schema.IndicatorValue.TAG_ORGANISATION + "\" = $org AND \"" + Schema.IndicatorValue.TAG_INDICATOR + "\" = $indicator")
                .forDatabase(database).bind("org", key.organisation()).bind("indicator", key.indicator()).create();
    }

    /** The reconciled series; theme and director tags from the most recent report, so the series keeps one tag set. */
    static Series series(IndicatorKey key, List<RecordedObservation> recorded) {
        List<ReconciledValue> values = Reconciler.reconcile(recorded);
        RecordedObservation latest = recorded.stream()
                .max(Comparator.comparing(RecordedObservation::report).thenComparing(RecordedObservation::seq)).orElse(null);
        String theme = latest == null || latest.theme() == null ? "" : latest.theme();
        String director = latest == null || latest.director() == null ? "" : latest.director();
        Set<Long> times = new HashSet<>();
        List<Point> points = new ArrayList<>(values.size());
        for (ReconciledValue v : values) {
            RecordedObservation c = v.chosen();
            long seconds = c.periodEnd().atStartOfDay(ZoneOffset.UTC).toEpochSecond();
            times.add(seconds * 1000);
            Point.Builder b = LineProtocol.measurement(Schema.IndicatorValue.MEASUREMENT).time(seconds, TimeUnit.SECONDS);
            LineProtocol.tag(b, Schema.IndicatorValue.TAG_ORGANISATION, key.organisation());
            LineProtocol.tag(b, Schema.IndicatorValue.TAG_INDICATOR, key.indicator());
            if (ProvisionalIndicators.isProvisional(key.indicator())) {
                LineProtocol.tag(b, Schema.IndicatorValue.TAG_PROVISIONAL, Schema.PROVISIONAL);
            }
            LineProtocol.tag(b, Schema.IndicatorValue.TAG_THEME, theme);
            LineProtocol.tag(b, Schema.IndicatorValue.TAG_DIRECTOR, director);
            points.add(b.addField(Schema.IndicatorValue.FIELD_VALUE, c.value())
                    .addField(Schema.IndicatorValue.FIELD_KIND, c.kind().id())
                    .addField(Schema.IndicatorValue.FIELD_UNIT, c.unit())
                    .addField(Schema.IndicatorValue.FIELD_PERIOD_START, c.periodStart().toString())
                    .addField(Schema.IndicatorValue.FIELD_PERIOD_END, c.periodEnd().toString())
                    .addField(Schema.IndicatorValue.FIELD_REPORT, c.report())
                    .addField(Schema.IndicatorValue.FIELD_SOURCE, c.source())
                    .addField(Schema.IndicatorValue.FIELD_SENTENCE, c.sentence())
                    .addField(Schema.IndicatorValue.FIELD_ALTERNATIVES, (double) v.alternatives())
                    .build());
        }
        return new Series(theme, director, times, points);
    }
}
