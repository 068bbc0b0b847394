package dev.yardstick.extract;

/**
 * Which way is good for the value an observation measures, when something downstream knows
 * (the indicator catalogue does). Extraction needs it only for changes stated as "better" or
 * "worse": "15.6% better" means a fall for a teenage pregnancy rate and a rise for attainment.
 */
@FunctionalInterface
public interface PolarityHint {

    enum Direction { HIGHER_IS_BETTER, LOWER_IS_BETTER, UNKNOWN }

    /** Nothing known: "better" and "worse" are not derived. */
    PolarityHint NONE = level -> Direction.UNKNOWN;

    Direction of(Observation level);
}
