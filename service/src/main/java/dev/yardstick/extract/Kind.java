package dev.yardstick.extract;

import java.util.Locale;

/** What an observation's value is about its period. */
public enum Kind {
    /** A measured value for its period. */
    ACTUAL,
    /** An earlier period's value stated in the text ("compared to 80.5% in the same quarter last year"). */
    PRIOR,
    /** A goal ("Create 300 new places for September 2017"). */
    TARGET,
    /** An expectation ("on track to sell 735 tickets"). */
    FORECAST,
    /** Computed from a stated change; the arithmetic is in the observation's derivation. */
    DERIVED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
