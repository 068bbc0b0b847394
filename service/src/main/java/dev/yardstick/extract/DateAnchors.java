package dev.yardstick.extract;

import java.util.ArrayList;
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
    final List<Integer> digits = new ArrayList<>();
    final List<Integer> months = new ArrayList<>();

    DateAnchors(String s) {
        this.s = s;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1));
            if (Character.isDigit(c) && (i == 0 || !Character.isDigit(s.charAt(i - 1)))) {
                digits.add(i);
            } else if (wordStart && c >= 'A' && c <= 'S' && i + 3 <= s.length() && Months.isPrefix(s, i)) {
                months.add(i);
            }
        }
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
        List<Integer> both = new ArrayList<>(digits);
        both.addAll(months);
        both.sort(null);
        return new Finder(pattern.matcher(s), both);
    }

    final class Finder {
        private final Matcher m;
        private final List<Integer> anchors;
        private int next;

        private Finder(Matcher m, List<Integer> anchors) {
            this.m = m;
            this.anchors = anchors;
            m.useTransparentBounds(true).useAnchoringBounds(false);
        }

        boolean next() {
            while (next < anchors.size()) {
                m.region(anchors.get(next++), s.length());
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
