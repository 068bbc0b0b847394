package dev.yardstick.extract;

import dev.yardstick.document.FinancialQuarter;
import dev.yardstick.document.ReportingPeriod;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year written alone: "in 2017", "2019 BAD Youth Forum", "the 2021 figures". Four digits from
 * 1900 to 2099 are a year after a time word or before a word that goes with a date; otherwise
 * ("2000 homes") they are a count.
 */
final class LoneYears {

    private static final Pattern LONE_YEAR = Pattern.compile("(?<![\\d£$€.,/])" + TemporalScanner.YEAR + "(?![\\d%.,]\\d)");

    private static final Set<String> YEAR_FOLLOWERS = Set.of(
            "and", "or", "the", "to", "in", "is", "was", "were", "are", "has", "have", "had", "will", "with", "for", "on",
            "at", "by", "of", "as", "which", "that", "but", "when", "where", "while", "whilst", "onwards", "through",
            "until", "from", "a", "an", "it", "this", "we", "they", "there", "after", "before", "be", "so", "then",
            "figures", "data", "results", "levels", "position", "budget", "programme", "plan", "strategy", "update",
            "report", "target", "targets", "cohort", "survey", "inspection", "assessment", "event", "events", "baseline", "record",
            "records", "show", "shows", "showed", "met", "saw", "level", "census", "estimate", "estimates");

    /**
     * Census day in England and Wales ("Census 2011", "the 2021 census"): a census counts the
     * population on one day, so its figures are of that day, not of its calendar year.
     */
    private static final java.util.Map<Integer, java.time.LocalDate> CENSUS_DAYS = java.util.Map.of(
            1991, java.time.LocalDate.of(1991, 4, 21), 2001, java.time.LocalDate.of(2001, 4, 29),
            2011, java.time.LocalDate.of(2011, 3, 27), 2021, java.time.LocalDate.of(2021, 3, 21));
    private static final Pattern CENSUS_BEFORE = Pattern.compile("(?i)\\bcensus\\s+(?:day\\s+)?$");
    private static final Pattern CENSUS_AFTER = Pattern.compile("(?i)\\s+census\\b");

    private static boolean namesTheCensus(String s, Matcher year) {
        return CENSUS_BEFORE.matcher(s).region(Math.max(0, year.start() - 12), year.start()).find()
                || CENSUS_AFTER.matcher(s).region(year.end(), s.length()).lookingAt();
    }

    private LoneYears() {
    }

    static void find(String s, DateAnchors anchors, List<TimeMention> out) {
        DateAnchors.Finder f = anchors.atDigits(LONE_YEAR, 4, 4);
        int spanEnd = -1;
        while (f.next()) {
            Matcher m = f.matcher();
            if (m.start() < spanEnd) {
                continue;
            }
            TimeMention span = yearsSpanned(s, m);
            if (span != null) {
                out.add(span);
                spanEnd = span.end();
                continue;
            }
            // the word before, read once for both tests
            String wordBefore = TimePrepositions.wordBefore(s, Math.max(0, m.start() - WORD_BEFORE_REACH), m.start());
            if (afterAPeriod(s, m.start(), wordBefore)) {
                continue; // "This year 1971 EHCP requests were received": the period is named already, the number counts
            }
            if (midYear(s, m.start())) {
                int year = Integer.parseInt(m.group(1));
                out.add(new TimeMention(m.start() - MID.length(), m.end(), ReportingPeriod.day(java.time.LocalDate.of(year, 6, 30)), null,
                        TimeMention.Role.PERIOD));
                continue;
            }
            if (afterTimeWord(s, m.start(), wordBefore) || looksLikeYear(s, m.end())) {
                int year = Integer.parseInt(m.group(1));
                java.time.LocalDate census = CENSUS_DAYS.get(year);
                ReportingPeriod period = census != null && namesTheCensus(s, m) ? ReportingPeriod.day(census) : ReportingPeriod.calendarYear(year);
                out.add(new TimeMention(m.start(), m.end(), period, null, TimeMention.Role.PERIOD));
            }
        }
    }

    private static final String MID = "mid-";

    /**
     * "a mid-2014 population estimate", "ONS Mid-2018 Population Estimates": the Office for
     * National Statistics' mid-year estimates count the population at 30 June of their year.
     */
    private static boolean midYear(String s, int start) {
        int at = start - MID.length();
        return at >= 0 && s.regionMatches(true, at, MID, 0, MID.length()) && (at == 0 || !Character.isLetter(s.charAt(at - 1)));
    }

    /** " to 2022" after a year: with a word of duration before the first ("Over 2020 to 2022"), the years between. */
    private static final Pattern TO_YEAR = Pattern.compile("\\s+(?:to|until)\\s+" + TemporalScanner.YEAR + "(?![\\d%.,]\\d)");
    static final Pattern SPAN_WORD_BEFORE = Pattern.compile("(?i)\\b(?:over|across|during|throughout|covering|in|for)\\s+(?:the\\s+(?:years|period)\\s+)?$");
    /** How many years a span of calendar years may cover: "2020 to 2022", not "1990 to 2024". */
    private static final int SPAN_YEARS = 10;

    /**
     * "Over 2020 to 2022, St Helens decided 100 percent ...": the calendar years from the first to
     * the last, one period ("in 2019 to 2020": the financial year); "from 2020 to 2022" is a
     * change's span and is left to the change.
     */
    private static TimeMention yearsSpanned(String s, Matcher year) {
        if (!toFollows(s, year.end())) {
            return null; // most years: no " to " after them, and no matcher need be made to say so
        }
        Matcher to = TO_YEAR.matcher(s).region(year.end(), s.length());
        if (!to.lookingAt() || !SPAN_WORD_BEFORE.matcher(s).region(Math.max(0, year.start() - 25), year.start()).find()) {
            return null;
        }
        int first = Integer.parseInt(year.group(1));
        int last = Integer.parseInt(to.group(1));
        if (last <= first || last - first > SPAN_YEARS) {
            return null;
        }
        // "in 2019 to 2020" is how GOV.UK's style writes the financial year 2019/20
        ReportingPeriod period = last == first + 1 ? FinancialQuarter.financialYear(first)
                : ReportingPeriod.between(ReportingPeriod.calendarYear(first).start(), ReportingPeriod.calendarYear(last).end());
        return new TimeMention(year.start(), to.end(), period, null, TimeMention.Role.PERIOD);
    }

    /** What {@link #TO_YEAR} opens with at {@code end}: white space ({@code \\s}), then "to" or "until". */
    private static boolean toFollows(String s, int end) {
        int i = end;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i > end && (s.startsWith("to", i) || s.startsWith("until", i));
    }

    /** The regular-expression {@code \\s}: [ \\t\\n\\x0B\\f\\r]. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static final List<String> TIME_WORDS = List.of("spring", "summer", "autumn", "winter", "since", "during", "until",
            "till", "early", "late", "mid", "throughout", "in", "by", "calendar year", "for");
    private static final Pattern TIME_WORD_BEFORE = Pattern.compile("(?i)\\b(" + String.join("|", TIME_WORDS) + ")\\s*$");
    /** The word each time word ends with: the pattern runs only after one of them. */
    private static final Set<String> TIME_WORD_ENDS = TIME_WORDS.stream().map(w -> w.substring(w.lastIndexOf(' ') + 1))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** How far before a year {@link #TIME_WORD_BEFORE} and the period words it may follow are looked for. */
    private static final int WORD_BEFORE_REACH = 12;

    /** {@code wordBefore}: the word before the year within {@link #WORD_BEFORE_REACH} ({@link TimePrepositions#wordBefore}). */
    private static boolean afterTimeWord(String s, int start, String wordBefore) {
        int from = Math.max(0, start - WORD_BEFORE_REACH);
        return TIME_WORD_ENDS.contains(wordBefore)
                && TIME_WORD_BEFORE.matcher(s.substring(from, start)).find();
    }

    private static final Pattern RELATIVE_PERIOD_BEFORE = Pattern.compile("(?i)\\b(?:this|last|next|previous)\\s+(?:year|quarter|month|week)\\s+$");

    /** Right after "this year", "last quarter": a year there would name the period twice ("the calendar year 2021" is one). */
    private static boolean afterAPeriod(String s, int start, String word) {
        return (word.equals("year") || word.equals("quarter") || word.equals("month") || word.equals("week"))
                && RELATIVE_PERIOD_BEFORE.matcher(s).region(Math.max(0, start - 25), start).find();
    }

    /** "2000 homes" is a count; "in 2017 is 7,587" and "2019 BAD Youth Forum" are years. */
    private static boolean looksLikeYear(String s, int end) {
        int i = end;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        int j = i;
        while (j < s.length() && Character.isLetter(s.charAt(j))) {
            j++;
        }
        if (j == i) {
            return true;
        }
        String next = s.substring(i, j);
        return !Character.isLowerCase(next.charAt(0)) || YEAR_FOLLOWERS.contains(next);
    }
}
