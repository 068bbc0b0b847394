package dev.yardstick.document;

import java.util.List;
import java.util.Objects;

/**
 * One quarterly update as read from its file: who it is about, which quarter it reports,
 * its rows, and anything the reader could not place.
 *
 * @param source       file name (or upload name) it was read from
 * @param organisation council or body the update belongs to
 * @param quarter      the reporting quarter from the table header
 * @param rows         table rows in document order
 * @param issues       lines that were kept but could not be placed in a row, with why
 * @param notes        text around the table that gives context but is no row: the title, a subtitle,
 *                     notes under the table
 */
public record UpdateDocument(String source, String organisation, FinancialQuarter quarter,
                             List<UpdateRow> rows, List<ReadIssue> issues, List<String> notes) {

    public UpdateDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(quarter, "quarter");
        if (organisation == null || organisation.isBlank()) {
            throw new IllegalArgumentException("organisation must be named for " + source);
        }
        rows = List.copyOf(rows);
        issues = List.copyOf(issues);
        notes = List.copyOf(notes);
    }

    public UpdateDocument(String source, String organisation, FinancialQuarter quarter,
                          List<UpdateRow> rows, List<ReadIssue> issues) {
        this(source, organisation, quarter, rows, issues, List.of());
    }

    public ReportingPeriod period() {
        return quarter.period();
    }
}
