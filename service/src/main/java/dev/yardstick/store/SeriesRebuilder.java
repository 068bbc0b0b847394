package dev.yardstick.store;

import dev.yardstick.extract.Kind;
import dev.yardstick.series.ReconciledValue;
import dev.yardstick.series.Reconciler;
import dev.yardstick.series.RecordedObservation;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    private SeriesRebuilder() {
    }

    static List<RecordedObservation> recorded(QueryResult result, IndicatorKey key) {
        List<RecordedObservation> out = new ArrayList<>();
        QueryResult.Result r = result.getResults().get(0);
        if (r.getSeries() == null) {
            return out;
        }
        for (QueryResult.Series series : r.getSeries()) {
            List<String> columns = series.getColumns();
            for (List<Object> row : series.getValues()) {
                Row v = new Row(columns, row);
                out.add(new RecordedObservation(key.organisation(), key.indicator(),
                        Kind.valueOf(v.text(Schema.Observation.TAG_KIND).toUpperCase(Locale.ROOT)),
                        v.number(Schema.Observation.FIELD_VALUE), v.text(Schema.Observation.FIELD_UNIT),
                        "exact".equals(v.text(Schema.Observation.FIELD_QUALIFIER)),
                        LocalDate.parse(v.text(Schema.Observation.FIELD_PERIOD_START)),
                        LocalDate.parse(v.text(Schema.Observation.FIELD_PERIOD_END)),
                        v.text(Schema.Observation.TAG_REPORT), Integer.parseInt(v.text(Schema.Observation.TAG_SEQ)),
                        v.text(Schema.Observation.FIELD_SOURCE), v.text(Schema.Observation.FIELD_SENTENCE),
                        v.text(Schema.Observation.TAG_THEME), v.text(Schema.Observation.TAG_DIRECTOR)));
            }
        }
        return out;
    }

    static BoundParameterQuery selectObservations(String database, IndicatorKey key) {
        return BoundParameterQuery.QueryBuilder.newQuery("SELECT * FROM \"" + Schema.Observation.MEASUREMENT + "\" WHERE \""
                        + Schema.Observation.TAG_ORGANISATION + "\" = $org AND \"" + Schema.Observation.TAG_INDICATOR + "\" = $indicator")
                .forDatabase(database).bind("org", key.organisation()).bind("indicator", key.indicator()).create();
    }

    static BoundParameterQuery dropSeries(String database, IndicatorKey key) {
        return BoundParameterQuery.QueryBuilder.newQuery("DROP SERIES FROM \"" + Schema.IndicatorValue.MEASUREMENT + "\" WHERE \""
                        + Schema.IndicatorValue.TAG_ORGANISATION + "\" = $org AND \"" + Schema.IndicatorValue.TAG_INDICATOR + "\" = $indicator")
                .forDatabase(database).bind("org", key.organisation()).bind("indicator", key.indicator()).create();
    }

    /** Points for the reconciled series; theme and director tags from the most recent report, so the series keeps one tag set. */
    static List<Point> points(IndicatorKey key, List<RecordedObservation> recorded) {
        List<ReconciledValue> values = Reconciler.reconcile(recorded);
        RecordedObservation latest = recorded.stream()
                .max(Comparator.comparing(RecordedObservation::report).thenComparing(RecordedObservation::seq)).orElse(null);
        List<Point> points = new ArrayList<>(values.size());
        for (ReconciledValue v : values) {
            RecordedObservation c = v.chosen();
            Point.Builder b = Point.measurement(Schema.IndicatorValue.MEASUREMENT)
                    .time(c.periodEnd().atStartOfDay(ZoneOffset.UTC).toEpochSecond(), TimeUnit.SECONDS)
                    .tag(Schema.IndicatorValue.TAG_ORGANISATION, key.organisation())
                    .tag(Schema.IndicatorValue.TAG_INDICATOR, key.indicator());
            if (latest != null && latest.theme() != null && !latest.theme().isBlank()) {
                b.tag(Schema.IndicatorValue.TAG_THEME, latest.theme());
            }
            if (latest != null && latest.director() != null && !latest.director().isBlank()) {
                b.tag(Schema.IndicatorValue.TAG_DIRECTOR, latest.director());
            }
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
        return points;
    }

    /** A result row read by column name. */
    private record Row(List<String> columns, List<Object> values) {
        String text(String column) {
            Object v = values.get(columns.indexOf(column));
            return v == null ? null : v.toString();
        }

        double number(String column) {
            return ((Number) values.get(columns.indexOf(column))).doubleValue();
        }
    }
}
