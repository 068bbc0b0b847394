package dev.yardstick.extract;

import dev.yardstick.document.FigureCell;
import dev.yardstick.document.FinancialQuarter;
import dev.yardstick.document.ReportingPeriod;
import dev.yardstick.document.UpdateRow;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of a figures-table row ("Percentage of fly tips resulting in enforcement action |
 * 82.1% | 80.0% | Green"): where prose says what a number is in words, the table says it with
 * the column heading. A heading naming a target makes the cell a target, for the financial year
 * unless the heading names another period; a heading naming a period ("Q3 2019/20 Value",
 * "2018/19") dates the cell; a heading naming a comparator ("England average") gives its scope;
 * a column counting the whole framework ("Total", "N/A") holds no measurement. The first cell
 * is the indicator's name: numbers in it define the measure ("within 5 working days") and are
 * not read. A cell is read only when a figure fills it, so "DIV/0" or "3 of 5" are not.
 */
final class FigureRowReader {

    private FigureRowReader() {
    }

    /**
     * @param place the row's place in a table of periods down the side ({@link PeriodRows}), or null
     * @param sourced the period the table's source line names ({@link SourceLines}), or null
     */
    static List<Observation> read(UpdateRow row, FinancialQuarter quarter, TemporalScanner times, Provenance provenance,
                                  PeriodRows.Place place, ReportingPeriod sourced) {
        String line = row.figuresLine();
        List<Cell> cells = new ArrayList<>();
        int offset = row.accountability().length() + 1;
        Unit named = unitNamedBy(row.accountability());
        int rowQuarter = quarterNamedBy(row.accountability());
        if (FrameworkCount.TOTAL_LABEL.matcher(row.accountability()).matches()) {
            return List.of(); // "Number of measures | 94 | 90 | 70": the size of the framework, no measurement
        }
        // "Met | 31 | 40" under "Result | Vital Signs | Total": beside a single figure, the total is the whole it is taken of
        long categories = row.figures().stream().filter(c -> Cues.STATUS_COLUMN.in(c.heading())).count();
        boolean statuses = categories > 0
                || row.figures().stream().filter(c -> !figuresIn(c, 0).isEmpty() && !Cues.FRAMEWORK_COLUMN.in(c.heading())).count() <= 1;
        for (FigureCell cell : row.figures()) {
            ColumnUnits.Column column = ColumnUnits.of(cell.heading());
            Scope scope = ScopeReader.ofLabel(cell.heading());
            scope = scope == Scope.OWN ? ScopeReader.ofLabel(cell.text()) : scope; // "Benchmark | 382 (CIPFA UQ)"
            boolean inBrackets = ColumnUnits.inBrackets(cell.text());
            for (Quantity figure : figuresIn(cell, offset)) {
                Quantity q = column != null ? column.apply(figure, inBrackets) : ColumnUnits.withNamedUnit(ColumnUnits.signed(figure, inBrackets), named);
                boolean difference = Cues.DIFFERENCE_COLUMN.in(cell.heading()) && !Cues.STATUS_COLUMN.in(cell.heading())
                        && q != null && q.unit().measure() != Measure.MONEY; // "No change" counts indicators by status
                boolean whole = countsTheWhole(cell.heading(), statuses) || categories >= 2 && Cues.INDICATORS_COLUMN.in(cell.heading());
                if (q != null && !whole && !difference) {
                    ReportingPeriod period = quarterOf(periodOf(cell.heading(), times, quarter), rowQuarter);
                    cells.add(new Cell(cell.heading(), q, period != null ? period : place != null ? place.period() : sourced, scope));
                }
            }
            offset += cell.text().length() + 1;
        }
        // a column of the report's quarter, or of a span holding it ("2017/18 value" in a year-end report), is the current one
        boolean current = cells.stream().anyMatch(c -> c.period() == null || holds(c.period(), quarter.period()));
        // without a column for the report's own period, the newest column of results is the one the others are compared with;
        // a target or forecast column ("2018/19 target") compares nothing
        java.time.LocalDate newest = current ? quarter.start() : cells.stream().filter(c -> goalOf(c.heading()) == null)
                .map(c -> c.period().end())
                .max(java.util.Comparator.naturalOrder()).orElse(quarter.start());
        Kind rowGoal = GOAL_ROW.matcher(row.accountability()).matches() ? goalOf(row.accountability()) : null;
        Scope rowScope = ScopeReader.ofRowName(row.accountability());
        List<Observation> out = new ArrayList<>(cells.size());
        for (Cell c : cells) {
            // a table may give the comparators as rows ("Staffordshire | West Midlands | Great Britain" down the side)
            Scope scope = rowScope != Scope.OWN ? rowScope : c.scope();
            // a comparator's column is the earlier side only beside a newer column of the same comparator: England's
            // latest average is its actual, however far it lags the council's own figures
            java.time.LocalDate against = scope == Scope.OWN || rowScope != Scope.OWN ? newest : newestOf(cells, scope);
            Kind kind = goalOf(c.heading()) == null && rowGoal != null ? rowGoal : kindOf(c, quarter, against);
            // "Variance £000", "Variation To Budget (£m)" before the year's end: the variance the year is heading for
            kind = (kind == Kind.ACTUAL || kind == Kind.TARGET) && c.period() == null
                    && BudgetVariances.projectedColumn(c.heading(), c.quantity(), quarter) ? Kind.FORECAST : kind;
            if (kind == Kind.ACTUAL && place != null && c.period().end().isBefore(place.newest()) && !ACTUAL_COLUMN.matcher(c.heading()).find()) {
                kind = Kind.PRIOR; // the row of 2011 under the row of 2013; but "Year | Target | Actual" gives each year's actual
            }
            ReportingPeriod period = c.period() != null ? c.period()
                    : kind == Kind.TARGET || kind == Kind.FORECAST ? quarter.financialYear() : quarter.period();
            // a row of a table of years down the side is named by its year: the measure is the table's, by column
            String measure = place != null ? row.theme() : row.accountability();
            Cell part = place != null ? new Cell(c.heading(), c.quantity(), null, c.scope()) : c; // its columns are parts, not periods
            out.add(new Observation(c.quantity(), kind, scope, period, line, "", provenance, null, label(measure, part, kind, scope).strip()));
        }
        return out;
    }

    /** The end of the newest column of results of a comparator's, or the earliest date when none is dated. */
    private static java.time.LocalDate newestOf(List<Cell> cells, Scope scope) {
        return cells.stream().filter(c -> c.period() != null && goalOf(c.heading()) == null && c.scope() == scope)
                .map(c -> c.period().end()).max(java.util.Comparator.naturalOrder()).orElse(java.time.LocalDate.MIN);
    }

    /**
     * The row's name says what its figures measure; a column of categories ("Green", "Amber",
     * "Up", "Down") splits it further, a column of roles ("Q3 Value", "Target", "England") does not.
     */
    private static String label(String name, Cell c, Kind kind, Scope scope) {
        boolean role = c.heading().isEmpty() || c.period() != null || kind == Kind.TARGET || kind == Kind.FORECAST
                || scope != Scope.OWN || Cues.VALUE_COLUMN.in(c.heading()) || ColumnUnits.of(c.heading()) != null;
        return role ? name : name + " " + c.heading();
    }

    /** A figure with its column's heading, the period the heading names and the comparator it names, read once. */
    private record Cell(String heading, Quantity quantity, ReportingPeriod period, Scope scope) {
    }

    private static final java.util.regex.Pattern QUARTER_ROW = java.util.regex.Pattern.compile("(?i)^\\s*(?:q|qtr|quarter)\\s*([1-4])\\b");

    /** "Q1 (April to June)": a row of one quarter in a table whose columns are years; 0 for any other row. */
    private static int quarterNamedBy(String name) {
        java.util.regex.Matcher m = QUARTER_ROW.matcher(name);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** A year's column in a quarter's row holds that quarter of the year ("Q1 (April to June)" under "2018/19"). */
    private static ReportingPeriod quarterOf(ReportingPeriod column, int rowQuarter) {
        if (column == null || rowQuarter == 0) {
            return column;
        }
        FinancialQuarter first = FinancialQuarter.containing(column.start());
        boolean financialYear = first.quarter() == 1 && column.start().equals(first.start())
                && column.end().isAfter(first.end());
        return financialYear ? new FinancialQuarter(first.startYear(), rowQuarter).period() : column;
    }

    private static boolean holds(ReportingPeriod span, ReportingPeriod quarter) {
        return !span.start().isAfter(quarter.start()) && !span.end().isBefore(quarter.end());
    }

    /**
     * A target or forecast column says so; a column of an earlier period beside the current one (or,
     * without one, beside the newest) is the earlier side of the comparison the table draws;
     * anything else is the period's actual.
     */
    private static Kind kindOf(Cell c, FinancialQuarter quarter, java.time.LocalDate newest) {
        Kind goal = goalOf(c.heading());
        if (goal != null) {
            return goal;
        }
        if (c.period() != null && c.period().end().isBefore(newest)) {
            return Kind.PRIOR;
        }
        return KindClassifier.kind(null, c.period() != null ? c.period() : quarter.period(), quarter);
    }

    /** A column that says its figures are the outturns: each row's year then has its actual, not an earlier side. */
    private static final java.util.regex.Pattern ACTUAL_COLUMN = java.util.regex.Pattern.compile("(?i)\\b(?:actuals?|outturns?)\\b");

    /** A row of a table whose columns are periods, named for its targets or forecasts: "Target", "Profiled target 2018/19". */
    private static final java.util.regex.Pattern GOAL_ROW = java.util.regex.Pattern.compile(
            "(?i)^\\s*(?:annual\\s+|profiled\\s+|cumulative\\s+|ytd\\s+)?(?:target|targets|forecast|projection|projected)\\b[^.]{0,20}$");

    /** A column of targets or of forecasts says so in its heading; null for any other. */
    private static Kind goalOf(String heading) {
        return Cues.TARGET.in(heading) || BUDGET.matcher(heading).find() ? Kind.TARGET : Cues.FORECAST.in(heading) ? Kind.FORECAST : null;
    }

    /** "2023/24 Budget £000", "Approved budget": what was set to be spent is the year's target (the conventions). */
    private static final java.util.regex.Pattern BUDGET = java.util.regex.Pattern.compile("(?i)\\bbudget(?:ed)?\\b");

    /**
     * The period a column's heading names: a period written in it; a month alone ("Apr", "Sept"),
     * that month of the report's financial year; a year to date ("YTD", "2019/20 YTD",
     * "Cumulative"), the report's financial year up to its quarter.
     */
    private static ReportingPeriod periodOf(String heading, TemporalScanner times, FinancialQuarter quarter) {
        if (heading.isEmpty()) {
            return null;
        }
        ReportingPeriod shortForm = HeadingPeriods.of(heading);
        if (shortForm != null) {
            return shortForm; // "Q4 12/13", "Apr 12 - Mar 13"
        }
        List<TimeMention> mentions = times.scan(heading);
        ReportingPeriod period = mentions.isEmpty() ? monthOfTheYear(heading, quarter) : mentions.get(0).period();
        if (YEAR_TO_DATE.matcher(heading).find() && (period == null || period.equals(quarter.financialYear()))) {
            return ReportingPeriod.between(quarter.financialYear().start(), quarter.end());
        }
        return period;
    }

    private static final java.util.regex.Pattern YEAR_TO_DATE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:ytd|year[- ]to[- ]date|so far|cumulative)\\b");
    private static final java.util.regex.Pattern BARE_MONTH = java.util.regex.Pattern.compile("(?i)^\\s*" + TemporalScanner.MONTH + "\\s*$");

    /** A column headed by a month alone is that month of the report's financial year (April to March). */
    private static ReportingPeriod monthOfTheYear(String heading, FinancialQuarter quarter) {
        java.util.regex.Matcher m = BARE_MONTH.matcher(heading);
        if (!m.matches()) {
            return null;
        }
        int month = Months.number(m.group(1));
        return ReportingPeriod.month(month >= 4 ? quarter.startYear() : quarter.startYear() + 1, month);
    }

    /**
     * The unit a row's name gives its bare figures: "Complaints received per 1,000 population",
     * "Major applications: average weeks taken to decide", "Time to process new claims (days)". A
     * length of time after a number ("decided within 2 months") is a standard, no unit.
     */
    static Unit unitNamedBy(String name) {
        List<Token> tokens = Token.tokenize(name);
        for (int k = 0; k < tokens.size(); k++) {
            Token w = tokens.get(k);
            if (w.is("per") && k + 1 < tokens.size() && Lexicon.RATE_BASES.contains(tokens.get(k + 1).lower())) {
                return new Unit(Measure.RATE, "per " + tokens.get(k + 1).text());
            }
        }
        for (int k = 0; k < tokens.size(); k++) {
            Token w = tokens.get(k);
            // "Average time to re-let (days)", "in weeks"; a lone "year" is when ("cumulative in year"), not a unit
            boolean plural = w.lower().endsWith("s") || k > 0 && tokens.get(k - 1).is("(");
            if (w.isWord() && Lexicon.DURATION_UNITS.contains(w.lower()) && plural && !(k > 0 && tokens.get(k - 1).isNumber())) {
                return new Unit(Measure.DURATION, w.lower());
            }
        }
        return null;
    }

    /**
     * "N/A", "Not applicable", and "Total" beside columns of statuses ("Green | Amber | Red |
     * Total"): a column that counts the framework, not a measure. Beside columns of a measure's
     * parts ("Y12 | Y13 | Total") the total is the measure's own.
     */
    private static boolean countsTheWhole(String heading, boolean besideStatuses) {
        String letters = heading.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
        if (letters.equals("na")) {
            return true;
        }
        return Cues.FRAMEWORK_COLUMN.in(heading) && (besideStatuses || !letters.startsWith("total"));
    }

    /** The cell's quantity, placed in the row's line, when a single figure fills the cell. */
    /**
     * The figure filling the cell, or a count with its share in brackets ("39 (39%)": both), placed
     * at their offsets in the row's line; none when the cell holds anything else.
     */
    private static List<Quantity> figuresIn(FigureCell cell, int offset) {
        String text = cell.text();
        if (ColumnUnits.inBrackets(text)) {
            // "(130)" alone in a cell is a figure taken off, not a list's label: read inside the brackets
            int open = text.indexOf('(') + 1;
            List<Quantity> inner = figuresIn(new FigureCell(cell.heading(), text.substring(open, text.lastIndexOf(')'))), offset + open);
            return inner.size() == 1 ? inner : List.of();
        }
        List<Found> found = QuantityScanner.scan(text, List.of());
        if (found.isEmpty() || found.size() > 2 || found.stream().anyMatch(f -> f.quantity().isChange())) {
            return List.of();
        }
        Quantity q = found.get(0).quantity();
        if (!text.substring(0, q.start()).isBlank()) {
            return List.of();
        }
        if (found.size() == 1) {
            String rest = text.substring(q.end());
            return onlyAWordAfter(rest) || LABEL_IN_BRACKETS.matcher(rest).matches() ? List.of(placed(q, offset)) : List.of();
        }
        Quantity share = found.get(1).quantity();
        String between = text.substring(q.end(), share.start()).strip();
        String after = text.substring(share.end()).strip();
        // "11 (58%)", "26 / 74%": a count and its share
        boolean withShare = share.unit().measure() == Measure.PERCENT && q.unit().measure() != Measure.PERCENT
                && (between.equals("(") && after.equals(")") || between.equals("/") && after.isEmpty());
        return withShare ? List.of(placed(q, offset), placed(share, offset)) : List.of();
    }

    /** "382 (CIPFA UQ)": a figure with the words of whose it is. */
    private static final java.util.regex.Pattern LABEL_IN_BRACKETS = java.util.regex.Pattern.compile("\\s*\\([^()\\d]{1,30}\\)\\s*");

    private static Quantity placed(Quantity q, int offset) {
        return new Quantity(q.value(), q.unit(), q.qualifier(), q.text(), q.start() + offset, q.end() + offset, q.change());
    }

    /** Nothing, a footnote mark, or one word of unit ("12 days", "4.2 days*") may follow the figure. */
    private static boolean onlyAWordAfter(String rest) {
        String r = rest.strip();
        int letters = 0;
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (Character.isDigit(c) || Character.isWhitespace(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters <= 12;
    }
}
