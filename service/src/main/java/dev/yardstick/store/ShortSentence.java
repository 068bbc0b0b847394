package dev.yardstick.store;

/**
 * A sentence cut to fit a chart's hover: InfluxQL 1.x has no string functions, so the short form
 * is written beside the whole sentence at ingest. Cut at the last word boundary within the limit
 * and marked with an ellipsis, so a reader sees that the evidence table holds the rest.
 */
public final class ShortSentence {

    /** Characters a hover shows comfortably in two or three lines. */
    public static final int LIMIT = 160;

    private static final String ELLIPSIS = "\u2026";

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
        return withoutTrailingPunctuation(s.substring(0, cut)) + ELLIPSIS;
    }

    /**
     * {@code s} without the run of spaces and punctuation ({@code [\s,;:(\u2013\u2014-]}) at its end, exactly as
     * {@code replaceAll("[\\s,;:(\\u2013\\u2014-]+$", "")} took it off: where {@code s} ends in a line terminator
     * that is not in the set (NEL, U+2028, U+2029), {@code $} matches before it, so the run before it goes and the
     * terminator stays. Scanned from the end rather than matched: the pattern tried every position of the cut,
     * for every observation point.
     */
    static String withoutTrailingPunctuation(String s) {
        int end = s.length();
        int keptFrom = end;
        if (end > 0 && (s.charAt(end - 1) == '\u0085' || s.charAt(end - 1) == '\u2028' || s.charAt(end - 1) == '\u2029')) {
            keptFrom = --end;
        }
        int start = end;
        while (start > 0 && isTrailingPunctuation(s.charAt(start - 1))) {
            start--;
        }
        return start == end ? s : s.substring(0, start) + s.substring(keptFrom);
    }

    private static boolean isTrailingPunctuation(char c) {
        return isSpace(c) || c == ',' || c == ';' || c == ':' || c == '(' || c == '\u2013' || c == '\u2014' || c == '-';
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
