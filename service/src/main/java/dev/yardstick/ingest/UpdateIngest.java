package dev.yardstick.ingest;

import dev.yardstick.document.DocumentRejectedException;
import dev.yardstick.ingest.IngestTimings.Step;
import dev.yardstick.store.AssessmentInput;
import dev.yardstick.store.InfluxStore;
import dev.yardstick.store.IngestSession;
import dev.yardstick.store.OrganisationIngest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Map;
import java.util.function.Function;

/**
 * The ingest use case: updates added, written, reconciled and assessed, one organisation at a
 * time. The one place these steps are wired: the service (one upload, or its queue) and the
 * {@code ingest} command go through it. Each organisation's stored state is read once; its
 * reconciled series and assessment are computed in memory from that and the updates added, so
 * nothing just written is read back. One upload costs at most two queries (the read, and the
 * deletions an update's earlier version or a shrunk series needs) and two write requests (the
 * points, then the document records) when its points fit in one batch.
 */
public final class UpdateIngest {

    /** Hears what happened to each item; a rejected one is rethrown unless handled. */
    public interface Listener<T> {
        void written(T item, ExtractedUpdate update, IngestSession.Written written);

        default void rejected(T item, RuntimeException reason) {
            throw reason;
        }
    }

    /** Reconciled values and status points written, over every organisation. */
    public record Totals(int reconciledValues, int statusPoints) {
    }

    /**
     * Threads reading and extracting the next updates while the current one is added and written:
     * one per core, since the thread that adds and writes mostly waits for them.
     */
    private static final int PREPARERS = Runtime.getRuntime().availableProcessors();

    private final InfluxStore store;
    private final Assessor assessor;

    public UpdateIngest(InfluxStore store, Assessor assessor) {
        this.store = store;
        this.assessor = assessor;
    }

    /**
     * Ingests items grouped by organisation, in the order given; {@code prepare} reads, extracts
     * and matches one (an update it refuses, {@link DocumentRejectedException} or
     * {@link InvalidParameterException}, goes to the listener and the rest go on).
     *
     * @throws dev.yardstick.store.StoreException when InfluxDB is unavailable or refuses a write
     */
    public <T> Totals ingest(Map<String, List<T>> byOrganisation, Function<T, ExtractedUpdate> prepare, Listener<T> listener) {
        return ingest(byOrganisation, prepare, listener, IngestTimings.NONE);
    }

    /** As {@link #ingest(Map, Function, Listener)}, adding the time each step takes to {@code timings}. */
    public <T> Totals ingest(Map<String, List<T>> byOrganisation, Function<T, ExtractedUpdate> prepare, Listener<T> listener,
                             IngestTimings timings) {
        int values = 0;
        int statuses = 0;
        // one sequence over every organisation, so the next organisation's first updates are extracted while this one's
        // last is reconciled and assessed, not after
        List<T> all = byOrganisation.values().stream().flatMap(List::stream).toList();
        try (IngestSession session = store.session(); Prefetch<T> ahead = new Prefetch<>(all,
                t -> timings.time(Step.EXTRACT, () -> prepare.apply(t)), all.size() > 1 ? PREPARERS : 0)) {
            for (Map.Entry<String, List<T>> organisation : byOrganisation.entrySet()) {
                OrganisationIngest ingest = null; // opened (read from InfluxDB) at its first update that is not refused
                for (T item : organisation.getValue()) {
                    ExtractedUpdate update;
                    try {
                        update = timings.time(Step.WAIT, ahead::next);
                    } catch (DocumentRejectedException | InvalidParameterException e) {
                        listener.rejected(item, e);
                        continue;
                    }
                    if (ingest == null) {
                        ingest = timings.time(Step.ADD, () -> session.open(organisation.getKey()));
                    }
                    OrganisationIngest into = ingest;
                    listener.written(item, update, timings.time(Step.ADD, () -> into.add(update.document(), update.observations())));
                }
                if (ingest == null) {
                    continue; // every update of the organisation was refused: nothing of it is read or written
                }
                OrganisationIngest done = ingest;
                AssessmentInput input = timings.time(Step.RECONCILE, done::reconcile);
                values += ingest.reconciledValues();
                timings.time(Step.ASSESS, () -> assessor.assess(done, input));
                statuses += ingest.statusPointsWritten();
            }
            timings.time(Step.FINISH, session::finish);
        }
        return new Totals(values, statuses);
    }

    /**
     * Prepares the items on other threads, in order, a few ahead of the one taken, so extraction
     * overlaps adding, reconciling, assessing and writing; at most {@code 2 * threads} wait
     * (memory stays bounded). With no threads each item is prepared when taken.
     */
    private static final class Prefetch<T> implements AutoCloseable {
        private final List<T> items;
        private final Function<T, ExtractedUpdate> prepare;
        private final ExecutorService pool;
        private final int window;
        private final Deque<Future<ExtractedUpdate>> started = new ArrayDeque<>();
        private int submitted;
        private int taken;

        Prefetch(List<T> items, Function<T, ExtractedUpdate> prepare, int threads) {
            this.items = items;
            this.prepare = prepare;
            this.window = 2 * threads;
            this.pool = threads == 0 ? null : Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "update-extraction");
                t.setDaemon(true);
                return t;
            });
        }

        /** The next item, prepared; tops the window up first, so the threads never wait on the caller. */
        ExtractedUpdate next() {
            T item = items.get(taken++);
            while (pool != null && submitted < items.size() && started.size() < window) {
                T ahead = items.get(submitted++);
                started.add(pool.submit(() -> prepare.apply(ahead)));
            }
            if (pool == null) {
                submitted++;
                return prepare.apply(item);
            }
            Future<ExtractedUpdate> f = started.remove();
            try {
                return f.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while extracting an update", e);
            }
        }

        @Override
        public void close() {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }
}
