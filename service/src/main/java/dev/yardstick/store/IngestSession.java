package dev.yardstick.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a batch of updates, organisation by organisation ({@link #open}). Points are collected
 * across organisations and sent {@link InfluxGateway#BATCH_SIZE} at a time by a background writer,
 * so extracting the next updates overlaps InfluxDB's work on the last ones; deletions an
 * organisation needs (an earlier version of an update, a series that shrank) are sent, all in one
 * request, before any of its new points. {@link #finish()} sends what is left and only then
 * records each update's digest, so an update interrupted half-way is written again in full next
 * time rather than skipped as unchanged. A finished session leaves what it wrote for each
 * organisation in {@link KnownOrganisations}, for the next session to start from; one that fails
 * or is closed unfinished leaves nothing there for the organisations it opened. Not thread-safe:
 * one session per writer.
 */
public final class IngestSession implements AutoCloseable {

    public enum Outcome { NEW, REPLACED, UNCHANGED }

    /** What adding an update did, and how many observation points it wrote. */
    public record Written(Outcome outcome, int points) {
    }

    private final InfluxGateway gateway;
    private final KnownOrganisations known;
    private final Clock clock;
    private final BackgroundWriter writer;
    private List<PointRecord> buffer = new ArrayList<>();
    private final List<String> pendingDeletes = new ArrayList<>();
    /** Series to drop, by organisation and indicator: the measurements each is dropped from. */
    private final Map<String, Map<String, Set<String>>> pendingDrops = new LinkedHashMap<>();
    /** Written last: a digest on record means the whole update landed. */
    private final List<PointRecord> documentPoints = new ArrayList<>();
    /** Each organisation opened, with the state it started from; in the order opened. */
    private final Map<String, Opened> opened = new LinkedHashMap<>();
    private int deletes;
    private boolean finished;

    /** {@code ingest} is null once let go (more organisations opened than are kept). */
    private record Opened(KnownOrganisations.Basis basis, OrganisationIngest ingest) {
    }

    IngestSession(InfluxGateway gateway, KnownOrganisations known, Clock clock) {
        this.gateway = gateway;
        this.known = known;
        this.clock = clock;
        this.writer = new BackgroundWriter(gateway);
    }

    /**
     * Starts on one organisation. What this process last wrote for it is used when the update
     * digests InfluxDB holds are still those it wrote (one small query: a restored or emptied
     * database, or updates written by another process, show there); otherwise what it has
     * stored is read in one request. An organisation opened again in the same session first has
     * everything sent, so the read sees it.
     */
    public OrganisationIngest open(String organisation) {
        KnownOrganisations.Basis basis;
        StoredOrganisation state = null;
        if (opened.containsKey(organisation)) {
            sendAll();
            writeDocuments();
            known.forget(organisation);
            basis = known.get(organisation);
        } else {
            basis = known.get(organisation);
            if (basis.state() != null && basis.state().digests.equals(StoredOrganisation.digests(gateway, organisation))) {
                state = basis.state();
            }
        }
        OrganisationIngest ingest = new OrganisationIngest(this, state != null ? state : StoredOrganisation.read(gateway, organisation), clock);
        opened.put(organisation, new Opened(basis, ingest));
        if (opened.size() > known.capacity()) {
            // no more is kept than fits: the oldest organisation's state is let go now, not held to the end
            opened.entrySet().stream().filter(e -> e.getValue().ingest() != null).findFirst()
                    .ifPresent(e -> e.setValue(new Opened(e.getValue().basis(), null)));
        }
        return ingest;
    }

    void add(List<PointRecord> points) {
        buffer.addAll(points);
        if (buffer.size() >= InfluxGateway.BATCH_SIZE) {
            flush();
        }
    }

    void addDocument(PointRecord document) {
        documentPoints.add(document);
    }

    /** Deletions sent before the next points are. */
    void delete(List<String> statements) {
        pendingDeletes.addAll(statements);
    }

    /**
     * Drops an organisation's series of these indicators from a measurement before the next
     * points are sent. Drops are merged into one statement per organisation and set of
     * measurements: each DROP SERIES statement costs InfluxDB a pass over every shard.
     */
    void drop(String measurement, String organisation, Collection<String> indicators) {
        for (String indicator : indicators) {
            pendingDrops.computeIfAbsent(organisation, o -> new LinkedHashMap<>()).computeIfAbsent(indicator, i -> new TreeSet<>()).add(measurement);
        }
    }

    private List<String> dropStatements() {
        List<String> out = new ArrayList<>();
        pendingDrops.forEach((organisation, byIndicator) -> {
            Map<List<String>, List<String>> byMeasurements = new LinkedHashMap<>();
            byIndicator.forEach((indicator, measurements) -> byMeasurements.computeIfAbsent(List.copyOf(measurements), m -> new ArrayList<>())
                    .add(InfluxQl.is(Schema.IndicatorValue.TAG_INDICATOR, indicator)));
            byMeasurements.forEach((measurements, indicators) -> out.add(InfluxQl.dropSeries(measurements,
                    InfluxQl.and(InfluxQl.is(Schema.IndicatorValue.TAG_ORGANISATION, organisation), InfluxQl.anyOf(indicators)))));
        });
        pendingDrops.clear();
        return out;
    }

    /** Sends pending deletions, then the buffer, and waits until InfluxDB has taken both. */
    void sendAll() {
        flush();
        writer.await();
    }

    private void flush() {
        pendingDeletes.addAll(dropStatements());
        if (!pendingDeletes.isEmpty()) {
            writer.await(); // deletions must not overtake points sent before them
            gateway.delete(List.copyOf(pendingDeletes), "delete " + pendingDeletes.size() + " superseded points and series");
            deletes += pendingDeletes.size();
            pendingDeletes.clear();
        }
        if (!buffer.isEmpty()) {
            writer.send(buffer, buffer.size() + " points");
            buffer = new ArrayList<>();
        }
    }

    private void writeDocuments() {
        if (!documentPoints.isEmpty()) {
            gateway.write(List.copyOf(documentPoints), documentPoints.size() + " document records");
            documentPoints.clear();
        }
    }

    /** Sends everything collected, then the document records; then what each organisation holds is known. */
    public void finish() {
        try {
            sendAll();
        } finally {
            writer.close();
        }
        writeDocuments();
        finished = true;
        opened.forEach((organisation, o) -> {
            if (o.ingest() == null) {
                known.forget(organisation);
            } else {
                known.commit(o.basis(), o.ingest().written());
            }
        });
    }

    /** DELETE and DROP SERIES statements sent; bounded by the period ends of an update, not its history. */
    public int deleteStatements() {
        return deletes;
    }

    /** Stops the background writer; a session not finished writes nothing more, and what its organisations hold is not known. */
    @Override
    public void close() {
        writer.close();
        if (!finished) {
            opened.keySet().forEach(known::forget);
        }
    }
}
