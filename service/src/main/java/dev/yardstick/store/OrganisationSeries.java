package dev.yardstick.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.influxdb.dto.BoundParameterQuery;

/**
 * Replaces what one organisation has in a measurement keyed by indicator. Rewriting a point
 * overwrites it field by field, so a point is left alone only when its replacement has the same
 * series and time and every field it had; otherwise that indicator's series are dropped first.
 * DROP SERIES is the slow part of InfluxDB 1.x, so it is issued only when something would be left
 * behind.
 */
final class OrganisationSeries {

    private OrganisationSeries() {
    }

    static void replace(InfluxStore store, String measurement, List<String> tagKeys, String organisation, List<PointRecord> records,
                        PointBatch batch) {
        Map<String, Set<String>> fresh = new HashMap<>();
        for (PointRecord r : records) {
            fresh.put(r.key(tagKeys), r.fields().keySet());
        }
        String db = store.settings().database();
        var existing = ResultRows.of(store.query(BoundParameterQuery.QueryBuilder.newQuery("SELECT * FROM \"" + measurement
                        + "\" WHERE \"" + Schema.IndicatorStatus.TAG_ORGANISATION + "\" = $org").forDatabase(db).bind("org", organisation).create(),
                "read the " + measurement + " series of " + organisation));
        Set<String> stale = new TreeSet<>();
        for (ResultRows.Row row : existing) {
            StringBuilder key = new StringBuilder();
            for (String k : tagKeys) {
                String v = row.text(k);
                key.append(v == null ? "" : v).append('\u0000');
            }
            key.append((long) row.number("time"));
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
        for (String indicator : stale) {
            store.delete(BoundParameterQuery.QueryBuilder.newQuery("DROP SERIES FROM \"" + measurement + "\" WHERE \""
                            + Schema.IndicatorStatus.TAG_ORGANISATION + "\" = $org AND \"" + Schema.IndicatorStatus.TAG_INDICATOR
                            + "\" = $indicator").forDatabase(db).bind("org", organisation).bind("indicator", indicator).create(),
                    "clear the " + measurement + " series of " + indicator);
        }
        records.forEach(r -> batch.add(r.toPoint()));
    }
}
