package dev.yardstick.store;

import java.util.List;
import java.util.stream.Collectors;

/**
 * InfluxQL text with every name and value quoted, in the spirit of Micrometer's
 * {@code CreateDatabaseQueryBuilder}: identifiers in double quotes, string literals in single
 * quotes. InfluxQL's scanner reads a backslash-escaped quote, backslash and {@code \n} inside
 * either, and refuses a raw newline (InfluxQL reference, "Identifiers" and "Literals"; influxql
 * {@code scanner.go}, {@code ScanString}), so those are escaped and nothing else needs to be.
 * Every query Yardstick sends is built here, so no caller can forget to quote.
 */
final class InfluxQl {

    private InfluxQl() {
    }

    /** {@code "name"}: a measurement, tag, field or database name. */
    static String identifier(String name) {
        return quoted(name, '"');
    }

    /** {@code 'value'}: a string compared with a tag or field. */
    static String literal(String value) {
        return quoted(value, '\'');
    }

    private static String quoted(String s, char quote) {
        StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == quote) {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else {
                out.append(c);
            }
        }
        return out.append(quote).toString();
    }

    /** {@code "tag" = 'value'} */
    static String is(String key, String value) {
        return identifier(key) + " = " + literal(value);
    }

    /** {@code "tag" != 'value'} */
    static String isNot(String key, String value) {
        return identifier(key) + " != " + literal(value);
    }

    /** Every condition must hold. */
    static String and(String... conditions) {
        return String.join(" AND ", conditions);
    }

    /** Any of the conditions, in parentheses so it can stand inside {@link #and}. */
    static String anyOf(List<String> conditions) {
        return "(" + String.join(" OR ", conditions) + ")";
    }

    /** {@code time >= a AND time < b}, in epoch milliseconds. */
    static String timeBetweenMillis(long fromInclusive, long toExclusive) {
        return "time >= " + fromInclusive + "ms AND time < " + toExclusive + "ms";
    }

    /** {@code time >= a AND time < b}, in epoch microseconds. */
    static String timeBetweenMicros(long fromInclusive, long toExclusive) {
        return "time >= " + fromInclusive + "u AND time < " + toExclusive + "u";
    }

    /** {@code time >= '2019-04-01T00:00:00Z'}: from the start of a day (UTC). */
    static String timeFrom(java.time.LocalDate day) {
        return "time >= " + literal(day + "T00:00:00Z");
    }

    /** {@code time < '2019-04-01T00:00:00Z'}: before the start of a day (UTC). */
    static String timeBefore(java.time.LocalDate day) {
        return "time < " + literal(day + "T00:00:00Z");
    }

    /** {@code SELECT "a", "b" FROM "m"}, or {@code SELECT * FROM "m"} with no columns. */
    static String select(String measurement, List<String> columns) {
        String what = columns.isEmpty() ? "*" : columns.stream().map(InfluxQl::identifier).collect(Collectors.joining(", "));
        return "SELECT " + what + " FROM " + identifier(measurement);
    }

    /** A SELECT with a condition. */
    static String select(String measurement, List<String> columns, String where) {
        return select(measurement, columns) + " WHERE " + where;
    }

    /** {@code ... GROUP BY "a", "b"}: each group's tags come with its rows. */
    static String groupBy(String query, List<String> tags) {
        return query + " GROUP BY " + tags.stream().map(InfluxQl::identifier).collect(Collectors.joining(", "));
    }

    static String delete(String measurement, String where) {
        return "DELETE FROM " + identifier(measurement) + " WHERE " + where;
    }

    static String dropSeries(String measurement, String where) {
        return dropSeries(List.of(measurement), where);
    }

    /** One statement for the series of several measurements: InfluxDB visits each shard once for it, not once per statement. */
    static String dropSeries(List<String> measurements, String where) {
        return "DROP SERIES FROM " + measurements.stream().map(InfluxQl::identifier).collect(Collectors.joining(", ")) + " WHERE " + where;
    }

    /** {@code SHOW TAG VALUES FROM "m" WITH KEY = "k"}, optionally with a condition. */
    static String showTagValues(String measurement, String key, String where) {
        return "SHOW TAG VALUES FROM " + identifier(measurement) + " WITH KEY = " + identifier(key) + (where == null ? "" : " WHERE " + where);
    }

    static String showDatabases() {
        return "SHOW DATABASES";
    }

    static String createDatabase(String database) {
        return "CREATE DATABASE " + identifier(database);
    }

    /** A database whose default policy (named {@code policy}) keeps data forever in shard groups of {@code shardDuration}. */
    static String createDatabase(String database, String policy, String shardDuration) {
        return "CREATE DATABASE " + identifier(database) + " WITH DURATION INF REPLICATION 1 SHARD DURATION " + shardDuration
                + " NAME " + identifier(policy);
    }

    static String showRetentionPolicies(String database) {
        return "SHOW RETENTION POLICIES ON " + identifier(database);
    }

    /** A policy that keeps data forever in shard groups of {@code shardDuration}, made the database's default. */
    static String createDefaultRetentionPolicy(String policy, String database, String shardDuration) {
        return "CREATE RETENTION POLICY " + identifier(policy) + " ON " + identifier(database) + " DURATION INF REPLICATION 1 SHARD DURATION "
                + shardDuration + " DEFAULT";
    }

    /** Statements sent in one request. */
    static String statements(List<String> statements) {
        return String.join("; ", statements);
    }
}
