package dev.yardstick.grafana;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.influxdb.dto.QueryResult;
import tools.jackson.databind.JsonNode;

/**
 * The fields Grafana's InfluxQL data source makes of an InfluxDB response, named as Grafana names
 * them, so overrides, links and transformations can be checked against what a panel really gets.
 * Follows grafana/grafana {@code pkg/tsdb/influxdb/influxql}: {@code converter/converter.go} and
 * {@code buffered/response_parser.go} (both name fields the same way) and
 * {@code util/util.go FormatFrameName}:
 * <ul>
 * <li>time series: one field per series and non-time column; without an alias it is named
 * {@code measurement.column}, followed by {@code { tag: value, ... }} when the series has tags (in
 * Go map order, so unpredictable with two or more tags); with an alias, {@code $m} /
 * {@code $measurement}, {@code $col}, {@code $tag_KEY}, {@code $N} (N-th dot-separated part of the
 * measurement) and {@code [[...]]} forms are replaced, anything else is left as written, and every
 * column of the query gets the same alias unless it uses {@code $col};</li>
 * <li>table: one frame; {@code Time} (or the first column), then one field per tag key, then one
 * per remaining column, each named as the column.</li>
 * </ul>
 */
final class GrafanaFrames {

    private static final Pattern LEGEND = Pattern.compile("\\$(\\w+)|\\[\\[([\\s\\S]+?)]]");

    private GrafanaFrames() {
    }

    /** A field of a frame: its name and the display name the data source gives it (DisplayNameFromDS). */
    record Field(String name, String displayName) {
    }

    /** The fields one panel query yields from its InfluxDB result. */
    static List<Field> fields(JsonNode target, QueryResult.Result result) {
        List<Field> out = new ArrayList<>();
        if (result.getSeries() == null || result.getSeries().isEmpty()) {
            return out;
        }
        String alias = target.path("alias").asString("");
        if ("table".equals(target.path("resultFormat").asString("time_series"))) {
            QueryResult.Series first = result.getSeries().get(0);
            List<String> columns = first.getColumns();
            out.add(columns.get(0).equals("time") ? new Field("Time", "Time") : new Field(columns.get(0), columns.get(0)));
            if (first.getTags() != null) {
                first.getTags().keySet().forEach(k -> out.add(new Field(k, k)));
            }
            columns.subList(1, columns.size()).forEach(c -> out.add(new Field(c, c)));
            return out;
        }
        for (QueryResult.Series s : result.getSeries()) {
            if (!s.getColumns().contains("time")) {
                continue; // SHOW queries: not panel data
            }
            for (String column : s.getColumns()) {
                if (!column.equals("time")) {
                    out.add(new Field("Value", frameName(s.getName(), column, s.getTags() == null ? Map.of() : s.getTags(), alias)));
                }
            }
        }
        return out;
    }

    static String frameName(String measurement, String column, Map<String, String> tags, String alias) {
        if (alias.isEmpty()) {
            StringBuilder name = new StringBuilder(measurement).append('.').append(column);
            if (!tags.isEmpty()) {
                StringBuilder inner = new StringBuilder();
                new TreeMap<>(tags).forEach((k, v) -> inner.append(inner.isEmpty() ? "" : ", ").append(k).append(": ").append(v));
                name.append(" { ").append(inner).append(" }");
            }
            return name.toString();
        }
        String[] segments = measurement.split("\\.");
        Matcher m = LEGEND.matcher(alias);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1) != null ? m.group(1) : m.group(2);
            String replacement = m.group();
            if (key.equals("m") || key.equals("measurement")) {
                replacement = measurement;
            } else if (key.equals("col")) {
                replacement = column;
            } else if (key.matches("\\d+") && Integer.parseInt(key) < segments.length) {
                replacement = segments[Integer.parseInt(key)];
            } else if (key.startsWith("tag_") && tags.containsKey(key.substring(4))) {
                replacement = tags.get(key.substring(4));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Grafana's byRegexp matcher and regex options: a pattern not written as {@code /.../flags} is
     * anchored at both ends ({@code stringToJsRegex} in {@code @grafana/data}).
     */
    static Pattern jsRegex(String pattern) {
        if (!pattern.startsWith("/")) {
            return Pattern.compile("^" + pattern + "$");
        }
        Matcher m = Pattern.compile("^/(.*?)/([gimys]*)$").matcher(pattern);
        if (!m.matches()) {
            throw new AssertionError("'" + pattern + "' is not a valid regular expression for Grafana");
        }
        return Pattern.compile(m.group(1), m.group(2).contains("i") ? Pattern.CASE_INSENSITIVE : 0);
    }
}
