package dev.yardstick.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Recovers a table drawn without ruling lines from text positions alone. The header line (the
 * line naming the quarter) gives where each column starts; each line is cut into runs of text at
 * gaps wider than a few spaces, and a run belongs to the column it starts in and spans every
 * column start it crosses (a section heading running across the table). A new row starts where
 * the accountability or director column fills again after a line without it, or after a gap
 * wider than the line spacing.
 */
final class PdfBorderlessTable {

    /** A run of text on one line: its glyphs, from one gap to the next. */
    private record Run(List<PdfGlyph> glyphs, float left, float right) {
    }

    private List<Float> columnStarts = List.of();

    /** The rows of one page (empty if no header has been seen yet) and the text around them. */
    PdfPageTable.Page read(List<PdfGlyph> glyphs) {
        List<List<PdfGlyph>> lines = lineGlyphs(glyphs);
        float pitch = linePitch(lines);
        List<String> context = new ArrayList<>();
        List<List<GridCell>> rows = new ArrayList<>();
        List<List<PdfGlyph>> row = null;
        float[] lastBaseline = new float[0];
        String[] lastText = new String[0];
        boolean afterHeader = false;
        float headerBaseline = 0;
        for (List<PdfGlyph> line : lines) {
            String text = lineText(line);
            if (PdfPageTable.PAGE_NUMBER.matcher(text).matches()) {
                continue;
            }
            if (HeaderLine.quarterOf(text).isPresent()) {
                List<Run> headings = runs(line);
                columnStarts = headings.stream().map(Run::left).toList();
                flush(rows, row);
                row = null;
                rows.add(headings.stream().map(r -> new GridCell(List.of(lineText(r.glyphs())), 1)).toList());
                lastBaseline = new float[columnStarts.size()];
                lastText = new String[columnStarts.size()];
                Arrays.fill(lastBaseline, Float.NaN);
                afterHeader = true;
                headerBaseline = line.get(0).baseline();
                continue;
            }
            if (columnStarts.size() < 2) {
                context.add(text);
                continue;
            }
            boolean nearHeader = afterHeader && line.get(0).baseline() - headerBaseline < pitch * 2.5f;
            if (nearHeader && Character.isUpperCase(text.charAt(0)) && HeaderLine.isHeaderWording(text)) {
                continue; // the rest of a header whose cells wrap ("Strategic | Director")
            }
            afterHeader = false;
            List<List<PdfGlyph>> cells = new ArrayList<>();
            int[] spans = new int[columnStarts.size()];
            for (int k = 0; k < columnStarts.size(); k++) {
                cells.add(new ArrayList<>());
            }
            List<Run> runs = runs(line);
            for (Run run : runs) {
                int from = columnOf(run.left());
                int to = from;
                while (to + 1 < columnStarts.size() && columnStarts.get(to + 1) < run.right() - 1f) {
                    to++;
                }
                cells.get(from).addAll(run.glyphs());
                spans[from] = Math.max(spans[from], to - from + 1);
            }
            float baseline = line.get(0).baseline();
            boolean merged = spans[0] > 1 && runs.size() == 1;
            if (row == null || merged || opensLeadCell(cells, baseline, lastBaseline, lastText, pitch)) {
                flush(rows, row);
                row = new ArrayList<>();
                for (int k = 0; k < columnStarts.size(); k++) {
                    row.add(new ArrayList<>());
                }
            }
            for (int k = 0; k < cells.size(); k++) {
                row.get(k).addAll(cells.get(k));
                if (!cells.get(k).isEmpty()) {
                    lastBaseline[k] = baseline;
                    lastText[k] = lineText(cells.get(k));
                }
            }
            if (merged) {
                // a heading across the table is a row of its own, with one merged cell
                rows.add(List.of(new GridCell(List.of(text), columnStarts.size())));
                row = null;
            }
        }
        flush(rows, row);
        List<String> flow = new ArrayList<>(context); // a table found only by its header's wording: an update table, read as rows
        rows.forEach(r -> flow.add(GridRow.textLine(r)));
        return new PdfPageTable.Page(rows, context, flow);
    }

    /**
     * A row opens where a cell left of the update (accountability, director, number, RAG) has
     * text again after a gap in that column wider than a line (the padding between rows), or
     * where the accountability begins a new sentence right below a finished one.
     */
    private static boolean opensLeadCell(List<List<PdfGlyph>> cells, float baseline, float[] lastBaseline, String[] lastText,
                                         float pitch) {
        for (int k = 0; k + 1 < cells.size(); k++) {
            if (!cells.get(k).isEmpty() && (Float.isNaN(lastBaseline[k]) || baseline - lastBaseline[k] > pitch * 1.3f)) {
                return true;
            }
        }
        if (cells.get(0).isEmpty() || lastText[0] == null) {
            return false;
        }
        String now = lineText(cells.get(0));
        return lastText[0].endsWith(".") && !now.isEmpty() && Character.isUpperCase(now.charAt(0));
    }

    /** The usual distance between the baselines of consecutive lines: the median gap. */
    private static float linePitch(List<List<PdfGlyph>> lines) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            float gap = lines.get(i).get(0).baseline() - lines.get(i - 1).get(0).baseline();
            if (gap > lines.get(i).get(0).height() * 0.8f) {
                gaps.add(gap);
            }
        }
        if (gaps.isEmpty()) {
            return 14f;
        }
        gaps.sort(Float::compare);
        return gaps.get(gaps.size() / 2);
    }

    private void flush(List<List<GridCell>> rows, List<List<PdfGlyph>> row) {
        if (row == null) {
            return;
        }
        List<GridCell> cells = new ArrayList<>();
        for (List<PdfGlyph> glyphs : row) {
            cells.add(new GridCell(PdfLines.paragraphs(PdfLines.lines(glyphs)), 1));
        }
        if (cells.stream().anyMatch(c -> !c.isEmpty())) {
            rows.add(cells);
        }
    }

    private int columnOf(float x) {
        int column = 0;
        for (int k = 1; k < columnStarts.size(); k++) {
            if (x >= columnStarts.get(k) - 3f) {
                column = k;
            }
        }
        return column;
    }

    /** Runs of a line split at gaps wider than two and a half spaces. */
    private static List<Run> runs(List<PdfGlyph> line) {
        List<Run> runs = new ArrayList<>();
        List<PdfGlyph> current = new ArrayList<>();
        float right = Float.NaN;
        for (PdfGlyph g : line) {
            if (g.text().isBlank()) {
                continue;
            }
            if (!current.isEmpty() && g.x() - right > Math.max(g.spaceWidth(), g.height() * 0.25f) * 2.5f) {
                runs.add(new Run(current, current.get(0).x(), right));
                current = new ArrayList<>();
            }
            current.add(g);
            right = g.right();
        }
        if (!current.isEmpty()) {
            runs.add(new Run(current, current.get(0).x(), right));
        }
        return runs;
    }

    private static List<List<PdfGlyph>> lineGlyphs(List<PdfGlyph> glyphs) {
        List<PdfGlyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(PdfGlyph::baseline).thenComparingDouble(PdfGlyph::x));
        List<List<PdfGlyph>> lines = new ArrayList<>();
        List<PdfGlyph> line = null;
        float baseline = Float.NaN;
        for (PdfGlyph g : sorted) {
            if (line == null || Math.abs(g.baseline() - baseline) > Math.max(1.5f, g.height() * 0.5f)) {
                line = new ArrayList<>();
                lines.add(line);
                baseline = g.baseline();
            }
            line.add(g);
        }
        for (List<PdfGlyph> l : lines) {
            l.sort(Comparator.comparingDouble(PdfGlyph::x));
        }
        return lines;
    }

    private static String lineText(List<PdfGlyph> line) {
        List<PdfLines.Line> lines = PdfLines.lines(line);
        return lines.isEmpty() ? "" : String.join(" ", lines.stream().map(PdfLines.Line::text).toList());
    }

    Optional<Integer> columns() {
        return columnStarts.isEmpty() ? Optional.empty() : Optional.of(columnStarts.size());
    }
}
