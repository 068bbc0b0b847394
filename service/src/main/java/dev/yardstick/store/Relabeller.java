package dev.yardstick.store;

import dev.yardstick.catalogue.Indicator;
import java.util.ArrayList;
import java.util.List;

import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.influxdb.dto.BoundParameterQuery;
import org.influxdb.dto.Point;
import org.influxdb.dto.Query;
import org.influxdb.dto.QueryResult;

/**
 * Applies a review decision to what is stored: an organisation's observations of one indicator
 * re-tagged to another, or deleted, then its reconciled series rebuilt. The indicator is a tag,
 * so re-tagging is a rewrite: the new points go in first (same time, same fields), and only then
 * are the old ones deleted, so a failure half-way leaves values twice, never lost; doing it again
 * completes it.
 */
final class Relabeller {

    private static final List<String> TAGS = List.of(Schema.Observation.TAG_ORGANISATION, Schema.Observation.TAG_INDICATOR,
            Schema.Observation.TAG_KIND, Schema.Observation.TAG_THEME, Schema.Observation.TAG_DIRECTOR,
            Schema.Observation.TAG_PROVISIONAL, Schema.Observation.TAG_SCOPE);

    private Relabeller() {
    }

    static int relabel(InfluxStore store, String organisation, String from, Indicator to, Predicate<StoredObservation> which) {
        String db = store.settings().database();
        QueryResult found = store.query(BoundParameterQuery.QueryBuilder.newQuery("SELECT * FROM \"" + Schema.Observation.MEASUREMENT
                        + "\" WHERE \"" + Schema.Observation.TAG_ORGANISATION + "\" = $org AND \"" + Schema.Observation.TAG_INDICATOR + "\" = $indicator")
                .forDatabase(db).bind("org", organisation).bind("indicator", from).create(),
                "read the observations of " + from, TimeUnit.MICROSECONDS);
        List<Point> moved = new ArrayList<>();
        List<String> deletes = new ArrayList<>();
        String where = "DELETE FROM \"" + Schema.Observation.MEASUREMENT + "\" WHERE \"" + Schema.Observation.TAG_ORGANISATION + "\" = "
                + literal(organisation) + " AND \"" + Schema.Observation.TAG_INDICATOR + "\" = " + literal(from);
        for (ResultRows.Row row : ResultRows.of(found)) {
            if (!which.test(stored(row, from))) {
                continue;
            }
            long micros = (long) row.number("time");
            deletes.add(where + " AND time >= " + micros + "u AND time < " + (micros + 1) + "u");
            if (to != null) {
                moved.add(retagged(row, micros, to.id(), to.provisional(), from));
            }
        }
        if (!moved.isEmpty()) {
            store.write(moved, moved.size() + " re-tagged observations");
        }
        if (to == null || !to.id().equals(from)) {
            for (int i = 0; i < deletes.size(); i += 100) {
                store.query(new Query(String.join(";", deletes.subList(i, Math.min(deletes.size(), i + 100))), db),
                        "delete the observations of " + from);
            }
        }
        PointBatch batch = store.batch("reconciled");
        SeriesRebuilder.rebuild(store, organisation, batch);
        batch.flush();
        return deletes.size();
    }

    /**
     * Moves back what review decisions moved onto {@code on}: each of the organisation's
     * observations there whose {@code reviewed_from} {@code which} accepts returns to the indicator
     * {@code resolve} gives for it, or to the candidates when it gives null; then the series are
     * rebuilt. Written before deleted, as {@link #relabel}.
     *
     * @return the observations moved back
     */
    static int restore(InfluxStore store, String organisation, String on, Predicate<String> which,
                       java.util.function.Function<String, Indicator> resolve) {
        String db = store.settings().database();
        QueryResult found = store.query(BoundParameterQuery.QueryBuilder.newQuery("SELECT * FROM \"" + Schema.Observation.MEASUREMENT
                        + "\" WHERE \"" + Schema.Observation.TAG_ORGANISATION + "\" = $org AND \"" + Schema.Observation.TAG_INDICATOR + "\" = $indicator")
                .forDatabase(db).bind("org", organisation).bind("indicator", on).create(),
                "read the observations of " + on, TimeUnit.MICROSECONDS);
        List<Point> moved = new ArrayList<>();
        List<String> deletes = new ArrayList<>();
        String where = "DELETE FROM \"" + Schema.Observation.MEASUREMENT + "\" WHERE \"" + Schema.Observation.TAG_ORGANISATION + "\" = "
                + literal(organisation) + " AND \"" + Schema.Observation.TAG_INDICATOR + "\" = " + literal(on);
        for (ResultRows.Row row : ResultRows.of(found)) {
            String from = row.text(Schema.Observation.FIELD_REVIEWED_FROM);
            if (from == null || from.isEmpty() || !which.test(from)) {
                continue;
            }
            long micros = (long) row.number("time");
            Indicator back = resolve.apply(from);
            moved.add(retagged(row, micros, back == null ? Schema.Observation.CANDIDATE : back.id(), back != null && back.provisional(), null));
            deletes.add(where + " AND time >= " + micros + "u AND time < " + (micros + 1) + "u");
        }
        if (!moved.isEmpty()) {
            store.write(moved, moved.size() + " observations moved back");
        }
        for (int i = 0; i < deletes.size(); i += 100) {
            store.query(new Query(String.join(";", deletes.subList(i, Math.min(deletes.size(), i + 100))), db),
                    "delete the moved observations of " + on);
        }
        PointBatch batch = store.batch("reconciled");
        SeriesRebuilder.rebuild(store, organisation, batch);
        batch.flush();
        return moved.size();
    }

    /**
     * Forgets the digests on record of one organisation's updates (each document point's digest
     * field overwritten with an empty one, the same series and time), so the next upload of each
     * is written anew rather than found unchanged: after a decision that deleted values is undone,
     * the update is what brings them back.
     */
    static void forgetDigests(InfluxStore store, String organisation) {
        QueryResult found = store.query(BoundParameterQuery.QueryBuilder.newQuery("SELECT \"" + Schema.Document.FIELD_DIGEST + "\", \""
                        + Schema.Document.TAG_REPORT + "\" FROM \"" + Schema.Document.MEASUREMENT + "\" WHERE \""
                        + Schema.Document.TAG_ORGANISATION + "\" = $org").forDatabase(store.settings().database()).bind("org", organisation).create(),
                "read the updates of " + organisation, TimeUnit.MILLISECONDS);
        List<Point> forgotten = new ArrayList<>();
        for (ResultRows.Row row : ResultRows.of(found)) {
            Point.Builder b = LineProtocol.measurement(Schema.Document.MEASUREMENT).time((long) row.number("time"), TimeUnit.MILLISECONDS);
            LineProtocol.tag(b, Schema.Document.TAG_ORGANISATION, organisation);
            LineProtocol.tag(b, Schema.Document.TAG_REPORT, row.text(Schema.Document.TAG_REPORT));
            forgotten.add(b.addField(Schema.Document.FIELD_DIGEST, "").build());
        }
        if (!forgotten.isEmpty()) {
            store.write(forgotten, forgotten.size() + " forgotten digests");
        }
    }

    /**
     * The same point under another indicator: every other tag and every field as stored, with
     * {@code reviewedFrom} (where a decision moved it from; null when moved back) in place of any
     * earlier one.
     */
    private static Point retagged(ResultRows.Row row, long micros, String indicator, boolean provisional, String reviewedFrom) {
        Point.Builder b = LineProtocol.measurement(Schema.Observation.MEASUREMENT).time(micros, TimeUnit.MICROSECONDS);
        for (String tag : TAGS) {
            String value = switch (tag) {
                case Schema.Observation.TAG_INDICATOR -> indicator;
                case Schema.Observation.TAG_PROVISIONAL -> provisional ? Schema.PROVISIONAL : null;
                default -> row.text(tag);
            };
            LineProtocol.tag(b, tag, value);
        }
        if (reviewedFrom != null) {
            b.addField(Schema.Observation.FIELD_REVIEWED_FROM, reviewedFrom);
        }
        for (int i = 0; i < row.columns().size(); i++) {
            String column = row.columns().get(i);
            Object v = row.values().get(i);
            if (column.equals("time") || TAGS.contains(column) || v == null || column.equals(Schema.Observation.FIELD_REVIEWED_FROM)) {
                continue;
            }
            if (v instanceof Number n) {
                b.addField(column, n.doubleValue()); // every numeric field is written as a float (field types never change)
            } else {
                b.addField(column, v.toString());
            }
        }
        return b.build();
    }

    static List<StoredObservation> reviewObservations(InfluxStore store, String organisation) {
        QueryResult found = store.query(BoundParameterQuery.QueryBuilder.newQuery("SELECT * FROM \"" + Schema.Observation.MEASUREMENT
                        + "\" WHERE \"" + Schema.Observation.TAG_ORGANISATION + "\" = $org AND (\"" + Schema.Observation.TAG_PROVISIONAL
                        + "\" = $provisional OR \"" + Schema.Observation.TAG_INDICATOR + "\" = $candidate)")
                .forDatabase(store.settings().database()).bind("org", organisation).bind("provisional", Schema.PROVISIONAL)
                .bind("candidate", Schema.Observation.CANDIDATE).create(), "read what " + organisation + " has to review");
        List<StoredObservation> out = new ArrayList<>();
        for (ResultRows.Row row : ResultRows.of(found)) {
            out.add(stored(row, row.text(Schema.Observation.TAG_INDICATOR)));
        }
        return out;
    }

    private static StoredObservation stored(ResultRows.Row row, String indicator) {
        return new StoredObservation(row.text(Schema.Observation.TAG_ORGANISATION), indicator,
                Schema.PROVISIONAL.equals(row.text(Schema.Observation.TAG_PROVISIONAL)), row.text(Schema.Observation.TAG_KIND),
                row.number(Schema.Observation.FIELD_VALUE), row.text(Schema.Observation.FIELD_UNIT), row.text(Schema.Observation.FIELD_QUALIFIER),
                row.text(Schema.Observation.FIELD_PERIOD_START), row.text(Schema.Observation.FIELD_PERIOD_END),
                row.text(Schema.Observation.FIELD_TEXT), row.text(Schema.Observation.FIELD_SENTENCE),
                row.text(Schema.Observation.FIELD_SOURCE), row.text(Schema.Observation.FIELD_REPORT),
                row.text(Schema.Observation.TAG_THEME), row.text(Schema.Observation.TAG_DIRECTOR),
                row.text(Schema.Observation.FIELD_DERIVATION));
    }

    /** An InfluxQL string literal: backslashes and single quotes escaped. */
    private static String literal(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

}
