package dev.yardstick.analysis;

import dev.yardstick.catalogue.Polarity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * XmR (individuals and moving range) chart in the style of NHS England's "Making Data Count"
 * (NHS Improvement, 2019; the NHS-R community's NHSRplotthedots package implements the same
 * rules): mean, natural process limits at mean ± 2.66 × mean moving range (2.66 = 3 / d2, with
 * d2 = 1.128 for ranges of two), and four special-cause rules evaluated at the latest point.
 *
 * @param signals   the rules the latest point takes part in
 * @param variation common cause, or special cause of improvement or concern (by polarity)
 */
public record Spc(int points, double mean, double lowerLimit, double upperLimit, Set<Signal> signals, Variation variation) {

    /** Fewer points give limits too unstable to judge by; NHSRplotthedots warns below 12. */
    public static final int MIN_POINTS = 12;
    /** Making Data Count: a run of 7 or more points on one side of the mean is a shift. */
    public static final int SHIFT_LENGTH = 7;
    /** Making Data Count: 7 or more points each higher (or each lower) than the one before is a trend. */
    public static final int TREND_LENGTH = 7;
    static final double LIMIT_FACTOR = 2.66;

    public enum Signal {
        /** A single point outside the process limits. */
        OUTSIDE_LIMITS,
        /** A run of {@link #SHIFT_LENGTH} points above or below the mean. */
        SHIFT,
        /** {@link #TREND_LENGTH} points consecutively rising or falling. */
        TREND,
        /** Two of three consecutive points beyond two thirds of the way to a limit, on the same side. */
        TWO_OF_THREE_NEAR_LIMIT;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Variation {
        COMMON_CAUSE, SPECIAL_CAUSE_IMPROVEMENT, SPECIAL_CAUSE_CONCERN, SPECIAL_CAUSE_NEUTRAL;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The chart of the series, or null with fewer than {@link #MIN_POINTS} points. */
    public static Spc of(List<SeriesPoint> series, Polarity polarity) {
        int n = series.size();
        if (n < MIN_POINTS) {
            return null;
        }
        double[] x = series.stream().mapToDouble(SeriesPoint::value).toArray();
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double mr = 0;
        for (int i = 1; i < n; i++) {
            mr += Math.abs(x[i] - x[i - 1]);
        }
        mr /= n - 1;
        double upper = mean + LIMIT_FACTOR * mr;
        double lower = mean - LIMIT_FACTOR * mr;
        Set<Signal> signals = EnumSet.noneOf(Signal.class);
        int last = n - 1;
        // side of the latest point: +1 above the mean, -1 below; the signals below point the same way
        int side = Double.compare(x[last], mean);
        if (x[last] > upper || x[last] < lower) {
            signals.add(Signal.OUTSIDE_LIMITS);
        }
        if (side != 0 && runOnOneSide(x, mean) >= SHIFT_LENGTH) {
            signals.add(Signal.SHIFT);
        }
        int trend = monotoneRun(x);
        if (Math.abs(trend) >= TREND_LENGTH) {
            signals.add(Signal.TREND);
        }
        double nearUpper = mean + (upper - mean) * 2 / 3;
        double nearLower = mean - (mean - lower) * 2 / 3;
        if (twoOfThreeBeyond(x, nearUpper, nearLower)) {
            signals.add(Signal.TWO_OF_THREE_NEAR_LIMIT);
        }
        int direction = signals.contains(Signal.TREND) && !signals.contains(Signal.SHIFT)
                && !signals.contains(Signal.OUTSIDE_LIMITS) && !signals.contains(Signal.TWO_OF_THREE_NEAR_LIMIT)
                ? Integer.signum(trend) : side;
        return new Spc(n, mean, lower, upper, Set.copyOf(signals), variation(signals, direction, polarity));
    }

    private static Variation variation(Set<Signal> signals, int direction, Polarity polarity) {
        if (signals.isEmpty() || direction == 0) {
            return Variation.COMMON_CAUSE;
        }
        return switch (polarity) {
            case NEUTRAL -> Variation.SPECIAL_CAUSE_NEUTRAL;
            case HIGHER_BETTER -> direction > 0 ? Variation.SPECIAL_CAUSE_IMPROVEMENT : Variation.SPECIAL_CAUSE_CONCERN;
            case LOWER_BETTER -> direction < 0 ? Variation.SPECIAL_CAUSE_IMPROVEMENT : Variation.SPECIAL_CAUSE_CONCERN;
        };
    }

    /** Length of the run of points ending at the latest one that lie strictly on its side of the mean. */
    static int runOnOneSide(double[] x, double mean) {
        int side = Double.compare(x[x.length - 1], mean);
        int run = 0;
        for (int i = x.length - 1; i >= 0 && Double.compare(x[i], mean) == side; i--) {
            run++;
        }
        return run;
    }

    /**
     * Points in the strictly rising (positive) or falling (negative) run ending at the latest
     * point, counting its first point: 7 points means 6 rises.
     */
    static int monotoneRun(double[] x) {
        int last = x.length - 1;
        if (last == 0 || x[last] == x[last - 1]) {
            return 1;
        }
        int sign = x[last] > x[last - 1] ? 1 : -1;
        int points = 2;
        for (int i = last - 1; i > 0 && Integer.signum(Double.compare(x[i], x[i - 1])) == sign; i--) {
            points++;
        }
        return sign * points;
    }

    /** The latest point and at least one of the two before it beyond the same near-limit line. */
    static boolean twoOfThreeBeyond(double[] x, double nearUpper, double nearLower) {
        int last = x.length - 1;
        if (last < 2) {
            return false;
        }
        for (int sideSign : new int[] {1, -1}) {
            int count = 0;
            boolean latest = false;
            for (int i = last - 2; i <= last; i++) {
                boolean beyond = sideSign > 0 ? x[i] > nearUpper : x[i] < nearLower;
                if (beyond) {
                    count++;
                    latest |= i == last;
                }
            }
            if (count >= 2 && latest) {
                return true;
            }
        }
        return false;
    }

    /**
     * Making Data Count's assurance: whether the process, as it runs, will meet the target.
     * Consistently passing when the whole band between the limits is on the good side of the
     * target, consistently failing when it is all on the bad side, otherwise hit and miss.
     */
    public Assurance assurance(double target, Polarity polarity) {
        return switch (polarity) {
            case NEUTRAL -> Assurance.NONE;
            case HIGHER_BETTER -> lowerLimit >= target ? Assurance.CONSISTENTLY_PASSING
                    : upperLimit < target ? Assurance.CONSISTENTLY_FAILING : Assurance.HIT_AND_MISS;
            case LOWER_BETTER -> upperLimit <= target ? Assurance.CONSISTENTLY_PASSING
                    : lowerLimit > target ? Assurance.CONSISTENTLY_FAILING : Assurance.HIT_AND_MISS;
        };
    }

    public enum Assurance {
        CONSISTENTLY_PASSING, CONSISTENTLY_FAILING, HIT_AND_MISS, NONE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The signals as one label for a field: {@code none} or e.g. {@code outside_limits+shift}. */
    public String signalLabel() {
        if (signals.isEmpty()) {
            return "none";
        }
        List<String> labels = new ArrayList<>();
        for (Signal s : Signal.values()) {
            if (signals.contains(s)) {
                labels.add(s.label());
            }
        }
        return String.join("+", labels);
    }
}
