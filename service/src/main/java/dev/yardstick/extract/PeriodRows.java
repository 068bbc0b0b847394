package dev.yardstick.extract;

import dev.yardstick.document.ReportingPeriod;
import dev.yardstick.document.UpdateRow;
import java.time.LocalDate;
import java.util.List;

/**
 * A figures table with its periods down the side, one row a year ("Year | Y12 | Y13 | Total" over
 * rows "2011", "2012", "2013"): each row's figures are of the period its name gives, the newest
 * row is the latest result and the rows above it earlier results (priors), as the earlier
 * columns of a table of years across are.
 */
final class PeriodRows {

    /** A row of such a table: the period its name gives, and the end of the newest row's. */
    record Place(ReportingPeriod period, LocalDate newest) {
    }

    private PeriodRows() {
    }

    /** For each row of the document, its place in a table of periods down the side, or null. */
    static Place[] of(List<UpdateRow> rows, TemporalScanner times) {
        ReportingPeriod[] periods = new ReportingPeriod[rows.size()];
        LocalDate[] ends = new LocalDate[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            periods[r] = rows.get(r).figures().isEmpty() ? null : periodNamed(rows.get(r).accountability(), times);
            ends[r] = periods[r] == null ? null : periods[r].end();
        }
        LocalDate[] newest = PeriodList.newestOfRuns(ends);
        Place[] places = new Place[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            places[r] = newest[r] == null ? null : new Place(periods[r], newest[r]);
        }
        return places;
    }

    /** The period a row's name is, whole and with its year: "2013", "2013/14", "Q1 2019/20"; not "Q1" or "Recycling 2019". */
    private static ReportingPeriod periodNamed(String name, TemporalScanner times) {
        String n = name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME || !hasYear(n)) {
            return null;
        }
        return PeriodList.periodAlone(n, times);
    }

    private static final int MAX_NAME = 30;

    private static boolean hasYear(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = Character.isDigit(s.charAt(i)) ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }
}
