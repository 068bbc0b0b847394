package dev.yardstick.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.influxdb.dto.Point;

/**
 * A point as an immutable value: measurement, tags, time and fields (Double or String), turned
 * into a client {@link Point} only when written. Blank tags and non-finite numbers are left out,
 * never written.
 */
record PointRecord(String measurement, Map<String, String> tags, long epochSeconds, Map<String, Object> fields) {

    PointRecord {
        Map<String, String> t = new TreeMap<>();
        tags.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                t.put(k, v);
            }
        });
        Map<String, Object> f = new LinkedHashMap<>();
        fields.forEach((k, v) -> {
            if (v instanceof Double d ? Double.isFinite(d) : v instanceof String) {
                f.put(k, v);
            }
        });
        tags = Map.copyOf(t);
        fields = java.util.Collections.unmodifiableMap(f);
    }

    Point toPoint() {
        Point.Builder b = Point.measurement(measurement).time(epochSeconds, TimeUnit.SECONDS).tag(tags);
        fields.forEach((k, v) -> {
            if (v instanceof Double d) {
                b.addField(k, d);
            } else {
                b.addField(k, (String) v);
            }
        });
        return b.build();
    }

    /** Series and time: points with equal keys overwrite each other. */
    String key(Iterable<String> tagKeys) {
        StringBuilder s = new StringBuilder();
        for (String k : tagKeys) {
            s.append(tags.getOrDefault(k, "")).append('\u0000');
        }
        return s.append(epochSeconds * 1000).toString();
    }
}
