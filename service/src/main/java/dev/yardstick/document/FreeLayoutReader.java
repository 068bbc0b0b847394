package dev.yardstick.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads a text export that has no "Key Accountability | Director | Quarter N Update" table but
 * names its quarter in a title or a column heading: the performance report many councils
 * publish instead, with headed prose (headlines, bullets) and figures tables
 * ("Performance Indicator | Q3 2019/20 Value | Target | Status"), its rows built by
 * {@link FreeLayoutRows}. This class reads the period such a report covers: from its headings and
 * title, else (saying so) as {@link UndatedReport} guesses it.
 */
final class FreeLayoutReader {

    /** A title or heading is short; a longer line naming a quarter is prose comparing with it. */
    static final int TITLE_LENGTH = 160;
    /** Words that make a title one of a performance report, whose month or year is then the period it reports. */
    static final Pattern REPORT_TITLE = Pattern.compile("(?i)\\b(?:performance|report|monitoring|update|dashboard|"
            + "scorecard|indicators?|kpis?|measures|progress|results|benchmarking|outturn|statistics)\\b");
    /** How far below a title naming only its quarter the financial year may be written. */
    private static final int YEAR_BELOW_LINES = 3;

    private FreeLayoutReader() {
    }

    /**
     * The document, or empty when it has nothing a row could hold or no period can be read: not from
     * a title or heading, nor (saying so) from its tables' years or the date of its meeting.
     */
    static Optional<UpdateDocument> read(String source, String organisation, String[] lines) {
        Optional<FinancialQuarter> quarter = quarterOf(lines);
        List<ReadIssue> issues = new ArrayList<>(1);
        if (quarter.isEmpty()) {
            Optional<UndatedReport.Reading> guess = UndatedReport.of(lines);
            guess.ifPresent(g -> issues.add(new ReadIssue(1, firstLine(lines), g.why())));
            quarter = guess.map(UndatedReport.Reading::quarter);
        }
        if (quarter.isEmpty()) {
            return Optional.empty();
        }
        FreeLayoutRows assembly = assemble(lines);
        List<UpdateRow> rows = assembly.finish();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new UpdateDocument(source, organisation, quarter.get(), rows, issues, assembly.notes()));
    }

    /**
     * A report in a free layout that names no period anywhere (a standing web page of a service's
     * indicators and results), read undated as {@link UpdateDocument#undated} reads an update table:
     * its values keep the periods their own words give and have none otherwise; empty when it holds
     * no figures table and no prose with a figure.
     */
    static Optional<UpdateDocument> undated(String source, String organisation, String[] lines) {
        FreeLayoutRows assembly = assemble(lines);
        List<UpdateRow> rows = assembly.finish();
        boolean figures = rows.stream().anyMatch(r -> !r.figures().isEmpty() || r.updateText().chars().anyMatch(Character::isDigit));
        if (!figures) {
            return Optional.empty();
        }
        List<ReadIssue> issues = List.of(new ReadIssue(1, firstLine(lines), "no title, heading or date names the period this report "
                + "covers; its values keep the periods their own words give and have none otherwise, and it cannot be ingested "
                + "until its title names the quarter (e.g. 'Quarter 2 2019/20 Performance Report')"));
        return Optional.of(UpdateDocument.undated(source, organisation, rows, issues, assembly.notes()));
    }

    private static FreeLayoutRows assemble(String[] lines) {
        FreeLayoutRows assembly = new FreeLayoutRows();
        for (int i = 0; i < lines.length; i++) {
            if (i + 1 < lines.length && BARE_LABEL.matcher(lines[i].strip()).matches() && valueAlone(lines[i].strip(), lines[i + 1])) {
                // "Target:" over "Minimum 111 jobs": a form exported one cell a line, the label and its value one line again
                assembly.accept(i + 1, lines[i].strip() + " " + lines[i + 1].strip());
                i++;
                continue;
            }
            assembly.accept(i + 1, lines[i]);
        }
        return assembly;
    }

    /** A label alone on its line: "Target:", "Year-end result:", "Status:". */
    private static final Pattern BARE_LABEL = Pattern.compile("\\p{L}[\\p{L} '’()/&-]{0,38}:");
    /** A form's value is short: "Minimum 111 jobs", "45.2 weeks", "Achieved". */
    private static final int VALUE_LENGTH = 40;

    /** A value a label holds: a figure ("Minimum 111 jobs"), or a status's word; not a heading ("End of November figures:"). */
    private static boolean valueAlone(String label, String line) {
        String v = line.strip();
        // "Status:" over "Achieved": a status's value is a word
        boolean value = v.chars().anyMatch(Character::isDigit) || FreeLayoutRows.STATUS_LINE.matcher(label).matches();
        return value && v.length() <= VALUE_LENGTH && line.indexOf('\t') < 0 && !Text.isBullet(v.charAt(0))
                && !BARE_LABEL.matcher(v).matches();
    }

    private static String firstLine(String[] lines) {
        for (String line : lines) {
            if (!line.isBlank()) {
                return Text.normalise(line);
            }
        }
        return "";
    }

    /**
     * The first title, heading or column heading that names a quarter (or the year's end or
     * middle), or the months it reports or the day of its position: a title "Performance
     * Indicators Report April 2022 – March 2023" names the period before the quarters of a series
     * listed below it do. A line giving one period's figure ("Q1 2021/22: 56.5%") is no heading.
     */
    private static Optional<FinancialQuarter> quarterOf(String[] lines) {
        Optional<FinancialQuarter> q = firstHeading(lines, FreeLayoutReader::quarterOrMonthsNamed);
        return q.isPresent() ? q : ofTitleAlone(lines);
    }

    private static Optional<FinancialQuarter> quarterOrMonthsNamed(String heading) {
        Optional<FinancialQuarter> q = QuarterInHeading.named(heading);
        return q.isPresent() ? q : MonthInHeading.reported(heading);
    }

    private static Optional<FinancialQuarter> firstHeading(String[] lines, Function<String, Optional<FinancialQuarter>> reading) {
        for (String line : lines) {
            boolean table = line.indexOf('\t') >= 0;
            if (table || line.length() <= TITLE_LENGTH && !Text.isLabelledFigure(line)) {
                Optional<FinancialQuarter> q = table ? newestColumn(line, reading) : reading.apply(line);
                if (q.isPresent()) {
                    return q;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A table's headings naming several periods ("2021/22 Outturn | 2022/23 Outturn Prov. | 2021/22
     * Target | 2021/22 England Average"): the newest its own results are given for, not the first.
     */
    private static Optional<FinancialQuarter> newestColumn(String line, Function<String, Optional<FinancialQuarter>> reading) {
        FinancialQuarter newest = null;
        for (String cell : line.split("\t")) {
            if (cell.length() > TITLE_LENGTH || UndatedReport.looksAhead(cell) || UndatedReport.comparator(cell)) {
                continue;
            }
            Optional<FinancialQuarter> q = reading.apply(cell);
            if (q.isPresent() && (newest == null || q.get().start().isAfter(newest.start()))) {
                newest = q.get();
            }
        }
        return Optional.ofNullable(newest);
    }

    /**
     * With no quarter or year's end named anywhere, the title alone: its quarter with the year on a
     * line below, else (for a report of performance) its month, else only a financial year; a
     * financial year beside a whole date (a meeting's) is the year the figures are of.
     */
    private static Optional<FinancialQuarter> ofTitleAlone(String[] lines) {
        int title = 0;
        while (title < lines.length && lines[title].isBlank()) {
            title++;
        }
        if (title == lines.length || lines[title].length() > TITLE_LENGTH) {
            return Optional.empty();
        }
        String line = lines[title];
        List<String> below = java.util.Arrays.stream(lines, title + 1, Math.min(lines.length, title + 1 + YEAR_BELOW_LINES))
                .filter(l -> l.length() <= TITLE_LENGTH).toList();
        Optional<FinancialQuarter> q = QuarterInHeading.quarterWithYearFrom(line, below);
        if (q.isPresent() || !REPORT_TITLE.matcher(line).find()) {
            return q; // "Minutes of the meeting held on 4 October 2019": a date, but no report of performance
        }
        Optional<FinancialQuarter> year = QuarterInHeading.yearOfTitle(line);
        if (year.isPresent() && MonthInHeading.namesADay(line)) {
            return year; // "Committee, 21 March 2017, Benchmarking Framework 2015/16": the meeting's day, the figures' year
        }
        Optional<FinancialQuarter> month = MonthInHeading.ofMonth(line);
        return month.isPresent() ? month : year;
    }
}
