package dev.yardstick.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises the table header that opens the update and repeats at every page break:
 * {@code Key Accountability<TAB>Strategic Director<TAB>Quarter 2 2019/20 Update}, and its
 * damaged variants ({@code Key<TAB>Key Accountability Strategic D<TAB><TAB>Quarter 2 2017/18 Update},
 * {@code Q3 2018/19 Update}, {@code Quarter 4 2016/17 Progress}), with the quarter written in any
 * of the ways {@link QuarterInHeading} reads.
 */
final class HeaderLine {

    /** The words that head an update column; "comment" before "comments" finds the same as "comments?". */
    private static final List<String> UPDATE_WORDS = List.of("update", "progress", "commentary", "position", "narrative", "comment",
            "comments");
    static final Pattern UPDATE_WORD = Pattern.compile("(?i)\\b(" + String.join("|", UPDATE_WORDS) + ")\\b");
    private static final Pattern HEADER_WORD = Pattern.compile(
            "(?i)\\b(key|accountabilit\\w*|strategic|director|lead|owner|responsible|commitment|action|priorit\\w*|objective|outcome|portfolio|officer|deliverable|milestone|measure|indicator)\\b");

    /** Other words column headings are made of: numbering, status columns, the quarter itself. */
    private static final Pattern COLUMN_WORD = Pattern.compile(
            "(?i)\\b(ref|no|number|rag|status|rating|direction|of|travel|dot|trend|and|the|quarter|q[1-4]|\\d{2,4}(/\\d{2,4})?)\\b|[#.]");

    /** Words of a report's title, not of a table's column headings. */
    private static final Pattern TITLE_WORD = Pattern.compile("(?i)\\b(?:report|plan|monitoring)\\b");

    private HeaderLine() {
    }

    /** Cheap test before the patterns: a header names a year, so it has two digits in a row. */
    private static boolean mentionsYear(String line) {
        for (int i = 1; i < line.length(); i++) {
            if (Character.isDigit(line.charAt(i)) && Character.isDigit(line.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Cheap test before {@link #UPDATE_WORD}: one of its words stands somewhere in the line, in any
     * case. Most short lines naming a year are prose or figures, which one pass over the line
     * rules out without a case-blind search for each word.
     */
    static boolean holdsUpdateWord(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = (char) (line.charAt(i) | 0x20); // an ASCII letter in lower case; the words are ASCII
            if (c == 'u' || c == 'p' || c == 'c' || c == 'n') {
                for (String w : UPDATE_WORDS) {
                    if (w.charAt(0) == c && line.regionMatches(true, i, w, 0, w.length())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether a short line holds nothing but header words ("Director", "Lead Officer"): the wrapped part of a header cell. */
    static boolean isHeaderWording(String line) {
        String rest = HEADER_WORD.matcher(UPDATE_WORD.matcher(line).replaceAll("")).replaceAll("");
        rest = COLUMN_WORD.matcher(rest).replaceAll("");
        return line.length() <= 60 && line.chars().anyMatch(Character::isLetter) && rest.replaceAll("[\\s/&|:-]", "").isEmpty();
    }

    /** The last line on this thread that passed the cheap tests of {@link #quarterOf}, and its quarter. */
    private static final ThreadLocal<Object[]> LAST_READ = ThreadLocal.withInitial(() -> new Object[2]);

    /** The quarter the header names, if the line is a header. */
    static Optional<FinancialQuarter> quarterOf(String line) {
        if (line.length() > 200 || !mentionsYear(line) || !holdsUpdateWord(line)) {
            return Optional.empty();
        }
        // a header repeats at every page break, each time read cell by cell with the quarter patterns: read it once
        Object[] last = LAST_READ.get();
        if (line.equals(last[0])) {
            @SuppressWarnings("unchecked")
            Optional<FinancialQuarter> quarter = (Optional<FinancialQuarter>) last[1];
            return quarter;
        }
        Optional<FinancialQuarter> quarter = read(line);
        last[0] = line;
        last[1] = quarter;
        return quarter;
    }

    private static Optional<FinancialQuarter> read(String line) {
        if (!UPDATE_WORD.matcher(line).find() || columnsOfPeriods(line)) {
            return Optional.empty();
        }
        Optional<FinancialQuarter> quarter = QuarterInHeading.find(line);
        if (quarter.isEmpty() && updateColumnOfATable(line)) {
            quarter = QuarterInHeading.ofUpdateColumn(lastCell(line)); // "Year End 2018/19 Update"; a title is no cell
        }
        if (quarter.isEmpty()) {
            return Optional.empty();
        }
        // a title naming its quarter ("Corporate Plan Key Action Plan 2016/17 – Quarter 2 Progress Report") has no cells
        boolean tableHeader = HEADER_WORD.matcher(line).find() && (line.indexOf('\t') >= 0 || !TITLE_WORD.matcher(line).find())
                || updateColumnOfATable(line);
        boolean bareHeading = line.strip().length() <= 40;
        return tableHeader || bareHeading ? quarter : Optional.empty();
    }

    /**
     * "Ref | Measure | Q2 2020/21 | Q1 2021/22 | Q2 2021/22 | Target | Status | Comment": two or
     * more columns headed by a period make a figures table with a commentary column, not the
     * header of an update table (whose one period is its update column's).
     */
    private static boolean columnsOfPeriods(String line) {
        if (line.indexOf('\t') < 0) {
            return false;
        }
        int periods = 0;
        for (String cell : line.split("\t")) {
            periods += cell.length() <= 30 && (QuarterInHeading.find(cell).isPresent() || UndatedReport.opensWithFinancialYear(cell)) ? 1 : 0;
        }
        return periods >= 2;
    }

    /** How far above a header naming its quarter without the year the financial year may be written. */
    private static final int YEAR_ABOVE_LINES = 12;

    /**
     * The quarter the header names; a header naming its quarter without the year ("Priority<TAB>
     * Lead<TAB>Qtr 2 Update") takes the financial year from the nearest line above it that names one
     * (the report's title, "Corporate Plan 2019/20 progress").
     *
     * @param above the lines before this one, in document order
     */
    static Optional<FinancialQuarter> quarterOf(String line, List<String> above) {
        Optional<FinancialQuarter> quarter = quarterOf(line);
        if (quarter.isPresent() || line.length() > 200 || !HEADER_WORD.matcher(line).find() || !lastCellIsAnUpdateColumn(line)
                || columnsOfPeriods(line)) {
            return quarter; // "Indicator | 2018/19 | Q1 2019/20 actual | Q1 2019/20 target | Q1 2019/20 Commentary": figures, not updates
        }
        String last = lastCell(line);
        List<String> nearestFirst = new ArrayList<>(above.subList(Math.max(0, above.size() - YEAR_ABOVE_LINES), above.size()));
        Collections.reverse(nearestFirst);
        return QuarterInHeading.quarterWithYearFrom(last, nearestFirst);
    }

    /**
     * "Service area<TAB>Lead<TAB>Quarterly Performance Update": the header of an update table whose
     * update column names no quarter (an undated copy of a report, a news page quoting one).
     */
    static boolean isUndatedTableHeader(String line) {
        return line.length() <= 200 && line.indexOf('\t') >= 0 && HEADER_WORD.matcher(line).find() && lastCellIsAnUpdateColumn(line)
                && !columnsOfPeriods(line);
    }

    /**
     * "Area<TAB>Head of Service<TAB>Quarter 2 2019/20 Update": whatever the other columns are called,
     * a row of cells whose last names the quarter and the update is the table's header.
     */
    private static boolean updateColumnOfATable(String line) {
        return lastCellIsAnUpdateColumn(line) && QuarterInHeading.ofUpdateColumn(lastCell(line)).isPresent();
    }

    /** A row of cells whose last is short and names the update ("Quarter 2 Update", "Qtr 2 Update", "Commentary"). */
    private static boolean lastCellIsAnUpdateColumn(String line) {
        if (line.strip().split("\t+").length < 2) {
            return false;
        }
        String last = lastCell(line);
        return last.length() <= 60 && UPDATE_WORD.matcher(last).find();
    }

    private static String lastCell(String line) {
        String[] cells = line.strip().split("\t+");
        return cells[cells.length - 1];
    }
}
