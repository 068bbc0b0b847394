package dev.yardstick.document;

import java.util.List;

/**
 * One cell of a table as a Word or PDF file lays it out.
 *
 * @param paragraphs the cell's paragraphs in reading order; a list item starts with a bullet
 *                   ("• "), and a line break inside a paragraph is a newline
 * @param span       how many grid columns the cell covers (a merged section heading covers all)
 */
record GridCell(List<String> paragraphs, int span) {

    GridCell {
        paragraphs = List.copyOf(paragraphs);
        if (span < 1) {
            throw new IllegalArgumentException("span must be at least 1: " + span);
        }
    }

    /** The cell's text on one line, whitespace normalised. */
    String text() {
        return Text.normalise(String.join(" ", paragraphs));
    }

    boolean isEmpty() {
        return text().isEmpty();
    }
}
