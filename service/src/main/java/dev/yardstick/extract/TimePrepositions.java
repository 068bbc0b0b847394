package dev.yardstick.extract;

import dev.yardstick.document.FinancialQuarter;
import dev.yardstick.document.ReportingPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the words before a date do to it: "since", "by", "up to the end of", "as at the end of",
 * "the week commencing", "the 12 month rolling average to".
 */
final class TimePrepositions {

    private static final Pattern SINCE_BEFORE = Pattern.compile("(?i)\\b(?:since|from)\\s+(?:the\\s+)?(?:start\\s+of\\s+)?$");
    /** "the campaign which commenced in April has resulted in 5 prosecutions": counted since then. */
    private static final Pattern STARTED_BEFORE = Pattern.compile(
            "(?i)\\b(?:commenced|started|began|begun|launched|introduced|went\\s+live)\\s+(?:in|on)\\s+(?:the\\s+)?$");
    private static final Pattern BY_BEFORE = Pattern.compile("(?i)\\bby\\s+(?:the\\s+end\\s+of\\s+)?$");
    private static final Pattern TO_END_BEFORE = Pattern.compile("(?i)\\b(?:up\\s+)?(?:to|until|till)\\s+the\\s+end\\s+of\\s+$");
    private static final Pattern END_OF_BEFORE = Pattern.compile("(?i)\\bend\\s+of\\s+$");

    private static final Pattern WEEK_FROM_BEFORE = Pattern.compile("(?i)\\b(?:the\\s+)?week\\s+(?:commencing|beginning|starting)\\s+(?:on\\s+)?(?:the\\s+)?$");
    private static final Pattern WEEK_TO_BEFORE = Pattern.compile("(?i)\\b(?:the\\s+)?week\\s+(?:ending|ended)\\s+(?:on\\s+)?(?:the\\s+)?$");
    /** "the 12 month rolling average to 2 September 2019", "rolling 12 months to 31 March": the year ending that day. */
    private static final Pattern YEAR_TO_BEFORE = Pattern.compile(
            "(?i)\\b(?:the\\s+)?(?:(?:12|twelve)[\\s-]months?(?:\\s+rolling)?(?:\\s+(?:average|total|period|figure))?|rolling\\s+(?:12|twelve)[\\s-]months?"
                    + "(?:\\s+(?:average|total))?)\\s+(?:to|ending|ended)\\s+(?:the\\s+end\\s+of\\s+)?$");

    private final FinancialQuarter quarter;

    TimePrepositions(FinancialQuarter quarter) {
        this.quarter = quarter;
    }

    /**
     * "Since April" looks back: a month the nearest-year rule put just after the report (April
     * 2020 in an October-December 2019 update) is the April before.
     */
    /** "the same period of", "the same quarter in", "the same point of": the report's part of the year named next. */
    private static final Pattern SAME_PART_OF = Pattern.compile(
            "(?i)\\bthe\\s+same\\s+(?:period|quarter|point|time|months|stage)\\s+(?:of|in)\\s+$");
    private static final int QUARTER_DAYS = 92;

    /**
     * The part of the year the sentence speaks of, moved by whole years into the year named: "From
     * April to December 2009, 65% ..., against 61% in the same period of 2008" is April to December
     * 2008; with no period before it, the report's quarter (Q2 2019/20 in "the same period of
     * 2018/19" is Q2 2018/19).
     */
    private ReportingPeriod samePartOf(ReportingPeriod year, ReportingPeriod part) {
        ReportingPeriod from = part != null ? part : quarter.period();
        int years = year.end().getYear() - from.end().getYear();
        ReportingPeriod moved = from.minusYears(-years);
        if (moved.end().isAfter(year.end())) {
            moved = moved.minusYears(1);
        }
        return moved.end().isBefore(year.start()) ? year : moved;
    }

    /** The last period shorter than a year the sentence names before this phrase, or null. */
    private static ReportingPeriod framed(List<TimeMention> before) {
        for (int k = before.size() - 1; k >= 0; k--) {
            TimeMention m = before.get(k);
            if (m.role() == TimeMention.Role.PERIOD && m.period().lengthInDays() < YEAR_DAYS) {
                return m.period();
            }
        }
        return null;
    }

    private static final int YEAR_DAYS = 365;

    private static ReportingPeriod sinceInThePast(ReportingPeriod p, LocalDate docEnd) {
        return p.start().isAfter(docEnd) && !p.minusYears(1).start().isAfter(docEnd) ? p.minusYears(1) : p;
    }

    private static boolean since(String lowerBefore) {
        return lowerBefore.contains("since") || lowerBefore.contains("from");
    }

    private static boolean started(String lowerBefore) {
        return lowerBefore.contains("commenced") || lowerBefore.contains("started") || lowerBefore.contains("began")
                || lowerBefore.contains("begun") || lowerBefore.contains("launched") || lowerBefore.contains("introduced")
                || lowerBefore.contains("went");
    }

    /**
     * Whether the text before {@code at} may end as the patterns of the words before a date all
     * do, in {@code \s+$}: a space, tab, line break, form feed or vertical tab right before it, or
     * a final line terminator, before which {@code $} also matches.
     */
    static boolean endsInSpace(String s, int at) {
        if (at == 0) {
            return false;
        }
        char c = s.charAt(at - 1);
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * The word right before {@code at} within [from, at), past the white space and line terminator a
     * pattern ending in {@code \s*$} may leave: its ASCII letters lower-cased ("" when none stand there).
     * A pattern naming the words it may end with need only run when this is one of them.
     */
    static String wordBefore(String s, int from, int at) {
        int end = at;
        while (end > from && isSpaceOrTerminator(s.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > from && isAsciiLetter(s.charAt(start - 1))) {
            start--;
        }
        return s.substring(start, end).toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isSpaceOrTerminator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** "since April 2017", "by April 2024", "up to the end of Q2", "as at the end of August 2017". */
    /**
     * @param lower {@code s} lower-cased ({@link java.util.Locale#ROOT}); where it keeps the offsets, the
     *              words before a date are read from it (they are looked for as ASCII words, which
     *              lower-case the same whatever stands around them)
     */
    /** "From April to October 2019": a span that names its own end runs to it, not to the report's end. */
    private static boolean namesItsEnd(String lower, TimeMention t) {
        if (lower.length() < t.end()) {
            return false;
        }
        String text = lower.substring(t.start(), t.end());
        return text.contains(" to ") || text.contains(" until ") || text.contains("-") || text.contains("–");
    }

    List<TimeMention> apply(String s, String lower, List<TimeMention> mentions) {
        List<TimeMention> out = new ArrayList<>(mentions.size());
        LocalDate docEnd = quarter.end();
        for (TimeMention t : mentions) {
            if (t.role() != TimeMention.Role.PERIOD) {
                out.add(t);
                continue;
            }
            String before = s.substring(Math.max(0, t.start() - 32), t.start());
            ReportingPeriod p = t.period();
            String lowerBefore = lower.length() == s.length() ? lower.substring(Math.max(0, t.start() - 32), t.start())
                    : before.toLowerCase(java.util.Locale.ROOT);
            Matcher same;
            if (lowerBefore.contains("same") && p.lengthInDays() > QUARTER_DAYS && (same = SAME_PART_OF.matcher(before)).find()) {
                // "3.9 days in the same period of 2018/19": the report's part of that year, not the whole of it
                out.add(new TimeMention(t.start() - before.length() + same.start(), t.end(), samePartOf(p, framed(out)), null,
                        TimeMention.Role.PERIOD));
                continue;
            }
            if (!lowerBefore.contains("since") && !lowerBefore.contains("from") && !lowerBefore.contains("by ")
                    && !lowerBefore.contains("end of") && !lowerBefore.contains("in ") && !lowerBefore.contains("on ")
                    && !lowerBefore.contains("week") && !lowerBefore.contains("month") || !endsInSpace(s, t.start())) {
                out.add(t); // no preposition that changes the period's meaning (each pattern ends in spaces before the date)
                continue;
            }
            Matcher span;
            // each pattern runs only when the words it needs are there; (?i) folds ASCII case only, so lower-casing keeps them
            boolean end = lowerBefore.contains("end");
            if (lowerBefore.contains("week") && (span = WEEK_FROM_BEFORE.matcher(before)).find()) {
                // the phrase takes in its words ("the week commencing 1 July"), so "82.7% for the week commencing ..." owns it
                out.add(new TimeMention(t.start() - before.length() + span.start(), t.end(),
                        ReportingPeriod.between(p.start(), p.start().plusDays(6)), null, TimeMention.Role.PERIOD));
            } else if (lowerBefore.contains("week") && (span = WEEK_TO_BEFORE.matcher(before)).find()) {
                out.add(new TimeMention(t.start() - before.length() + span.start(), t.end(),
                        ReportingPeriod.between(p.end().minusDays(6), p.end()), null, TimeMention.Role.PERIOD));
            } else if (lowerBefore.contains("month") && (span = YEAR_TO_BEFORE.matcher(before)).find()) {
                out.add(new TimeMention(t.start() - before.length() + span.start(), t.end(),
                        ReportingPeriod.between(p.end().minusYears(1).plusDays(1), p.end()), null, TimeMention.Role.PERIOD));
            } else if (end && TO_END_BEFORE.matcher(before).find()) {
                LocalDate fyStart = FinancialQuarter.containing(p.end()).financialYear().start();
                out.add(new TimeMention(t.start(), t.end(), ReportingPeriod.between(fyStart, p.end()), null, TimeMention.Role.PERIOD));
            } else if ((since(lowerBefore) && SINCE_BEFORE.matcher(before).find() || started(lowerBefore) && STARTED_BEFORE.matcher(before).find())
                    && !sinceInThePast(p, docEnd).start().isAfter(docEnd) && !namesItsEnd(lower, t)) {
                p = sinceInThePast(p, docEnd);
                out.add(new TimeMention(t.start(), t.end(), ReportingPeriod.between(p.start(), docEnd), p, TimeMention.Role.SINCE));
            } else if (lowerBefore.contains("by") && BY_BEFORE.matcher(before).find()) {
                out.add(new TimeMention(t.start(), t.end(), p, null, TimeMention.Role.BY));
            } else if (end && END_OF_BEFORE.matcher(before).find()) {
                out.add(new TimeMention(t.start(), t.end(), ReportingPeriod.day(p.end()), null, TimeMention.Role.PERIOD));
            } else {
                out.add(t);
            }
        }
        return out;
    }
}
