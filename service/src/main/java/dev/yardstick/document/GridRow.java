package dev.yardstick.document;

import java.util.List;

/**
 * One table row as a Word or PDF file lays it out.
 *
 * @param cells          left to right
 * @param position       1-based position among all rows of the document's tables
 * @param afterPageBreak the row opens a page (PDF) or a table continuing an earlier one (Word): its
 *                       text may continue the row before it, cut mid-sentence
 */
record GridRow(List<GridCell> cells, int position, boolean afterPageBreak) {

    GridRow {
        cells = List.copyOf(cells);
    }

    /** The row as one line of the text export: cells separated by tabs, an empty cell (a leading one too) kept as one. */
    String asTextLine() {
        return textLine(cells);
    }

    /** Cells as one line of the text export, each empty one kept as an empty field. */
    static String textLine(List<GridCell> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append('\t');
            }
            line.append(cells.get(i).text());
        }
        return line.toString();
    }
}
