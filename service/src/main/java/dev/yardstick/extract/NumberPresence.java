package dev.yardstick.extract;

/** Whether a sentence may hold a number at all, answered before any pattern runs on it. */
final class NumberPresence {

    private NumberPresence() {
    }

    /**
     * A digit, or a number word ("three", "fifth"), a fraction ("almost half of") or a position on a
     * scale ("the top quartile"). Most sentences that hold a number hold a digit: a search for one
     * alone answers them without looking at their words. Most that hold none are looked at once
     * more, each of their words asked of every kind of number word in turn, rather than searched
     * again for each kind.
     */
    static boolean mayHoldNumber(String s) {
        return hasDigit(s) || numberWord(s) || Ranks.mayNameAPosition(s);
    }

    static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /** A word (a whole run of letters) that is a number word, "one" that may count or a fraction's part. */
    private static boolean numberWord(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!isLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean ascii = c < 128;
            while (++i < n && isLetter(c = s.charAt(i))) {
                ascii &= c < 128;
            }
            if (ascii && !mayOpen(s, start, i - start)) {
                continue; // most words: ruled out by their length and first two letters
            }
            if (NumberWords.isWordAt(s, start, i - start) || isOne(s, start, i - start)
                    || Fractions.shareAt(s, start, i, ascii)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Per length, and first letter ('a' to 'z'), the second letters (bit 0 for 'a') of every word
     * the three tests of {@link #numberWord} accept: a number word, "one", a fraction's part. An
     * ASCII word whose length and first two letters, in lower case, open none of them is none, and
     * is not asked of each reader in turn.
     */
    private static final int[][] OPENINGS;

    static {
        java.util.Set<String> words = new java.util.HashSet<>(NumberWords.words());
        words.add("one");
        words.addAll(Fractions.parts());
        int longest = words.stream().mapToInt(String::length).max().orElse(0);
        OPENINGS = new int[longest + 1][26];
        for (String w : words) {
            OPENINGS[w.length()][w.charAt(0) - 'a'] |= 1 << (w.charAt(1) - 'a');
        }
    }

    /** Whether the ASCII word (of letters) of {@code length} at {@code start} may be one {@link #OPENINGS} holds. */
    private static boolean mayOpen(String s, int start, int length) {
        if (length < 2 || length >= OPENINGS.length) {
            return false;
        }
        // an ASCII letter's lower case: set the bit that tells 'a' from 'A'
        return (OPENINGS[length][(s.charAt(start) | 0x20) - 'a'] & 1 << ((s.charAt(start + 1) | 0x20) - 'a')) != 0;
    }

    /** "Just one" may be a count ({@link NumberWordQuantities#oneCounts}), though "one" is no number word elsewhere. */
    private static boolean isOne(String s, int start, int length) {
        return length == 3 && (s.startsWith("one", start) || s.startsWith("One", start)) && NumberWordQuantities.oneMayCount(s, start);
    }

    /** {@link Character#isLetter(char)}, with the ASCII answer first: most characters are. */
    private static boolean isLetter(char c) {
        // an ASCII letter's lower case (bit 0x20 set) lies in a-z, and no other ASCII character's does: one unsigned test
        return c < 128 ? (char) ((c | 0x20) - 'a') < 26 : Character.isLetter(c);
    }
}
