package dev.yardstick.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period of a report whose title and headings name none, as councils' own pages and committee
 * reports often are ("How We Perform", "Our Service Standards", "REPORT TO: POLICY AND RESOURCES
 * COMMITTEE – 27 JUNE 2011"). Two readings, in order: the latest financial year its figures tables
 * or month report as an actual (a table of years reports up to its newest outturn, not its future
 * targets), read as that year's end or the quarter holding that month; else, for a report of performance, the last quarter that had ended a
 * month before the meeting the report went to, since a quarter's figures take weeks to gather; else its dateline; else, for a
 * text of figures, the newest date it names. Each is a guess, so the reader says which it made.
 */
final class UndatedReport {

    /** A heading cell that is a financial year: "2014/15", "2016/17 Target". */
    private static final Pattern YEAR_CELL = Pattern.compile("^\\s*((?:19|20)\\d{2})\\s*[/\\-–]\\s*(\\d{2}|\\d{4})\\b");
    /** Columns that look ahead: a year headed so holds no outturn. */
    private static final Pattern LOOKS_AHEAD = Pattern.compile("(?i)\\b(target|forecast|projected|projection|estimate|budget|aim|profiled?|planned)");
    /** A full date: "27 JUNE 2011", "14th November 2019", "12/12/2019". */
    private static final Pattern DATE = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MonthInHeading.MONTH_WORD + "),?\\s+"
            + "((?:19|20)\\d{2})\\b|\\b(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})\\b");
    /** A heading cell naming a month is short: "Sep-19", "September 2019 actual". */
    private static final int MONTH_COLUMN = 30;

    /** A heading cell that opens with a financial year: "2014/15", "2019/20 Outturn". */
    static boolean opensWithFinancialYear(String cell) {
        return YEAR_CELL.matcher(cell).find();
    }

    /** The quarter a column's heading reports: a financial year's end ("2014/15"), or the quarter holding its month ("Sep-19"). */
    private static Optional<FinancialQuarter> reportedBy(String heading) {
        Matcher y = YEAR_CELL.matcher(heading);
        return y.find() ? FinancialQuarter.find("Q4 " + y.group(1) + "/" + y.group(2)) : MonthInHeading.ofMonth(heading);
    }

    /** Whether a column's heading looks ahead ("2016/17 Target", "Forecast"): it holds no outturn. */
    static boolean looksAhead(String heading) {
        return LOOKS_AHEAD.matcher(heading).find();
    }

    private static final Pattern COMPARATOR = Pattern.compile("(?i)\\b(england|national|regional|average|median|neighbours?|benchmark)\\b");

    /** Whether a column's heading names a comparator ("2021/22 England Average"), whose year may lag the council's own. */
    static boolean comparator(String heading) {
        return COMPARATOR.matcher(heading).find();
    }

    /** How many lines at the top of a report its front matter (committee, date, title) may take. */
    static final int FRONT_MATTER_LINES = 15;
    /** Figures for a quarter reach a committee no sooner than this after it ends. */
    private static final int DAYS_TO_REPORT = 28;

    /** The quarter a report is read as, and why, for the reader to say. */
    record Reading(FinancialQuarter quarter, String why) {
    }

    private UndatedReport() {
    }

    static Optional<Reading> of(String[] lines) {
        Optional<Reading> year = latestActualColumn(lines);
        year = year.isPresent() ? year : OpeningLines.period(lines);
        year = year.isPresent() ? year : beforeMeeting(lines);
        if (year.isPresent()) {
            return year;
        }
        Optional<Reading> dated = Datelines.of(lines);
        dated = dated.isPresent() ? dated : newestNamed(lines);
        return dated.map(d -> OpeningLines.inQuarterNamed(d, lines));
    }

    /** Lines holding figures a text must have to be read as a report of them. */
    private static final int FIGURES_OF_A_REPORT = 3;

    /** A month and year named in prose: "published in December 2013". */
    static final Pattern MONTH_AND_YEAR = Pattern.compile("(?i)\\b(" + MonthInHeading.MONTH_WORD + ")\\s+((?:19|20)\\d{2})\\b");

    /**
     * A news release that names no period and carries no dateline: the newest month, else the
     * newest year, its text names, since it was written no sooner ("The latest Ofsted figures,
     * published in December 2013, show ..."); read as the quarter holding that month, or that
     * year's last quarter.
     */
    static Optional<Reading> newestNamed(String[] lines) {
        if (java.util.Arrays.stream(lines).filter(UndatedReport::holdsFigures).count() < FIGURES_OF_A_REPORT) {
            return Optional.empty(); // "Minutes of the meeting held on 4 October 2019": dated, but no report of figures
        }
        LocalDate newest = null;
        String where = null;
        for (String line : lines) {
            Matcher m = MONTH_AND_YEAR.matcher(line);
            while (m.find()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(2)), MonthInHeading.monthNumber(m.group(1)), 1);
                if (newest == null || d.isAfter(newest)) {
                    newest = d;
                    where = m.group();
                }
            }
        }
        if (newest != null) {
            FinancialQuarter q = FinancialQuarter.containing(newest);
            return Optional.of(new Reading(q, "no title, heading or dateline names the reporting period; read as " + q.label()
                    + ", the quarter of the newest date its text names (" + Text.printable(where, 40) + ")"));
        }
        return mostNamedYear(lines);
    }

    /** A financial year written anywhere: "2022/23", "2022-23". */
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("(?<![\\d/\\-–])((?:19|20)\\d{2})\\s*[/\\-–]\\s*(\\d{2})(?![\\d/\\-–])");

    /**
     * With no month named, the year its text names most often, financial ("2022/23", read as its
     * end) or calendar ("2013", its last quarter); a year named once for a far target ("by 2030")
     * does not outweigh the year the figures are of.
     */
    private static Optional<Reading> mostNamedYear(String[] lines) {
        java.util.Map<FinancialQuarter, Integer> counts = new java.util.HashMap<>();
        java.util.Map<FinancialQuarter, String> written = new java.util.HashMap<>();
        for (String line : lines) {
            Matcher y = CALENDAR_YEAR.matcher(line);
            while (y.find()) {
                boolean base = COMPARED_WITH.matcher(line).region(Math.max(0, y.start() - COMPARED_WITH_REACH), y.start()).find();
                int year = Integer.parseInt(y.group(1)) + (base ? 1 : 0);
                FinancialQuarter q = FinancialQuarter.containing(LocalDate.of(year, 12, 1));
                counts.merge(q, 1, Integer::sum);
                written.putIfAbsent(q, base ? "the year after " + y.group() + ", which it is compared with" : y.group());
            }
            Matcher f = FINANCIAL_YEAR.matcher(line);
            while (f.find()) {
                Optional<FinancialQuarter> q = FinancialQuarter.find("Q4 " + f.group(1) + "/" + f.group(2));
                if (q.isPresent()) {
                    counts.merge(q.get(), 1, Integer::sum);
                    written.putIfAbsent(q.get(), f.group());
                }
            }
        }
        Optional<FinancialQuarter> most = counts.keySet().stream().max(java.util.Comparator
                .comparing((FinancialQuarter q) -> counts.get(q)).thenComparing(FinancialQuarter::start));
        return most.map(q -> new Reading(q, "no title, heading or dateline names the reporting period; read as " + q.label()
                + ", for the year its text names most often (" + Text.printable(written.get(q), 40) + ")"));
    }

    /** "4% up on 2013", "than in", "compared with": before a year the figures are compared with, so are of a later one. */
    private static final Pattern COMPARED_WITH = Pattern.compile(
            "(?i)\\b(?:(?:up|down)\\s+on|than(?:\\s+in)?|compared\\s+(?:with|to)(?:\\s+in)?)\\s+$");
    private static final int COMPARED_WITH_REACH = 24;

    /** "2011\t137\t220\t352": a row of a table of years holds figures besides its year; a dateline holds none. */
    static boolean holdsFigures(String line) {
        return line.indexOf('\t') >= 0 || OTHER_FIGURE.matcher(CALENDAR_YEAR.matcher(line).replaceAll("")).find();
    }

    /** A figure but a day's number: "News, 12 March 2025" is a dateline. */
    private static final Pattern OTHER_FIGURE = Pattern.compile("\\d{3,}|\\d[.,%]\\d|\\d%|\\d\\s+\\d");

    static final Pattern CALENDAR_YEAR = Pattern.compile("(?<![\\d/\\-–])((?:19|20)\\d{2})(?![\\d/\\-–])");

    /** The newest year or month a figures table heads as an actual: its headings row, and the row below when it says what each year holds. */
    static Optional<Reading> latestActualColumn(String[] lines) {
        FinancialQuarter latest = null;
        for (int i = 0; i < lines.length; i++) {
            String[] cells = lines[i].split("\t", -1);
            if (cells.length < 3 || lines[i].length() > FreeLayoutReader.TITLE_LENGTH * 2 || !FigureTableCells.isHeadings(java.util.Arrays.asList(cells))) {
                continue;
            }
            String[] below = i + 1 < lines.length ? lines[i + 1].split("\t", -1) : new String[0];
            boolean belowHeadings = below.length >= 2 && !lines[i + 1].matches(".*\\d.*");
            for (int c = 0; c < cells.length; c++) {
                String role = cells[c] + " " + (belowHeadings && c < below.length ? below[c] : "");
                if (cells[c].length() > MONTH_COLUMN || LOOKS_AHEAD.matcher(role).find()) {
                    continue;
                }
                Optional<FinancialQuarter> q = reportedBy(cells[c]);
                if (q.isPresent() && (latest == null || q.get().start().isAfter(latest.start()))) {
                    latest = q.get();
                }
            }
        }
        Optional<FinancialQuarter> rows = newestYearRow(lines);
        if (rows.isPresent() && (latest == null || rows.get().start().isAfter(latest.start()))) {
            latest = rows.get();
        }
        return Optional.ofNullable(latest).map(q -> new Reading(q,
                "no title or heading names the reporting period; read as " + q.label()
                        + ", the latest period its figures tables give an actual for"));
    }

    /** A table's first heading naming its rows as periods: "Year | Y12 | Y13 | Total". */
    private static final Pattern PERIOD_ROWS_HEADING = Pattern.compile("(?i)^\\s*(?:year|years|period|financial\\s+year|date)\\s*$");
    /** A row's first cell that is a year: "2013", "2013/14". */
    private static final Pattern YEAR_ROW = Pattern.compile("^\\s*((?:19|20)\\d{2})(?:\\s*[/\\-–]\\s*(\\d{2}|\\d{4}))?\\s*$");

    /**
     * A table of years down the side ("Year | Y12 | Y13" over rows "2011", "2012", "2013"): its
     * newest row, a financial year read as its end and a calendar year as its last quarter.
     */
    private static Optional<FinancialQuarter> newestYearRow(String[] lines) {
        FinancialQuarter newest = null;
        boolean inTable = false;
        for (String line : lines) {
            String[] cells = line.split("\t", -1);
            if (cells.length >= 2 && PERIOD_ROWS_HEADING.matcher(cells[0]).matches()) {
                inTable = true;
                continue;
            }
            Matcher y = cells.length >= 2 && inTable ? YEAR_ROW.matcher(cells[0]) : null;
            if (y == null || !y.matches()) {
                inTable = false;
                continue;
            }
            Optional<FinancialQuarter> q = y.group(2) != null ? FinancialQuarter.find("Q4 " + y.group(1) + "/" + y.group(2))
                    : Optional.of(FinancialQuarter.containing(LocalDate.of(Integer.parseInt(y.group(1)), 12, 1)));
            if (q.isPresent() && (newest == null || q.get().start().isAfter(newest.start()))) {
                newest = q.get();
            }
        }
        return Optional.ofNullable(newest);
    }

    /** The last quarter that had ended a month before the first full date in a performance report's front matter. */
    static Optional<Reading> beforeMeeting(String[] lines) {
        List<String> front = new ArrayList<>(FRONT_MATTER_LINES);
        for (int i = 0; i < lines.length && front.size() < FRONT_MATTER_LINES; i++) {
            if (!lines[i].isBlank() && lines[i].length() <= FreeLayoutReader.TITLE_LENGTH) {
                front.add(lines[i]);
            }
        }
        // "REPORT ON: COUNCIL PLAN PROGRESS" is a report of performance; "Minutes of the meeting held on 4 October 2019" is not
        if (front.stream().noneMatch(l -> FreeLayoutReader.REPORT_TITLE.matcher(l).find())) {
            return Optional.empty();
        }
        for (String line : front) {
            Matcher d = DATE.matcher(line);
            if (d.find()) {
                LocalDate date = d.group(1) != null
                        ? LocalDate.of(Integer.parseInt(d.group(3)), MonthInHeading.monthNumber(d.group(2)), 1)
                                .withDayOfMonth(Math.min(Integer.parseInt(d.group(1)), 28))
                        : LocalDate.of(Integer.parseInt(d.group(6)), Math.max(1, Math.min(12, Integer.parseInt(d.group(5)))), 1)
                                .withDayOfMonth(Math.min(Integer.parseInt(d.group(4)), 28));
                FinancialQuarter ended = FinancialQuarter.containing(date.minusDays(DAYS_TO_REPORT)).previous();
                return Optional.of(new Reading(ended, "no title or heading names the reporting period; read as "
                        + ended.label() + ", the last quarter ended a month before the date in its front matter ("
                        + Text.printable(d.group(), 40) + ")"));
            }
        }
        return Optional.empty();
    }
}
