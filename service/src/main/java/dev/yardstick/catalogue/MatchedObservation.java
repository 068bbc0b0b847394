package dev.yardstick.catalogue;

import dev.yardstick.extract.Observation;
import java.util.Objects;

/**
 * An observation and the indicator it was matched to: a catalogued one, a provisional one named
 * from the prose, or null for a candidate whose subject could not be named, kept so nothing in
 * the text is lost.
 */
public record MatchedObservation(Indicator indicator, Observation observation) {

    public MatchedObservation {
        Objects.requireNonNull(observation, "observation");
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
