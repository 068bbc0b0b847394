package dev.yardstick.extract;

/** The kind of scale a value is on; indicators accept only their own measure. */
public enum Measure {
    /** A number of things: applications, tickets, homes. */
    COUNT,
    /** A percentage (91%). */
    PERCENT,
    /** A difference of percentages in points ("3 percentage points"). */
    PERCENTAGE_POINTS,
    /** Pounds sterling, multipliers applied (£5.517m = 5,517,000). */
    MONEY,
    /** A rate per population ("27.1 per 1000"). */
    RATE,
    /** A position: a quintile, a rank, a place from the bottom. Lower numbers are nearer the top. */
    RANK,
    /** A length of time that is itself the measurement ("an average of 12 days"). */
    DURATION
}
