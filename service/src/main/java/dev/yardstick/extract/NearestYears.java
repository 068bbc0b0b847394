package dev.yardstick.extract;

import dev.yardstick.document.FinancialQuarter;
import dev.yardstick.document.ReportingPeriod;
import java.time.LocalDate;

/**
 * The year a month named without one is taken to be in: the one that puts the month's middle
 * nearest the reporting quarter ("in March", "by 30 June" in a Quarter 3 2019/20 update are
 * March 2020 and June 2019). The same for every sentence of a document, so worked out once per
 * month. One per document; not shared between threads.
 */
final class NearestYears {

    private final ReportingPeriod quarter;
    /** Per month (1 to 12), its year once worked out; 0 before. */
    private final int[] years = new int[13];

    NearestYears(FinancialQuarter quarter) {
        this.quarter = quarter.period();
    }

    int of(int month) {
        if (years[month] == 0) {
            years[month] = workedOut(month);
        }
        return years[month];
    }

    private int workedOut(int month) {
        ReportingPeriod doc = quarter;
        int best = doc.start().getYear();
        long bestDistance = Long.MAX_VALUE;
        for (int y = doc.start().getYear() - 1; y <= doc.end().getYear() + 1; y++) {
            LocalDate mid = LocalDate.of(y, month, 15);
            long distance = mid.isBefore(doc.start()) ? doc.start().toEpochDay() - mid.toEpochDay()
                    : mid.isAfter(doc.end()) ? mid.toEpochDay() - doc.end().toEpochDay() : 0;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = y;
            }
        }
        return best;
    }
}
