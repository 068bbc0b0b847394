package dev.yardstick.extract;

import java.util.Objects;

/**
 * A value's measure and its unit as a reader would write it: {@code %}, {@code GBP},
 * {@code per 1,000}, {@code quintile}, {@code tickets per week}.
 */
public record Unit(Measure measure, String label) {

    public Unit {
        Objects.requireNonNull(measure, "measure");
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("unit label must not be blank");
        }
    }

    public static final Unit PERCENT = new Unit(Measure.PERCENT, "%");
    public static final Unit POINTS = new Unit(Measure.PERCENTAGE_POINTS, "percentage points");
    public static final Unit GBP = new Unit(Measure.MONEY, "GBP");

    /** A count with no noun of its own ("212"): it may take the unit of what it is set beside. */
    public boolean isBareCount() {
        return measure == Measure.COUNT && "count".equals(label);
    }

    public static Unit count(String noun) {
        return new Unit(Measure.COUNT, noun == null || noun.isBlank() ? "count" : noun);
    }
}
