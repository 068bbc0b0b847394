package dev.yardstick.extract;

import java.util.Locale;

/** How exactly the text states a value ("over 7000", "approximately £526,000"). */
public enum Qualifier {
    EXACT, OVER, JUST_OVER, UNDER, JUST_UNDER, APPROXIMATELY, NEARLY, UP_TO, AT_LEAST;

    /** Lower-case words as used in output ("just over"), or null for an exact value. */
    public String id() {
        return this == EXACT ? null : name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
