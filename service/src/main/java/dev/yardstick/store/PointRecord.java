package dev.yardstick.store;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A point as an immutable value, built at the last moment and turned into line protocol by
 * {@link LineProtocol#append} only when written. The one way Yardstick builds a point: tag values
 * are kept as {@link LineProtocol#tagValue} makes them (as InfluxDB will store them, so keys
 * compare with what is read back); a blank tag or a NaN or infinite number is left out, never
 * written, and counted in {@link #refused()}.
 *
 * @param epochMicros time in microseconds since the epoch (written with precision {@code u})
 * @param fields      Double or String values, by name
 */
record PointRecord(String measurement, Map<String, String> tags, long epochMicros, Map<String, Object> fields, int refused) {

    PointRecord {
        tags = Collections.unmodifiableMap(new TreeMap<>(tags));
        fields = Collections.unmodifiableMap(new TreeMap<>(fields));
    }

    static Builder at(String measurement, long epochMicros) {
        return new Builder(measurement, epochMicros);
    }

    /** Series and time: points with equal keys overwrite each other. */
    String key(Iterable<String> tagKeys) {
        StringBuilder s = new StringBuilder();
        for (String k : tagKeys) {
            s.append(tags.getOrDefault(k, "")).append('\u0000');
        }
        return s.append(epochMicros / 1000).toString();
    }

    /** Collects tags and fields; what cannot be written is left out and counted. */
    static final class Builder {
        private final String measurement;
        private final long epochMicros;
        private final Map<String, String> tags = new TreeMap<>();
        private final Map<String, Object> fields = new TreeMap<>();
        private int refused;

        private Builder(String measurement, long epochMicros) {
            this.measurement = LineProtocol.name(measurement);
            this.epochMicros = epochMicros;
        }

        /** A missing tag (null or empty) is simply absent; one blank once made safe (spaces, control characters) is refused. */
        Builder tag(String key, String value) {
            if (value != null && !value.isEmpty()) {
                String safe = LineProtocol.tagValue(value);
                if (safe.isBlank()) {
                    refused++;
                } else {
                    tags.put(LineProtocol.name(key), safe);
                }
            }
            return this;
        }

        /** Numbers are always written as floats, so a field never changes type. */
        Builder field(String key, double value) {
            if (Double.isFinite(value)) {
                fields.put(LineProtocol.name(key), value);
            } else {
                refused++;
            }
            return this;
        }

        Builder field(String key, String value) {
            if (value != null) {
                fields.put(LineProtocol.name(key), value);
            }
            return this;
        }

        PointRecord build() {
            return new PointRecord(measurement, tags, epochMicros, fields, refused);
        }
    }
}
