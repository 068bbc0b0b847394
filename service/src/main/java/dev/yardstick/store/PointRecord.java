package dev.yardstick.store;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A point as an immutable value, built at the last moment and turned into line protocol by
 * {@link LineProtocol#append} only when written. The one way Yardstick builds a point: tag values
 * are kept as {@link LineProtocol#tagValue} makes them (as InfluxDB will store them, so keys
 * compare with what is read back); a blank tag or a NaN or infinite number is left out, never
 * written, and counted in {@link #refused()}.
 *
 * <p>Tags and fields are held as arrays sorted by key (the order line protocol is written in),
 * not maps: an ingest builds one of these for every observation, reconciled value and status, each
 * with up to 40 fields, and sorted maps built and copied for each were a large share of its
 * allocation. Equal when measurement, time, tags, fields and refusals are.
 */
final class PointRecord {

    private final String measurement;
    private final long epochMicros;
    private final String[] tagKeys;
    private final String[] tagValues;
    private final String[] fieldKeys;
    /** Double or String values. */
    private final Object[] fieldValues;
    private final int refused;

    private PointRecord(String measurement, long epochMicros, String[] tagKeys, String[] tagValues, String[] fieldKeys,
                        Object[] fieldValues, int refused) {
        this.measurement = measurement;
        this.epochMicros = epochMicros;
        this.tagKeys = tagKeys;
        this.tagValues = tagValues;
        this.fieldKeys = fieldKeys;
        this.fieldValues = fieldValues;
        this.refused = refused;
    }

    /** @param epochMicros time in microseconds since the epoch (written with precision {@code u}) */
    static Builder at(String measurement, long epochMicros) {
        return new Builder(measurement, epochMicros);
    }

    String measurement() {
        return measurement;
    }

    long epochMicros() {
        return epochMicros;
    }

    /** Tags and numbers left out because line protocol cannot hold them. */
    int refused() {
        return refused;
    }

    int tagCount() {
        return tagKeys.length;
    }

    String tagKey(int i) {
        return tagKeys[i];
    }

    String tagValue(int i) {
        return tagValues[i];
    }

    /** The value of a tag, or null when the point has none. */
    String tag(String key) {
        int i = Arrays.binarySearch(tagKeys, key);
        return i >= 0 ? tagValues[i] : null;
    }

    int fieldCount() {
        return fieldKeys.length;
    }

    String fieldKey(int i) {
        return fieldKeys[i];
    }

    /** A Double or a String. */
    Object fieldValue(int i) {
        return fieldValues[i];
    }

    /** The field names, in order. */
    List<String> fieldNames() {
        return Collections.unmodifiableList(Arrays.asList(fieldKeys));
    }

    /** Whether the point has a field of each of these names. */
    boolean hasFields(Collection<String> names) {
        for (String name : names) {
            if (Arrays.binarySearch(fieldKeys, name) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Series and time: points with equal keys overwrite each other. */
    String key(Iterable<String> tagKeys) {
        StringBuilder s = new StringBuilder();
        for (String k : tagKeys) {
            String v = tag(k);
            s.append(v == null ? "" : v).append('\u0000');
        }
        return s.append(epochMicros / 1000).toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PointRecord p && epochMicros == p.epochMicros && refused == p.refused && measurement.equals(p.measurement)
                && Arrays.equals(tagKeys, p.tagKeys) && Arrays.equals(tagValues, p.tagValues) && Arrays.equals(fieldKeys, p.fieldKeys)
                && Arrays.equals(fieldValues, p.fieldValues);
    }

    @Override
    public int hashCode() {
        return Objects.hash(measurement, epochMicros, refused, Arrays.hashCode(tagValues), Arrays.hashCode(fieldValues));
    }

    @Override
    public String toString() {
        return LineProtocol.line(this);
    }

    /** Collects tags and fields; what cannot be written is left out and counted. A key given twice keeps its last value. */
    static final class Builder {
        private final String measurement;
        private final long epochMicros;
        /**
         * Tag values are Strings, held as Objects as field values are: one array type through
         * {@link Entries#sortByKey}, which the JIT then compiles once.
         */
        private final Entries tags = new Entries(8);
        private final Entries fields = new Entries(24);
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
            int t = tags.sortByKey();
            int f = fields.sortByKey();
            return new PointRecord(measurement, epochMicros, Arrays.copyOf(tags.keys, t), Arrays.copyOf(tags.values, t, String[].class),
                    Arrays.copyOf(fields.keys, f), Arrays.copyOf(fields.values, f), refused);
        }
    }

    /** Keys with their values, in the order given until sorted. */
    private static final class Entries {
        private String[] keys;
        private Object[] values;
        private int size;

        Entries(int capacity) {
            keys = new String[capacity];
            values = new Object[capacity];
        }

        void put(String key, Object value) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            keys[size] = key;
            values[size++] = value;
        }

        /**
         * Sorts the keys with their values (an insertion sort: a point has a few dozen at most, and a stable one, so
         * of a key given twice the value given last comes last), then keeps only the last value of each key; returns
         * how many are left.
         */
        int sortByKey() {
            for (int i = 1; i < size; i++) {
                String k = keys[i];
                Object v = values[i];
                int j = i - 1;
                while (j >= 0 && keys[j].compareTo(k) > 0) {
                    keys[j + 1] = keys[j];
                    values[j + 1] = values[j];
                    j--;
                }
                keys[j + 1] = k;
                values[j + 1] = v;
            }
            int kept = 0;
            for (int i = 0; i < size; i++) {
                if (i + 1 < size && keys[i].equals(keys[i + 1])) {
                    continue; // a later value of the same key follows
                }
                keys[kept] = keys[i];
                values[kept++] = values[i];
            }
            return kept;
        }
    }
}
