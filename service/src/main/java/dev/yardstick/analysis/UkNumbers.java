package dev.yardstick.analysis;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers written as a UK reader expects them ("1,234.5"), for the words status points carry. */
final class UkNumbers {

    private UkNumbers() {
    }

    /**
     * A format of the pattern, one per thread, as a DecimalFormat is not thread-safe: parsing the
     * pattern for each use, or cloning one, costs more than the formatting, once for every status point.
     */
    static ThreadLocal<DecimalFormat> format(String pattern) {
        return ThreadLocal.withInitial(() -> new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK)));
    }
}
