package dev.yardstick.analysis;

import java.util.Locale;

/**
 * Red, amber, green against target. The number grows as things get worse, so an alert rule can
 * say {@code rag >= 2}.
 */
public enum Rag {
    GREEN(0), AMBER(1), RED(2);

    private final int number;

    Rag(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
