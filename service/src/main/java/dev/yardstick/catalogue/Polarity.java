package dev.yardstick.catalogue;

import java.util.Locale;

/** Which direction is good for an indicator. */
public enum Polarity {
    HIGHER_BETTER, LOWER_BETTER, NEUTRAL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Polarity of(String id) {
        try {
            return valueOf(id.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("polarity must be higher_better, lower_better or neutral, was '" + id + "'");
        }
    }
}
