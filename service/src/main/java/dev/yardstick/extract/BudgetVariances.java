package dev.yardstick.extract;

import dev.yardstick.document.FinancialQuarter;
import dev.yardstick.document.ReportingPeriod;
import java.util.regex.Pattern;

/**
 * Budget monitoring's one convention: before the year ends, an overspend or underspend is the
 * variance the year is heading for. "The main variances are an Adults Social Care overspend of
 * £6.3m" in a Quarter 2 report forecasts the year's outturn, though no word says "forecast"; at
 * year end the same words report it.
 */
final class BudgetVariances {

    /** Words naming a variance from budget: "overspend", "underspending", "pressures", "£0.3m over budget", "mitigations". */
    private static final Pattern VARIANCE = Pattern.compile(
            "(?i)\\b(?:overspen[a-z]*|underspen[a-z]*|variances?|pressures?|over\\s+budget|under\\s+budget|mitigations?)\\b");
    /** A column of budget monitoring: "Pressures and Underspends (£m)", "Mitigation (£m)", "Variation To Budget (£m)". */
    private static final Pattern VARIANCE_COLUMN = Pattern.compile("(?i)\\bvariation\\s+to\\s+budget\\b");
    /** How far before a figure with a year of its own the variance must be named: "an underspend of £1.4m". */
    private static final int LEAD = 30;
    /** How far after its figure a variance may be named: "£800,000 under budget". */
    private static final int TAIL = 25;

    private BudgetVariances() {
    }

    /**
     * Whether the money value {@code i}, dated to the report's quarter or its year, is a variance
     * reported before the year's end: the year's projected outturn. A value given its year in its
     * own words counts only with the variance word right before it ("the revised budget gap is now
     * £16m for 2017/18", after "pressures" far before, is the gap).
     */
    static boolean projectedOutturn(SentenceFacts facts, int i, PeriodRules.Dated dated, FinancialQuarter quarter) {
        Quantity q = facts.found().get(i).quantity();
        if (quarter.quarter() == 4 || q.unit().measure() != Measure.MONEY || !ofTheYearSoFar(dated.period(), quarter)) {
            return false;
        }
        String s = facts.sentence();
        // its own year ("an underspend of £1.4m because the 2024/25 pay award ...") only beside the variance word
        boolean own = dated.rule() == PeriodRules.Rule.OWN_PHRASE;
        if (own && !dated.period().equals(quarter.financialYear())) {
            return false;
        }
        return VARIANCE.matcher(s).region(own ? Math.max(0, q.start() - LEAD) : 0, q.start()).find()
                || VARIANCE.matcher(s).region(q.end(), Math.min(s.length(), q.end() + TAIL)).find();
    }

    /**
     * Whether a money figure under {@code heading}, a column naming no period, is a variance reported
     * before the year's end: "Pressures and Underspends (£m)" in a Quarter 1 monitor.
     */
    static boolean projectedColumn(String heading, Quantity q, FinancialQuarter quarter) {
        return quarter.quarter() != 4 && q.unit().measure() == Measure.MONEY
                && (VARIANCE.matcher(heading).find() || VARIANCE_COLUMN.matcher(heading).find());
    }

    /** The report's quarter, the year to its end, or the whole year it is in. */
    private static boolean ofTheYearSoFar(ReportingPeriod dated, FinancialQuarter quarter) {
        ReportingPeriod year = quarter.financialYear();
        return dated.equals(quarter.period()) || dated.equals(year)
                || dated.start().equals(year.start()) && dated.end().equals(quarter.end());
    }
}
