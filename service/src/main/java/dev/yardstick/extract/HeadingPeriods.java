package dev.yardstick.extract;

import dev.yardstick.document.FinancialQuarter;
import dev.yardstick.document.ReportingPeriod;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short forms a table's column headings write periods in, which prose does not use and the
 * time phrases of a sentence therefore do not read: a quarter of a two-digit financial year ("Q4
 * 12/13") and a span of months with two-digit years ("Apr 12 - Mar 13", "Oct 12 - Sep 13"). In
 * a sentence "Apr 12" is the twelfth of April; alone in a heading, with a month and a two-digit
 * year on each side of a dash, it is a month of 2012.
 */
final class HeadingPeriods {

    private static final Pattern QUARTER_OF_SHORT_YEAR = Pattern.compile(
            "(?i)^\\s*(?:q|qtr|quarter)\\s*([1-4])\\s+(\\d{2})\\s*/\\s*(\\d{2})\\s*$");
    private static final Pattern MONTHS_OF_SHORT_YEARS = Pattern.compile(
            "(?i)^\\s*" + TemporalScanner.MONTH + "\\s*(\\d{2})\\s*[-–]\\s*" + TemporalScanner.MONTH + "\\s*(\\d{2})\\s*$");
    /** Two-digit years of council reports: 2000 to 2099. */
    private static final int CENTURY = 2000;

    private HeadingPeriods() {
    }

    /** The period a heading writes in a short form, or null. */
    static ReportingPeriod of(String heading) {
        Matcher q = QUARTER_OF_SHORT_YEAR.matcher(heading);
        if (q.matches()) {
            int first = Integer.parseInt(q.group(2));
            return Integer.parseInt(q.group(3)) == (first + 1) % 100
                    ? new FinancialQuarter(CENTURY + first, Integer.parseInt(q.group(1))).period() : null;
        }
        Matcher m = MONTHS_OF_SHORT_YEARS.matcher(heading);
        if (m.matches()) {
            ReportingPeriod from = ReportingPeriod.month(CENTURY + Integer.parseInt(m.group(2)), Months.number(m.group(1)));
            ReportingPeriod to = ReportingPeriod.month(CENTURY + Integer.parseInt(m.group(4)), Months.number(m.group(3)));
            return from.start().isBefore(to.end()) ? ReportingPeriod.between(from.start(), to.end()) : null;
        }
        return null;
    }
}
