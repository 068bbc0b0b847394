package dev.yardstick.store;

import dev.yardstick.analysis.ComparatorGap;
import dev.yardstick.analysis.IndicatorStatus;
import java.util.List;

/** An assessed period of one series, with the tags its status point carries and the gaps to the comparators quoted by then. */
public record Assessed(IndicatorStatus status, String theme, String director, List<ComparatorGap> comparators) {
    public Assessed {
        comparators = comparators == null ? List.of() : List.copyOf(comparators);
    }

    public Assessed(IndicatorStatus status, String theme, String director) {
        this(status, theme, director, List.of());
    }
}
