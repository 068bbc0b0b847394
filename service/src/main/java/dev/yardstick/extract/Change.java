package dev.yardstick.extract;

/**
 * A quantity stated as a change rather than a level: "dropped by 4%", "up 6%", "15.6% better".
 *
 * @param direction which way the text says the value moved
 */
public record Change(Direction direction) {

    public enum Direction {
        UP, DOWN,
        /** Direction depends on the indicator's polarity; left underived by extraction. */
        BETTER, WORSE
    }
}
