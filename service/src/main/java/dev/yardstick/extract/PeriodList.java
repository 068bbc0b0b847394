package dev.yardstick.extract;

import dev.yardstick.document.ReportingPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A measure's results listed a period to a line, as councils' pages show a series under the
 * measure's name:
 * <pre>
 * • 2018/19: 4162 tonnes
 * • 2019/20: 4065 tonnes
 * • 2020/21: 3271 tonnes
 * </pre>
 * (The reader has taken off the bullets.) It is a table of years turned on its side: the newest period given a figure is the latest
 * result, and each earlier line is a result it is read against (prior), as an earlier column of a
 * figures table is. A line whose label is more than a period ("Target: 3550", "Q2 Actual: 87%")
 * or whose figure is yet to come ("Q4 2022/23: To be reported") is no entry.
 */
final class PeriodList {

    /** A label, a colon or an equals sign, and one figure with perhaps a word of unit: "Q1 2021/22: 56.5%", "2009 = 5.3%". */
    private static final Pattern ENTRY = Pattern.compile(
            "\\s*([^:=]{2,30})[:=]\\s*[(£$€+\\-−]?\\d[\\d,.]*\\s*(?:%|\\p{L}+\\.?)?\\)?\\s*");
    /** Fewer lines than this make no series. */
    private static final int SHORTEST = 2;

    private PeriodList() {
    }

    /**
     * For each paragraph, the end of the newest period of the list it is an entry of, or null
     * when it is no entry of a list of two or more.
     */
    static LocalDate[] newestOfLists(List<String> paragraphs, TemporalScanner times) {
        LocalDate[] ends = new LocalDate[paragraphs.size()];
        for (int p = 0; p < paragraphs.size(); p++) {
            ends[p] = periodEndOfEntry(paragraphs.get(p), times);
        }
        return newestOfRuns(ends);
    }

    /**
     * For each place of a run of two or more periods one after another (no null between), the end
     * of the run's newest; null elsewhere. A list of lines and a table of years down the side are
     * both such runs.
     */
    static LocalDate[] newestOfRuns(LocalDate[] ends) {
        LocalDate[] newest = new LocalDate[ends.length];
        int p = 0;
        while (p < ends.length) {
            int q = p;
            LocalDate latest = null;
            while (q < ends.length && ends[q] != null) {
                latest = latest == null || ends[q].isAfter(latest) ? ends[q] : latest;
                q++;
            }
            if (q - p >= SHORTEST) {
                for (int k = p; k < q; k++) {
                    newest[k] = latest;
                }
            }
            p = q == p ? p + 1 : q;
        }
        return newest;
    }

    /** The period a text is, whole: "2018/19", "Q1 2021/22"; null for "Target" or "Recycling 2019". */
    static ReportingPeriod periodAlone(String text, TemporalScanner times) {
        List<TimeMention> mentions = times.scan(text);
        if (mentions.size() != 1) {
            return null;
        }
        TimeMention t = mentions.get(0);
        return t.start() == 0 && t.end() == text.length() && t.role() == TimeMention.Role.PERIOD ? t.period() : null;
    }

    /** The end of the period an entry's label names, when the label is that period alone. */
    private static LocalDate periodEndOfEntry(String paragraph, TemporalScanner times) {
        if (paragraph.indexOf(':') < 0 && paragraph.indexOf('=') < 0) {
            return null;
        }
        Matcher m = ENTRY.matcher(paragraph);
        if (!m.matches()) {
            return null;
        }
        ReportingPeriod period = periodAlone(m.group(1).strip(), times);
        return period == null ? null : period.end();
    }
}
