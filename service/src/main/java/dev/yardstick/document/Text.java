package dev.yardstick.document;

/** Whitespace and glyph clean-up shared by the reader's pieces. */
final class Text {

    /** Bullet glyphs seen in Word/PDF exports, including Symbol/Wingdings private-use code points. */
    static final String BULLETS = "•▪●◦○■□➢➤✓\uF0B7\uF0A7\uF0D8\uF0FC\uF076\uF0A8";

    private Text() {
    }

    /** Runs of whitespace (including no-break spaces) become one space; ends trimmed. */
    static String normalise(String s) {
        if (isNormal(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(isHyphen(c) ? '-' : c);
            }
        }
        return out.toString();
    }

    /**
     * The hyphens a word processor puts in "2019‑20" or "Covid‑19" (U+2010 hyphen, U+2011
     * non-breaking hyphen, U+2012 figure dash): read as the hyphen-minus every pattern expects.
     */
    static boolean isHyphen(char c) {
        return c == '\u2010' || c == '\u2011' || c == '\u2012';
    }

    /** The text with {@link #isHyphen word processors' hyphens} as '-', and nothing else changed. */
    static String plainHyphens(String s) {
        // three searches that a text of Latin-1 characters answers at once, rather than a pass over every character
        if (s.indexOf('\u2010') < 0 && s.indexOf('\u2011') < 0 && s.indexOf('\u2012') < 0) {
            return s;
        }
        return s.replace('\u2010', '-').replace('\u2011', '-').replace('\u2012', '-');
    }

    private static boolean isNormal(String s) {
        int n = s.length();
        if (n == 0) {
            return true;
        }
        if (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ' || s.indexOf("  ") >= 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= ' ' && c < '\u007F') {
                // printable ASCII and the space, most of any text: one range test. A space taken apart from the
                // other characters (for the double spaces, found above by string search) was a branch taken at random
                continue;
            }
            if (c < ' ' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || isHyphen(c) || c > '\u2000' && Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern PAGE_NUMBER = java.util.regex.Pattern.compile(
            "(?i)^\\s*(page\\s+\\d+(\\s+of\\s+\\d+)?|\\d{1,3}\\s+of\\s+\\d{1,3}|\\d+\\s*\\|\\s*page|[-–]\\s*\\d+\\s*[-–]|\\d{1,3})\\s*$");

    /** A line that is only a page's number, as a text export of a paged document leaves them: "7", "Page 2 of 9", "1 of 18", "- 3 -". */
    static boolean isPageNumber(String line) {
        return PAGE_NUMBER.matcher(line).matches();
    }

    /**
     * A chart exported as text leaves its labels one line each, with no word or unit: an age band
     * ("85-89", "90+") or an axis's ticks ("0 5000 10000 15000 20000 25000"). A lone plain number
     * may be a figure whose label is on the line above, so it is not one.
     */
    private static final String BAND = "\\d{1,6}(?:[-–]\\d{1,6}|\\+)";
    private static final String LABEL = BAND + "?"; // a band or a plain number
    private static final java.util.regex.Pattern CHART_LABELS = java.util.regex.Pattern.compile(
            "\\s*" + BAND + "\\s*|\\s*" + LABEL + "(?:\\s+" + LABEL + "){2,}\\s*");

    static boolean isChartLabels(String line) {
        return CHART_LABELS.matcher(line).matches();
    }

    /**
     * A committee report numbers its sections and paragraphs ("1 PURPOSE OF REPORT", "4.1.2 These
     * indicators show ..."): the number is the paragraph's, not a measurement, so it is left out.
     * Only a number followed by a capital, or by a dot and a word ("2. endorsed the report"), is taken
     * for one: "12 wards took part" keeps its count.
     */
    static String withoutParagraphNumber(String line) {
        java.util.regex.Matcher m = PARAGRAPH_NUMBER.matcher(line);
        return m.lookingAt() ? line.substring(m.end()) : line;
    }

    private static final java.util.regex.Pattern PARAGRAPH_NUMBER = java.util.regex.Pattern.compile(
            "\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?\\s+(?=\\p{Lu})(?!(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
                    // "2. endorsed adding the following indicators": a decision's numbered item, its dot before a word
                    + "|\\d{1,2}\\.\\s+(?=\\p{Ll}{3,}\\b)(?!(?:million|billion|per|percent|of|to|and|or|in)\\b)");

    /**
     * A line giving one figure under its label, as scorecards and lists of a measure's results do:
     * "Q1 2021/22: 56.5%", "• 2018/19: 4162 tonnes", "Target: 90%". Such a line is data, not a
     * heading, though its label may name a period; "Quarter 2 2019/20: 1 July – 30 September 2019"
     * goes on past its first number, so it is a heading.
     */
    static boolean isLabelledFigure(String line) {
        return LABELLED_FIGURE.matcher(line).matches();
    }

    private static final java.util.regex.Pattern LABELLED_FIGURE = java.util.regex.Pattern.compile(
            "\\s*[" + BULLETS + "*\\-–]?\\s*[^:\\s][^:]{0,40}:\\s*[(£$€+\\-−]?\\d[\\d,.]*\\s*(?:%|[\\p{L}]+\\.?)?\\)?\\s*");

    /** Three or more spaces between words: the gap between two columns a layout export aligned with spaces. */
    private static final java.util.regex.Pattern COLUMN_GAP = java.util.regex.Pattern.compile("(?<=\\S) {3,}(?=\\S)");

    /**
     * A line of a text export that has no tabs, its columns lined up with runs of spaces ("Council tax
     * collected      56.2%      56.0%"), with each run of three or more spaces read as a cell break.
     * Prose has no such runs.
     */
    static String alignedColumnsAsTabs(String line) {
        return line.indexOf("   ") < 0 ? line : COLUMN_GAP.matcher(line).replaceAll("\t");
    }

    static boolean isBullet(char c) {
        return c >= '\u2000' && BULLETS.indexOf(c) >= 0;
    }

    /** A short title-like line with no sentence ending: a theme or a sub-heading. */
    static boolean looksLikeHeading(String text) {
        if (text.length() < 3 || text.length() > 90 || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        char end = text.charAt(text.length() - 1);
        if (end == '.' || end == ',' || end == ';' || end == ':') {
            return false;
        }
        if (words(text) > 10) {
            return false;
        }
        if (!hasDigit(text)) {
            return true; // no figure, so no date to take out either: most lines, and the pattern below need not run
        }
        // a date or a year may title a section ("Corporate Plan performance measures at 31 March 2017"); another figure is prose
        return !hasDigit(HEADING_DATE.matcher(text).replaceAll(""));
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** How many parts {@code text.split(" ")} gives, counted without making them: one per space, less trailing spaces' empty parts. */
    static int words(String text) {
        int spaces = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                spaces++;
            }
        }
        int trailing = 0;
        while (trailing < text.length() && text.charAt(text.length() - 1 - trailing) == ' ') {
            trailing++;
        }
        if (text.isEmpty()) {
            return 1;
        }
        return trailing == text.length() ? 0 : spaces + 1 - trailing;
    }

    private static final java.util.regex.Pattern HEADING_DATE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:january|february|march|april|may|june|july|august|september|october"
                    + "|november|december)\\s+(?:19|20)\\d{2}\\b|\\b(?:19|20)\\d{2}(?:\\s*[/\\-–]\\s*\\d{2,4})?\\b");

    /**
     * A library's error message made safe to show and log: control characters dropped, whitespace
     * normalised, at most {@code max} characters (a damaged file can put anything in the message).
     */
    static String printable(String message, int max) {
        String s = normalise(String.valueOf(message).codePoints()
                .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
        return s.length() <= max ? s : s.substring(0, max) + "...";
    }
}
