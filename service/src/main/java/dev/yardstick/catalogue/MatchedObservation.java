package dev.yardstick.catalogue;

import dev.yardstick.extract.Observation;
import java.util.Objects;

/**
 * An observation and the indicator it was matched to: a catalogued one, a provisional one named
 * from the prose, or null for a candidate whose subject could not be named, kept so nothing in
 * the text is lost.
 *
 * @param reviewedFrom when a review decision gave it its indicator, the provisional id or candidate
 *                     key it had before (so the decision can be undone); otherwise null
 */
public record MatchedObservation(Indicator indicator, Observation observation, String reviewedFrom) {

    public MatchedObservation {
        Objects.requireNonNull(observation, "observation");
    }

    /** As the matcher found it, before any review decision. */
    public MatchedObservation(Indicator indicator, Observation observation) {
        this(indicator, observation, null);
    }

    public boolean isCandidate() {
        return indicator == null;
    }

    /** True when the indicator was named from the prose, not taken from a catalogue. */
    public boolean isProvisional() {
        return indicator != null && indicator.provisional();
    }

    /** True when a catalogue (the council's own or the library) claimed the value. */
    public boolean isCatalogued() {
        return indicator != null && !indicator.provisional();
    }

    public String indicatorId() {
        return indicator == null ? null : indicator.id();
    }
}
