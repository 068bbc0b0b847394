package dev.yardstick.document;

/**
 * A line the reader kept but could not place where it belongs, reported instead of dropped.
 *
 * @param line    1-based line number in the source
 * @param text    the line's text (trimmed)
 * @param problem what was wrong, in words
 */
public record ReadIssue(int line, String text, String problem) {
}
