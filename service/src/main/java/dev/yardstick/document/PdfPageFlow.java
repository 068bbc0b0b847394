package dev.yardstick.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A page's text in reading order, as a text export would give it: each paragraph outside the
 * table on a line of its own (a line with a tab stop, a row of a table drawn without rules, kept
 * as it is), and each table row as a line of tab-separated cells. A report with no update table
 * is read from this, so its headings, prose and figures tables stay in the order the page shows
 * them.
 */
final class PdfPageFlow {

    /** A line outside the table or a table row, at the height it starts. */
    private record Piece(float y, PdfLines.Line line, List<GridCell> row) {
    }

    private final List<Piece> pieces = new ArrayList<>();

    void line(PdfLines.Line line) {
        pieces.add(new Piece(line.baseline(), line, null));
    }

    void row(float top, List<GridCell> row) {
        pieces.add(new Piece(top, null, row));
    }

    /** The page top to bottom: lines joined into paragraphs, rows as tab-separated cells. */
    List<String> lines() {
        List<Piece> ordered = new ArrayList<>(pieces);
        ordered.sort(Comparator.comparingDouble(Piece::y));
        List<String> out = new ArrayList<>();
        List<PdfLines.Line> prose = new ArrayList<>();
        // the text's right margin, from every line of prose on the page: a paragraph's last line stops short of it
        float right = 0;
        for (Piece piece : ordered) {
            if (piece.line() != null) {
                right = Math.max(right, piece.line().right());
            }
        }
        for (Piece piece : ordered) {
            if (piece.line() != null && piece.line().text().indexOf('\t') < 0) {
                prose.add(piece.line());
                continue;
            }
            out.addAll(PdfLines.paragraphs(prose, right));
            prose.clear();
            if (piece.line() != null) {
                out.add(piece.line().text());
            } else if (piece.row().size() == 1) {
                out.addAll(piece.row().get(0).paragraphs()); // a band across the table: a heading, or prose between two tables
            } else {
                out.add(GridRow.textLine(piece.row()));
            }
        }
        out.addAll(PdfLines.paragraphs(prose, right));
        return out;
    }
}
