package dev.yardstick.extract;

import java.util.List;
import java.util.Locale;

/**
 * One sentence as the rules read it, worked out once and shared by them: its lower case, its
 * tokens and where dates may start in it. The time phrases, the quantities and the cue words were
 * each found by cutting up and lower-casing the sentence again; now the {@link TemporalScanner},
 * the {@link QuantityScanner} and the word tests of the period rules read the same analysis.
 * Each part is worked out when first asked for: most sentences never need some of them.
 * One per sentence; not shared between threads.
 */
final class SentenceText {

    private final String text;
    private final String lower;
    private List<Token> tokens;
    private DateAnchors anchors;

    SentenceText(String text) {
        this.text = text;
        this.lower = LastLowerCase.of(text);
    }

    String text() {
        return text;
    }

    /** The sentence in lower case ({@link Locale#ROOT}); its offsets are the text's unless a character's lower case is longer. */
    String lower() {
        return lower;
    }

    /** Whether {@link #lower()} keeps the text's offsets, so that a stretch of it is the lower case of that stretch of the text. */
    boolean lowerKeepsOffsets() {
        return lower.length() == text.length();
    }

    List<Token> tokens() {
        if (tokens == null) {
            tokens = Token.tokenize(text, lowerKeepsOffsets() ? lower : null);
        }
        return tokens;
    }

    DateAnchors anchors() {
        if (anchors == null) {
            anchors = new DateAnchors(text, tokens());
        }
        return anchors;
    }

    /**
     * The last two words of letters a-z before {@code end}, lower-cased, the nearer second ("plan",
     * "for" before "2011/12"); an absent word is "". Words are runs of a-z in the lower case, as a
     * split of the lower-cased text on anything else would give them.
     */
    String[] lastTwoWordsBefore(int end) {
        if (!lowerKeepsOffsets()) {
            // a character whose lower case is longer: cut the stretch itself, as offsets no longer line up
            String[] words = text.substring(0, end).toLowerCase(Locale.ROOT).strip().split("[^a-z]+");
            int n = words.length;
            return new String[] {n >= 2 ? words[n - 2] : "", n >= 1 ? words[n - 1] : ""};
        }
        String[] out = {"", ""};
        int i = end;
        for (int w = 1; w >= 0; w--) {
            while (i > 0 && !isAsciiLower(lower.charAt(i - 1))) {
                i--;
            }
            int wordEnd = i;
            while (i > 0 && isAsciiLower(lower.charAt(i - 1))) {
                i--;
            }
            if (wordEnd == i) {
                break;
            }
            out[w] = lower.substring(i, wordEnd);
        }
        return out;
    }

    private static boolean isAsciiLower(char c) {
        return c >= 'a' && c <= 'z';
    }
}
