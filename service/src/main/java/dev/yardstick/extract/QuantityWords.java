package dev.yardstick.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a word may open a quantity written in words, as {@link QuantityScanner} reads them: a
 * number word ("three", "fifth"), "one", the first word of a fraction ("a third of", "half the")
 * or the end of a scale ("top quartile"). Every word of every sentence with a value is asked, and
 * few are any of these: a table by length and first letter, made from the readers' own word lists,
 * rules most words out before each reader compares them with its words.
 */
final class QuantityWords {

    /** "one": {@link QuantityScanner} reads it as a count only where {@link NumberWordQuantities#oneCounts} allows. */
    static final String ONE = "one";

    /** Per length, first letter and second letter ('a' to 'z', or {@link #NONE} for a word of one letter): whether such a word is one. */
    private static final boolean[][][] OPENS;
    private static final int NONE = 26;

    static {
        List<String> words = new ArrayList<>(NumberWords.words());
        words.addAll(Fractions.firstWords());
        words.addAll(Ranks.SCALE_ENDS);
        words.add(ONE);
        int longest = words.stream().mapToInt(String::length).max().orElse(0);
        OPENS = new boolean[longest + 1][26][27];
        for (String w : words) {
            OPENS[w.length()][w.charAt(0) - 'a'][w.length() > 1 ? w.charAt(1) - 'a' : NONE] = true;
        }
    }

    private QuantityWords() {
    }

    /**
     * False only when the word is none of those words: its lower case has its length (so the
     * length compares) and no such word of that length starts with its first two letters ("the"
     * is ruled out, though "two", "ten" and "top" have its length and first letter).
     */
    static boolean mayOpen(Token word) {
        if (!word.lowerKeepsOffsets()) {
            return true; // a lower case of another length: left to the readers, which lower-case it
        }
        int n = word.length();
        if (n >= OPENS.length) {
            return false;
        }
        char first = word.lowerCharAt(0);
        if (first < 'a' || first > 'z') {
            return false;
        }
        if (n == 1) {
            return OPENS[1][first - 'a'][NONE];
        }
        char second = word.lowerCharAt(1);
        return second >= 'a' && second <= 'z' && OPENS[n][first - 'a'][second - 'a'];
    }
}
