package dev.yardstick.grafana;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.influxdb.dto.QueryResult;
import tools.jackson.databind.JsonNode;

/**
 * What Grafana's InfluxDB data source makes of a provisioned InfluxQL annotation query, as in
 * grafana/grafana {@code public/app/plugins/datasource/influxdb}: {@code datasource.ts
 * annotationEvents} sends the query to the backend with refId {@code metricFindQuery}; the backend
 * ({@code pkg/tsdb/influxdb/influxql/buffered/response_parser.go}) makes one frame per series and
 * column, named {@code measurement.column { tags }}, with the tags as the value field's labels;
 * {@code response_parser.ts} then builds a table: {@code Time}, the label keys (Go encodes them
 * sorted), then the name of every frame; its rows are grouped by label values, and a row with a
 * null in any column is dropped. Columns are picked by {@code transformAnnotationResponse}:
 * {@code time} by name, the title by equality with {@code titleColumn}, tags when the column name
 * <em>contains</em> one of the comma-separated {@code tagsColumn} names, the text when it contains
 * {@code textColumn}, the last match winning; tag values are split at commas.
 */
final class GrafanaAnnotations {

    private GrafanaAnnotations() {
    }

    /** One annotation on a chart. */
    record Event(long time, Object title, Object text, List<String> tags) {
    }

    /** The table the response parser builds: its column names, and rows holding only columns present. */
    record Table(List<String> columns, List<List<Object>> rows) {
    }

    private record Frame(String name, Map<String, String> labels, List<Long> times, List<Object> values) {
    }

    static Table table(QueryResult.Result result) {
        List<Frame> frames = new ArrayList<>();
        for (QueryResult.Series s : result.getSeries() == null ? List.<QueryResult.Series>of() : result.getSeries()) {
            Map<String, String> tags = s.getTags() == null ? Map.of() : new TreeMap<>(s.getTags());
            for (int c = 0; c < s.getColumns().size(); c++) {
                String column = s.getColumns().get(c);
                if (column.equals("time")) {
                    continue;
                }
                List<Long> times = new ArrayList<>();
                List<Object> values = new ArrayList<>();
                for (List<Object> row : s.getValues()) {
                    times.add(((Number) row.get(0)).longValue());
                    values.add(row.get(c));
                }
                frames.add(new Frame(GrafanaFrames.frameName(s.getName(), column, tags, ""), tags, times, values));
            }
        }
        List<String> columns = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        if (frames.isEmpty()) {
            return new Table(columns, rows);
        }
        columns.add("Time");
        columns.addAll(frames.get(0).labels().keySet());
        frames.forEach(f -> columns.add(f.name()));
        Map<String, List<Frame>> groups = new LinkedHashMap<>();
        frames.forEach(f -> groups.computeIfAbsent(String.join(",", f.labels().values()), k -> new ArrayList<>()).add(f));
        groups.forEach((labels, group) -> {
            List<String> labelValues = labels.isEmpty() ? List.of() : Arrays.asList(labels.split(","));
            for (int i = 0; i < group.get(0).times().size(); i++) {
                List<Object> metrics = new ArrayList<>();
                for (Frame f : group) {
                    metrics.add(i < f.values().size() ? f.values().get(i) : null);
                }
                if (!metrics.contains(null)) {
                    List<Object> row = new ArrayList<>();
                    row.add(group.get(0).times().get(i));
                    row.addAll(labelValues);
                    row.addAll(metrics);
                    rows.add(row);
                }
            }
        });
        return new Table(columns, rows);
    }

    static List<Event> events(JsonNode annotation, QueryResult.Result result) {
        Table table = table(result);
        String titleColumn = annotation.path("titleColumn").asString("");
        String textColumn = annotation.path("textColumn").asString("");
        String tagsColumn = annotation.path("tagsColumn").asString("");
        int title = 0;
        int time = 0;
        int text = 0;
        List<Integer> tagColumns = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            String column = table.columns().get(i);
            if (column.equalsIgnoreCase("time")) {
                time = i;
            } else if (column.equals(titleColumn)) {
                title = i;
            } else if (containsTag(column, tagsColumn)) {
                tagColumns.add(i);
            } else if (!textColumn.isEmpty() && column.contains(textColumn)) {
                text = i;
            } else if (title == 0 && text != i) {
                title = i; // the legacy case: the first other column is the title
            }
        }
        List<Event> out = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            List<String> tags = new ArrayList<>();
            for (int t : tagColumns) {
                Object v = t < row.size() ? row.get(t) : null;
                if (v != null && !v.toString().isEmpty()) {
                    tags.addAll(Arrays.asList(v.toString().split(",")));
                }
            }
            out.add(new Event(((Number) row.get(time)).longValue(), title < row.size() ? row.get(title) : null,
                    text < row.size() ? row.get(text) : null, tags));
        }
        return out;
    }

    /** {@code colContainsTag}: only the first space of the list is removed, as Grafana's {@code replace(' ', '')} does. */
    static boolean containsTag(String column, String tagsColumn) {
        for (String tag : tagsColumn.replaceFirst(" ", "").split(",")) {
            if (!tag.isEmpty() && column.contains(tag)) {
                return true;
            }
        }
        return false;
    }
}
