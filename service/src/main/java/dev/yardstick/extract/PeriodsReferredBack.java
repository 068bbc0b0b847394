package dev.yardstick.extract;

import dev.yardstick.document.ReportingPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A list of values given for the periods a sentence before named: "The average was 7.34 days in
 * 2009/10, 5.93 days in 2010/11 and 6.08 days in 2011/12. ... The Scottish median for those three
 * years was 7.30, 6.50 and 6.34 days." The conventions map a list by position; here the positions
 * are the periods of the earlier sentence's measured values, which a row's later sentences about
 * targets do not replace.
 */
final class PeriodsReferredBack {

    /** "those three years", "the same two quarters", "these years": periods named before. */
    private static final Pattern BACK = Pattern.compile(
            "(?i)\\b(?:those|these|the\\s+same)\\s+(?:(?:two|three|four|five|six|[2-9])\\s+)?(?:years|quarters|periods)\\b");

    /** "Over the same period": the span from the first to the last period named before, for a move across it. */
    private static final Pattern SAME_SPAN = Pattern.compile("(?i)\\b(?:over|during|in|across)\\s+(?:the\\s+same|that)\\s+(?:period|time)\\b");

    private PeriodsReferredBack() {
    }

    /**
     * The sentence's values dated by the periods named before, in order, when it refers back to them,
     * names no period of its own and lists as many values as there were periods; else as they were.
     */
    static PeriodRules.Dated[] apply(SentenceFacts f, PeriodRules.Dated[] dated, List<ReportingPeriod> namedBefore) {
        if (namedBefore.size() < 2 || !f.mentions().isEmpty()) {
            return dated;
        }
        boolean span = SAME_SPAN.matcher(f.sentence()).find();
        if (!span && !BACK.matcher(f.sentence()).find()) {
            return dated;
        }
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < dated.length; i++) {
            if (!f.found().get(i).quantity().isChange()) {
                values.add(i);
            }
        }
        PeriodRules.Dated[] out = dated.clone();
        if (span && values.size() == 2 && f.isFrom(values.get(0))) {
            // "... from 752,304 in 2011/12 to 683,643 in 2013/14. Over the same period museum visits fell from 59,119 to 47,000."
            out[values.get(0)] = new PeriodRules.Dated(namedBefore.get(0), PeriodRules.Rule.OWN_PHRASE);
            out[values.get(1)] = new PeriodRules.Dated(namedBefore.get(namedBefore.size() - 1), PeriodRules.Rule.OWN_PHRASE);
            return out;
        }
        if (span || values.size() != namedBefore.size()) {
            return dated;
        }
        for (int k = 0; k < values.size(); k++) {
            out[values.get(k)] = new PeriodRules.Dated(namedBefore.get(k), PeriodRules.Rule.OWN_PHRASE);
        }
        return out;
    }

    /**
     * The distinct periods the sentence's measured values (actuals and earlier sides) were dated by
     * their own words, in order, when there are two or more; else null, leaving what was named
     * before in force.
     */
    static List<ReportingPeriod> named(PeriodRules.Dated[] dated, Kind[] kinds) {
        List<ReportingPeriod> periods = new ArrayList<>();
        for (int i = 0; i < dated.length; i++) {
            boolean measured = kinds[i] == Kind.ACTUAL || kinds[i] == Kind.PRIOR;
            if (measured && dated[i].rule() == PeriodRules.Rule.OWN_PHRASE && !periods.contains(dated[i].period())) {
                periods.add(dated[i].period());
            }
        }
        if (periods.size() < 2) {
            return null;
        }
        periods.sort(java.util.Comparator.comparing(ReportingPeriod::start));
        return periods;
    }
}
