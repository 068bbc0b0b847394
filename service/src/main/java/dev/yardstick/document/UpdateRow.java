package dev.yardstick.document;

import java.util.List;
import java.util.Objects;

/**
 * One row of the update table.
 *
 * @param line              1-based line number where the row starts in the source file (for Word and PDF
 *                          files: the row's position in the table, counting from the header)
 * @param number            the row's own number when the table has one ("24"), else null
 * @param theme             the section (theme) heading the row sits under, normalised, or "" before any heading
 * @param accountability    the key accountability, wrapped lines joined
 * @param director          the strategic director, normalised to the person where the cell names one
 * @param paragraphs        the update text: page breaks and wrapped lines stitched back together,
 *                          whitespace normalised, one entry per paragraph or list item
 * @param themeAsWritten    the theme heading as the file wrote it (a split made by the export shown as a tab)
 * @param directorAsWritten the director cell as the file wrote it
 */
public record UpdateRow(int line, String number, String theme, String accountability, String director,
                        List<String> paragraphs, String themeAsWritten, String directorAsWritten) {

    public UpdateRow {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(accountability, "accountability");
        Objects.requireNonNull(director, "director");
        Objects.requireNonNull(themeAsWritten, "themeAsWritten");
        Objects.requireNonNull(directorAsWritten, "directorAsWritten");
        paragraphs = List.copyOf(paragraphs);
    }

    /** A row whose theme and director are already clean (as written = as read). */
    public UpdateRow(int line, String number, String theme, String accountability, String director, List<String> paragraphs) {
        this(line, number, theme, accountability, director, paragraphs, theme, director);
    }

    /** The whole update text, paragraphs separated by newlines. */
    public String updateText() {
        return String.join("\n", paragraphs);
    }

    UpdateRow withNames(String cleanTheme, String cleanDirector) {
        return new UpdateRow(line, number, cleanTheme, accountability, cleanDirector, paragraphs, themeAsWritten, directorAsWritten);
    }
}
