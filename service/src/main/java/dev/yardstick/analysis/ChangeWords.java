package dev.yardstick.analysis;

import java.text.DecimalFormat;

/**
 * The change since the previous period of the same length (the direction-of-travel rule), in
 * words a stat tile can show as they are: the reading made explicit and the judgement by polarity,
 * not by sign. A change between two percentages is in percentage points (a rate going from 40% to
 * 44% rose by 4 points, or by 10 percent: the tile must not leave that open); any other change is
 * in the indicator's unit, with the relative change in percent beside it.
 */
public final class ChangeWords {

    private ChangeWords() {
    }

    /** The words, or null when there is no earlier period of the same length. */
    public static String of(IndicatorStatus s) {
        if (s.previous() == null) {
            return null;
        }
        double change = s.value() - s.previous();
        String unit = s.indicator().unit();
        String reading;
        if (unit.equals("%")) {
            reading = signed(change) + (Math.abs(change) == 1 ? " percentage point" : " percentage points");
        } else {
            reading = signed(change) + " " + unit;
            if (s.previous() != 0) {
                reading += " (" + signed(100 * change / Math.abs(s.previous())) + "%)";
            }
        }
        return reading + ", " + s.direction().label();
    }

    private static final ThreadLocal<DecimalFormat> ONE_DECIMAL = UkNumbers.format("#,##0.#");

    private static String signed(double v) {
        String digits = ONE_DECIMAL.get().format(Math.abs(v));
        return (digits.equals("0") ? "" : v > 0 ? "+" : "-") + digits;
    }
}
