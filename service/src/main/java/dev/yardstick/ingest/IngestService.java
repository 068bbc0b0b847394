package dev.yardstick.ingest;

import dev.yardstick.catalogue.IndicatorCatalogue;
import dev.yardstick.catalogue.MatchedObservation;
import dev.yardstick.catalogue.ReviewDecisions;
import dev.yardstick.document.DocumentRejectedException;
import dev.yardstick.document.UpdateDocument;
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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
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
    private final UpdateIngest ingest;
    private final UpdateExtraction extraction;
    private final IngestQueue queue;
    private final IngestMetrics metrics;
    private volatile String lastStoreError;
    private final UpdateLimits limits;
    /** One writer per organisation at a time; different organisations write in parallel. */
    private final java.util.concurrent.ConcurrentHashMap<String, ReentrantLock> locks = new java.util.concurrent.ConcurrentHashMap<>();
    /** Organisations whose re-assessment waits for InfluxDB; read by the retry timer without the lock. */
    private final java.util.Set<String> pendingAssessments = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final java.util.function.Supplier<ReviewDecisions> decisions;

    IngestService(InfluxStore store, IndicatorCatalogue catalogue, Assessor assessor, IngestQueue queue, MeterRegistry registry,
                  UpdateLimits limits, java.util.function.Supplier<ReviewDecisions> decisions) {
        this.decisions = decisions;
        this.limits = limits;
        this.store = store;
        this.assessor = assessor;
        this.ingest = new UpdateIngest(store, assessor);
        this.extraction = new UpdateExtraction(catalogue);
        this.queue = queue;
        this.metrics = new IngestMetrics(registry, queue::depth);
    }

    /** An update read and extracted, ready to store. */
    private record Prepared(ExtractedUpdate update, long startedNanos) {
        UpdateDocument document() {
            return update.document();
        }

        List<MatchedObservation> observations() {
            return update.observations();
        }

        int matched() {
            return update.matched();
        }
    }

    /**
     * Accepts one update and writes it, after any older updates of its organisation still queued.
     * Reading and extracting run in parallel; writing is serialised per organisation (an update's
     * replace-then-rebuild-then-assess touches only its organisation's series), so different
     * organisations ingest in parallel while one organisation's updates are written in the order
     * they were accepted: the entry is queued under the organisation's lock, so the last accepted
     * version of an organisation and quarter is the one that stays. While InfluxDB is known to be
     * down, the update goes straight to the queue instead of waiting for another timeout.
     *
     * @return what was written, or outcome {@code queued} when InfluxDB is unavailable (the
     *         update is safe on disk and will be written when the server returns)
     * @throws DocumentRejectedException when the bytes are not a readable update (nothing queued)
     * @throws InvalidParameterException when the organisation or source name is not valid (nothing queued)
     */
    public DocumentIngested ingest(String source, String organisation, byte[] bytes) {
        OrganisationId.checked(organisation);
        SourceName.checked(source);
        Prepared prepared = prepare(source, organisation, bytes, System.nanoTime());
        ReentrantLock lock = lockOf(organisation);
        lock.lock();
        try {
            IngestQueue.Entry mine;
            try {
                mine = queue.enqueue(source, organisation, bytes);
            } catch (UncheckedIOException e) {
                throw new StoreException("the update was not accepted: " + e.getMessage(), e);
            }
            DocumentIngested result = lastStoreError == null ? drain(organisation, mine, prepared) : null;
            return result != null ? result : summary(prepared, "queued", 0, 0);
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code work} while no update of the organisation is being written (for review decisions). */
    <T> T exclusively(String organisation, java.util.function.Supplier<T> work) {
        ReentrantLock lock = lockOf(organisation);
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    private ReentrantLock lockOf(String organisation) {
        return locks.computeIfAbsent(organisation, o -> new ReentrantLock());
    }

    /**
     * Writes every queued update, oldest first, stopping at the first that InfluxDB cannot take
     * yet. Called on a timer while the queue is not empty.
     *
     * @return how many updates are still queued
     */
    public int drainQueue() {
        boolean outage = false;
        for (String organisation : queue.organisations()) {
            ReentrantLock lock = lockOf(organisation);
            if (!lock.tryLock()) {
                continue; // its own uploader is writing it, in order
            }
            try {
                drain(organisation, null, null);
                outage = lastStoreError != null;
            } finally {
                lock.unlock();
            }
            if (outage) {
                break;
            }
        }
        if (!outage) {
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
    public int reassess(String organisation) {
        ReentrantLock lock = lockOf(organisation);
        lock.lock();
        try {
            int written = assessor.assess(organisation).size();
            pendingAssessments.remove(organisation);
            lastStoreError = null;
            return written;
        } catch (StoreUnavailableException e) {
            pendingAssessments.add(organisation);
            lastStoreError = e.getMessage();
            return -1;
        } finally {
            lock.unlock();
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

    /**
     * Drains one organisation's queued updates (the caller holds its lock) up to and including
     * {@code mine}; returns its result, or null if it is still queued. Only an outage stops the queue; an entry that fails for any other reason (unreadable,
     * refused for good by InfluxDB, a bug) is set aside with the reason and the queue goes on.
     */
    private DocumentIngested drain(String organisation, IngestQueue.Entry mine, Prepared minePrepared) {
        while (true) {
            Optional<IngestQueue.Entry> head = queue.oldest(organisation);
            if (head.isEmpty()) {
                return null;
            }
            IngestQueue.Entry entry = head.get();
            boolean isMine = mine != null && entry.sequence() == mine.sequence();
            DocumentIngested written;
            try {
                Prepared prepared = isMine ? minePrepared : prepare(entry.source(), entry.organisation(), entry.bytes(), System.nanoTime());
                written = store(prepared);
            } catch (StoreUnavailableException e) {
                metrics.writeFailed();
                lastStoreError = e.getMessage();
                return null;
            } catch (RuntimeException | StackOverflowError e) {
                if (e instanceof StoreException) {
                    metrics.writeFailed();
                    lastStoreError = null; // it answered, if only to refuse: not an outage
                }
                String reason = e instanceof StoreException || e instanceof DocumentRejectedException || e instanceof InvalidParameterException
                        ? e.getMessage() : "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage();
                queue.setAside(entry, reason);
                log.error("queued update {} ({}) set aside in {}: {}", entry.source(), entry.organisation(), queue.dir().resolve("failed"), reason, e);
                if (isMine) {
                    throw e instanceof StoreException known ? known : new UpdateSetAsideException(entry.source(), reason, e);
                }
                continue;
            }
            lastStoreError = null;
            queue.remove(entry);
            if (isMine) {
                return written;
            }
            log.info("wrote queued update {} ({} {}): {}", entry.source(), written.organisation(), written.period(), written.outcome());
        }
    }

    /** Updates set aside because retrying would not help, with the reasons; for health and the API. */
    public List<SetAsideUpdate> setAside() {
        return queue.setAside();
    }

    private Prepared prepare(String source, String organisation, byte[] bytes, long started) {
        try {
            return new Prepared(extraction.extract(source, organisation, bytes, limits), started);
        } catch (DocumentRejectedException e) {
            metrics.rejected();
            throw e;
        }
    }

    private DocumentIngested store(Prepared extracted) {
        // the review decisions in force when it is written (under the organisation's lock), not when it was read
        Prepared p = new Prepared(extraction.decided(extracted.update(), decisions.get()), extracted.startedNanos());
        if (lastStoreError != null) {
            store.ensureDatabase(); // the server may have come back empty
        }
        IngestSession.Written[] written = new IngestSession.Written[1];
        // the assessment is part of the write: if it fails the entry stays queued, and the retry assesses again
        UpdateIngest.Totals totals = ingest.ingest(Map.of(p.document().organisation(), List.of(p.update())), u -> u,
                (u, extractedUpdate, w) -> written[0] = w);
        int points = written[0].points() + totals.reconciledValues();
        int statusPoints = totals.statusPoints();
        String outcome = written[0].outcome().name().toLowerCase(Locale.ROOT);
        metrics.ingested(outcome, p.observations().size(), p.matched(), points + statusPoints, System.nanoTime() - p.startedNanos());
        return summary(p, outcome, points, statusPoints);
    }

    private static DocumentIngested summary(Prepared p, String outcome, int points, int statusPoints) {
        UpdateDocument doc = p.document();
        int matched = p.matched();
        return new DocumentIngested(doc.source(), doc.organisation(), doc.quarter().label(), doc.period().start().toString(),
                doc.period().end().toString(), p.observations().size(), matched, p.observations().size() - matched, outcome, points, statusPoints);
    }
}
