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
        String s = sentence.strip().replaceAll("\\s+", " ");
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
        return s.substring(0, cut).replaceAll("[\\s,;:(\\u2013\\u2014-]+$", "") + ELLIPSIS;
    }
}
