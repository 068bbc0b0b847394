package dev.yardstick.store;

import dev.yardstick.catalogue.MatchedObservation;
import dev.yardstick.document.UpdateDocument;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.influxdb.dto.BoundParameterQuery;
import org.influxdb.dto.Point;
import org.influxdb.dto.QueryResult;

/**
 * Writes a batch of updates. Each update's observation points are buffered and sent in batches;
 * an update whose points are exactly those already recorded for its organisation and quarter is
 * skipped, and one that differs first has its predecessor's points dropped. {@link #finish()}
 * sends what is buffered, rebuilds the reconciled series of every organisation that changed and
 * only then records each update's digest, so an update interrupted half-way is written again in
 * full next time rather than skipped as unchanged. Not thread-safe: one session per writer.
 */
public final class IngestSession implements AutoCloseable {

    public enum Outcome { NEW, REPLACED, UNCHANGED }

    /** What adding an update did, and how many observation points it wrote. */
    public record Written(Outcome outcome, int points) {
    }

    private final InfluxStore store;
    private final Clock clock;
    private final Map<String, String> digests = new HashMap<>();
    private List<Point> buffer = new ArrayList<>();
    private final BackgroundWriter writer;
    /** Written last, after the series are rebuilt: a digest on record means the whole update landed. */
    private final List<Point> documentPoints = new ArrayList<>();
    private final Set<String> changedOrganisations = new LinkedHashSet<>();
    private static final long DAY_MILLIS = 86_400_000L;
    private int deletes;

    IngestSession(InfluxStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.writer = new BackgroundWriter(store);
        loadDigests();
    }

    private void loadDigests() {
        QueryResult r = store.query(new org.influxdb.dto.Query("SELECT \"" + Schema.Document.FIELD_DIGEST + "\", \""
                + Schema.Document.TAG_ORGANISATION + "\", \"" + Schema.Document.TAG_REPORT + "\" FROM \""
                + Schema.Document.MEASUREMENT + "\"", store.settings().database()), "read which updates are already stored");
        for (ResultRows.Row row : ResultRows.of(r)) {
            digests.put(key(row.text(Schema.Document.TAG_ORGANISATION), row.text(Schema.Document.TAG_REPORT)),
                    row.text(Schema.Document.FIELD_DIGEST));
        }
    }

    public Written add(UpdateDocument document, List<MatchedObservation> observations) {
        String report = ObservationPoints.reportOf(document.quarter());
        String key = key(document.organisation(), report);
        List<Point> points = ObservationPoints.of(document, observations);
        String digest = digest(document, observations);
        String previous = digests.get(key);
        if (digest.equals(previous)) {
            return new Written(Outcome.UNCHANGED, 0);
        }
        if (previous != null) {
            flush(); // points of an earlier version still in the buffer would survive the delete otherwise
            writer.await();
            deleteEarlierVersion(document, report);
        }
        buffer.addAll(points);
        documentPoints.add(documentPoint(document, report, digest, observations));
        digests.put(key, digest);
        changedOrganisations.add(document.organisation());
        if (buffer.size() >= InfluxStore.BATCH_SIZE) {
            flush();
        }
        return new Written(previous == null ? Outcome.NEW : Outcome.REPLACED, points.size());
    }

    /**
     * Deletes the points an earlier version of this update wrote. The update is a field, not a
     * tag (to keep series few), but its points sit in a millisecond slot of their day that no other
     * report uses ({@link ObservationPoints#slotStartMillis}): one DELETE by organisation and time
     * range per distinct period end, all in one request, however many versions came before.
     */
    private void deleteEarlierVersion(UpdateDocument document, String report) {
        String db = store.settings().database();
        QueryResult found = store.query(BoundParameterQuery.QueryBuilder.newQuery("SELECT \"" + Schema.Observation.FIELD_REPORT + "\", \""
                        + Schema.Observation.TAG_INDICATOR + "\", \"" + Schema.Observation.TAG_KIND + "\" FROM \""
                        + Schema.Observation.MEASUREMENT + "\" WHERE \"" + Schema.Observation.TAG_ORGANISATION + "\" = $org AND \""
                        + Schema.Observation.FIELD_REPORT + "\" = $report")
                .forDatabase(db).bind("org", document.organisation()).bind("report", report).create(),
                "find what the earlier version of " + document.source() + " wrote");
        boolean ownSlot = ObservationPoints.hasOwnSlot(document.quarter());
        Set<String> statements = new LinkedHashSet<>();
        String org = "DELETE FROM \"" + Schema.Observation.MEASUREMENT + "\" WHERE \"" + Schema.Observation.TAG_ORGANISATION + "\" = "
                + literal(document.organisation());
        for (ResultRows.Row row : ResultRows.of(found)) {
            long millis = (long) row.number("time");
            if (ownSlot) {
                long from = Math.floorDiv(millis, DAY_MILLIS) * DAY_MILLIS + ObservationPoints.slotStartMillis(document.quarter());
                statements.add(org + " AND time >= " + from + "ms AND time < " + (from + 1000) + "ms");
            } else { // quarters before April 2000 share a slot: point by point, by series and time
                statements.add(org + " AND \"" + Schema.Observation.TAG_INDICATOR + "\" = " + literal(row.text(Schema.Observation.TAG_INDICATOR))
                        + " AND \"" + Schema.Observation.TAG_KIND + "\" = " + literal(row.text(Schema.Observation.TAG_KIND))
                        + " AND time >= " + millis + "ms AND time < " + (millis + 1) + "ms");
            }
        }
        List<String> all = List.copyOf(statements);
        for (int from = 0; from < all.size(); from += 100) {
            store.delete(new org.influxdb.dto.Query(String.join(";", all.subList(from, Math.min(all.size(), from + 100))), db),
                    "delete the earlier version of " + document.source());
        }
        deletes += all.size();
    }

    /** DELETE statements sent to replace earlier versions; bounded by the period ends of an update, not its history. */
    public int deleteStatements() {
        return deletes;
    }

    /** An InfluxQL string literal: backslashes and single quotes escaped. */
    private static String literal(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /**
     * Sends what is buffered and rebuilds the reconciled series of every organisation that changed.
     *
     * @return the number of reconciled values written
     */
    public int finish() {
        flush();
        try {
            writer.await();
        } finally {
            writer.close();
        }
        int values = 0;
        PointBatch series = store.batch("reconciled");
        for (String organisation : changedOrganisations) {
            values += SeriesRebuilder.rebuild(store, organisation, series);
        }
        series.flush();
        changedOrganisations.clear();
        if (!documentPoints.isEmpty()) {
            store.write(documentPoints, documentPoints.size() + " document records");
            documentPoints.clear();
        }
        return values;
    }

    /** Hands the buffer to the background writer and starts a new one. */
    /** Stops the background writer; a session not finished writes nothing more. */
    @Override
    public void close() {
        writer.close();
    }

    private void flush() {
        if (!buffer.isEmpty()) {
            writer.send(buffer, buffer.size() + " observation points");
            buffer = new ArrayList<>();
        }
    }

    private Point documentPoint(UpdateDocument document, String report, String digest, List<MatchedObservation> observations) {
        Point.Builder b = LineProtocol.measurement(Schema.Document.MEASUREMENT)
                .time(document.quarter().end().atStartOfDay(ZoneOffset.UTC).toEpochSecond(), TimeUnit.SECONDS);
        LineProtocol.tag(b, Schema.Document.TAG_ORGANISATION, document.organisation());
        LineProtocol.tag(b, Schema.Document.TAG_REPORT, report);
        return b.addField(Schema.Document.FIELD_SOURCE, document.source())
                .addField(Schema.Document.FIELD_DIGEST, digest)
                .addField(Schema.Document.FIELD_OBSERVATIONS, (double) observations.size())
                .addField(Schema.Document.FIELD_MATCHED, (double) observations.stream().filter(MatchedObservation::isCatalogued).count())
                .addField(Schema.Document.FIELD_PERIOD_START, document.period().start().toString())
                .addField(Schema.Document.FIELD_PERIOD_END, document.period().end().toString())
                .addField(Schema.Document.FIELD_INGESTED_AT, clock.instant().toString())
                .build();
    }

    private static String key(String organisation, String report) {
        return organisation + "\u0000" + report;
    }

    /**
     * SHA-256 of everything the update's points are built from (cheaper than rendering them), so
     * equal digests mean equal points.
     */
    private static String digest(UpdateDocument document, List<MatchedObservation> observations) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            StringBuilder text = new StringBuilder(256);
            text.append(document.source()).append('\u0000').append(document.organisation()).append('\u0000').append(document.quarter());
            sha.update(text.toString().getBytes(StandardCharsets.UTF_8));
            for (MatchedObservation m : observations) {
                var o = m.observation();
                text.setLength(0);
                text.append('\n').append(m.indicatorId()).append('\u0000').append(o.quantity().value()).append('\u0000')
                        .append(o.quantity().unitLabel()).append('\u0000').append(o.quantity().unit().measure()).append('\u0000')
                        .append(o.quantity().qualifier()).append('\u0000').append(o.kind()).append('\u0000')
                        .append(o.period().start()).append('\u0000').append(o.period().end()).append('\u0000')
                        .append(o.quantity().text()).append('\u0000').append(o.sentence()).append('\u0000')
                        .append(o.provenance().theme()).append('\u0000').append(o.provenance().director()).append('\u0000')
                        .append(o.provenance().accountability()).append('\u0000').append(o.provenance().row()).append('\u0000')
                        .append(o.derivation());
                sha.update(text.toString().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
