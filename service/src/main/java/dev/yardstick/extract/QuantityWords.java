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

    private static final boolean[][] OPENS;

    static {
        List<String> words = new ArrayList<>(NumberWords.words());
        words.addAll(Fractions.firstWords());
        words.addAll(Ranks.SCALE_ENDS);
        words.add(ONE);
        int longest = words.stream().mapToInt(String::length).max().orElse(0);
        OPENS = new boolean[longest + 1][26];
        for (String w : words) {
            OPENS[w.length()][w.charAt(0) - 'a'] = true;
        }
    }

    private QuantityWords() {
    }

    /**
     * False only when the word is none of those words: its lower case has its length (so the
     * length compares) and no such word of that length starts with its first letter.
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
        return first >= 'a' && first <= 'z' && OPENS[n][first - 'a'];
    }
}
