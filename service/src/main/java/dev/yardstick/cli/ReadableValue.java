package dev.yardstick.cli;

import dev.yardstick.extract.Measure;
import dev.yardstick.extract.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** A quantity as a person writes it: "just over £115,000", "7,000 applications", "17%", "7", "about £5,000,000". */
final class ReadableValue {

    private ReadableValue() {
    }

    static String of(Quantity q) {
        String qualifier = q.qualifier().id();
        String unit = q.unitLabel();
        String value;
        if (q.unit().measure() == Measure.MONEY) {
            // pounds with pence only when there are pence; a stated change keeps its " change"
            String pounds = (q.value() < 0 ? "-£" : "£") + grouped(Math.abs(q.value()), 2);
            value = pounds + unit.substring(q.unit().label().length());
        } else if (unit.startsWith("%")) {
            value = grouped(q.value(), 2) + unit;
        } else if (q.unit().measure() == Measure.COUNT && q.unit().label().equals("count")) {
            // "count" is the extractor's name for a number with no noun: "seven" is 7, not "7 count"
            value = grouped(q.value(), 2) + unit.substring("count".length());
        } else {
            value = grouped(q.value(), 2) + " " + unit;
        }
        // "approximately" is the longest qualifier and a table cell is narrow: "about" says the same
        return qualifier == null ? value : ("approximately".equals(qualifier) ? "about" : qualifier) + " " + value;
    }

    /** Thousands grouped, at most {@code decimals} decimals, none when the value is whole. */
    static String grouped(double v, int decimals) {
        BigDecimal rounded = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        String pattern = rounded.scale() <= 0 ? "#,##0" : "#,##0." + "0".repeat(rounded.scale());
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK)).format(rounded);
    }
}
