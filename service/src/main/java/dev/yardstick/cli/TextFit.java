package dev.yardstick.cli;

/** Cutting text to fit a column, at word boundaries where possible, marking what was cut with "...". */
final class TextFit {

    static final String CUT = "...";

    private TextFit() {
    }

    /** At most {@code width} characters: the start of {@code text}, "..." marking a cut. */
    static String clip(String text, int width) {
        if (text.length() <= width) {
            return text;
        }
        return text.substring(0, Math.max(0, width - CUT.length())).stripTrailing() + CUT;
    }

    /**
     * At most {@code width} characters of {@code sentence} around the span {@code [start, end)}:
     * the span whole, then whole words either side while they fit, two after for each one before
     * (what follows a number usually says what it counts), "..." marking what was left out.
     */
    static String around(String sentence, int start, int end, int width) {
        String s = sentence.replace('\t', ' ').replace('\n', ' ');
        if (start < 0 || end > s.length() || start > end) {
            return clip(s, width);
        }
        if (s.length() <= width) {
            return s;
        }
        if (end - start + 2 * CUT.length() >= width) {
            return clip(s.substring(start, end), width);
        }
        int left = start;
        int right = end;
        boolean grew = true;
        while (grew) {
            grew = false;
            for (boolean rightwards : new boolean[] {true, true, false}) {
                int l = rightwards ? left : Math.max(0, s.lastIndexOf(' ', Math.max(0, left - 2)) + 1);
                int r = rightwards ? nextBoundary(s, right) : right;
                if ((l != left || r != right) && length(s, l, r) <= width) {
                    left = l;
                    right = r;
                    grew = true;
                }
            }
        }
        return (left > 0 ? CUT : "") + s.substring(left, right).strip() + (right < s.length() ? CUT : "");
    }

    /** The end of the word after position {@code i}. */
    private static int nextBoundary(String s, int i) {
        int next = s.indexOf(' ', Math.min(s.length(), i + 1));
        return next < 0 ? s.length() : next;
    }

    private static int length(String s, int left, int right) {
        return (left > 0 ? CUT.length() : 0) + s.substring(left, right).strip().length() + (right < s.length() ? CUT.length() : 0);
    }
}
