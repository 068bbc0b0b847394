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
