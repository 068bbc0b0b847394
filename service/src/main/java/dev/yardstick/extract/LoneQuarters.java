package dev.yardstick.extract;

import dev.yardstick.document.FinancialQuarter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "In Q1", "quarter 3", "the second quarter", "Q4 of last year": a quarter without a year is one
 * of the reporting financial year, unless the words say the last one, or a comparison names one
 * that would lie ahead of the report.
 */
final class LoneQuarters {

    static final OpeningWords LONE_QUARTER = new OpeningWords(Pattern.compile(
            "(?i)\\b(?:Q|Qtr)\\s?([1-4])\\b|\\bquarter\\s+([1-4]|one|two|three|four)\\b"
                    + "|\\b(first|second|third|fourth|1\\s?st|2\\s?nd|3\\s?rd|4\\s?th)\\s+quarter\\b"),
            "q", "first", "second", "third", "fourth", "1", "2", "3", "4");
    private static final Pattern OF_YEAR = Pattern.compile(
            "(?i)^\\s*(?:of|in)\\s+(?:the\\s+)?(this|last|the\\s+previous|previous|the\\s+current|current)\\s+(?:financial\\s+)?year");

    /** A comparison shortly before a quarter, with at most the compared value between: "compared with 180 in Q4". */
    private static final Pattern COMPARED_WITH = Pattern.compile(
            "(?i)\\b(compared\\s+(?:with|to)|than|since|from|versus|vs\\.?|against)\\b[^.;:]{0,30}$");

    /**
     * Quarters named without a year, resolved against the reporting quarter ({@code lower}: {@code s}
     * lower-cased), or against the earlier financial year the sentence names before them when some
     * of them would lie ahead of the report ({@code named}: the time phrases found so far): "The
     * 2022/23 quarterly figures were wrong; the correct figures are 3.3% for Q1, ... and 3.17% for
     * Q4" in a Quarter 1 2023/24 update.
     */
    static List<TimeMention> find(String s, String lower, FinancialQuarter quarter, List<TimeMention> named) {
        List<TimeMention> out = find(s, lower, quarter);
        boolean ahead = out.stream().anyMatch(m -> m.period().start().isAfter(quarter.end()));
        if (!ahead) {
            return out;
        }
        for (TimeMention year : named) {
            java.time.LocalDate start = year.period().start();
            boolean earlierYear = year.role() == TimeMention.Role.PERIOD && year.end() <= out.get(0).start()
                    && year.period().isFinancialYear() && year.period().end().isBefore(quarter.start());
            if (earlierYear) {
                List<TimeMention> moved = new ArrayList<>();
                for (TimeMention m : out) {
                    FinancialQuarter q = FinancialQuarter.containing(m.period().start());
                    moved.add(q.startYear() != quarter.startYear() ? m  // "Q4 of last year" says its own year
                            : new TimeMention(m.start(), m.end(), new FinancialQuarter(start.getYear(), q.quarter()).period(), null, m.role()));
                }
                return moved;
            }
        }
        return out;
    }

    private static List<TimeMention> find(String s, String lower, FinancialQuarter quarter) {
        List<TimeMention> out = new ArrayList<>();
        for (MatchResult m : LONE_QUARTER.matches(s, lower)) {
            String n = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            int q = Months.ordinal(n);
            FinancialQuarter fq = quarter.withQuarter(q);
            int end = m.end();
            Matcher of = OF_YEAR.matcher(s.substring(end));
            if (of.find()) {
                String which = of.group(1).toLowerCase(java.util.Locale.ROOT);
                if (which.contains("last") || which.contains("previous")) {
                    fq = new FinancialQuarter(quarter.startYear() - 1, q);
                }
                end += of.end();
            } else if (fq.start().isAfter(quarter.start()) && COMPARED_WITH.matcher(s.substring(Math.max(0, m.start() - 45), m.start())).find()) {
                // "fell by 15% compared with Q4" in a Q1 update: the Q4 just gone, not the one ahead
                fq = new FinancialQuarter(quarter.startYear() - 1, q);
            }
            out.add(new TimeMention(m.start(), end, fq.period(), null, TimeMention.Role.PERIOD));
        }
        return out;
    }

    private LoneQuarters() {
    }
}
