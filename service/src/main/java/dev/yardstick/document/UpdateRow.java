package dev.yardstick.document;

import java.util.List;
import java.util.Objects;

/**
 * One row of the update table.
 *
 * @param line           1-based line number where the row starts in the source file
 * @param number         the row's own number when the table has one ("24"), else null
 * @param theme          the section (theme) heading the row sits under, or "" before any heading
 * @param accountability the key accountability, wrapped lines joined
 * @param director       the strategic director cell as written
 * @param paragraphs     the update text: page breaks and wrapped lines stitched back together,
 *                       whitespace normalised, one entry per paragraph or list item
 */
public record UpdateRow(int line, String number, String theme, String accountability, String director,
                        List<String> paragraphs) {

    public UpdateRow {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(accountability, "accountability");
        Objects.requireNonNull(director, "director");
        paragraphs = List.copyOf(paragraphs);
    }

    /** The whole update text, paragraphs separated by newlines. */
    public String updateText() {
        return String.join("\n", paragraphs);
    }
}
