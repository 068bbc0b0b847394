package dev.yardstick.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case-insensitive pattern with the words every match of it opens with, written beside it:
 * instead of trying the pattern at every character of a sentence ({@link Matcher#find}), it is
 * tried ({@code lookingAt}, with transparent bounds so {@code \b} and look-arounds still see the
 * whole sentence) only where one of those words occurs in the lower-cased sentence, which plain
 * string search finds far faster. The matches are those {@code find} would report, in order.
 */
final class OpeningWords {

    private final Pattern pattern;
    private final String[] openings;
    /**
     * Every alternative of the pattern opens with {@code \\b}, so a match starts only where a word
     * does: an opening found inside a word ("a" in "data", "the" in "other") is not tried.
     */
    private final boolean atWordStarts;

    /**
     * @param openings lower-case literals one of which every match of {@code pattern} starts
     *                 with; the tests of each pattern's owner hold them to it
     */
    OpeningWords(Pattern pattern, String... openings) {
        this.pattern = pattern;
        this.openings = openings.clone();
        this.atWordStarts = opensWithWordBoundary(pattern.pattern());
    }

    /** Whether each top-level alternative of the regular expression (after its flags) opens with {@code \\b}. */
    static boolean opensWithWordBoundary(String regex) {
        String body = regex.startsWith("(?i)") ? regex.substring(4) : regex;
        int depth = 0;
        boolean inClass = false;
        int alternative = 0;
        for (int i = 0; i <= body.length(); i++) {
            char c = i < body.length() ? body.charAt(i) : '|';
            if (c == '\\' && i + 1 < body.length()) {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                if (!body.startsWith("\\b", alternative)) {
                    return false;
                }
                alternative = i + 1;
            }
        }
        return true;
    }

    /** A letter, digit or underscore of ASCII before {@code at}: a word goes on there, so no {@code \\b} stands at it. */
    private static boolean insideWord(String s, int at) {
        if (at == 0) {
            return false;
        }
        char c = s.charAt(at - 1);
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    Pattern pattern() {
        return pattern;
    }

    /** Every match in {@code s}, as {@link Matcher#find} would report them. */
    List<MatchResult> matches(String s, String lower) {
        List<MatchResult> out = new ArrayList<>(2);
        Matcher m = pattern.matcher(s);
        if (lower.length() != s.length()) {
            // a character whose lower case is longer moved the offsets: search the plain way
            while (m.find()) {
                out.add(m.toMatchResult());
            }
            return out;
        }
        int[] starts = starts(lower);
        if (starts.length == 0) {
            return out;
        }
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        int tried = -1;
        for (int start : starts) {
            if (start < from || start == tried || atWordStarts && insideWord(s, start)) {
                continue; // inside the last match, where two openings begin alike ("the", "then"), or inside a word
            }
            tried = start;
            m.region(start, s.length());
            if (m.lookingAt()) {
                out.add(m.toMatchResult());
                from = m.end() > m.start() ? m.end() : m.end() + 1;
            }
        }
        return out;
    }

    /** Where an opening word occurs, in order. */
    private int[] starts(String lower) {
        int[] at = new int[8];
        int n = 0;
        for (String opening : openings) {
            for (int i = lower.indexOf(opening); i >= 0; i = lower.indexOf(opening, i + 1)) {
                if (n == at.length) {
                    at = Arrays.copyOf(at, n * 2);
                }
                at[n++] = i;
            }
        }
        Arrays.sort(at, 0, n);
        return Arrays.copyOf(at, n);
    }
}
