package dev.yardstick.document;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;

/** The dateline of an undated report ({@link UndatedReport}): a short line near its top naming only when it was written. */
final class Datelines {

    /** A line short enough to be a dateline ("News, 2025", "May 2013"), whose date alone dates the report. */
    private static final int CALENDAR_YEAR_LINE = 40;

    private Datelines() {
    }

    /**
     * "News, 2025": a page dated only by the year it was written in, read as the last quarter of that
     * calendar year; "May 2013" under a profile's title, as the quarter holding that month.
     */
    static Optional<UndatedReport.Reading> of(String[] lines) {
        int seen = 0;
        for (int i = 0; i < lines.length && seen < UndatedReport.FRONT_MATTER_LINES; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            seen++;
            Matcher y = UndatedReport.CALENDAR_YEAR.matcher(line);
            if (line.length() <= CALENDAR_YEAR_LINE && y.find() && !UndatedReport.holdsFigures(line)) {
                Matcher month = UndatedReport.MONTH_AND_YEAR.matcher(line);
                boolean named = month.find();
                FinancialQuarter q = FinancialQuarter.containing(named
                        ? LocalDate.of(Integer.parseInt(month.group(2)), MonthInHeading.monthNumber(month.group(1)), 1)
                        : LocalDate.of(Integer.parseInt(y.group(1)), 12, 1));
                return Optional.of(new UndatedReport.Reading(q, "no title or heading names the reporting period; read as " + q.label()
                        + (named ? ", the quarter of the month" : ", the last quarter of the year") + " its dateline names: "
                        + Text.printable(line, 40)));
            }
        }
        return Optional.empty();
    }
}
