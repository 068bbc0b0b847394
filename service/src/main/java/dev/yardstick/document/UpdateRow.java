package dev.yardstick.document;

import java.util.List;
import java.util.Objects;
import java.util.Set;

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
 * @param figures           for a row of a figures table, its cells after the first (which is the
 *                          accountability: the indicator's name), each with its column heading; empty
 *                          for a narrative row
 * @param listItems         indices of the paragraphs the file wrote as list items (bulleted)
 * @param source            the line naming where the row's figures come from ("Source: Census 2011"),
 *                          which a report prints under its table, or ""
 */
public record UpdateRow(int line, String number, String theme, String accountability, String director,
                        List<String> paragraphs, String themeAsWritten, String directorAsWritten, List<FigureCell> figures,
                        Set<Integer> listItems, String source) {

    public UpdateRow {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(accountability, "accountability");
        Objects.requireNonNull(director, "director");
        Objects.requireNonNull(themeAsWritten, "themeAsWritten");
        Objects.requireNonNull(directorAsWritten, "directorAsWritten");
        paragraphs = List.copyOf(paragraphs);
        figures = List.copyOf(figures);
        listItems = Set.copyOf(listItems);
        Objects.requireNonNull(source, "source");
    }

    /** A narrative row as the file wrote it. */
    public UpdateRow(int line, String number, String theme, String accountability, String director,
                     List<String> paragraphs, String themeAsWritten, String directorAsWritten) {
        this(line, number, theme, accountability, director, paragraphs, themeAsWritten, directorAsWritten, List.of(), Set.of(), "");
    }

    /** The row, saying which of its paragraphs were list items. */
    public UpdateRow withListItems(Set<Integer> items) {
        return new UpdateRow(line, number, theme, accountability, director, paragraphs, themeAsWritten, directorAsWritten, figures, items, source);
    }

    /** The row, with the source line the report prints under its figures. */
    public UpdateRow withSource(String sourceLine) {
        return new UpdateRow(line, number, theme, accountability, director, paragraphs, themeAsWritten, directorAsWritten, figures, listItems,
                sourceLine);
    }

    /** Whether paragraph {@code index} was written as a list item. */
    public boolean isListItem(int index) {
        return listItems.contains(index);
    }

    /** A row of a figures table: the indicator's name and its cells under their column headings. */
    public static UpdateRow ofFigures(int line, String theme, String name, List<FigureCell> cells) {
        return new UpdateRow(line, null, theme, name, "", List.of(), theme, "", cells, Set.of(), "");
    }

    /**
     * The row as one line, cells separated by tabs the way a text export writes them: the
     * evidence a figure of the row is quoted with.
     */
    public String figuresLine() {
        StringBuilder line = new StringBuilder(accountability);
        for (FigureCell cell : figures) {
            line.append('\t').append(cell.text());
        }
        return line.toString();
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
        return new UpdateRow(line, number, cleanTheme, accountability, cleanDirector, paragraphs, themeAsWritten, directorAsWritten, figures, listItems,
                source);
    }
}
