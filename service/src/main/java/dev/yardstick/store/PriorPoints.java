package dev.yardstick.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The points one organisation had in a measurement keyed by indicator ({@code indicator_status},
 * {@code indicator_target}) before they are rewritten: which series must be dropped first, and
 * which new points need writing at all. Rewriting a point overwrites it field by field, so a point
 * is left alone only when its replacement has the same series and time and every field it had;
 * otherwise that indicator's series are dropped first (DROP SERIES is the slow part of InfluxDB
 * 1.x, so it is issued only when something would be left behind). When the points were written by
 * this process their content is known, and a new point equal to its predecessor is not sent again;
 * when they were read back only their shape is, and every new point is sent. Pure.
 */
final class PriorPoints {

    /** Where one stored point sits and which fields it has; {@code point} when its content is known. */
    private record Prior(String indicator, Set<String> fields, PointRecord point) {
    }

    private final List<String> tagKeys;
    private final Map<String, Prior> byKey;

    private PriorPoints(List<String> tagKeys, Map<String, Prior> byKey) {
        this.tagKeys = tagKeys;
        this.byKey = byKey;
    }

    /** Points as read back (times in milliseconds): shapes only. */
    static PriorPoints read(List<String> tagKeys, List<ResultRows.Row> rows) {
        Map<String, Prior> byKey = new HashMap<>();
        for (ResultRows.Row row : rows) {
            StringBuilder key = new StringBuilder();
            for (String k : tagKeys) {
                String v = row.text(k);
                key.append(v == null ? "" : v).append('\u0000');
            }
            key.append(row.time());
            Set<String> fields = new TreeSet<>();
            for (int i = 0; i < row.columns().size(); i++) {
                String column = row.columns().get(i);
                if (row.values().get(i) != null && !column.equals("time") && !tagKeys.contains(column)) {
                    fields.add(column);
                }
            }
            byKey.put(key.toString(), new Prior(row.text(Schema.IndicatorStatus.TAG_INDICATOR), fields, null));
        }
        return new PriorPoints(tagKeys, byKey);
    }

    /** Points this process wrote: their content is known. */
    static PriorPoints written(List<String> tagKeys, List<PointRecord> records) {
        Map<String, Prior> byKey = new HashMap<>();
        for (PointRecord r : records) {
            byKey.put(r.key(tagKeys), new Prior(r.tags().get(Schema.IndicatorStatus.TAG_INDICATOR), r.fields().keySet(), r));
        }
        return new PriorPoints(tagKeys, byKey);
    }

    /** The indicators whose stored points the new records would not cover: their series must be dropped. */
    Set<String> stale(List<PointRecord> records) {
        Map<String, Set<String>> fresh = new HashMap<>();
        for (PointRecord r : records) {
            fresh.put(r.key(tagKeys), r.fields().keySet());
        }
        Set<String> stale = new TreeSet<>();
        byKey.forEach((key, prior) -> {
            Set<String> replacement = fresh.get(key);
            if (replacement == null || !replacement.containsAll(prior.fields())) {
                stale.add(prior.indicator());
            }
        });
        return stale;
    }

    /** The records to send: all of a dropped indicator's, otherwise those not known to be stored already. */
    List<PointRecord> toWrite(List<PointRecord> records, Set<String> dropped) {
        List<PointRecord> out = new ArrayList<>();
        for (PointRecord r : records) {
            Prior prior = byKey.get(r.key(tagKeys));
            if (prior == null || prior.point() == null || !prior.point().equals(r) || dropped.contains(r.tags().get(Schema.IndicatorStatus.TAG_INDICATOR))) {
                out.add(r);
            }
        }
        return out;
    }
}
