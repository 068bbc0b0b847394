package dev.yardstick.document;

import java.util.Objects;

/**
 * One cell of a figures table ("Performance Indicator | Q3 2019/20 Value | Target | Status"),
 * with the heading of its column: the heading says what the cell's figure is (this quarter's
 * value, the target, last year's value) where prose would say it in words.
 *
 * @param heading the column heading, normalised ("" when the table has none for this column)
 * @param text    the cell as written, normalised ("" for an empty cell)
 */
public record FigureCell(String heading, String text) {

    public FigureCell {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(text, "text");
    }
}
