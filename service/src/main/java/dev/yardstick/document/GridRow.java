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

    /** The row as one line of the text export: cells separated by tabs. */
    String asTextLine() {
        StringBuilder line = new StringBuilder();
        for (GridCell cell : cells) {
            if (!line.isEmpty()) {
                line.append('\t');
            }
            line.append(cell.text());
        }
        return line.toString();
    }
}
