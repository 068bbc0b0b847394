package dev.yardstick.api;

/**
 * The one rule for showing text that may hold what a client sent (a name, a path, a field of its
 * JSON) in a log line or a problem: control characters, line and paragraph separators, invisible
 * format characters (bidirectional overrides, zero-width joiners) and lone surrogates written as
 * Java-style escapes of four hex digits ({@code \\u000A} for a line feed), so the text stays on
 * its line and reads as it is (OWASP Logging Cheat Sheet, "log injection"; Unicode TR 36,
 * "bidirectional text spoofing"), and long text cut with its
 * length noted, so no answer or log line grows with what the client sent.
 */
final class EchoedText {

    private EchoedText() {
    }

    /**
     * {@code value} with hidden characters escaped; when that is longer than {@code max}, cut at a
     * character's end and ended with {@code ...(N characters)}, within {@code max} in all. Null stays null.
     */
    static String escaped(String value, int max) {
        if (value == null) {
            return null;
        }
        Cut cut = write(value, max, false);
        return cut.whole() ? cut.text() : cut.text() + cut.note();
    }

    /** {@code value} in double quotes, {@code \} and {@code "} escaped too, for a log line; {@code -} for null. */
    static String quoted(String value, int max) {
        if (value == null) {
            return "-";
        }
        Cut cut = write(value, max, true);
        return '"' + cut.text() + '"' + (cut.whole() ? "" : cut.note());
    }

    /** The escaped text, cut when it would pass {@code max} with its note. */
    private record Cut(String text, int length, boolean whole) {
        String note() {
            return "...(" + length + " characters)";
        }
    }

    private static Cut write(String value, int max, boolean quoting) {
        StringBuilder out = new StringBuilder(Math.min(value.length(), max) + 8);
        int room = Math.max(0, max - ("...(" + value.length() + " characters)").length());
        int fits = 0; // the output's length at the last character's end that leaves room for the note
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoting && (c == '\\' || c == '"')) {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (hidden(value, i)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
            boolean pairOpen = Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
            if (out.length() <= room && !pairOpen) {
                fits = out.length();
            }
            if (out.length() > max) {
                out.setLength(fits);
                return new Cut(out.toString(), value.length(), false);
            }
        }
        return new Cut(out.toString(), value.length(), true);
    }

    private static boolean hidden(String s, int i) {
        char c = s.charAt(i);
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.FORMAT || type == Character.SURROGATE && !validPair(s, i);
    }

    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
