package dev.yardstick.extract;

import java.util.Map;

/**
 * Numbers written as words. "one" is left out on purpose: in reports it is far more often a
 * pronoun or a name ("One Borough", "one-off", "one of the") than a count worth charting.
 */
final class NumberWords {

    private static final Map<String, Integer> CARDINALS = Map.ofEntries(
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("dozen", 12));

    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12));

    private NumberWords() {
    }

    /** The letters number words start with, in either case, by character: a table rather than a search per word. */
    private static final boolean[] FIRST_LETTERS = new boolean[128];

    static {
        for (char c : "tfsenhdTFSENHD".toCharArray()) {
            FIRST_LETTERS[c] = true;
        }
    }

    /**
     * Whether the word (a whole run of letters) of {@code length} letters at {@code start} is a
     * number word, in either case. Every word of most sentences without a digit is asked
     * ({@link NumberPresence}): the first letter and the length rule out most without a comparison.
     */
    static boolean isWordAt(String s, int start, int length) {
        return length >= 3 && length < SECOND_LETTERS.length && mayStart(s.charAt(start))
                && secondLetterMayFollow(s, start, length) && isAt(s, start, length);
    }

    /**
     * Per length and first letter, the second letters of the number words as bits ('a' is bit 0):
     * "the" and "from" are ruled out with two look-ups, though "two" and "four" share their
     * length and first letter.
     */
    private static final int[][] SECOND_LETTERS = new int[10][26];

    static {
        for (String w : words()) {
            SECOND_LETTERS[w.length()][w.charAt(0) - 'a'] |= 1 << (w.charAt(1) - 'a');
        }
    }

    /** A number word of this length opens with the ASCII first letter at {@code start} ({@link #mayStart}) and the letter after it. */
    private static boolean secondLetterMayFollow(String s, int start, int length) {
        char c = s.charAt(start + 1);
        if (c >= 128) {
            return true; // compared case-blind by isAt
        }
        char second = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        char first = s.charAt(start);
        char lowerFirst = first >= 'A' && first <= 'Z' ? (char) (first + ('a' - 'A')) : first;
        return second >= 'a' && second <= 'z' && (SECOND_LETTERS[length][lowerFirst - 'a'] & 1 << (second - 'a')) != 0;
    }

    /** Every number word, cardinal and ordinal, lower case. */
    static java.util.Set<String> words() {
        java.util.Set<String> all = new java.util.HashSet<>(CARDINALS.keySet());
        all.addAll(ORDINALS.keySet());
        return all;
    }

    /** Whether a number word may start with {@code c} (as written: "Three" or "three"). */
    static boolean mayStart(char c) {
        return c < 128 && FIRST_LETTERS[c];
    }

    /** Every number word, by its length and its first letter ('a' to 'z'): the few a word can be. */
    private static final String[][][] BY_LENGTH_AND_LETTER = new String[10][26][];

    static {
        java.util.List<String> all = new java.util.ArrayList<>(CARDINALS.keySet());
        all.addAll(ORDINALS.keySet());
        for (int length = 0; length < BY_LENGTH_AND_LETTER.length; length++) {
            for (char letter = 'a'; letter <= 'z'; letter++) {
                final int n = length;
                final char c = letter;
                BY_LENGTH_AND_LETTER[length][letter - 'a'] = all.stream().filter(w -> w.length() == n && w.charAt(0) == c)
                        .toArray(String[]::new);
            }
        }
    }

    /** Whether the word of {@code length} letters at {@code start} is a number word, without allocating. */
    static boolean isAt(String s, int start, int length) {
        if (length >= BY_LENGTH_AND_LETTER.length) {
            return false; // no number word is that long
        }
        char first = s.charAt(start);
        char lower = first >= 'A' && first <= 'Z' ? (char) (first + ('a' - 'A')) : first;
        if (lower < 'a' || lower > 'z') {
            return isAtAny(s, start, length); // a letter that only case folding could make a number word's first
        }
        for (String w : BY_LENGTH_AND_LETTER[length][lower - 'a']) {
            if (secondLetterMayMatch(s, start, w) && s.regionMatches(true, start, w, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /** An ASCII second letter that is not the number word's, in either case, rules it out before a case-blind comparison. */
    private static boolean secondLetterMayMatch(String s, int start, String w) {
        char c = s.charAt(start + 1);
        return c >= 128 || (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) == w.charAt(1);
    }

    private static boolean isAtAny(String s, int start, int length) {
        for (String[] letter : BY_LENGTH_AND_LETTER[length]) {
            for (String w : letter) {
                if (s.regionMatches(true, start, w, 0, length)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The value of the cardinal word a token is, or -1; most words are ruled out without their lower case being made. */
    static int cardinal(Token t) {
        return valueOf(t, CARDINAL_WORDS, CARDINAL_VALUES);
    }

    /** The value of the ordinal word a token is ("fourth"), or -1. */
    static int ordinalValue(Token t) {
        return valueOf(t, ORDINAL_WORDS, ORDINAL_VALUES);
    }

    /** As {@link #valueOf(String, String[][][], int[][][])} on the token's lower case, read in place where it can be. */
    private static int valueOf(Token t, String[][][] words, int[][][] values) {
        if (!t.lowerKeepsOffsets()) {
            return valueOf(t.lower(), words, values);
        }
        int n = t.length();
        if (n < 3 || n >= words.length) {
            return -1;
        }
        char first = t.lowerCharAt(0);
        if (first < 'a' || first > 'z') {
            return -1;
        }
        String[] candidates = words[n][first - 'a'];
        for (int k = 0; k < candidates.length; k++) {
            if (t.is(candidates[k])) { // a lower-case word: the token is it exactly when its lower case is
                return values[n][first - 'a'][k];
            }
        }
        return -1;
    }

    /** The value of a cardinal word, or -1. */
    static int cardinal(String lower) {
        return valueOf(lower, CARDINAL_WORDS, CARDINAL_VALUES);
    }

    /** The value of an ordinal word ("fourth"), or -1. */
    static int ordinalValue(String lower) {
        return valueOf(lower, ORDINAL_WORDS, ORDINAL_VALUES);
    }

    /*
     * Every word token is asked whether it is a number word, most of them fresh strings whose hash
     * a map lookup would compute: the few words of the same length and first letter are compared
     * instead. The tables are made from the two maps above, which stay the one vocabulary.
     */
    private static final String[][][] CARDINAL_WORDS = new String[10][26][];
    private static final int[][][] CARDINAL_VALUES = new int[10][26][];
    private static final String[][][] ORDINAL_WORDS = new String[10][26][];
    private static final int[][][] ORDINAL_VALUES = new int[10][26][];

    static {
        index(CARDINALS, CARDINAL_WORDS, CARDINAL_VALUES);
        index(ORDINALS, ORDINAL_WORDS, ORDINAL_VALUES);
    }

    private static void index(Map<String, Integer> vocabulary, String[][][] words, int[][][] values) {
        for (int length = 0; length < words.length; length++) {
            for (char letter = 'a'; letter <= 'z'; letter++) {
                final int n = length;
                final char c = letter;
                String[] same = vocabulary.keySet().stream().filter(w -> w.length() == n && w.charAt(0) == c).sorted().toArray(String[]::new);
                words[length][letter - 'a'] = same;
                values[length][letter - 'a'] = java.util.Arrays.stream(same).mapToInt(vocabulary::get).toArray();
            }
        }
    }

    private static int valueOf(String lower, String[][][] words, int[][][] values) {
        int n = lower.length();
        if (n < 3 || n >= words.length) {
            return -1;
        }
        char first = lower.charAt(0);
        if (first < 'a' || first > 'z') {
            return -1;
        }
        String[] candidates = words[n][first - 'a'];
        for (int k = 0; k < candidates.length; k++) {
            if (candidates[k].equals(lower)) {
                return values[n][first - 'a'][k];
            }
        }
        return -1;
    }
}
