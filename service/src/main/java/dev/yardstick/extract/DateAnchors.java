package dev.yardstick.extract;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where dates can start in a sentence: each run of digits and each capitalised month name.
 * The date patterns are tried only at these anchors ({@code lookingAt}, with transparent bounds
 * so look-arounds still see the whole sentence), which keeps their cost proportional to the
 * dates rather than to the sentence length; scanning every position was most of extraction time.
 */
final class DateAnchors {

    private final String s;
    private final int[] digits;
    /** Per digit anchor, how many ASCII digits ({@code \\d}) run from it: the date patterns need 1-2 or 4. */
    private final int[] runs;
    private final int[] months;

    DateAnchors(String s) {
        this.s = s;
        int[] d = new int[8];
        int[] m = new int[4];
        int nd = 0;
        int nm = 0;
        boolean previousIsDigit = false;
        boolean previousIsLetterOrDigit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean digit = isDigit(c);
            if (digit && !previousIsDigit) {
                if (nd == d.length) {
                    d = Arrays.copyOf(d, nd * 2);
                }
                d[nd++] = i;
            } else if (!digit && !previousIsLetterOrDigit && c >= 'A' && c <= 'S' && i + 3 <= s.length() && Months.isPrefix(s, i)
                    && Months.isNameAt(s, i)) {
                if (nm == m.length) {
                    m = Arrays.copyOf(m, nm * 2);
                }
                m[nm++] = i;
            }
            previousIsDigit = digit;
            previousIsLetterOrDigit = c < 128 ? digit || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetterOrDigit(c);
        }
        this.digits = Arrays.copyOf(d, nd);
        this.months = Arrays.copyOf(m, nm);
        this.runs = runs(s, digits);
    }

    /**
     * The same anchors read from the sentence's tokens, which hold every digit (in its numbers)
     * and every letter (in its words): the digits are looked at in the numbers alone, and a month
     * can start only where a word does, or inside one right after its apostrophe ("O'March").
     */
    DateAnchors(String s, List<Token> tokens) {
        this.s = s;
        int[] d = new int[8];
        int[] r = new int[8];
        int[] m = new int[4];
        int nd = 0;
        int nm = 0;
        for (Token t : tokens) {
            if (t.isNumber()) {
                for (int i = t.start(); i < t.end(); i++) {
                    if (isDigit(s.charAt(i)) && (i == 0 || !isDigit(s.charAt(i - 1)))) {
                        if (nd == d.length) {
                            d = Arrays.copyOf(d, nd * 2);
                            r = Arrays.copyOf(r, nd * 2);
                        }
                        // its run of ASCII digits counted here, the digits then passed: each follows a digit, so none is an anchor
                        int end = asciiDigitsEnd(s, i);
                        r[nd] = end - i;
                        d[nd++] = i;
                        i = Math.max(i, end - 1);
                    }
                }
            } else if (t.isWord()) {
                // past an apostrophe only where the word holds one (the tokenizer saw it): most words are looked at once
                for (int i = t.start(); i < t.end(); i = t.hasApostrophe() ? nextAfterApostrophe(s, i, t.end()) : t.end()) {
                    if (monthAt(s, i)) {
                        if (nm == m.length) {
                            m = Arrays.copyOf(m, nm * 2);
                        }
                        m[nm++] = i;
                    }
                }
            }
        }
        this.digits = Arrays.copyOf(d, nd);
        this.months = Arrays.copyOf(m, nm);
        this.runs = Arrays.copyOf(r, nd);
    }

    private static int asciiDigitsEnd(String s, int i) {
        int end = i;
        while (end < s.length() && s.charAt(end) >= '0' && s.charAt(end) <= '9') {
            end++;
        }
        return end;
    }

    /** The offset just after the next apostrophe of the word after {@code i}, or {@code end}. */
    private static int nextAfterApostrophe(String s, int i, int end) {
        for (int k = i + 1; k < end; k++) {
            char c = s.charAt(k - 1);
            if (c == '\'' || c == '’') {
                return k;
            }
        }
        return end;
    }

    /** A month name starts at {@code i}, after a character that is no letter or digit (as the character scan decides). */
    private static boolean monthAt(String s, int i) {
        char c = s.charAt(i);
        return c >= 'A' && c <= 'S' && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1))) && i + 3 <= s.length()
                && Months.isPrefix(s, i) && Months.isNameAt(s, i);
    }

    private static int[] runs(String s, int[] digits) {
        int[] runs = new int[digits.length];
        for (int k = 0; k < digits.length; k++) {
            runs[k] = asciiDigitsEnd(s, digits[k]) - digits[k];
        }
        return runs;
    }

    /** Where runs of digits start, in order. */
    int[] digitAnchors() {
        return digits.clone();
    }

    /** Where month names start, in order. */
    int[] monthAnchors() {
        return months.clone();
    }

    /** The regular-expression {@code \\s}: [ \\t\\n\\x0B\\f\\r]. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@link Character#isDigit}, with the ASCII answer first: most characters are. */
    private static boolean isDigit(char c) {
        return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    boolean hasDigits() {
        return digits.length > 0;
    }

    boolean hasMonths() {
        return months.length > 0;
    }

    /**
     * Matches of {@code pattern} starting at digit anchors where {@code min} to {@code max} ASCII
     * digits run: for a pattern that opens with that many {@code \\d} and no more (a day's one or
     * two, a year's four), the other anchors cannot match and are not tried.
     */
    Finder atDigits(Pattern pattern, int min, int max) {
        return new Finder(pattern, digitsWithRun(min, max));
    }

    /**
     * Matches of {@code pattern} starting at digit anchors where {@code min} to {@code max} ASCII
     * digits run and, after white space ({@code \\s}), one of {@code next} follows: for a pattern that must go on
     * with one of those characters ("1/4/2019", "2019/20", "19/20"), the other anchors are not tried.
     */
    Finder atDigitsBefore(Pattern pattern, int min, int max, String next) {
        return new Finder(pattern, digitsBefore(min, max, next));
    }

    private int[] digitsBefore(int min, int max, String next) {
        int[] out = new int[digits.length];
        int n = 0;
        for (int k = 0; k < digits.length; k++) {
            int after = digits[k] + runs[k];
            while (after < s.length() && isSpace(s.charAt(after))) {
                after++;
            }
            if (runs[k] >= min && runs[k] <= max && after < s.length() && next.indexOf(s.charAt(after)) >= 0) {
                out[n++] = digits[k];
            }
        }
        return Arrays.copyOf(out, n);
    }

    private int[] digitsWithRun(int min, int max) {
        int[] out = new int[digits.length];
        int n = 0;
        for (int k = 0; k < digits.length; k++) {
            if (runs[k] >= min && runs[k] <= max) {
                out[n++] = digits[k];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Matches of {@code pattern} starting at month anchors. */
    Finder atMonths(Pattern pattern) {
        return new Finder(pattern, months);
    }

    /**
     * Matches starting at month anchors or at digit anchors of one or two digits (a day) that
     * {@code dayNext} may follow after white space, in order.
     */
    Finder atMonthsOrDays(Pattern pattern, String dayNext) {
        int[] days = digitsBefore(1, 2, dayNext);
        int[] both = Arrays.copyOf(days, days.length + months.length);
        System.arraycopy(months, 0, both, days.length, months.length);
        Arrays.sort(both);
        return new Finder(pattern, both);
    }

    final class Finder {
        /** Made at the first anchor: most sentences have none for most patterns. */
        private Matcher m;
        private final Pattern pattern;
        private final int[] anchors;
        private int next;

        private Finder(Pattern pattern, int[] anchors) {
            this.pattern = pattern;
            this.anchors = anchors;
        }

        boolean next() {
            if (m == null && next < anchors.length) {
                m = pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
            }
            while (next < anchors.length) {
                m.region(anchors[next++], s.length());
                if (m.lookingAt()) {
                    return true;
                }
            }
            return false;
        }

        Matcher matcher() {
            return m;
        }
    }
}
