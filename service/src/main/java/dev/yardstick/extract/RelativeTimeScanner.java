package dev.yardstick.extract;

import dev.yardstick.document.FinancialQuarter;
import dev.yardstick.document.ReportingPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time expressions relative to the reporting quarter: "the same quarter last year", "last year",
 * "this year", "this quarter", "next year", "a year ago", "the full year", "now", "to date", "at the
 * half-year point", "by mid-year".
 */
final class RelativeTimeScanner {

    static final OpeningWords SAME_LAST_YEAR = new OpeningWords(Pattern.compile(
            "(?i)\\b(?:the\\s+)?same\\s+(?:quarter|period|month|time|point)\\s+(?:of\\s+|in\\s+)?(?:last|the\\s+previous|previous)\\s+year\\b"),
            "the", "same");
    static final OpeningWords LAST_YEAR = new OpeningWords(Pattern.compile(
            "(?i)\\b(?:last|the\\s+previous|previous|the\\s+last)\\s+(?:financial\\s+)?year\\b"),
            "last", "the", "previous");
    /** "72 new start-ups during the last year", "over the past 12 months": the twelve months to the report's end. */
    static final OpeningWords PAST_YEAR = new OpeningWords(Pattern.compile(
            "(?i)\\b(?:during|over|in|across|throughout|within)\\s+the\\s+(?:last|past)\\s+(?:year|twelve\\s+months|12\\s+months)\\b"),
            "during", "over", "in", "across", "throughout", "within");
    static final OpeningWords THIS_YEAR = new OpeningWords(Pattern.compile(
            "(?i)\\b(?:this|the\\s+current)\\s+(?:financial\\s+)?year\\b|\\byear[\\s-]to[\\s-]date\\b"),
            "this", "the", "year");
    static final OpeningWords THIS_QUARTER = new OpeningWords(Pattern.compile("(?i)\\b(?:this|the\\s+current)\\s+quarter\\b"),
            "this", "the");
    /** "29 homes in the quarter", "a target of 25 for the quarter", "cash collected in the period": the quarter reported. */
    static final OpeningWords IN_THE_QUARTER = new OpeningWords(Pattern.compile(
            "(?i)(?<!targets?\\s)(?<!aims?\\s)\\b(?:in|for|during|over|across|throughout)\\s+the\\s+(?:quarter|period)\\b"
                    + "(?!\\s+(?:before|to\\b|ending|ended|ahead|of\\b|from|since|between|\\d))"),
            "in", "for", "during", "over", "across", "throughout");
    /** "at the end of the quarter the count stood at 0": the last day of the quarter reported, a point in time. */
    static final OpeningWords END_OF_THE_QUARTER = new OpeningWords(Pattern.compile(
            "(?i)\\b(?:at|by)\\s+the\\s+end\\s+of\\s+the\\s+(?:quarter|period)\\b(?!\\s+(?:before|to\\b|ending|ended|of\\b|\\d))"),
            "at", "by");
    /**
     * "For the year, changes were processed in 2.9 days": a sentence framed by the financial year,
     * of which a quarterly update can only report the part to date. Only as the sentence's frame:
     * "events planned throughout the year" says nothing of the values after it.
     */
    private static final List<String> YEAR_SPAN_OPENINGS = List.of("for", "over", "across", "during", "throughout");
    static final OpeningWords FOR_THE_YEAR = new OpeningWords(Pattern.compile(
            "(?i)^\\s*(?:" + String.join("|", YEAR_SPAN_OPENINGS) + ")\\s+the\\s+(?:whole\\s+)?year\\b"
                    + "(?!\\s+(?:to\\b|ahead|before|ending|ended|earlier|ago|on\\b))"),
            YEAR_SPAN_OPENINGS.toArray(String[]::new));
    /** "Next year we hope to welcome 50,000 visitors", "the target for next quarter": the year or quarter after the report's. */
    static final OpeningWords NEXT_YEAR = new OpeningWords(Pattern.compile(
            "(?i)\\b(?:next|the\\s+next|the\\s+coming|the\\s+following)\\s+(?:financial\\s+)?year\\b(?!['’]s\\s+\\w+\\s+(?:was|were))"),
            "next", "the");
    static final OpeningWords NEXT_QUARTER = new OpeningWords(Pattern.compile(
            "(?i)\\b(?:next|the\\s+next|the\\s+coming|the\\s+following)\\s+quarter\\b"), "next", "the");
    static final OpeningWords LAST_QUARTER = new OpeningWords(Pattern.compile("(?i)\\b(?:last|the\\s+previous|previous)\\s+quarter\\b"),
            "last", "the", "previous");
    /** "5,614 incidents in the last quarter": the quarter just ended, which is the one reported. */
    static final OpeningWords IN_THE_LAST_QUARTER = new OpeningWords(Pattern.compile("(?i)\\b(?:in|during|over)\\s+the\\s+(?:last|latest|most\\s+recent)\\s+quarter\\b"),
            "in", "during", "over");
    static final OpeningWords AGO = new OpeningWords(Pattern.compile(
            "(?i)\\b(?:a|one|the|twelve\\s+months|12\\s+months)\\s+(?:year\\s+)?(?:ago|earlier|before)\\b"
                    // "up from 67.0% at this stage last year": the same point of the year before, not that whole year
                    + "|\\b(?:at|by)\\s+(?:this|that|the\\s+same)\\s+(?:stage|point|time)\\s+(?:of\\s+)?last\\s+year\\b"),
            "a", "one", "the", "twelve", "12", "at", "by");
    static final OpeningWords FULL_YEAR = new OpeningWords(Pattern.compile(
            "(?i)\\b(?:the\\s+)?full\\s+(?:financial\\s+)?year\\b|\\byear[\\s-]end\\b|\\bend\\s+of\\s+the\\s+(?:financial\\s+)?year\\b|\\boutturn\\b"
                    + "|\\bannual\\s+(?=target|goal|ambition|aim|budget|forecast)"),
            "the", "full", "year", "end", "outturn", "annual");

    /**
     * The middle of the financial year: at it ("at the half-year point", "at mid-year") is the
     * end of September; by it or over its first half ("by mid-year", "in the first half of the
     * year") is April to September.
     */
    static final OpeningWords HALF_YEAR = new OpeningWords(Pattern.compile(
            "(?i)\\b(?:(by|in|during|over|at)\\s+)?(?:the\\s+)?(?:(?:half|mid)[\\s-]year|(first)\\s+half\\s+of\\s+the\\s+(?:financial\\s+)?year)"
                    + "(?:\\s+(?:point|stage|mark|position))?\\b"),
            "by", "in", "during", "over", "at", "the", "half", "mid", "first");

    private final FinancialQuarter quarter;

    RelativeTimeScanner(FinancialQuarter quarter) {
        this.quarter = quarter;
    }

    /** @param lower {@code s} lower-cased ({@link java.util.Locale#ROOT}), as the caller already has it */
    void scan(String s, String lower, List<TimeMention> out) {
        ReportingPeriod doc = quarter.period();
        boolean year = lower.contains("year");
        boolean quarterWord = lower.contains("quarter");
        boolean last = lower.contains("last") || lower.contains("previous");
        boolean current = lower.contains("this") || lower.contains("current");
        if (year && lower.contains("same")) {
            add(out, SAME_LAST_YEAR.matches(s, lower), doc.minusYears(1), TimeMention.Role.AGO);
        }
        if (year && last) {
            addRelative(s, out, LAST_YEAR.matches(s, lower), FinancialQuarter.financialYear(quarter.startYear() - 1));
        }
        if ((last || lower.contains("past")) && (year || lower.contains("months"))) {
            add(out, PAST_YEAR.matches(s, lower), ReportingPeriod.between(doc.end().minusYears(1).plusDays(1), doc.end()),
                    TimeMention.Role.PERIOD);
        }
        if (lower.contains("next") || lower.contains("coming") || lower.contains("following")) {
            if (year) {
                add(out, NEXT_YEAR.matches(s, lower), FinancialQuarter.financialYear(quarter.startYear() + 1), TimeMention.Role.PERIOD);
            }
            if (quarterWord) {
                add(out, NEXT_QUARTER.matches(s, lower), quarter.next().period(), TimeMention.Role.PERIOD);
            }
        }
        if (year && (current || lower.contains("to date") || lower.contains("to-date"))) {
            add(out, THIS_YEAR.matches(s, lower), ReportingPeriod.between(quarter.financialYear().start(), doc.end()), TimeMention.Role.PERIOD);
        }
        if (quarterWord && current) {
            add(out, THIS_QUARTER.matches(s, lower), doc, TimeMention.Role.PERIOD);
        }
        if (quarterWord && lower.contains("the quarter") || lower.contains("the period")) {
            add(out, IN_THE_QUARTER.matches(s, lower), doc, TimeMention.Role.PERIOD);
            add(out, END_OF_THE_QUARTER.matches(s, lower), ReportingPeriod.day(doc.end()), TimeMention.Role.PERIOD);
        }
        if (year && opensWithSpan(lower)) {
            add(out, FOR_THE_YEAR.matches(s, lower), ReportingPeriod.between(quarter.financialYear().start(), doc.end()),
                    TimeMention.Role.FULL_YEAR);
        }
        if (quarterWord && (last || lower.contains("latest") || lower.contains("recent"))) {
            add(out, IN_THE_LAST_QUARTER.matches(s, lower), doc, TimeMention.Role.PERIOD);
        }
        if (quarterWord && last) {
            addRelative(s, out, LAST_QUARTER.matches(s, lower), quarter.previous().period());
        }
        if (lower.contains("ago") || lower.contains("earlier") || lower.contains("before") || lower.contains("last year")) {
            add(out, AGO.matches(s, lower), doc.minusYears(1), TimeMention.Role.AGO);
            if (lower.contains("years ")) {
                yearsAgo(s, lower, doc, out);
            }
        }
        if (lower.contains("full") || lower.contains("year end") || lower.contains("year-end") || lower.contains("outturn")
                || year && lower.contains("end of the") || lower.contains("annual ")) {
            add(out, FULL_YEAR.matches(s, lower), quarter.financialYear(), TimeMention.Role.FULL_YEAR);
        }
        if (lower.contains("half") || lower.contains("mid")) {
            halfYear(s, lower, out);
        }
        if (lower.contains("next ") || lower.contains("last ")) {
            monthsAround(s, lower, doc, out);
        }
        // fixed phrases: found by plain search, which is much cheaper than a pattern of alternatives
        addPhrases(lower, out, doc, "now", "currently", "at present", "to date", "so far");
    }

    /** "15% more than two years earlier", "three years ago": the same part of the year that many years before. */
    static final OpeningWords YEARS_AGO = new OpeningWords(Pattern.compile(
            "(?i)\\b(two|three|four|five|2|3|4|5)\\s+years\\s+(?:ago|earlier|before)\\b"),
            "two", "three", "four", "five", "2", "3", "4", "5");

    private static void yearsAgo(String s, String lower, ReportingPeriod doc, List<TimeMention> out) {
        for (MatchResult m : YEARS_AGO.matches(s, lower)) {
            String n = m.group(1).toLowerCase(java.util.Locale.ROOT);
            int years = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : NumberWords.cardinal(n);
            out.add(new TimeMention(m.start(), m.end(), doc.minusYears(years), null, TimeMention.Role.AGO));
        }
    }

    /** "by the end of next March", "since last April": a month named by where it lies from the report. */
    static final OpeningWords MONTH_AROUND = new OpeningWords(Pattern.compile(
            "(?i)\\b(next|last)\\s+(january|february|march|april|may|june|july|august|september|october|november|december)\\b"),
            "next", "last");

    private static void monthsAround(String s, String lower, ReportingPeriod doc, List<TimeMention> out) {
        for (MatchResult m : MONTH_AROUND.matches(s, lower)) {
            int month = Months.number(m.group(2));
            String which = m.group(1).toLowerCase(java.util.Locale.ROOT);
            java.time.LocalDate first = doc.end().withDayOfMonth(1).withMonth(month);
            if (which.equals("next") && !first.isAfter(doc.end())) {
                first = first.plusYears(1); // the first such month after the report's period
            } else if (which.equals("last") && !first.isBefore(doc.start())) {
                first = first.minusYears(1); // the last such month before it
            }
            ReportingPeriod p = ReportingPeriod.between(first, first.plusMonths(1).minusDays(1));
            out.add(new TimeMention(m.start(), m.end(), p, null, TimeMention.Role.PERIOD));
        }
    }

    private static final Pattern SO_FAR = Pattern.compile("^\\s*(?:so\\s+far|to\\s+date)\\b");

    /** "Over 2017/18 so far", "2019/20 to date": the reporting year up to the report's quarter, not the whole year. */
    void currentYearSoFar(String lower, List<TimeMention> found) {
        ReportingPeriod year = quarter.financialYear();
        for (int k = 0; k < found.size(); k++) {
            TimeMention m = found.get(k);
            Matcher far = SO_FAR.matcher(lower).region(m.end(), lower.length());
            if (m.period().equals(year) && far.lookingAt()) {
                found.set(k, new TimeMention(m.start(), far.end(), ReportingPeriod.between(year.start(), quarter.end()), null, m.role()));
            }
        }
    }

    /** Whether the sentence opens with a word that may frame it by the year ({@link #FOR_THE_YEAR}). */
    private static boolean opensWithSpan(String lower) {
        String opening = lower.stripLeading();
        for (String word : YEAR_SPAN_OPENINGS) {
            if (opening.startsWith(word + " ")) {
                return true;
            }
        }
        return false;
    }

    private void halfYear(String s, String lower, List<TimeMention> out) {
        ReportingPeriod year = quarter.financialYear();
        java.time.LocalDate middle = year.start().plusMonths(6).minusDays(1);
        for (MatchResult m : HALF_YEAR.matches(s, lower)) {
            String preposition = m.group(1) == null ? "" : m.group(1).toLowerCase(java.util.Locale.ROOT);
            boolean span = m.group(2) != null || !preposition.isEmpty() && !preposition.equals("at");
            ReportingPeriod p = span ? ReportingPeriod.between(year.start(), middle) : ReportingPeriod.between(middle, middle);
            out.add(new TimeMention(m.start(), m.end(), p, null, TimeMention.Role.PERIOD));
        }
    }

    private static final Pattern COMPARISON_BEFORE = Pattern.compile(
            "(?i)\\b(compared\\s+(to|with)|than|on|from|since|against)\\s+$");

    /** "last quarter" is a date, but "compared with last quarter" is the reference of a change. */
    private static void addRelative(String s, List<TimeMention> out, List<MatchResult> matches, ReportingPeriod p) {
        for (MatchResult m : matches) {
            String before = s.substring(Math.max(0, m.start() - 20), m.start());
            TimeMention.Role role = COMPARISON_BEFORE.matcher(before).find() ? TimeMention.Role.REFERENCE : TimeMention.Role.PERIOD;
            out.add(new TimeMention(m.start(), m.end(), p, null, role));
        }
    }

    private static void addPhrases(String lower, List<TimeMention> out, ReportingPeriod p, String... phrases) {
        for (String phrase : phrases) {
            for (int at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
                int end = at + phrase.length();
                boolean whole = (at == 0 || !Character.isLetter(lower.charAt(at - 1)))
                        && (end == lower.length() || !Character.isLetter(lower.charAt(end)));
                if (whole) {
                    out.add(new TimeMention(at, end, p, null, TimeMention.Role.PERIOD));
                }
            }
        }
    }

    private static void add(List<TimeMention> out, List<MatchResult> matches, ReportingPeriod p, TimeMention.Role role) {
        for (MatchResult m : matches) {
            out.add(new TimeMention(m.start(), m.end(), p, null, role));
        }
    }

    /**
     * "9 in Quarter 1 last year", "Q3 of last year": a quarter named by its number, then the year it
     * is of, is that quarter of that year (one phrase), not this year's quarter beside a whole year.
     */
    private static List<TimeMention> quartersOfAnotherYear(String s, List<TimeMention> mentions) {
        for (int k = 1; k < mentions.size(); k++) {
            TimeMention q = mentions.get(k - 1);
            TimeMention y = mentions.get(k);
            String between = s.substring(q.end(), y.start());
            if (q.role() == TimeMention.Role.PERIOD && y.role() == TimeMention.Role.PERIOD && q.period().lengthInDays() < 100
                    && y.period().lengthInDays() > 300 && (between.isBlank() || between.strip().equalsIgnoreCase("of"))
                    && y.period().end().isBefore(q.period().start()) && s.regionMatches(true, y.start(), "last", 0, 4)) {
                List<TimeMention> merged = new ArrayList<>(mentions);
                merged.set(k - 1, new TimeMention(q.start(), y.end(), q.period().minusYears(1), null, TimeMention.Role.PERIOD));
                merged.remove(k);
                return merged;
            }
        }
        return mentions;
    }

    /** What may stand between a named year and its outturn: "2018-19 outturn", "the 2018-19 year-end outturn". */
    private static final Pattern YEAR_END_BETWEEN = Pattern.compile("(?i)\\s*(?:year[\\s-]end|end[\\s-]of[\\s-]year)?\\s*");

    /**
     * "the final 2018/19 outturn", "the 2019/20 year end": the year named before "outturn" is the
     * year it ends, so the word adds no period of its own (the report's year).
     */
    static List<TimeMention> withoutNamedYearsEnds(String s, List<TimeMention> mentions) {
        mentions = quartersOfAnotherYear(s, mentions);
        for (int k = 1; k < mentions.size(); k++) {
            TimeMention m = mentions.get(k);
            TimeMention before = mentions.get(k - 1);
            if (m.role() == TimeMention.Role.FULL_YEAR && before.role() == TimeMention.Role.PERIOD
                    && YEAR_END_BETWEEN.matcher(s).region(before.end(), m.start()).matches()) {
                List<TimeMention> kept = new ArrayList<>(mentions);
                kept.remove(k);
                return withoutNamedYearsEnds(s, kept);
            }
        }
        return mentions;
    }
}
