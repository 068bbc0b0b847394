package dev.yardstick.analysis;

import java.util.Locale;

/** Direction of travel since the previous period; rising and falling are for neutral indicators. */
public enum Direction {
    IMPROVING, WORSENING, STABLE, RISING, FALLING;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
