package dev.yardstick.ingest;

import dev.yardstick.catalogue.MatchedObservation;
import dev.yardstick.document.UpdateDocument;
import java.util.List;
import java.util.Objects;

/** An update read and its observations matched to indicators; what {@link UpdateExtraction} produces. */
public record ExtractedUpdate(UpdateDocument document, List<MatchedObservation> observations) {

    public ExtractedUpdate {
        Objects.requireNonNull(document, "document");
        observations = List.copyOf(observations);
    }

    /** How many observations a catalogue or library indicator claimed (the rest are provisional candidates). */
    public int matched() {
        return (int) observations.stream().filter(MatchedObservation::isCatalogued).count();
    }

    public int candidates() {
        return observations.size() - matched();
    }
}
