package dev.yardstick.store;

import dev.yardstick.analysis.ComparatorGap;
import dev.yardstick.analysis.SeriesPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.influxdb.dto.BoundParameterQuery;
import org.influxdb.dto.QueryResult;

/**
 * What an assessment of one organisation reads: its reconciled series and the comparator values
 * its updates quote, read together in one request (two InfluxQL statements) so the comparators
 * cost no extra round trip per upload.
 *
 * @param comparators by indicator id, every quoted England, regional and neighbour value
 */
public record AssessmentInput(List<StoredSeries> series, Map<String, List<ComparatorGap.Quoted>> comparators) {

    public AssessmentInput {
        series = List.copyOf(series);
        comparators = Map.copyOf(comparators);
    }

    /** The comparator values quoted for one indicator; empty when none. */
    public List<ComparatorGap.Quoted> comparators(String indicator) {
        return comparators.getOrDefault(indicator, List.of());
    }

    static AssessmentInput read(InfluxStore store, String organisation) {
        StringBuilder scopes = new StringBuilder();
        for (int i = 0; i < ComparatorGap.SCOPES.size(); i++) {
            scopes.append(i == 0 ? "" : " OR ").append('"').append(Schema.Observation.TAG_SCOPE).append("\" = $scope").append(i);
        }
        String comparators = "SELECT \"" + Schema.Observation.FIELD_VALUE + "\" FROM \"" + Schema.Observation.MEASUREMENT
                + "\" WHERE \"" + Schema.Observation.TAG_ORGANISATION + "\" = $org AND (" + scopes + ") GROUP BY \""
                + Schema.Observation.TAG_INDICATOR + "\", \"" + Schema.Observation.TAG_SCOPE + "\"";
        var builder = BoundParameterQuery.QueryBuilder.newQuery(seriesQuery(organisation) + "; " + comparators)
                .forDatabase(store.settings().database()).bind("org", organisation);
        for (int i = 0; i < ComparatorGap.SCOPES.size(); i++) {
            builder.bind("scope" + i, ComparatorGap.SCOPES.get(i));
        }
        List<QueryResult.Result> results = store.query(builder.create(), "read the reconciled series and comparators").getResults();
        Map<String, List<ComparatorGap.Quoted>> quoted = new LinkedHashMap<>();
        if (results.get(1).getSeries() != null) {
            for (QueryResult.Series s : results.get(1).getSeries()) {
                List<ComparatorGap.Quoted> values = quoted.computeIfAbsent(s.getTags().get(Schema.Observation.TAG_INDICATOR), k -> new ArrayList<>());
                for (List<Object> row : s.getValues()) {
                    if (row.get(1) instanceof Number value) {
                        // oldest first within a period end: a later update's value for the same period comes last and wins
                        values.add(new ComparatorGap.Quoted(s.getTags().get(Schema.Observation.TAG_SCOPE), day(row.get(0)), value.doubleValue()));
                    }
                }
            }
        }
        return new AssessmentInput(series(results.get(0)), quoted);
    }

    /** The reconciled series of one organisation (all when null), grouped by their tags; binds {@code $org}. */
    static String seriesQuery(String organisation) {
        return "SELECT \"" + Schema.IndicatorValue.FIELD_VALUE + "\", \"" + Schema.IndicatorValue.FIELD_PERIOD_START + "\" FROM \""
                + Schema.IndicatorValue.MEASUREMENT + "\""
                + (organisation == null ? "" : " WHERE \"" + Schema.IndicatorValue.TAG_ORGANISATION + "\" = $org")
                + " GROUP BY \"" + Schema.IndicatorValue.TAG_ORGANISATION + "\", \"" + Schema.IndicatorValue.TAG_INDICATOR
                + "\", \"" + Schema.IndicatorValue.TAG_THEME + "\", \"" + Schema.IndicatorValue.TAG_DIRECTOR + "\"";
    }

    static List<StoredSeries> series(QueryResult.Result result) {
        List<StoredSeries> out = new ArrayList<>();
        if (result.getSeries() == null) {
            return out;
        }
        for (QueryResult.Series s : result.getSeries()) {
            List<SeriesPoint> points = new ArrayList<>();
            for (List<Object> row : s.getValues()) {
                LocalDate end = day(row.get(0));
                // every reconciled value is written with its period; a point without one is read as that day alone
                LocalDate start = row.get(2) instanceof String s1 ? LocalDate.parse(s1) : end;
                points.add(new SeriesPoint(start, end, ((Number) row.get(1)).doubleValue()));
            }
            var tags = s.getTags();
            out.add(new StoredSeries(tags.get(Schema.IndicatorValue.TAG_ORGANISATION), tags.get(Schema.IndicatorValue.TAG_INDICATOR),
                    tags.get(Schema.IndicatorValue.TAG_THEME), tags.get(Schema.IndicatorValue.TAG_DIRECTOR), points));
        }
        return out;
    }

    private static LocalDate day(Object epochMillis) {
        return Instant.ofEpochMilli(((Number) epochMillis).longValue()).atZone(ZoneOffset.UTC).toLocalDate();
    }
}
