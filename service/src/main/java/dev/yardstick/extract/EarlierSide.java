package dev.yardstick.extract;

import dev.yardstick.document.FinancialQuarter;
import dev.yardstick.document.ReportingPeriod;
import dev.yardstick.extract.PeriodRules.Dated;

/**
 * The period of the earlier side of a move ("rose from 412 to 455", "down from 69% last year"):
 * its own phrase, the span of the change, the period the sentence compares with, else the period
 * before the later side's. Decided by {@link PeriodRules} after every other value is dated.
 */
final class EarlierSide {

    private EarlierSide() {
    }

    /** The period of the earlier side of a move at value {@code i}, once every other value is dated. */
    static Dated of(SentenceFacts f, int i, int[] owner, Dated[] dated) {
        ReportingPeriod later = dated[setAgainst(f, f.found().get(i).partner())].period();
        for (int k = 0; k < f.mentions().size(); k++) {
            if (owner[k] == i) {
                TimeMention m = f.mentions().get(k); // "fell to 19.5% from 22.1% at year end" in Q1: the year end just passed
                if (sameStageLastYear(f, m, later)) {
                    return new Dated(later.minusYears(1), PeriodRules.Rule.OWN_PHRASE);
                }
                boolean yearEndPassed = m.role() == TimeMention.Role.FULL_YEAR && !m.period().end().isBefore(later.end());
                return new Dated(yearEndPassed ? m.period().minusYears(1) : m.period(), PeriodRules.Rule.OWN_PHRASE);
            }
        }
        for (TimeMention m : f.mentions()) {
            if (m.role() == TimeMention.Role.CHANGE_SPAN) {
                return new Dated(m.from(), PeriodRules.Rule.TRANSITION);
            }
        }
        for (int k = 0; k < f.mentions().size(); k++) {
            if (owner[k] < 0 && f.isReferenceOfComparison(k) && f.mentions().get(k).role() == TimeMention.Role.PERIOD) {
                // "compared with Quarter 2 2019/20 (from 31 episodes to 18)": the earlier side is the period compared with
                TimeMention m = f.mentions().get(k);
                return new Dated(sameStageLastYear(f, m, later) ? later.minusYears(1) : m.period(), PeriodRules.Rule.TRANSITION);
            }
            if (owner[k] < 0 && f.isReferenceOfComparison(k) && f.mentions().get(k).role() == TimeMention.Role.AGO) {
                // "risen from 6.71 days to 7.84 days compared with the same period last year": a year before the later side
                return new Dated(later.minusYears(1), PeriodRules.Rule.TRANSITION);
            }
        }
        return new Dated(undated(later, f.sentence()), PeriodRules.Rule.TRANSITION);
    }

    /**
     * The value a move's earlier side is set against: its partner, but past a target to the council's
     * value before it ("66% against a 70% target, down from 69% last year": 69% is set against 66%).
     */
    private static int setAgainst(SentenceFacts f, int partner) {
        if (f.intent(partner) != Kind.TARGET) {
            return partner;
        }
        for (int j = partner - 1; j >= 0; j--) {
            if (f.isReference(j)) {
                return j;
            }
        }
        return partner;
    }

    /**
     * "last year", "the previous year" (a relative phrase, no year written) beside a figure for part
     * of a year: the same part of the year before ("down from 69% last year" in Quarter 3).
     */
    private static boolean sameStageLastYear(SentenceFacts f, TimeMention m, ReportingPeriod later) {
        String words = f.sentence().substring(m.start(), m.end()).toLowerCase(java.util.Locale.ROOT);
        return !later.isFinancialYear() && m.period().isFinancialYear() && (words.contains("last") || words.contains("previous"))
                && words.chars().noneMatch(Character::isDigit);
    }

    /**
     * The period of an earlier side no words date ("rose from 412 to 455", "rose by 10% to 550"):
     * the period before the later side's; at a year's end, unless the sentence speaks of quarters,
     * the year before ("went up from 51.8% to 53.1%" in a year-end report compares years).
     */
    private static ReportingPeriod undated(ReportingPeriod later, String sentence) {
        FinancialQuarter laterQuarter = FinancialQuarter.containing(later.end());
        if (laterQuarter.quarter() == 4 && later.equals(laterQuarter.period()) && !sentence.toLowerCase(java.util.Locale.ROOT).contains("quarter")) {
            return laterQuarter.financialYear().minusYears(1);
        }
        return later.preceding();
    }
}
