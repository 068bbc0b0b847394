package dev.yardstick.extract;

/**
 * How a share, or a difference of two shares, is written after its number, whether in figures or
 * in words: "%", "per cent", "percent", and "1% point", "2 percentage points", "4pp". The one
 * place this vocabulary is read, for {@link QuantityScanner} and {@link NumberWordQuantities}.
 */
final class PercentWords {

    /** @param last the last token of the words; {@code points} when they make a difference of percentages */
    record Written(int last, boolean points) {
    }

    private PercentWords() {
    }

    /** The percent words starting at token {@code k}, or null. */
    static Written at(QuantitySentence s, int k) {
        int end = s.word(k, "%") || s.word(k, "percent") ? k : s.word(k, "per") && s.word(k + 1, "cent") ? k + 1 : -1;
        if (end >= 0) {
            // "1% point better", "2% points above": a difference of two percentages
            if (points(s, end + 1)) {
                return new Written(end + 1, true);
            }
            return s.word(end + 1, "percentage") && points(s, end + 2) ? new Written(end + 2, true) : new Written(end, false);
        }
        if (s.word(k, "percentage") && points(s, k + 1)) {
            return new Written(k + 1, true);
        }
        return s.word(k, "pp") ? new Written(k, true) : null;
    }

    private static boolean points(QuantitySentence s, int k) {
        return s.word(k, "points") || s.word(k, "point");
    }
}
