package dev.yardstick.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a batch of updates, organisation by organisation ({@link #open}). Points are collected
 * across organisations and sent {@link InfluxGateway#BATCH_SIZE} at a time by a background writer,
 * so extracting the next updates overlaps InfluxDB's work on the last ones; deletions an
 * organisation needs (an earlier version of an update, a series that shrank) are sent, all in one
 * request, before any of its new points. {@link #finish()} sends what is left and only then
 * records each update's digest, so an update interrupted half-way is written again in full next
 * time rather than skipped as unchanged. Not thread-safe: one session per writer.
 */
public final class IngestSession implements AutoCloseable {

    public enum Outcome { NEW, REPLACED, UNCHANGED }

    /** What adding an update did, and how many observation points it wrote. */
    public record Written(Outcome outcome, int points) {
    }

    private final InfluxGateway gateway;
    private final Clock clock;
    private final BackgroundWriter writer;
    private List<PointRecord> buffer = new ArrayList<>();
    private final List<String> pendingDeletes = new ArrayList<>();
    /** Written last: a digest on record means the whole update landed. */
    private final List<PointRecord> documentPoints = new ArrayList<>();
    private final Set<String> opened = new HashSet<>();
    private int deletes;

    IngestSession(InfluxGateway gateway, Clock clock) {
        this.gateway = gateway;
        this.clock = clock;
        this.writer = new BackgroundWriter(gateway);
    }

    /**
     * Starts on one organisation: what it has stored is read in one request. An organisation
     * opened again in the same session first has everything sent, so the read sees it.
     */
    public OrganisationIngest open(String organisation) {
        if (!opened.add(organisation)) {
            sendAll();
            writeDocuments();
        }
        return new OrganisationIngest(this, StoredOrganisation.read(gateway, organisation), clock);
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

    /** Sends pending deletions, then the buffer, and waits until InfluxDB has taken both. */
    void sendAll() {
        flush();
        writer.await();
    }

    private void flush() {
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

    /** Sends everything collected, then the document records. */
    public void finish() {
        try {
            sendAll();
        } finally {
            writer.close();
        }
        writeDocuments();
    }

    /** DELETE and DROP SERIES statements sent; bounded by the period ends of an update, not its history. */
    public int deleteStatements() {
        return deletes;
    }

    /** Stops the background writer; a session not finished writes nothing more. */
    @Override
    public void close() {
        writer.close();
    }
}
