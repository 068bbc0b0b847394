package dev.yardstick.ingest;

import dev.yardstick.catalogue.IndicatorCatalogue;
import dev.yardstick.catalogue.IndicatorMatcher;
import dev.yardstick.catalogue.MatchedObservation;
import dev.yardstick.document.DocumentRejectedException;
import dev.yardstick.document.UpdateReader;
import dev.yardstick.document.UpdateDocument;
import dev.yardstick.extract.Extractor;
import dev.yardstick.store.InfluxStore;
import dev.yardstick.store.IngestSession;
import dev.yardstick.store.StoreException;
import dev.yardstick.store.StoreUnavailableException;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads, extracts, matches and stores updates. An upload is checked in full before it is
 * accepted, so one that cannot be read writes nothing. An accepted upload goes to the durable
 * {@link IngestQueue} first and is written from there, oldest first; when InfluxDB is down it
 * waits in the queue and {@link #drainQueue()} writes it when the server is back.
 */
public class IngestService {

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);

    private final InfluxStore store;
    private final Assessor assessor;
    private final IndicatorMatcher matcher;
    private final Extractor extractor;
    private final UpdateReader reader = new UpdateReader();
    private final IngestQueue queue;
    private final IngestMetrics metrics;
    private volatile String lastStoreError;
    /** Organisations whose re-assessment waits for InfluxDB; read by the retry timer without the lock. */
    private final java.util.Set<String> pendingAssessments = java.util.concurrent.ConcurrentHashMap.newKeySet();

    IngestService(InfluxStore store, IndicatorCatalogue catalogue, Assessor assessor, IngestQueue queue, MeterRegistry registry) {
        this.store = store;
        this.assessor = assessor;
        this.matcher = new IndicatorMatcher(catalogue);
        this.extractor = new Extractor(matcher);
        this.queue = queue;
        this.metrics = new IngestMetrics(registry, queue::depth);
    }

    /** An update read and extracted, ready to store. */
    private record Prepared(UpdateDocument document, List<MatchedObservation> observations, long startedNanos) {
        int matched() {
            return (int) observations.stream().filter(m -> !m.isCandidate()).count();
        }
    }

    /**
     * Accepts one update and writes it, after any older updates still queued. Serialised: one
     * writer at a time keeps each update's replace-then-rebuild whole and the queue in order.
     *
     * @return what was written, or outcome {@code queued} when InfluxDB is unavailable (the
     *         update is safe on disk and will be written when the server returns)
     * @throws DocumentRejectedException when the bytes are not a readable update (nothing queued)
     */
    public synchronized DocumentIngested ingest(String source, String organisation, byte[] bytes) {
        Prepared prepared = prepare(source, organisation, bytes, System.nanoTime());
        IngestQueue.Entry mine;
        try {
            mine = queue.enqueue(source, organisation, bytes);
        } catch (UncheckedIOException e) {
            throw new StoreException("the update was not accepted: " + e.getMessage(), e);
        }
        DocumentIngested result = drain(mine, prepared);
        return result != null ? result : summary(prepared, "queued", 0);
    }

    /**
     * Writes every queued update, oldest first, stopping at the first that InfluxDB cannot take
     * yet. Called on a timer while the queue is not empty.
     *
     * @return how many updates are still queued
     */
    public synchronized int drainQueue() {
        if (queue.depth() > 0) {
            drain(null, null);
        }
        if (queue.depth() == 0 && !pendingAssessments.isEmpty()) {
            for (String organisation : List.copyOf(pendingAssessments)) {
                reassess(organisation);
            }
        }
        return queue.depth();
    }

    /**
     * Re-assesses one organisation after its targets changed; serialised with ingests. When
     * InfluxDB is unavailable the organisation is remembered and re-assessed with the queue.
     *
     * @return status points written, or -1 when the assessment waits for InfluxDB
     */
    public synchronized int reassess(String organisation) {
        try {
            int written = assessor.assess(organisation).size();
            pendingAssessments.remove(organisation);
            lastStoreError = null;
            return written;
        } catch (StoreUnavailableException e) {
            pendingAssessments.add(organisation);
            lastStoreError = e.getMessage();
            return -1;
        }
    }

    /** True while work accepted earlier still waits for InfluxDB: queued updates or re-assessments. */
    public boolean hasPendingWork() {
        return queue.depth() > 0 || !pendingAssessments.isEmpty();
    }

    public int queueDepth() {
        return queue.depth();
    }

    /** The last reason InfluxDB could not take a write, or empty once writes succeed again. */
    public Optional<String> lastStoreError() {
        return Optional.ofNullable(lastStoreError);
    }

    /** Drains the queue up to and including {@code mine}; returns its result, or null if it is still queued. */
    private DocumentIngested drain(IngestQueue.Entry mine, Prepared minePrepared) {
        while (true) {
            Optional<IngestQueue.Entry> head = queue.oldest();
            if (head.isEmpty()) {
                return null;
            }
            IngestQueue.Entry entry = head.get();
            boolean isMine = mine != null && entry.sequence() == mine.sequence();
            Prepared prepared;
            try {
                prepared = isMine ? minePrepared : prepare(entry.source(), entry.organisation(), entry.bytes(), System.nanoTime());
            } catch (DocumentRejectedException e) {
                setAside(entry, e.getMessage());
                continue;
            }
            DocumentIngested written;
            try {
                written = store(prepared);
            } catch (StoreUnavailableException e) {
                metrics.writeFailed();
                lastStoreError = e.getMessage();
                return null;
            } catch (StoreException e) {
                metrics.writeFailed();
                setAside(entry, e.getMessage());
                if (isMine) {
                    throw e;
                }
                continue;
            }
            lastStoreError = null;
            queue.remove(entry);
            if (!isMine) {
                log.info("wrote queued update {} ({} {}): {}", entry.source(), written.organisation(), written.period(), written.outcome());
            }
            if (isMine) {
                return written;
            }
        }
    }

    private Prepared prepare(String source, String organisation, byte[] bytes, long started) {
        try {
            UpdateDocument doc = reader.read(source, organisation, bytes);
            return new Prepared(doc, matcher.match(extractor.extract(doc)), started);
        } catch (DocumentRejectedException e) {
            metrics.rejected();
            throw e;
        }
    }

    private DocumentIngested store(Prepared p) {
        if (lastStoreError != null) {
            store.ensureDatabase(); // the server may have come back empty
        }
        IngestSession.Written written;
        int points;
        try (IngestSession session = store.session()) {
            written = session.add(p.document(), p.observations());
            points = written.points() + session.finish();
        }
        // part of the write: if it fails the entry stays queued, and the retry assesses again
        points += assessor.assess(p.document().organisation()).size();
        String outcome = written.outcome().name().toLowerCase(Locale.ROOT);
        metrics.ingested(outcome, p.observations().size(), p.matched(), points, System.nanoTime() - p.startedNanos());
        return summary(p, outcome, points);
    }

    /**
     * An entry InfluxDB refuses for good (not an outage) would block the queue forever: it moves
     * to {@code failed/} beside the queue, kept for a person to inspect, and the queue goes on.
     */
    private void setAside(IngestQueue.Entry entry, String reason) {
        Path failed = queue.dir().resolve("failed");
        try {
            Files.createDirectories(failed);
            Files.move(entry.file(), failed.resolve(entry.file().getFileName()), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(failed.resolve(entry.file().getFileName() + ".reason.txt"), reason + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + entry.file() + " to " + failed + ": " + e.getMessage(), e);
        }
        log.error("queued update {} ({}) set aside in {}: {}", entry.source(), entry.organisation(), failed, reason);
    }

    private static DocumentIngested summary(Prepared p, String outcome, int points) {
        UpdateDocument doc = p.document();
        int matched = p.matched();
        return new DocumentIngested(doc.source(), doc.organisation(), doc.quarter().label(), doc.period().start().toString(),
                doc.period().end().toString(), p.observations().size(), matched, p.observations().size() - matched, outcome, points);
    }
}
