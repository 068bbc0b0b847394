package dev.yardstick.analysis;

import dev.yardstick.catalogue.Polarity;
import dev.yardstick.catalogue.Tolerance;

/**
 * A value against the target in force: the gap (value minus target), the gap as a percentage of
 * the target, and the RAG. Green is on target or beyond it in the good direction; amber is past
 * the target in the bad direction by no more than the tolerance; red is further. A neutral
 * indicator is green within the tolerance either side and amber outside it, never red.
 *
 * @param band the tolerance as an amount in the indicator's unit
 */
public record TargetComparison(double value, double target, double gap, double gapPercent, double band, Rag rag) {

    public static TargetComparison of(double value, double target, Tolerance tolerance, Polarity polarity) {
        double gap = value - target;
        double band = tolerance.width(target);
        double gapPercent = target == 0 ? Double.NaN : 100.0 * gap / Math.abs(target);
        // how far the value falls short, in the bad direction (negative or zero when on target)
        double shortfall = switch (polarity) {
            case HIGHER_BETTER -> -gap;
            case LOWER_BETTER -> gap;
            case NEUTRAL -> Math.abs(gap);
        };
        Rag rag;
        if (polarity == Polarity.NEUTRAL) {
            rag = shortfall <= band + epsilon(target) ? Rag.GREEN : Rag.AMBER;
        } else if (shortfall <= epsilon(target)) {
            rag = Rag.GREEN;
        } else if (shortfall <= band + epsilon(target)) {
            rag = Rag.AMBER;
        } else {
            rag = Rag.RED;
        }
        return new TargetComparison(value, target, gap, gapPercent, band, rag);
    }

    /** Values parsed from prose carry binary rounding: 28.2 - 28.0 must not be 0.2000000000000028 past a 0.2 band. */
    private static double epsilon(double target) {
        return 1e-9 * Math.max(1.0, Math.abs(target));
    }
}
