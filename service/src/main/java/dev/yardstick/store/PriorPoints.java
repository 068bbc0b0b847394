package dev.yardstick.store;

import java.util.ArrayList;
import java.util.Collection;
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
    private record Prior(String indicator, Collection<String> fields, PointRecord point) {
    }

    private final List<String> tagKeys;
    /** Null until first needed, when the points were written by this process: then built from {@link #written}. */
    private Map<String, Prior> byKey;
    private final List<PointRecord> written;

    private PriorPoints(List<String> tagKeys, Map<String, Prior> byKey, List<PointRecord> written) {
        this.tagKeys = tagKeys;
        this.byKey = byKey;
        this.written = written;
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
        return new PriorPoints(tagKeys, byKey, List.of());
    }

    /**
     * Points this process wrote: their content is known. Indexed only when the next assessment of
     * the organisation asks, since a process that keeps no organisations never does.
     */
    static PriorPoints written(List<String> tagKeys, List<PointRecord> records) {
        return new PriorPoints(tagKeys, null, records);
    }

    /** Synchronized: a kept organisation's state may be taken up by the next session on another thread. */
    private synchronized Map<String, Prior> byKey() {
        if (byKey == null) {
            Map<String, Prior> index = new HashMap<>();
            for (PointRecord r : written) {
                index.put(r.key(tagKeys), new Prior(r.tag(Schema.IndicatorStatus.TAG_INDICATOR), r.fieldNames(), r));
            }
            byKey = index;
        }
        return byKey;
    }

    /** The indicators whose stored points the new records would not cover: their series must be dropped. */
    Set<String> stale(List<PointRecord> records) {
        Set<String> stale = new TreeSet<>();
        Map<String, Prior> before = byKey();
        if (before.isEmpty()) {
            return stale; // nothing stored: no record need be keyed
        }
        Map<String, PointRecord> fresh = new HashMap<>();
        for (PointRecord r : records) {
            fresh.put(r.key(tagKeys), r);
        }
        before.forEach((key, prior) -> {
            PointRecord replacement = fresh.get(key);
            if (replacement == null || !replacement.hasFields(prior.fields())) {
                stale.add(prior.indicator());
            }
        });
        return stale;
    }

    /** The records to send: all of a dropped indicator's, otherwise those not known to be stored already. */
    List<PointRecord> toWrite(List<PointRecord> records, Set<String> dropped) {
        Map<String, Prior> before = byKey();
        if (before.isEmpty()) {
            return records;
        }
        List<PointRecord> out = new ArrayList<>();
        for (PointRecord r : records) {
            Prior prior = before.get(r.key(tagKeys));
            if (prior == null || prior.point() == null || !prior.point().equals(r) || dropped.contains(r.tag(Schema.IndicatorStatus.TAG_INDICATOR))) {
                out.add(r);
            }
        }
        return out;
    }
}
