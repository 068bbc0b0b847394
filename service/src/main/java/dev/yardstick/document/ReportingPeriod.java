package dev.yardstick.document;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A closed date range with a human label: a quarter, a month, a year or a single day.
 * Both ends are inclusive; a single day has {@code start == end}.
 */
public record ReportingPeriod(String label, LocalDate start, LocalDate end) {

    public ReportingPeriod {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period " + label + " ends (" + end + ") before it starts (" + start + ")");
        }
    }

    public static ReportingPeriod day(LocalDate day) {
        return new ReportingPeriod(day.toString(), day, day);
    }

    public static ReportingPeriod between(LocalDate start, LocalDate end) {
        return new ReportingPeriod(start + ".." + end, start, end);
    }

    public static ReportingPeriod month(int year, int month) {
        boolean kept = year >= FIRST_KEPT_YEAR && year < LAST_KEPT_YEAR && month >= 1 && month <= 12;
        int slot = kept ? (year - FIRST_KEPT_YEAR) * 12 + month - 1 : -1;
        ReportingPeriod p = kept ? MONTHS[slot] : null;
        if (p == null) {
            LocalDate start = LocalDate.of(year, month, 1);
            p = new ReportingPeriod(start.toString().substring(0, 7), start, start.plusMonths(1).minusDays(1));
            if (kept) {
                MONTHS[slot] = p; // immutable, so a thread that misses another's write only makes an equal one
            }
        }
        return p;
    }

    /** The months of the years prose names, each made once: every month a sentence names asks for one. */
    private static final int FIRST_KEPT_YEAR = 1900;
    private static final int LAST_KEPT_YEAR = 2200;
    private static final ReportingPeriod[] MONTHS = new ReportingPeriod[(LAST_KEPT_YEAR - FIRST_KEPT_YEAR) * 12];

    public static ReportingPeriod calendarYear(int year) {
        return new ReportingPeriod(Integer.toString(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public boolean isSingleDay() {
        return start.equals(end);
    }

    /** 1 April to 31 March. */
    public boolean isFinancialYear() {
        return financialYear(start, end);
    }

    /** 1 January to 31 December. */
    public boolean isCalendarYear() {
        return calendarYear(start, end);
    }

    private static boolean financialYear(LocalDate start, LocalDate end) {
        return start.getMonthValue() == 4 && start.getDayOfMonth() == 1 && end.equals(start.plusYears(1).minusDays(1));
    }

    private static boolean calendarYear(LocalDate start, LocalDate end) {
        return start.getDayOfYear() == 1 && end.equals(LocalDate.of(start.getYear(), 12, 31));
    }

    public long lengthInDays() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** The same period shifted by whole years (Feb 29 clamps to Feb 28). */
    public ReportingPeriod minusYears(int years) {
        return relabel(start.minusYears(years), end.minusYears(years));
    }

    /**
     * The period of the same length that ends the day before this one starts: the "from"
     * side of a change stated over this period. Calendar units stay calendar units.
     */
    public ReportingPeriod preceding() {
        long months = monthsSpanned();
        if (months > 0) {
            LocalDate newStart = start.minusMonths(months);
            return relabel(newStart, start.minusDays(1));
        }
        long days = lengthInDays();
        return relabel(start.minusDays(days), start.minusDays(1));
    }

    /** Whole months covered when the period runs from a first to a last day of month, else 0. */
    private long monthsSpanned() {
        boolean alignedStart = start.getDayOfMonth() == 1;
        boolean alignedEnd = end.plusDays(1).getDayOfMonth() == 1;
        if (!alignedStart || !alignedEnd) {
            return 0;
        }
        return ChronoUnit.MONTHS.between(start, end.plusDays(1));
    }

    private static ReportingPeriod relabel(LocalDate start, LocalDate end) {
        FinancialQuarter quarter = FinancialQuarter.exactly(start, end);
        if (quarter != null) {
            return quarter.period();
        }
        if (start.equals(end)) {
            return day(start);
        }
        if (start.getDayOfMonth() == 1 && start.plusMonths(1).minusDays(1).equals(end)) {
            return month(start.getYear(), start.getMonthValue());
        }
        if (calendarYear(start, end)) {
            return calendarYear(start.getYear());
        }
        if (financialYear(start, end)) {
            return FinancialQuarter.financialYear(start.getYear());
        }
        return between(start, end);
    }

    @Override
    public String toString() {
        return label + " (" + start + ".." + end + ")";
    }
}
