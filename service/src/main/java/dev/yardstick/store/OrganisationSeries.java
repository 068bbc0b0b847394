package dev.yardstick.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which series of one organisation in a measurement keyed by indicator must be dropped before new
 * points replace them. Rewriting a point overwrites it field by field, so a point is left alone
 * only when its replacement has the same series and time and every field it had; otherwise that
 * indicator's series are dropped first. DROP SERIES is the slow part of InfluxDB 1.x, so it is
 * issued only when something would be left behind. Pure: compares what was read with what is new.
 */
final class OrganisationSeries {

    private OrganisationSeries() {
    }

    /** DROP SERIES statements for the indicators whose stored points the new records would not cover. */
    static List<String> stale(String measurement, List<String> tagKeys, String organisation, List<ResultRows.Row> existing,
                              List<PointRecord> records) {
        Map<String, Set<String>> fresh = new HashMap<>();
        for (PointRecord r : records) {
            fresh.put(r.key(tagKeys), r.fields().keySet());
        }
        Set<String> stale = new TreeSet<>();
        for (ResultRows.Row row : existing) {
            StringBuilder key = new StringBuilder();
            for (String k : tagKeys) {
                String v = row.text(k);
                key.append(v == null ? "" : v).append('\u0000');
            }
            key.append(row.time());
            Set<String> replacement = fresh.get(key.toString());
            boolean covered = replacement != null;
            for (int i = 0; covered && i < row.columns().size(); i++) {
                String column = row.columns().get(i);
                covered = row.values().get(i) == null || column.equals("time") || tagKeys.contains(column) || replacement.contains(column);
            }
            if (!covered) {
                stale.add(row.text(Schema.IndicatorStatus.TAG_INDICATOR));
            }
        }
        return stale.stream().map(indicator -> InfluxQl.dropSeries(measurement, InfluxQl.and(
                InfluxQl.is(Schema.IndicatorStatus.TAG_ORGANISATION, organisation), InfluxQl.is(Schema.IndicatorStatus.TAG_INDICATOR, indicator))))
                .toList();
    }
}
