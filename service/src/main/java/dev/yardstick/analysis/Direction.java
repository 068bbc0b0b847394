package dev.yardstick.analysis;

import java.util.Locale;

/**
 * Direction of travel since the previous period of the same length; rising and falling are for
 * neutral indicators; none when there is no earlier period of that length to compare with.
 */
public enum Direction {
    IMPROVING, WORSENING, STABLE, RISING, FALLING, NONE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
