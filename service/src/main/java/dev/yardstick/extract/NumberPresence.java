package dev.yardstick.extract;

/** Whether a sentence may hold a number at all, answered before any pattern runs on it. */
final class NumberPresence {

    private NumberPresence() {
    }

    /**
     * A digit, or a number word ("three", "fifth"), a fraction ("almost half of") or a position on a
     * scale ("the top quartile"). Most sentences that hold a number hold a digit:
     * a search for one alone answers them without looking at their words.
     */
    static boolean mayHoldNumber(String s) {
        return hasDigit(s) || NumberWords.anyIn(s) || hasWordOne(s) || Fractions.anyIn(s) || Ranks.mayNameAPosition(s);
    }

    /** "Just one" may be a count ({@link NumberWordQuantities#oneCounts}), though "one" is no number word elsewhere. */
    private static boolean hasWordOne(String s) {
        for (int at = indexOfOne(s, 0); at >= 0; at = indexOfOne(s, at + 1)) {
            boolean starts = at == 0 || !Character.isLetter(s.charAt(at - 1));
            boolean ends = at + 3 == s.length() || !Character.isLetter(s.charAt(at + 3));
            if (starts && ends && NumberWordQuantities.oneMayCount(s, at)) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfOne(String s, int from) {
        int lower = s.indexOf("one", from);
        int upper = s.indexOf("One", from);
        return lower < 0 ? upper : upper < 0 ? lower : Math.min(lower, upper);
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

}
