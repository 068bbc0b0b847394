package dev.yardstick.store;

import java.util.List;
import java.util.Map;

/** The rows one InfluxQL statement answered, read by column name; a statement with no data has none. */
record ResultRows(List<Row> rows) {

    ResultRows {
        rows = List.copyOf(rows);
    }

    /** One row, with the tags of the series it belongs to (those named in GROUP BY). */
    record Row(Map<String, String> tags, List<String> columns, List<Object> values) {
        /** The column's (or group tag's) value as text; null when it is empty or absent. */
        String text(String column) {
            int at = columns.indexOf(column);
            Object v = at < 0 ? tags.get(column) : values.get(at);
            return v == null ? null : v.toString();
        }

        double number(String column) {
            return ((Number) values.get(columns.indexOf(column))).doubleValue();
        }

        long time() {
            return ((Number) values.get(columns.indexOf("time"))).longValue();
        }

        /** A tag's value, "" when absent. */
        String tag(String key) {
            String v = text(key);
            return v == null ? "" : v;
        }
    }
}
