package dev.yardstick.document;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quarter of the UK local-government financial year, which runs 1 April to 31 March
 * (Local Government Act 2003 s.25 budget year; CIPFA convention): Q1 = Apr-Jun, Q2 = Jul-Sep,
 * Q3 = Oct-Dec, Q4 = Jan-Mar of the following calendar year.
 *
 * @param startYear calendar year in which the financial year starts (2019 for 2019/20)
 * @param quarter   1 to 4
 */
public record FinancialQuarter(int startYear, int quarter) {

    /** "Quarter 2 2019/20", "Q3 2018/19", "Qtr 4 2016-17", "Quarter 1 2020/2021". */
    private static final Pattern LABEL = Pattern.compile(
            "(?i)\\b(?:quarter|qtr|q)\\s*([1-4])\\s*(?:of\\s+)?(?:FY\\s*)?((?:19|20)\\d{2})\\s*[/\\-–]\\s*(\\d{2}|\\d{4})\\b");

    public FinancialQuarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4, was " + quarter);
        }
        if (startYear < 1900 || startYear > 2199) {
            throw new IllegalArgumentException("financial year start " + startYear + " is out of range");
        }
    }

    /** Parses a label such as "Quarter 2 2019/20"; throws if none is present. */
    public static FinancialQuarter of(String label) {
        return find(label).orElseThrow(() -> new IllegalArgumentException(
                "no financial quarter in '" + label + "' (expected e.g. 'Quarter 2 2019/20' or 'Q2 2019/20')"));
    }

    /** The first financial quarter named in the text, if the year's two halves are consecutive. */
    public static Optional<FinancialQuarter> find(String text) {
        Matcher m = LABEL.matcher(text);
        while (m.find()) {
            int first = Integer.parseInt(m.group(2));
            String second = m.group(3);
            int secondYear = second.length() == 2 ? (first / 100) * 100 + Integer.parseInt(second) : Integer.parseInt(second);
            if (second.length() == 2 && secondYear < first) {
                secondYear += 100; // 1999/00
            }
            if (secondYear == first + 1) {
                return Optional.of(new FinancialQuarter(first, Integer.parseInt(m.group(1))));
            }
        }
        return Optional.empty();
    }

    /** The financial quarter containing the given date. */
    public static FinancialQuarter containing(LocalDate date) {
        int monthsIntoYear = (date.getMonthValue() + 8) % 12; // April -> 0
        int startYear = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
        return new FinancialQuarter(startYear, monthsIntoYear / 3 + 1);
    }

    /** The quarter whose bounds are exactly these dates, or null. */
    static FinancialQuarter exactly(LocalDate start, LocalDate end) {
        FinancialQuarter q = containing(start);
        return q.start().equals(start) && q.end().equals(end) ? q : null;
    }

    /** Financial year {@code startYear}/{@code startYear+1} as a period: 1 April to 31 March. */
    public static ReportingPeriod financialYear(int startYear) {
        return new ReportingPeriod(fyLabel(startYear),
                LocalDate.of(startYear, 4, 1), LocalDate.of(startYear + 1, 3, 31));
    }

    public static String fyLabel(int startYear) {
        int next = (startYear + 1) % 100;
        return startYear + (next < 10 ? "/0" : "/") + next;
    }

    public LocalDate start() {
        return period().start();
    }

    public LocalDate end() {
        return period().end();
    }

    /** Same quarter of another financial year of the same numbering, e.g. Q1 of this year. */
    public FinancialQuarter withQuarter(int q) {
        return new FinancialQuarter(startYear, q);
    }

    public FinancialQuarter previous() {
        return quarter == 1 ? new FinancialQuarter(startYear - 1, 4) : new FinancialQuarter(startYear, quarter - 1);
    }

    public FinancialQuarter next() {
        return quarter == 4 ? new FinancialQuarter(startYear + 1, 1) : new FinancialQuarter(startYear, quarter + 1);
    }

    public ReportingPeriod financialYear() {
        return financialYear(startYear);
    }

    public String label() {
        return "Q" + quarter + " " + fyLabel(startYear);
    }

    public ReportingPeriod period() {
        int slot = (startYear - 1900) * 4 + quarter - 1;
        ReportingPeriod p = PERIODS[slot];
        if (p == null) {
            LocalDate start = LocalDate.of(startYear, 4, 1).plusMonths(3L * (quarter - 1));
            p = new ReportingPeriod(label(), start, start.plusMonths(3).minusDays(1));
            PERIODS[slot] = p; // immutable, so a thread that misses another's write only makes an equal one
        }
        return p;
    }

    /**
     * Each quarter's period, made once: extraction asks for the report's quarter's bounds for
     * nearly every time phrase, and the label and dates are the same every time.
     */
    private static final ReportingPeriod[] PERIODS = new ReportingPeriod[(2200 - 1900) * 4];

    @Override
    public String toString() {
        return label();
    }
}
