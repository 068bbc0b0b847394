package dev.yardstick.ingest;

import dev.yardstick.document.DocumentRejectedException;
import dev.yardstick.store.AssessmentInput;
import dev.yardstick.store.InfluxStore;
import dev.yardstick.store.IngestSession;
import dev.yardstick.store.OrganisationIngest;
import java.util.List;
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
        try (IngestSession session = store.session()) {
            for (Map.Entry<String, List<T>> organisation : byOrganisation.entrySet()) {
                OrganisationIngest ingest = session.open(organisation.getKey());
                for (T item : organisation.getValue()) {
                    ExtractedUpdate update;
                    try {
                        update = prepare.apply(item);
                    } catch (DocumentRejectedException | InvalidParameterException e) {
                        listener.rejected(item, e);
                        continue;
                    }
                    listener.written(item, update, ingest.add(update.document(), update.observations()));
                }
                AssessmentInput input = ingest.reconcile();
                values += ingest.reconciledValues();
                statuses += assessor.assess(ingest, input).size();
            }
            session.finish();
        }
        return new Totals(values, statuses);
    }
}
