package dev.yardstick.extract;

import dev.yardstick.document.FinancialQuarter;
import dev.yardstick.document.ReportingPeriod;
import java.util.List;
import java.util.regex.Pattern;

/** The period a forecast or a target is for, once the rules have dated the words around it. */
final class GoalPeriods {

    /** "projected to reach 834 by the end of March 2018": a deadline, kept as the forecast's date. */
    private static final Pattern BY_BEFORE = Pattern.compile("(?i)\\bby\\s+(?:the\\s+(?:end|close)\\s+of\\s+)?$");

    private static final Pattern QUARTERLY = Pattern.compile("(?i)\\bquarterly\\s+(?:target|aim|goal)\\b");

    /** "against a year-to-date target of 10", "the profiled target of 172", "the mid year target of 50": the year so far's share. */
    private static final Pattern SO_FAR = Pattern.compile(
            "(?i)\\b(?:year[\\s-]to[\\s-]date|ytd|profiled|mid[\\s-]year|half[\\s-]year)\\s+(?:target|aim|goal|profile)\\b");

    /** Targets are set for quarters and years, not for a day or a month, unless the text says so ("the April target"). */
    private static final int SHORTEST_TARGET_DAYS = 80;

    private GoalPeriods() {
    }

    /**
     * A forecast dated to a day or a quarter that has passed ("As at the end of June, budgets are
     * forecast to overspend by £5.2m") is a forecast made then, of that financial year; a forecast
     * of the outturn, or one the text gives no period, is for the whole year. A target for "this year" is for the financial year, not
     * the year to date.
     */
    static ReportingPeriod of(String sentence, Kind kind, PeriodRules.Dated dated, List<TimeMention> mentions,
                              FinancialQuarter quarter, int at) {
        ReportingPeriod period = dated.period();
        boolean day = period.start().equals(period.end());
        if (kind == Kind.FORECAST) {
            boolean deadline = mentions.stream().anyMatch(m -> m.period().equals(period) && (m.role() == TimeMention.Role.BY
                    || BY_BEFORE.matcher(sentence).region(Math.max(0, m.start() - 20), m.start()).find()));
            if (deadline) {
                return period;
            }
            boolean madeThen = day && !period.end().isAfter(quarter.end()) || period.end().isBefore(quarter.start());
            if (has(mentions, TimeMention.Role.FULL_YEAR) || dated.rule() == PeriodRules.Rule.REPORT_QUARTER) {
                return quarter.financialYear(); // a forecast in a quarterly update with no period of its own is of the year's outturn
            }
            if (madeThen) {
                return FinancialQuarter.containing(period.end()).financialYear(); // "the potential overspend of £5.1m reported at Quarter 2"
            }
        }
        if (kind == Kind.TARGET && QUARTERLY.matcher(sentence).region(Math.max(0, at - TARGET_WORDS), at).find()) {
            return quarter.period(); // "against a quarterly target of 125kg": the quarter's own target
        }
        if (kind == Kind.TARGET && SO_FAR.matcher(sentence).region(Math.max(0, at - TARGET_WORDS), at).find()) {
            // to the end of the quarter reported, or of an earlier one the sentence is about ("by the end of Quarter 3, when the profiled target was 172")
            java.time.LocalDate end = period.end().isBefore(quarter.end()) ? period.end() : quarter.end();
            return ReportingPeriod.between(FinancialQuarter.containing(end).financialYear().start(), end);
        }
        if (kind == Kind.TARGET && period.lengthInDays() < SHORTEST_TARGET_DAYS && !datedInItsOwnWords(mentions, at)) {
            // "As at September 2020, 7.2% ..., below the target of 10", "absence in November was 4.7%, above the target of 4%":
            // the value's day or month is when it was measured; the target it is set against is the year's
            return FinancialQuarter.containing(period.end()).financialYear();
        }
        ReportingPeriod year = FinancialQuarter.containing(period.start()).financialYear();
        if (kind == Kind.TARGET && period.start().equals(year.start()) && !period.end().isAfter(year.end()) && !day
                && period.end().isBefore(year.end()) && period.end().equals(quarter.end()) && !namesItsPart(sentence, mentions, period)) {
            return year;
        }
        return period;
    }

    /** How far before a target's figure the words giving its own period may start: "the April target of 57%". */
    private static final int TARGET_WORDS = 30;

    /**
     * A time phrase among the words around the target's figure: "the April target of", "300 new
     * places for September 2017", "3,000 new homes by April 2024".
     */
    private static boolean datedInItsOwnWords(List<TimeMention> mentions, int at) {
        for (TimeMention m : mentions) {
            if (m.end() <= at ? m.start() >= at - TARGET_WORDS : m.start() <= at + TARGET_WORDS) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the April to June target of 57%", "for the first quarter of the year ... the 25% target": a
     * target the text gives to part of the year is that part's (a profiled target), while one for
     * "this year" or "the year to date" is the year's.
     */
    private static boolean namesItsPart(String sentence, List<TimeMention> mentions, ReportingPeriod period) {
        boolean named = false;
        for (TimeMention m : mentions) {
            if (m.period().equals(period)) {
                String text = sentence.substring(m.start(), m.end()).toLowerCase(java.util.Locale.ROOT);
                if (text.contains("year") && !text.contains("quarter") || text.contains("date") || text.contains("far")) {
                    return false;
                }
                named = true;
            }
        }
        return named;
    }


    private static boolean has(List<TimeMention> mentions, TimeMention.Role role) {
        return mentions.stream().anyMatch(m -> m.role() == role);
    }
}
