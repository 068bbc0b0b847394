package dev.yardstick.extract;

import java.util.Arrays;
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
            } else if (!digit && !previousIsLetterOrDigit && c >= 'A' && c <= 'S' && i + 3 <= s.length() && Months.isPrefix(s, i)) {
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

    /** Matches of {@code pattern} starting at digit anchors. */
    Finder atDigits(Pattern pattern) {
        return new Finder(pattern.matcher(s), digits);
    }

    /** Matches of {@code pattern} starting at month anchors. */
    Finder atMonths(Pattern pattern) {
        return new Finder(pattern.matcher(s), months);
    }

    /** Matches starting at digit or month anchors, in order. */
    Finder atEither(Pattern pattern) {
        int[] both = Arrays.copyOf(digits, digits.length + months.length);
        System.arraycopy(months, 0, both, digits.length, months.length);
        Arrays.sort(both);
        return new Finder(pattern.matcher(s), both);
    }

    final class Finder {
        private final Matcher m;
        private final int[] anchors;
        private int next;

        private Finder(Matcher m, int[] anchors) {
            this.m = m;
            this.anchors = anchors;
            m.useTransparentBounds(true).useAnchoringBounds(false);
        }

        boolean next() {
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
