package dev.yardstick.extract;

import dev.yardstick.document.ReportingPeriod;
import java.util.List;

/**
 * A row whose name gives the year its update reports: "Revenue outturn 2016/17: Housing Revenue
 * Account", "2018/19 year end: recycling". Its undated figures are of that year, not the report's.
 */
final class OutturnRows {

    private OutturnRows() {
    }

    /** The one financial year a row's name reports the outturn of, or null. */
    static ReportingPeriod yearOf(String accountability, TemporalScanner times) {
        // a row's name is asked once: most name no outturn, which the cheap test settles without cutting it into words
        if (accountability == null || !Cues.OUTTURN.mayBeIn(accountability) || !Cues.OUTTURN.in(accountability)) {
            return null;
        }
        List<TimeMention> mentions = times.scan(new SentenceText(accountability));
        ReportingPeriod year = null;
        for (TimeMention m : mentions) {
            if (m.role() == TimeMention.Role.FULL_YEAR) {
                continue; // "outturn" itself, read as the report's year
            }
            ReportingPeriod p = m.period();
            if (!p.isFinancialYear() || year != null && !year.equals(p)) {
                return null;
            }
            year = p;
        }
        return year;
    }
}
