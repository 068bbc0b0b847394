package dev.yardstick.store;

import java.util.ArrayList;
import java.util.List;
import org.influxdb.dto.QueryResult;

/** The rows of an InfluxQL result, read by column name; an empty result gives no rows. */
final class ResultRows {

    private ResultRows() {
    }

    /** One row of a result series. */
    record Row(List<String> columns, List<Object> values) {
        /** The column's value as text; null when it is empty or absent (a tag no point of the result carries). */
        String text(String column) {
            int at = columns.indexOf(column);
            Object v = at < 0 ? null : values.get(at);
            return v == null ? null : v.toString();
        }

        double number(String column) {
            return ((Number) values.get(columns.indexOf(column))).doubleValue();
        }
    }

    /** Every row of every series of the first statement's result. */
    static List<Row> of(QueryResult result) {
        List<Row> rows = new ArrayList<>();
        QueryResult.Result r = result.getResults().get(0);
        if (r.getSeries() == null) {
            return rows;
        }
        for (QueryResult.Series series : r.getSeries()) {
            if (series.getValues() == null) {
                continue; // e.g. SHOW DATABASES on a server with none
            }
            for (List<Object> values : series.getValues()) {
                rows.add(new Row(series.getColumns(), values));
            }
        }
        return rows;
    }
}
