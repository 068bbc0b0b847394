package dev.yardstick.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.influxdb.dto.Point;

/**
 * A point as an immutable value: measurement, tags, time and fields (Double or String), turned
 * into a client {@link Point} only when written. Tag values are kept as {@link LineProtocol#tagValue}
 * makes them; blank tags and non-finite numbers are left out, never written.
 */
record PointRecord(String measurement, Map<String, String> tags, long epochSeconds, Map<String, Object> fields) {

    PointRecord {
        Map<String, String> t = new TreeMap<>();
        tags.forEach((k, v) -> {
            String safe = v == null ? "" : LineProtocol.tagValue(v);
            if (!safe.isBlank()) {
                t.put(k, safe); // as InfluxDB will store it, so keys compare with what is read back
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
        Point.Builder b = LineProtocol.measurement(measurement).time(epochSeconds, TimeUnit.SECONDS);
        tags.forEach((k, v) -> LineProtocol.tag(b, k, v));
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
