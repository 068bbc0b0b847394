package dev.yardstick.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A period the short way a performance report writes it: "Q2 2019/20" for a quarter of the
 * April-March financial year, "2019/20" for the year, "Jul 2019", "Jul-Sep 2019", "2019",
 * "31 Aug 2019", "15 Mar-30 Sep 2019".
 */
final class PeriodLabel {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private PeriodLabel() {
    }

    static String of(LocalDate start, LocalDate end) {
        if (start.equals(end)) {
            return DAY.format(start);
        }
        boolean wholeMonths = start.getDayOfMonth() == 1 && end.getDayOfMonth() == end.lengthOfMonth();
        if (!wholeMonths) {
            return (start.getYear() == end.getYear() ? DAY_MONTH.format(start) : DAY.format(start)) + "-" + DAY.format(end);
        }
        long months = java.time.Period.between(start, end.plusDays(1)).toTotalMonths();
        // financial year 1 April to 31 March (UK local government), and its quarters
        int fyStart = start.getMonthValue() >= 4 ? start.getYear() : start.getYear() - 1;
        int monthInFy = (start.getMonthValue() + 8) % 12; // April 0 .. March 11
        if (months == 12 && start.getMonthValue() == 4) {
            return fy(fyStart);
        }
        if (months == 3 && monthInFy % 3 == 0) {
            return "Q" + (monthInFy / 3 + 1) + " " + fy(fyStart);
        }
        if (months == 12 && start.getMonthValue() == 1) {
            return String.valueOf(start.getYear());
        }
        if (months == 1) {
            return MONTH_YEAR.format(start);
        }
        if (start.getYear() == end.getYear()) {
            return MONTH.format(start) + "-" + MONTH_YEAR.format(end);
        }
        return MONTH_YEAR.format(start) + "-" + MONTH_YEAR.format(end);
    }

    private static String fy(int startYear) {
        return dev.yardstick.document.FinancialQuarter.fyLabel(startYear);
    }
}
