package dev.yardstick.catalogue;

import dev.yardstick.extract.Observation;
import java.util.Objects;

/**
 * An observation and the indicator it was matched to; {@code indicator} is null for a
 * candidate that matched nothing, kept so nothing in the text is lost.
 */
public record MatchedObservation(Indicator indicator, Observation observation) {

    public MatchedObservation {
        Objects.requireNonNull(observation, "observation");
    }

    public boolean isCandidate() {
        return indicator == null;
    }

    public String indicatorId() {
        return indicator == null ? null : indicator.id();
    }
}
