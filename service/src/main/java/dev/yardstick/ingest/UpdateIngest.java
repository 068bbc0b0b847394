package dev.yardstick.ingest;

import dev.yardstick.document.DocumentRejectedException;
import dev.yardstick.store.AssessmentInput;
import dev.yardstick.store.InfluxStore;
import dev.yardstick.store.IngestSession;
import dev.yardstick.store.OrganisationIngest;
import java.util.IdentityHashMap;
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

    /** Threads reading and extracting the next updates while the current one is added and written. */
    private static final int PREPARERS = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);

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
        int values = 0;
        int statuses = 0;
        int items = byOrganisation.values().stream().mapToInt(List::size).sum();
        try (IngestSession session = store.session(); Prefetch<T> ahead = new Prefetch<>(prepare, items > 1 ? PREPARERS : 0)) {
            for (Map.Entry<String, List<T>> organisation : byOrganisation.entrySet()) {
                OrganisationIngest ingest = null; // opened (read from InfluxDB) at its first update that is not refused
                List<T> list = organisation.getValue();
                for (int i = 0; i < list.size(); i++) {
                    ahead.start(list, i + 1);
                    ExtractedUpdate update;
                    try {
                        update = ahead.take(list.get(i));
                    } catch (DocumentRejectedException | InvalidParameterException e) {
                        listener.rejected(list.get(i), e);
                        continue;
                    }
                    if (ingest == null) {
                        ingest = session.open(organisation.getKey());
                    }
                    listener.written(list.get(i), update, ingest.add(update.document(), update.observations()));
                }
                if (ingest == null) {
                    continue; // every update of the organisation was refused: nothing of it is read or written
                }
                AssessmentInput input = ingest.reconcile();
                values += ingest.reconciledValues();
                assessor.assess(ingest, input);
                statuses += ingest.statusPointsWritten();
            }
            session.finish();
        }
        return new Totals(values, statuses);
    }

    /**
     * Prepares the next few items of an organisation on other threads, in order, so extraction
     * overlaps adding, reconciling and writing; at most {@code 2 * threads} wait (memory stays
     * bounded). With no threads each item is prepared when taken.
     */
    private static final class Prefetch<T> implements AutoCloseable {
        private final Function<T, ExtractedUpdate> prepare;
        private final ExecutorService pool;
        private final int window;
        private final Map<T, Future<ExtractedUpdate>> started = new IdentityHashMap<>();

        Prefetch(Function<T, ExtractedUpdate> prepare, int threads) {
            this.prepare = prepare;
            this.window = 2 * threads;
            this.pool = threads == 0 ? null : Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "update-extraction");
                t.setDaemon(true);
                return t;
            });
        }

        /** Starts preparing the items from {@code from} on, up to the window. */
        void start(List<T> items, int from) {
            for (int i = from; pool != null && i < items.size() && started.size() < window; i++) {
                T item = items.get(i);
                started.computeIfAbsent(item, k -> pool.submit(() -> prepare.apply(k)));
            }
        }

        ExtractedUpdate take(T item) {
            Future<ExtractedUpdate> f = started.remove(item);
            if (f == null) {
                return prepare.apply(item);
            }
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
