package dev.yardstick.store;

import dev.yardstick.catalogue.Indicator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Applies a review decision to what is stored: an organisation's observations of one indicator
 * re-tagged to another, or deleted. The indicator is a tag, so re-tagging is a rewrite: the new
 * points go in first (same time, same fields), and only then are the old ones deleted, so a
 * failure half-way leaves values twice, never lost; doing it again completes it. The reconciled
 * series follow when the organisation is next assessed.
 */
final class Relabeller {

    private static final List<String> TAGS = List.of(Schema.Observation.TAG_ORGANISATION, Schema.Observation.TAG_INDICATOR,
            Schema.Observation.TAG_KIND, Schema.Observation.TAG_THEME, Schema.Observation.TAG_DIRECTOR,
            Schema.Observation.TAG_PROVISIONAL, Schema.Observation.TAG_SCOPE);

    private Relabeller() {
    }

    static int relabel(InfluxGateway gateway, String organisation, String from, Indicator to, Predicate<StoredObservation> which) {
        String series = InfluxQl.and(InfluxQl.is(Schema.Observation.TAG_ORGANISATION, organisation), InfluxQl.is(Schema.Observation.TAG_INDICATOR, from));
        List<ResultRows.Row> found = gateway.query(InfluxQl.select(Schema.Observation.MEASUREMENT, List.of(), series),
                "read the observations of " + from, TimeUnit.MICROSECONDS).get(0).rows();
        List<PointRecord> moved = new ArrayList<>();
        List<String> deletes = new ArrayList<>();
        for (ResultRows.Row row : found) {
            if (!which.test(StoreQueries.stored(row, from))) {
                continue;
            }
            long micros = row.time();
            deletes.add(InfluxQl.delete(Schema.Observation.MEASUREMENT, InfluxQl.and(series, InfluxQl.timeBetweenMicros(micros, micros + 1))));
            if (to != null) {
                moved.add(retagged(row, micros, to));
            }
        }
        if (!moved.isEmpty()) {
            gateway.write(moved, moved.size() + " re-tagged observations");
        }
        if (to == null || !to.id().equals(from)) {
            for (int i = 0; i < deletes.size(); i += 100) {
                gateway.delete(deletes.subList(i, Math.min(deletes.size(), i + 100)), "delete the observations of " + from);
            }
        }
        return deletes.size();
    }

    /** The same point under another indicator: every other tag and every field as stored. */
    private static PointRecord retagged(ResultRows.Row row, long micros, Indicator to) {
        PointRecord.Builder b = PointRecord.at(Schema.Observation.MEASUREMENT, micros);
        for (String tag : TAGS) {
            String value = switch (tag) {
                case Schema.Observation.TAG_INDICATOR -> to.id();
                case Schema.Observation.TAG_PROVISIONAL -> to.provisional() ? Schema.PROVISIONAL : null;
                default -> row.text(tag);
            };
            b.tag(tag, value);
        }
        for (int i = 0; i < row.columns().size(); i++) {
            String column = row.columns().get(i);
            Object v = row.values().get(i);
            if (column.equals("time") || TAGS.contains(column) || v == null) {
                continue;
            }
            if (v instanceof Number n) {
                b.field(column, n.doubleValue()); // every numeric field is written as a float (field types never change)
            } else {
                b.field(column, v.toString());
            }
        }
        return b.build();
    }
}
