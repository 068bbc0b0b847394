package dev.yardstick.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Text pieces of one cell (or of the page outside the table) to lines, and lines to paragraphs
 * in reading order. A paragraph ends where the next line starts with a bullet, where the gap
 * between lines is wider than the cell's line spacing, where the line stopped short although
 * the next line's first word would have fitted (the author ended it; the layout did not wrap it),
 * or where the next line is set in another font or size (a heading and its paragraph).
 */
final class PdfLines {

    /** One visual line. */
    record Line(String text, float left, float right, float baseline, float height, float firstWordWidth, float spaceWidth, String style) {
    }

    private PdfLines() {
    }

    static List<Line> lines(List<PdfGlyph> glyphs) {
        List<PdfGlyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(PdfGlyph::baseline).thenComparingDouble(PdfGlyph::x));
        List<List<PdfGlyph>> groups = new ArrayList<>();
        List<PdfGlyph> group = null;
        float baseline = Float.NaN;
        for (PdfGlyph g : sorted) {
            if (group == null || Math.abs(g.baseline() - baseline) > Math.max(1.5f, g.height() * 0.5f)) {
                group = new ArrayList<>();
                groups.add(group);
                baseline = g.baseline();
            }
            group.add(g);
        }
        List<Line> lines = new ArrayList<>(groups.size());
        for (List<PdfGlyph> g : groups) {
            g.sort(Comparator.comparingDouble(PdfGlyph::x));
            Line line = line(g);
            if (line != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static Line line(List<PdfGlyph> glyphs) {
        StringBuilder text = new StringBuilder();
        float left = Float.NaN;
        float right = 0;
        float height = 0;
        float space = 0;
        float firstWordEnd = Float.NaN;
        float previousRight = Float.NaN;
        for (PdfGlyph g : glyphs) {
            boolean wordEnds = g.text().isBlank() || !Float.isNaN(previousRight)
                    && g.x() - previousRight > Math.max(0.8f, Math.min(g.spaceWidth(), g.height()) * 0.3f);
            if (wordEnds && text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                if (Float.isNaN(firstWordEnd)) {
                    firstWordEnd = previousRight;
                }
                // a gap of several spaces is a tab stop: kept, so a heading split by a tab can be joined again
                boolean tab = !g.text().isBlank() && g.x() - previousRight > Math.max(g.spaceWidth(), g.height() * 0.25f) * 3f
                        && !isListMark(text); // a list item's text is set off from its bullet by a tab stop
                text.append(tab ? '\t' : ' ');
            }
            if (g.text().isBlank()) {
                continue;
            }
            if (Float.isNaN(left)) {
                left = g.x();
            }
            text.append(g.text());
            previousRight = g.right();
            right = Math.max(right, g.right());
            height = Math.max(height, g.height());
            space = Math.max(space, g.spaceWidth());
        }
        List<String> parts = new ArrayList<>();
        for (String part : text.toString().split("\t")) {
            parts.add(Text.normalise(part));
        }
        String normal = String.join("\t", parts).strip();
        if (normal.isEmpty()) {
            return null;
        }
        float firstWord = Float.isNaN(firstWordEnd) ? right - left : firstWordEnd - left;
        return new Line(normal, left, right, glyphs.get(0).baseline(), height, firstWord, space, style(glyphs));
    }

    /** The font and size most of the line is set in. */
    private static String style(List<PdfGlyph> glyphs) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>(4);
        String most = "";
        int best = 0;
        for (PdfGlyph g : glyphs) {
            if (!g.text().isBlank()) {
                int n = counts.merge(g.style(), 1, Integer::sum);
                if (n > best) {
                    best = n;
                    most = g.style();
                }
            }
        }
        return most;
    }

    /** A bullet, or a list's number or letter ("1.", "(a)", "ii)"), alone so far on its line. */
    private static boolean isListMark(CharSequence text) {
        String mark = text.toString().strip();
        return mark.length() == 1 && Text.isBullet(mark.charAt(0)) || LIST_NUMBER.matcher(mark).matches();
    }

    private static final java.util.regex.Pattern LIST_NUMBER = java.util.regex.Pattern.compile("\\(?(?:\\d{1,2}|[a-z]|[ivx]{1,4})[.)]");

    /** Paragraphs of a cell's lines, joined with spaces. */
    static List<String> paragraphs(List<Line> lines) {
        float right = 0;
        for (Line l : lines) {
            right = Math.max(right, l.right());
        }
        return paragraphs(lines, right);
    }

    /**
     * Paragraphs of lines set between margins whose right edge is {@code right}: a line ending well
     * short of it, where the next line's first word would have fitted, ended a paragraph.
     */
    static List<String> paragraphs(List<Line> lines, float right) {
        List<String> paragraphs = new ArrayList<>();
        if (lines.isEmpty()) {
            return paragraphs;
        }
        float spacing = lineSpacing(lines);
        StringBuilder current = new StringBuilder(lines.get(0).text());
        for (int i = 1; i < lines.size(); i++) {
            Line previous = lines.get(i - 1);
            Line next = lines.get(i);
            boolean bullet = Text.isBullet(next.text().charAt(0));
            boolean gap = next.baseline() - previous.baseline() > spacing * 1.25f;
            boolean stoppedShort = previous.right() + next.spaceWidth() + next.firstWordWidth() < right - 1f;
            boolean restyled = !next.style().equals(previous.style()); // a bold heading over its paragraph
            if (bullet || gap || stoppedShort || restyled) {
                paragraphs.add(current.toString());
                current = new StringBuilder(next.text());
            } else {
                joinWrapped(current, next.text());
            }
        }
        paragraphs.add(current.toString());
        return paragraphs;
    }

    /**
     * Joins a line the layout wrapped to the line before. A wrap falls at a space, which the
     * join puts back, or just after a hyphen inside a word ("wide-|ranging") or a full stop
     * before a currency sign ("c.|£5.2m"), where there was none (Unicode line breaking, UAX #14);
     * a percent sign parted from its number only by a column too narrow for both joins it again.
     */
    static void joinWrapped(StringBuilder text, String next) {
        int n = text.length();
        boolean hyphenInWord = n >= 2 && text.charAt(n - 1) == '-' && Character.isLetterOrDigit(text.charAt(n - 2))
                && Character.isLetterOrDigit(next.charAt(0));
        boolean stopBeforeCurrency = n >= 2 && text.charAt(n - 1) == '.' && Character.isLetter(text.charAt(n - 2))
                && Character.getType(next.charAt(0)) == Character.CURRENCY_SYMBOL;
        // no break opportunity between a number and the sign after it ("98.78|%"): the column was too narrow for both
        boolean signAfterNumber = n >= 1 && Character.isDigit(text.charAt(n - 1)) && (next.charAt(0) == '%' || next.charAt(0) == '‰');
        if (!hyphenInWord && !stopBeforeCurrency && !signAfterNumber) {
            text.append(' ');
        }
        text.append(next);
    }

    /** The usual distance between baselines of a paragraph's lines: the smallest common one. */
    private static float lineSpacing(List<Line> lines) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            gaps.add(lines.get(i).baseline() - lines.get(i - 1).baseline());
        }
        if (gaps.isEmpty()) {
            return lines.get(0).height() * 1.2f;
        }
        gaps.sort(Float::compare);
        return Math.max(gaps.get(0), lines.get(0).height());
    }
}
