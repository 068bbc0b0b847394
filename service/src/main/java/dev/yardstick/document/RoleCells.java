package dev.yardstick.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Word or PDF table row's cells gathered by the role of their column. */
final class RoleCells {

    private static final Pattern INLINE_NUMBER = Pattern.compile("^(\\d{1,3})\\.?\\s+(\\S.*)$");
    private static final Pattern BARE_NUMBER = Pattern.compile("^(\\d{1,3})\\.?$");

    String number;
    String accountability = "";
    String director = "";
    final List<String> update = new ArrayList<>();
    int filled;
    boolean hasStatus;
    GridCell only;

    static RoleCells of(GridRow row, ColumnRoles roles) {
        RoleCells c = new RoleCells();
        List<String> accountability = new ArrayList<>();
        int column = 0;
        for (GridCell cell : row.cells()) {
            ColumnRoles.Role role = roles.of(column);
            column += cell.span();
            if (cell.isEmpty()) {
                continue;
            }
            c.filled++;
            c.only = cell;
            switch (role) {
                case NUMBER -> c.number = numberOf(cell.text());
                case ACCOUNTABILITY -> accountability.add(cell.text());
                case DIRECTOR -> c.director = cell.text();
                case UPDATE -> c.update.addAll(cell.paragraphs());
                case STATUS -> {
                    c.filled--;
                    c.hasStatus = true;
                }
                case IGNORED -> c.filled--;
            }
        }
        String text = String.join(" ", accountability);
        Matcher inline = INLINE_NUMBER.matcher(text);
        if (c.number == null && inline.matches() && !accountability.isEmpty()) {
            c.number = inline.group(1);
            text = inline.group(2);
        }
        c.accountability = text;
        return c;
    }

    boolean isBlank() {
        return filled == 0;
    }

    /** One filled cell merged across the table, or one short title-like cell outside the update. */
    Optional<String> heading(GridRow row) {
        if (filled != 1 || !update.isEmpty() && only.span() < 2) {
            return Optional.empty();
        }
        String text = only.text();
        boolean merged = only.span() >= 2 || row.cells().size() == 1;
        // as written, so that a heading split by a tab ("Socia<TAB>al Care") reaches NameCleaner whole
        String asWritten = String.join(" ", only.paragraphs()).strip();
        return merged && text.length() <= 120 || Text.looksLikeHeading(text) && director.isEmpty()
                ? Optional.of(asWritten) : Optional.empty();
    }

    private static String numberOf(String text) {
        Matcher m = BARE_NUMBER.matcher(text);
        return m.matches() ? m.group(1) : text;
    }
}
