package dev.yardstick.extract;

import dev.yardstick.document.ReportingPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "savings of £109m across 2014/15 to 2016/17": two financial years joined by "to" after a word of
 * duration are one period, the years from the first to the last, as "Over 2020 to 2022" is for
 * calendar years ({@link LoneYears}); "from 2014/15 to 2016/17" is a change's span and is left to it.
 */
final class YearSpans {

    private static final Pattern TO = Pattern.compile("\\s*(?:to|until|through)\\s*");
    /** How far before the first year the word of duration may start. */
    private static final int SPAN_WORD_REACH = 25;

    private YearSpans() {
    }

    static List<TimeMention> merged(String s, List<TimeMention> mentions) {
        for (int k = 1; k < mentions.size(); k++) {
            TimeMention a = mentions.get(k - 1);
            TimeMention b = mentions.get(k);
            if (a.role() == TimeMention.Role.PERIOD && b.role() == TimeMention.Role.PERIOD && a.period().isFinancialYear()
                    && b.period().isFinancialYear() && b.period().start().isAfter(a.period().start())
                    && TO.matcher(s).region(a.end(), b.start()).matches()
                    && LoneYears.SPAN_WORD_BEFORE.matcher(s).region(Math.max(0, a.start() - SPAN_WORD_REACH), a.start()).find()) {
                List<TimeMention> out = new ArrayList<>(mentions);
                out.set(k - 1, new TimeMention(a.start(), b.end(), ReportingPeriod.between(a.period().start(), b.period().end()),
                        null, TimeMention.Role.PERIOD));
                out.remove(k);
                return merged(s, out);
            }
        }
        return mentions;
    }
}
