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
 * @param dated        false when the update names no period at all ({@link #undated}): its quarter is then nominal
 */
public record UpdateDocument(String source, String organisation, FinancialQuarter quarter,
                             List<UpdateRow> rows, List<ReadIssue> issues, List<String> notes, boolean dated) {

    /**
     * The quarter an update that names no period at all is read as: far beyond any date its text
     * could name (its years are 19xx and 20xx), so that every period reckoned from it ("this quarter", "last year", a value with
     * no phrase of its own) is told apart from one the text gives ("in 2016/17") and left unknown.
     */
    public static final FinancialQuarter UNDATED = new FinancialQuarter(2190, 1);

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
                          List<UpdateRow> rows, List<ReadIssue> issues, List<String> notes) {
        this(source, organisation, quarter, rows, issues, notes, true);
    }

    public UpdateDocument(String source, String organisation, FinancialQuarter quarter,
                          List<UpdateRow> rows, List<ReadIssue> issues) {
        this(source, organisation, quarter, rows, issues, List.of());
    }

    /**
     * An update that names no period: read as {@link #UNDATED}, so only the periods its own words
     * give are known.
     */
    public static UpdateDocument undated(String source, String organisation, List<UpdateRow> rows, List<ReadIssue> issues,
                                         List<String> notes) {
        return new UpdateDocument(source, organisation, UNDATED, rows, issues, notes, false);
    }

    /** Whether a period told from the report's own quarter, not from the text, is unknown: true only for an undated update. */
    public boolean reckonedFromNothing(ReportingPeriod period) {
        return !dated && !period.end().isBefore(UNDATED.financialYear().minusYears(RECKONED_YEARS).start());
    }

    /** How far back from its quarter a report reckons ("three years ago"): a period within that of {@link #UNDATED} came from it. */
    private static final int RECKONED_YEARS = 20;

    public ReportingPeriod period() {
        return quarter.period();
    }
}
