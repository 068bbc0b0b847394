package dev.yardstick.extract;

import dev.yardstick.document.ReportingPeriod;
import java.util.List;

/**
 * The period a table's source line gives its figures: "Source: Census 2011, % of resident
 * population" under a table of shares dates each share that names no period of its own to census
 * day 2011, not to the quarter the leaflet was printed in.
 */
final class SourceLines {

    private SourceLines() {
    }

    /** The one period the source line names, or null when it names none or several ("Census 2011 and 2021"). */
    static ReportingPeriod periodOf(String source, TemporalScanner times) {
        if (source.isEmpty()) {
            return null;
        }
        List<TimeMention> mentions = times.scan(source);
        ReportingPeriod only = null;
        for (TimeMention m : mentions) {
            if (only != null && !only.equals(m.period())) {
                return null;
            }
            only = m.period();
        }
        return only;
    }
}
