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
        boolean deleteOld = to == null || !to.id().equals(from);
        return rewrite(gateway, organisation, from, deleteOld, "re-tagged", row -> !which.test(StoreQueries.stored(row, from)) ? null
                : to == null ? Fate.DELETE : new Fate(retagged(row, row.time(), to.id(), to.provisional(), from)));
    }

    /**
     * Moves back what review decisions moved onto {@code on}: each of the organisation's
     * observations there whose {@code reviewed_from} {@code which} accepts returns to the indicator
     * {@code resolve} gives for it, or to the candidates when it gives null. Written before
     * deleted, as {@link #relabel}; the caller reconciles and assesses the organisation after.
     *
     * @return the observations moved back
     */
    static int restore(InfluxGateway gateway, String organisation, String on, Predicate<String> which,
                       java.util.function.Function<String, Indicator> resolve) {
        return rewrite(gateway, organisation, on, true, "moved back", row -> {
            String from = row.text(Schema.Observation.FIELD_REVIEWED_FROM);
            if (from == null || from.isEmpty() || !which.test(from)) {
                return null;
            }
            Indicator back = resolve.apply(from);
            return new Fate(retagged(row, row.time(), back == null ? Schema.Observation.CANDIDATE : back.id(),
                    back != null && back.provisional(), null));
        });
    }

    /** What becomes of one stored point: deleted, and written again as {@code replacement} unless that is null. */
    private record Fate(PointRecord replacement) {
        static final Fate DELETE = new Fate(null);
    }

    /**
     * Reads the organisation's observations of {@code indicator} once, asks {@code fate} what becomes
     * of each (null: left alone), writes the replacements and then (when {@code deleteOld}) deletes
     * the old points, one point's microsecond each.
     *
     * @return the points given a fate
     */
    private static int rewrite(InfluxGateway gateway, String organisation, String indicator, boolean deleteOld, String what,
                               java.util.function.Function<ResultRows.Row, Fate> fate) {
        String series = InfluxQl.and(InfluxQl.is(Schema.Observation.TAG_ORGANISATION, organisation),
                InfluxQl.is(Schema.Observation.TAG_INDICATOR, indicator));
        List<ResultRows.Row> found = gateway.query(InfluxQl.select(Schema.Observation.MEASUREMENT, List.of(), series),
                "read the observations of " + indicator, TimeUnit.MICROSECONDS).get(0).rows();
        List<PointRecord> moved = new ArrayList<>();
        List<String> deletes = new ArrayList<>();
        for (ResultRows.Row row : found) {
            Fate f = fate.apply(row);
            if (f == null) {
                continue;
            }
            long micros = row.time();
            deletes.add(InfluxQl.delete(Schema.Observation.MEASUREMENT, InfluxQl.and(series, InfluxQl.timeBetweenMicros(micros, micros + 1))));
            if (f.replacement() != null) {
                moved.add(f.replacement());
            }
        }
        if (!moved.isEmpty()) {
            gateway.write(moved, moved.size() + " " + what + " observations");
        }
        if (deleteOld) {
            for (int i = 0; i < deletes.size(); i += 100) {
                gateway.delete(deletes.subList(i, Math.min(deletes.size(), i + 100)), "delete the observations of " + indicator);
            }
        }
        return deletes.size();
    }

    /**
     * Forgets the digests on record of one organisation's updates (each document point's digest
     * field overwritten with an empty one, the same series and time), so the next upload of each
     * is written anew rather than found unchanged: after a decision that deleted values is undone,
     * the update is what brings them back.
     */
    static void forgetDigests(InfluxGateway gateway, String organisation) {
        List<ResultRows.Row> found = gateway.query(InfluxQl.select(Schema.Document.MEASUREMENT,
                        List.of(Schema.Document.FIELD_DIGEST, Schema.Document.TAG_REPORT), InfluxQl.is(Schema.Document.TAG_ORGANISATION, organisation)),
                "read the updates of " + organisation, TimeUnit.MICROSECONDS).get(0).rows();
        List<PointRecord> forgotten = new ArrayList<>();
        for (ResultRows.Row row : found) {
            forgotten.add(PointRecord.at(Schema.Document.MEASUREMENT, row.time())
                    .tag(Schema.Document.TAG_ORGANISATION, organisation)
                    .tag(Schema.Document.TAG_REPORT, row.text(Schema.Document.TAG_REPORT))
                    .field(Schema.Document.FIELD_DIGEST, "")
                    .build());
        }
        if (!forgotten.isEmpty()) {
            gateway.write(forgotten, forgotten.size() + " forgotten digests");
        }
    }

    /**
     * The same point under another indicator: every other tag and every field as stored, with
     * {@code reviewedFrom} (where a decision moved it from; null when moved back) in place of any
     * earlier one.
     */
    private static PointRecord retagged(ResultRows.Row row, long micros, String indicator, boolean provisional, String reviewedFrom) {
        PointRecord.Builder b = PointRecord.at(Schema.Observation.MEASUREMENT, micros);
        for (String tag : TAGS) {
            String value = switch (tag) {
                case Schema.Observation.TAG_INDICATOR -> indicator;
                case Schema.Observation.TAG_PROVISIONAL -> provisional ? Schema.PROVISIONAL : null;
                default -> row.text(tag);
            };
            b.tag(tag, value);
        }
        b.field(Schema.Observation.FIELD_REVIEWED_FROM, reviewedFrom);
        for (int i = 0; i < row.columns().size(); i++) {
            String column = row.columns().get(i);
            Object v = row.values().get(i);
            if (column.equals("time") || TAGS.contains(column) || v == null || column.equals(Schema.Observation.FIELD_REVIEWED_FROM)) {
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
