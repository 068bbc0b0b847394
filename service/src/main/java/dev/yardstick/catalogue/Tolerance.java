package dev.yardstick.catalogue;

/**
 * How far past the target a value may fall and still be amber rather than red: an absolute
 * amount in the indicator's unit, or a percentage of the target in force.
 */
public record Tolerance(double amount, boolean percent) {

    public Tolerance {
        if (!Double.isFinite(amount) || amount < 0) {
            throw new IllegalArgumentException("tolerance must be zero or positive (it is a distance from the target "
                    + "in the direction that is worse; polarity gives the direction), was " + amount);
        }
    }

    public static Tolerance absolute(double amount) {
        return new Tolerance(amount, false);
    }

    public static Tolerance percent(double percent) {
        return new Tolerance(percent, true);
    }

    /** The width of the amber band, in the indicator's unit, around a target value. */
    public double width(double target) {
        return percent ? Math.abs(target) * amount / 100.0 : amount;
    }
}
