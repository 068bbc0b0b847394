package dev.yardstick.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Shares written as fractions, which the conventions count as percentages: "over a third of the
 * housing stock" (33.3), "two fifths of residents" (40), "three quarters of calls", "almost half of
 * all schools", "over half the tenants". Only a fraction of something ("of", or "half the") is
 * one: "the third quarter of 2019", "the first half of the year" and "a half-day course" are not,
 * nor is a scheme's rule ("half of each ticket").
 */
final class Fractions {

    /** Parts of a whole, singular and plural, with how many make the whole. */
    private static final Map<String, Integer> DENOMINATORS = Map.of("half", 2, "halves", 2, "third", 3, "thirds", 3,
            "quarter", 4, "quarters", 4, "fifth", 5, "fifths", 5, "tenth", 10, "tenths", 10);
    /** How many parts: "a third", "two thirds". */
    private static final Map<String, Integer> NUMERATORS = Map.of("a", 1, "an", 1, "one", 1, "two", 2, "three", 3,
            "four", 4, "seven", 7, "nine", 9);
    /** "seven", "three", "half": the longest word a fraction starts with; "half", "fifths": its part's shortest and longest. */
    private static final int LONGEST_FIRST_WORD = 5;
    /** The one part that opens a fraction by itself: "half the tenants", "half of all calls". */
    private static final String HALF = "half";
    private static final int SHORTEST_PART = 3;
    private static final int LONGEST_PART = 8;
    /** What "half" shares directly: "half the tenants", "half of all calls", "half our schools". */
    private static final Set<String> SHARED_BY_HALF = Set.of("of", "the", "all", "our", "their", "its");
    /** What "half the ..." compares a value with, rather than takes a share of. */
    private static final Set<String> A_LEVEL = Set.of("number", "level", "figure", "rate", "total", "amount", "size", "count");
    /** Words before "half" that make it a period or an amount: "the first half", "one and a half". */
    private static final Set<String> HALF_IS_NO_SHARE_AFTER = Set.of("first", "second", "last", "latter", "other", "the", "a", "and", "this", "next");

    private Fractions() {
    }

    /**
     * Whether the word (a whole run of letters) [start, end) of the sentence makes it hold a
     * fraction, so that a sentence without a digit is still read: a part of a whole after a number
     * of parts ("a third"), or "half" before what it shares ("half of"). A cheap test from the same
     * words as {@link #read}, asked of every word of most sentences without a digit
     * ({@link NumberPresence}); "this quarter" alone must not send a sentence to be read.
     *
     * @param ascii whether the word is all ASCII, so that its lower case is compared in place
     */
    static boolean shareAt(String s, int start, int end, boolean ascii) {
        String word;
        if (ascii) {
            word = denominatorAt(s, start, end - start);
            if (word == null) {
                return false; // most words: ruled out by their length and first letter
            }
        } else {
            word = s.substring(start, end).toLowerCase(Locale.ROOT);
            if (!DENOMINATORS.containsKey(word)) {
                return false;
            }
        }
        return (word.equals(HALF)
                ? SHARED_BY_HALF.contains(NumberWordQuantities.wordStartingAt(s, end))
                : NUMERATORS.containsKey(TimePrepositions.wordBefore(s, Math.max(0, start - WORD_REACH), start)))
                && holdsAStem(s);
    }

    /** The denominators by length and first letter ('a' to 'z'), for {@link #denominatorAt}. */
    private static final String[][][] DENOMINATORS_BY_LENGTH_AND_LETTER;

    static {
        int longest = DENOMINATORS.keySet().stream().mapToInt(String::length).max().orElse(0);
        DENOMINATORS_BY_LENGTH_AND_LETTER = new String[longest + 1][26][];
        for (int length = 0; length <= longest; length++) {
            for (char letter = 'a'; letter <= 'z'; letter++) {
                final int n = length;
                final char c = letter;
                DENOMINATORS_BY_LENGTH_AND_LETTER[length][letter - 'a'] = DENOMINATORS.keySet().stream()
                        .filter(w -> w.length() == n && w.charAt(0) == c).toArray(String[]::new);
            }
        }
    }

    /** The denominator the ASCII letters [start, start + length) are in either case (their lower case), or null. */
    private static String denominatorAt(String s, int start, int length) {
        if (length >= DENOMINATORS_BY_LENGTH_AND_LETTER.length) {
            return null;
        }
        char first = s.charAt(start);
        char lower = first >= 'A' && first <= 'Z' ? (char) (first + ('a' - 'A')) : first;
        if (lower < 'a' || lower > 'z') {
            return null;
        }
        for (String w : DENOMINATORS_BY_LENGTH_AND_LETTER[length][lower - 'a']) {
            // for ASCII letters a case-blind comparison is equality of lower cases; the second letter rules most out
            if ((s.charAt(start + 1) | ('a' - 'A')) == w.charAt(1) && s.regionMatches(true, start, w, 0, length)) {
                return w;
            }
        }
        return null;
    }

    /** Longer than a numerator and the space after it: how far back {@link TimePrepositions#wordBefore} looks. */
    private static final int WORD_REACH = 8;

    /** What every word of {@link #DENOMINATORS} holds after its first letter, in either case. */
    private static final String[] STEMS = {"alf", "alv", "hird", "uarter", "ifth", "enth", "ALF", "ALV", "HIRD", "UARTER", "IFTH", "ENTH"};

    private static boolean holdsAStem(String s) {
        for (String stem : STEMS) {
            if (s.indexOf(stem) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The parts of a whole a fraction names, lower case: "half", "thirds", "quarter". */
    static Set<String> parts() {
        return DENOMINATORS.keySet();
    }

    /** The words a fraction {@link #read} finds may start with, lower case: a number of parts ("a", "two") or "half". */
    static Set<String> firstWords() {
        Set<String> words = new java.util.HashSet<>(NUMERATORS.keySet());
        words.add(HALF);
        return words;
    }

    /** The fraction starting at token {@code i}, added as a percentage; returns the last token used, or {@code i}. */
    static int read(QuantitySentence sentence, int i) {
        Token word = sentence.tok(i);
        Token next = sentence.tok(i + 1);
        if (next == null || !next.isWord() || word.length() > LONGEST_FIRST_WORD) {
            return i; // every word is asked: most are ruled out by their length alone
        }
        if (word.is(HALF)) {
            Token prev = sentence.tok(i - 1);
            if (!SHARED_BY_HALF.contains(next.lower()) || prev != null && HALF_IS_NO_SHARE_AFTER.contains(prev.lower())) {
                return i;
            }
            Token what = sentence.tok(i + 2);
            if (next.is("the") && what != null && what.isWord() && A_LEVEL.contains(what.lower())) {
                return i; // "fell to 12, half the number at the start of April": a ratio to an earlier level, no share
            }
            return add(sentence, i, i, 1, 2);
        }
        Token of = sentence.tok(i + 2);
        if (next.length() < SHORTEST_PART || next.length() > LONGEST_PART || of == null || !of.is("of")) {
            return i;
        }
        Integer parts = lookUp(NUMERATORS, word);
        Integer whole = parts == null ? null : lookUp(DENOMINATORS, next);
        if (whole == null || whole == 2 || (parts == 1) == next.lower().endsWith("s")) {
            return i; // "two third of" or "a thirds of" is no fraction; "a half of" is rare and "one half" reads as a period
        }
        return add(sentence, i, i + 1, parts, whole);
    }

    /** The word's value in {@code words}, compared in place: every word of every sentence is asked, and few are any. */
    private static Integer lookUp(Map<String, Integer> words, Token token) {
        for (Map.Entry<String, Integer> e : words.entrySet()) {
            if (token.is(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    private static int add(QuantitySentence sentence, int first, int last, int parts, int whole) {
        Token start = sentence.tok(first);
        if (sentence.inTime(start.start(), sentence.tok(last).end()) || sentence.context().labelled(first)) {
            return first;
        }
        if (sentence.word(last + 1, "of") && (sentence.word(last + 2, "each") || sentence.word(last + 2, "every"))) {
            return first; // "half of each ticket goes to the player's cause": how a scheme splits, not a result
        }
        double percent = Math.round(1000.0 * parts / whole) / 10.0;
        sentence.add(percent, Unit.PERCENT, start.start(), first, last, last);
        return last;
    }
}
