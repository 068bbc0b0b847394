package dev.yardstick.series;

/**
 * The value chosen for one indicator, organisation and period end, and how many other
 * observations spoke of the same period (they stay queryable in the {@code observation} series).
 */
public record ReconciledValue(RecordedObservation chosen, int alternatives) {
}
