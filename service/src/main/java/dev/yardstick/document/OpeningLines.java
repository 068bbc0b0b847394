package dev.yardstick.document;

import java.util.Optional;

/** What the opening paragraphs of an undated report say of its period ({@link UndatedReport}). */
final class OpeningLines {

    private OpeningLines() {
    }

    /** How many lines at the top of a report its opening paragraphs may take. */
    private static final int OPENING_LINES = 20;

    /**
     * The period the opening paragraphs name, as a news release or a covering report says what it
     * reports ("New figures for 2010-11, published today, ...", "The latest quarterly report,
     * covering the final three months of 2024, ..."): a quarter, the months covered, else a
     * financial year, read as its end.
     */
    static Optional<UndatedReport.Reading> period(String[] lines) {
        int seen = 0;
        for (int i = 0; i < lines.length && seen < OPENING_LINES; i++) {
            String line = lines[i];
            if (line.isBlank() || line.indexOf('\t') >= 0) {
                continue;
            }
            seen++;
            Optional<FinancialQuarter> q = QuarterInHeading.named(line);
            q = q.isPresent() ? q : MonthInHeading.reported(line);
            q = q.isPresent() ? q : QuarterInHeading.reportedYearOf(line);
            if (q.isPresent()) {
                FinancialQuarter found = q.get();
                return Optional.of(new UndatedReport.Reading(found, "no title or heading names the reporting period; read as " + found.label()
                        + ", the period its opening paragraphs name: " + Text.printable(line, 80)));
            }
        }
        return Optional.empty();
    }

    /**
     * "Braintree District Council has published its first quarter performance report": a quarter
     * the opening names without a year is that quarter of the year the text's dates put it in.
     */
    static UndatedReport.Reading inQuarterNamed(UndatedReport.Reading reading, String[] lines) {
        int seen = 0;
        for (int i = 0; i < lines.length && seen < OPENING_LINES; i++) {
            if (lines[i].isBlank() || lines[i].indexOf('\t') >= 0) {
                continue;
            }
            seen++;
            int q = QuarterInHeading.numberAlone(lines[i]);
            if (q > 0) {
                FinancialQuarter quarter = new FinancialQuarter(reading.quarter().startYear(), q);
                return quarter.equals(reading.quarter()) ? reading : new UndatedReport.Reading(quarter, reading.why() + "; its opening names the quarter: "
                        + Text.printable(lines[i], 60));
            }
        }
        return reading;
    }
}
