package dev.yardstick.store;

import java.util.regex.Pattern;

/**
 * A sentence cut to fit a chart's hover: InfluxQL 1.x has no string functions, so the short form
 * is written beside the whole sentence at ingest. Cut at the last word boundary within the limit
 * and marked with an ellipsis, so a reader sees that the evidence table holds the rest.
 */
public final class ShortSentence {

    /** Characters a hover shows comfortably in two or three lines. */
    public static final int LIMIT = 160;

    private static final String ELLIPSIS = "\u2026";
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:(\\u2013\\u2014-]+$");

    private ShortSentence() {
    }

    public static String of(String sentence) {
        String s = collapseWhitespace(sentence.strip());
        if (s.length() <= LIMIT) {
            return s;
        }
        int room = LIMIT - ELLIPSIS.length();
        int cut = s.lastIndexOf(' ', room);
        if (cut < room / 2) {
            cut = room; // one very long word: cut inside it rather than lose most of the room
        }
        if (Character.isHighSurrogate(s.charAt(cut - 1))) {
            cut--; // never split a surrogate pair
        }
        return TRAILING_PUNCTUATION.matcher(s.substring(0, cut)).replaceAll("") + ELLIPSIS;
    }

    /**
     * Each run of whitespace as one space, whitespace as regular expressions' {@code \s} has it
     * (space, tab, line feed, vertical tab, form feed, carriage return). Written out rather than
     * a {@code replaceAll}, which compiled its pattern again for every observation point: most
     * sentences have nothing to collapse and are returned as they are.
     */
    private static String collapseWhitespace(String s) {
        if (!needsCollapsing(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean inSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
                inSpace = false;
            } else if (!inSpace) {
                out.append(' ');
                inSpace = true;
            }
        }
        return out.toString();
    }

    private static boolean needsCollapsing(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c) && (c != ' ' || (i + 1 < s.length() && isSpace(s.charAt(i + 1))))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
