package dev.yardstick.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recovers the table of one PDF page from its ruling lines: horizontal rules spanning the table
 * cut it into rows, the vertical rules crossing a row cut it into cells (a section heading
 * merged across the table has none), and each text piece goes to the cell holding its centre.
 * Text outside the table is context: the title, notes, running headers; page numbers are dropped.
 */
final class PdfPageTable {

    private static final float SAME_LINE = 2f;
    static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^\\s*(page\\s+\\d+(\\s+of\\s+\\d+)?|\\d+\\s*(of|/)\\s*\\d+|\\d+\\s*\\|\\s*page|[-–]\\s*\\d+\\s*[-–]|\\d{1,4})\\s*$");

    /**
     * The rows of the page's table, top to bottom, the context lines around it, and the whole
     * page's text in reading order ({@link PdfPageFlow}).
     */
    record Page(List<List<GridCell>> rows, List<String> context, List<String> flow) {
    }

    private PdfPageTable() {
    }

    static Page read(List<PdfGlyph> glyphs, List<PdfRuling> rulings) {
        List<float[]> lines = horizontalLines(rulings);
        if (lines.size() < 2) {
            return prose(glyphs);
        }
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (float[] l : lines) {
            left = Math.min(left, l[1]);
            right = Math.max(right, l[2]);
        }
        List<Float> ys = new ArrayList<>();
        for (float[] l : lines) {
            ys.add(l[0]);
        }
        List<float[]> bands = new ArrayList<>();
        for (int i = 0; i + 1 < ys.size(); i++) {
            if (ys.get(i + 1) - ys.get(i) > 3f) {
                bands.add(new float[] {ys.get(i), ys.get(i + 1)});
            }
        }
        List<List<Float>> cuts = new ArrayList<>();
        List<Float> grid = List.of();
        for (float[] band : bands) {
            List<Float> c = verticalCuts(rulings, band, left, right);
            cuts.add(c);
            if (c.size() > grid.size()) {
                grid = c;
            }
        }
        if (grid.size() < 3) {
            // rules between rows but none between columns: the columns come from the header text instead
            return prose(glyphs);
        }
        List<List<List<PdfGlyph>>> cellGlyphs = new ArrayList<>();
        for (List<Float> c : cuts) {
            List<List<PdfGlyph>> row = new ArrayList<>();
            for (int k = 0; k + 1 < c.size(); k++) {
                row.add(new ArrayList<>());
            }
            cellGlyphs.add(row);
        }
        List<PdfGlyph> outside = new ArrayList<>();
        for (PdfGlyph g : glyphs) {
            int band = bandOf(bands, g.middleY());
            if (band < 0 || g.middleX() < left - SAME_LINE || g.middleX() > right + SAME_LINE) {
                outside.add(g);
                continue;
            }
            List<Float> c = cuts.get(band);
            int cell = 0;
            while (cell + 2 < c.size() && g.middleX() >= c.get(cell + 1)) {
                cell++;
            }
            cellGlyphs.get(band).get(cell).add(g);
        }
        List<List<GridCell>> rows = new ArrayList<>();
        PdfPageFlow flow = new PdfPageFlow();
        for (int b = 0; b < bands.size(); b++) {
            List<Float> c = cuts.get(b);
            List<Float> columns = columnsOf(cuts, c);
            List<GridCell> cells = new ArrayList<>();
            for (int k = 0; k + 1 < c.size(); k++) {
                List<String> paragraphs = PdfLines.paragraphs(PdfLines.lines(cellGlyphs.get(b).get(k)));
                cells.add(new GridCell(paragraphs, span(columns, c.get(k), c.get(k + 1))));
            }
            if (cells.stream().anyMatch(cell -> !cell.isEmpty())) {
                rows.add(cells);
                flow.row(bands.get(b)[0], cells);
            }
        }
        List<PdfLines.Line> around = text(outside);
        around.forEach(flow::line);
        return new Page(rows, around.stream().map(PdfLines.Line::text).toList(), flow.lines());
    }

    /** A page without a ruled table: all its text is context, and its flow that text's paragraphs. */
    private static Page prose(List<PdfGlyph> glyphs) {
        List<PdfLines.Line> lines = text(glyphs);
        PdfPageFlow flow = new PdfPageFlow();
        lines.forEach(flow::line);
        return new Page(List.of(), lines.stream().map(PdfLines.Line::text).toList(), flow.lines());
    }

    /** Horizontal rules merged by height: {y, left, right}, top to bottom, only those spanning most of the widest. */
    private static List<float[]> horizontalLines(List<PdfRuling> rulings) {
        List<PdfRuling> horizontal = new ArrayList<>(rulings.stream().filter(PdfRuling::horizontal).toList());
        horizontal.sort((a, b) -> Float.compare(a.y(), b.y()));
        List<float[]> merged = new ArrayList<>();
        for (PdfRuling r : horizontal) {
            float[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && Math.abs(last[0] - r.y()) <= SAME_LINE && r.x0() <= last[2] + SAME_LINE) {
                last[1] = Math.min(last[1], r.x0());
                last[2] = Math.max(last[2], r.x1());
            } else if (last != null && Math.abs(last[0] - r.y()) <= SAME_LINE) {
                // a second piece of rule at the same height, not touching: keep the longer
                if (r.x1() - r.x0() > last[2] - last[1]) {
                    last[1] = r.x0();
                    last[2] = r.x1();
                }
            } else {
                merged.add(new float[] {r.y(), r.x0(), r.x1()});
            }
        }
        float widest = 0;
        for (float[] l : merged) {
            widest = Math.max(widest, l[2] - l[1]);
        }
        float min = widest * 0.6f;
        return merged.stream().filter(l -> l[2] - l[1] >= min).toList();
    }

    /** x of the table's edges and of every vertical rule crossing the band's middle. */
    private static List<Float> verticalCuts(List<PdfRuling> rulings, float[] band, float left, float right) {
        float middle = (band[0] + band[1]) / 2;
        List<Float> xs = new ArrayList<>();
        xs.add(left);
        for (PdfRuling r : rulings) {
            if (r.vertical() && r.y0() <= middle && r.y1() >= middle && r.x() > left + SAME_LINE * 2 && r.x() < right - SAME_LINE * 2) {
                xs.add(r.x());
            }
        }
        xs.add(right);
        xs.sort(Float::compare);
        List<Float> cuts = new ArrayList<>();
        for (float x : xs) {
            if (cuts.isEmpty() || x - cuts.get(cuts.size() - 1) > SAME_LINE * 2) {
                cuts.add(x);
            }
        }
        if (cuts.size() == 1) {
            cuts.add(right);
        }
        return cuts;
    }

    /**
     * The columns a row's cells are counted in: the finest cuts on the page that include all of the
     * row's own, so that two tables on one page, ruled differently, each count their own columns
     * (a cell of the narrower table is not "merged" across the other's).
     */
    private static List<Float> columnsOf(List<List<Float>> cuts, List<Float> row) {
        List<Float> finest = row;
        for (List<Float> other : cuts) {
            if (other.size() > finest.size() && row.stream().allMatch(x -> other.stream().anyMatch(y -> Math.abs(x - y) <= SAME_LINE * 2))) {
                finest = other;
            }
        }
        return finest;
    }

    private static int span(List<Float> grid, float from, float to) {
        int n = 0;
        for (int k = 0; k + 1 < grid.size(); k++) {
            float middle = (grid.get(k) + grid.get(k + 1)) / 2;
            if (middle > from && middle < to) {
                n++;
            }
        }
        return Math.max(1, n);
    }

    private static int bandOf(List<float[]> bands, float y) {
        for (int i = 0; i < bands.size(); i++) {
            if (y > bands.get(i)[0] && y < bands.get(i)[1]) {
                return i;
            }
        }
        return -1;
    }

    /** The lines of text outside the table, page numbers left out. */
    private static List<PdfLines.Line> text(List<PdfGlyph> glyphs) {
        List<PdfLines.Line> out = new ArrayList<>();
        for (PdfLines.Line line : PdfLines.lines(glyphs)) {
            if (!PAGE_NUMBER.matcher(line.text()).matches()) {
                out.add(line);
            }
        }
        return out;
    }
}
