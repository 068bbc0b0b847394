package dev.yardstick.extract;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * A set of lower-case words that tells whether a token is one of them without making the token's
 * lower case: a word can only equal those of its length and first letter, which are compared in
 * place. The rules ask of nearly every word of a sentence whether it belongs to some vocabulary,
 * and most words belong to none.
 */
final class WordSet {

    /** The longest word the table holds by length; longer ones are looked up as strings. */
    private static final int LONGEST = 15;

    private final Set<String> words;
    /** The words by first letter ('a' to 'z') and length (0 to {@value #LONGEST}). */
    private final String[][][] byLetterAndLength = new String[26][LONGEST + 1][];

    private WordSet(Set<String> words) {
        this.words = words;
        for (int letter = 0; letter < 26; letter++) {
            for (int length = 0; length <= LONGEST; length++) {
                final char first = (char) ('a' + letter);
                final int n = length;
                byLetterAndLength[letter][length] = words.stream().filter(w -> w.length() == n && w.charAt(0) == first)
                        .sorted().toArray(String[]::new);
            }
        }
    }

    /** The set of these words, each of which must be its own lower case ({@link Locale#ROOT}). */
    static WordSet of(Collection<String> words) {
        for (String w : words) {
            if (w.isEmpty() || !w.equals(w.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("a word set holds lower-case words: '" + w + "'");
            }
        }
        return new WordSet(Set.copyOf(words));
    }

    /** The words of this set and of {@code other}: one lookup where a word is asked of both. */
    WordSet or(WordSet other) {
        Set<String> both = new java.util.HashSet<>(words);
        both.addAll(other.words);
        return new WordSet(Set.copyOf(both));
    }

    /** Whether the token's lower case is one of the words. */
    boolean contains(Token t) {
        int length = t.length();
        if (!t.lowerKeepsOffsets() || length == 0 || length > LONGEST) {
            return words.contains(t.lower());
        }
        char first = t.lowerCharAt(0);
        if (first < 'a' || first > 'z') {
            return words.contains(t.lower()); // a symbol, a digit or a letter outside a-z: as a string
        }
        for (String w : byLetterAndLength[first - 'a'][length]) {
            if (t.is(w)) { // a lower-case word: the token is it exactly when its lower case is
                return true;
            }
        }
        return false;
    }

    /** Whether the word (already lower case) is one of them. */
    boolean contains(String lower) {
        return words.contains(lower);
    }
}
