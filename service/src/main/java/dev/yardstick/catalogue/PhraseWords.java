package dev.yardstick.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a phrase as {@link MeasuredPhrase} reads them: lower case, curly apostrophes made
 * straight, each a letter followed by letters, digits, apostrophes and hyphens ({@link #WORD}) or
 * a figure, with trailing points, commas, hyphens and apostrophes cut.
 */
final class PhraseWords {

    static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\d'’-]*|\\d[\\d,.]*");

    private PhraseWords() {
    }

    /**
     * The words of {@code text}. {@link #WORD} is followed by hand, character by character: this
     * runs several times for every value no catalogue claims. Text with a character outside the
     * Basic Multilingual Plane goes through the pattern itself, which reads code points.
     */
    static List<String> of(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        List<String> out = new ArrayList<>();
        int n = lower.length();
        int i = 0;
        while (i < n) {
            char c = lower.charAt(i);
            int end = i + 1;
            if (Character.isLetter(c)) {
                while (end < n && isWordPart(lower.charAt(end))) {
                    end++;
                }
            } else if (c >= '0' && c <= '9') {
                while (end < n && isFigurePart(lower.charAt(end))) {
                    end++;
                }
            } else if (Character.isSurrogate(c)) {
                return byPattern(lower);
            } else {
                i++;
                continue;
            }
            add(out, lower.substring(i, end));
            i = end;
        }
        return out;
    }

    static List<String> byPattern(String lower) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(lower);
        while (m.find()) {
            add(out, m.group());
        }
        return out;
    }

    /**
     * Whether the last of the words of {@code text} before {@code end} may be {@code word} (lower
     * case, of letters): false when the last letters before {@code end}, read backwards and
     * lower-cased, do not spell it. Checked before cutting the whole stretch into words: the last
     * letter or figure of a stretch belongs to its last word (another would start a new one), and
     * only points, commas, hyphens and apostrophes are cut from a word's end. Necessary, not
     * sufficient: where it holds, the words decide.
     */
    static boolean lastMayBe(String text, int end, String word) {
        int k = Math.min(end, text.length()) - 1;
        while (k >= 0 && !opensWord(text.charAt(k))) {
            k--;
        }
        for (int w = word.length() - 1; w >= 0; w--, k--) {
            if (k < 0 || Character.toLowerCase(text.charAt(k)) != word.charAt(w)) {
                return false;
            }
        }
        return true;
    }

    /** A letter or an ASCII digit: where one of {@link #WORD}'s words or figures may start. */
    private static boolean opensWord(char c) {
        return c >= '0' && c <= '9' || Character.isLetter(c);
    }

    /** {@code [\\p{L}\\d'’-]}: a letter, an ASCII digit, an apostrophe or a hyphen. */
    private static boolean isWordPart(char c) {
        return c >= '0' && c <= '9' || c == '\'' || c == '’' || c == '-' || Character.isLetter(c);
    }

    /** {@code [\\d,.]}: an ASCII digit, a comma or a point. */
    private static boolean isFigurePart(char c) {
        return c >= '0' && c <= '9' || c == ',' || c == '.';
    }

    private static void add(List<String> out, String word) {
        String w = word;
        while (w.endsWith(".") || w.endsWith(",") || w.endsWith("-") || w.endsWith("'")) {
            w = w.substring(0, w.length() - 1);
        }
        if (!w.isEmpty()) {
            out.add(w);
        }
    }
}
