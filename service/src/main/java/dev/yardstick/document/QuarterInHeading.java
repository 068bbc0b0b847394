package dev.yardstick.document;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reporting quarter as councils write it in a table header, beyond the plain
 * "Quarter 2 2019/20": the quarter in words ("Quarter Two", "Second Quarter", "2nd quarter"),
 * the year first ("2019/20 Q2"), words between ("Quarter 2 Update 2019/20"), a two-digit year
 * pair ("Q2 19/20"), or only the months and calendar year ("Quarter 2 (July - September 2019)");
 * a month of the financial year ("Month 2 2017/18"); a title may also name the year's end or middle
 * ({@link #includingYearEnd}).
 */
final class QuarterInHeading {

    private static final String FIRST_YEAR = "((?:19|20)\\d{2})";
    private static final String SECOND_YEAR = "(\\d{2}|\\d{4})";
    private static final String SIGN = "\\s*[/\\-–]\\s*";
    /**
     * A financial year's two calendar years, beside the quarter or month of it a heading names:
     * "2019/20", "2019-2020", and in words, "quarter 1 of 2017 to 2018" (groups: the first year,
     * the second).
     */
    private static final String YEARS = FIRST_YEAR + "(?:" + SIGN + "|\\s+to\\s+)" + SECOND_YEAR;
    /** The same, written with a sign only: a pair of years alone is a financial year only so ("2014 to 2015" may be calendar years). */
    private static final String SIGNED_YEARS = FIRST_YEAR + SIGN + SECOND_YEAR;

    private static final Map<String, String> QUARTER_WORDS = Map.ofEntries(
            Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"),
            Map.entry("first", "1"), Map.entry("second", "2"), Map.entry("third", "3"), Map.entry("fourth", "4"),
            Map.entry("1st", "1"), Map.entry("2nd", "2"), Map.entry("3rd", "3"), Map.entry("4th", "4"));
    private static final Pattern WORD_AFTER = Pattern.compile("(?i)\\b(quarter|qtr)\\s+(one|two|three|four)\\b");
    private static final Pattern WORD_BEFORE = Pattern.compile("(?i)\\b(first|second|third|fourth|1st|2nd|3rd|4th)\\s+(quarter|qtr)\\b");

    /**
     * A report at the year's end or its half way point names no quarter: "End of Year Performance
     * Report 2015-16", "Waste Performance, 2017/18 Outturn and 2018/19 Targets", "Annual Performance
     * Report 2018/19", "Full Year 2017/18". The first year named is the one reported.
     */
    private static final Pattern YEAR_END = Pattern.compile(
            "(?i)\\b(?:end[- ]of[- ](?:the[- ])?year|year[- ]end|outturn|annual|full[- ]year)\\b");
    private static final Pattern MID_YEAR = Pattern.compile("(?i)\\b(?:(?:mid|half)[- ]year|six[- ]months?)\\b");
    /** Quarter, then up to a few words, then a year pair. */
    private static final Pattern QUARTER_THEN_YEARS = Pattern.compile(
            "(?i)\\b(?:quarter|qtr|q)\\s*([1-4])\\b[^0-9]{0,30}?\\b" + YEARS + "\\b");
    /** A year pair, then the quarter: "2019/20 Q2", "2019-20 Quarter 2", "2019/20 - Quarter 3", "2021/22 (Q1)". */
    private static final Pattern YEARS_THEN_QUARTER = Pattern.compile(
            "(?i)\\b" + YEARS + "\\s*[,:\\-–|(]?\\s*(?:quarter|qtr|q)\\s*([1-4])\\b");
    /** Two-digit halves: "Q2 19/20", "Q2 19-20". */
    private static final Pattern SHORT_YEARS = Pattern.compile("(?i)\\b(?:quarter|qtr|q)\\s*([1-4])\\s+(\\d{2})\\s*[/\\-–]\\s*(\\d{2})\\b");
    /** Quarter with its months and calendar year: "Quarter 2 (July - September 2019)". */
    private static final Pattern QUARTER_MONTHS = Pattern.compile(
            "(?i)\\b(?:quarter|qtr|q)\\s*([1-4])\\b[^0-9]{0,20}?\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?"
                    + "[^0-9]{0,25}?\\b((?:19|20)\\d{2})\\b");

    /**
     * A month of the financial year, as budget monitoring numbers them from April: "Month 2
     * 2017/18", "2019/20 Period 6". Month 2 is May, in the first quarter.
     */
    private static final Pattern MONTH_THEN_YEARS = Pattern.compile(
            "(?i)\\b(?:month|period)\\s*(1[0-2]|[1-9])\\b[^0-9]{0,30}?\\b" + YEARS + "\\b");
    private static final Pattern YEARS_THEN_MONTH = Pattern.compile(
            "(?i)\\b" + YEARS + "\\s*[,:\\-–|]?\\s*(?:month|period)\\s*(1[0-2]|[1-9])\\b");
    private static final int MONTHS_IN_QUARTER = 3;

    private QuarterInHeading() {
    }

    static Optional<FinancialQuarter> find(String line) {
        Optional<FinancialQuarter> plain = FinancialQuarter.find(line);
        if (plain.isPresent()) {
            return plain; // the usual "Quarter 2 2019/20": nothing to rewrite
        }
        String text = quarterWordsAsDigits(line);
        plain = FinancialQuarter.find(text);
        if (plain.isPresent()) {
            return plain;
        }
        Matcher m = QUARTER_THEN_YEARS.matcher(text);
        if (m.find()) {
            return quarter(m.group(2), m.group(3), m.group(1));
        }
        m = YEARS_THEN_QUARTER.matcher(text);
        if (m.find()) {
            return quarter(m.group(1), m.group(2), m.group(3));
        }
        m = SHORT_YEARS.matcher(text);
        if (m.find()) {
            return quarter("20" + m.group(2), m.group(3), m.group(1));
        }
        m = QUARTER_MONTHS.matcher(text);
        if (m.find()) {
            return fromMonths(Integer.parseInt(m.group(1)), m.group(2), Integer.parseInt(m.group(3)));
        }
        m = MONTH_THEN_YEARS.matcher(text);
        if (m.find()) {
            return quarter(m.group(2), m.group(3), String.valueOf((Integer.parseInt(m.group(1)) - 1) / MONTHS_IN_QUARTER + 1));
        }
        m = YEARS_THEN_MONTH.matcher(text);
        if (m.find()) {
            return quarter(m.group(1), m.group(2), String.valueOf((Integer.parseInt(m.group(3)) - 1) / MONTHS_IN_QUARTER + 1));
        }
        return Optional.empty();
    }

    /**
     * The quarter a report's title or a table's update column names, which may also be the year's
     * end or middle ("2015-16 End of Year Performance Report", "Year End 2018/19 Update"), or the
     * months it covers ({@link MonthInHeading#reported}).
     */
    static Optional<FinancialQuarter> includingYearEnd(String line) {
        Optional<FinancialQuarter> named = named(line);
        return named.isPresent() ? named : MonthInHeading.reported(line);
    }

    /** A quarter, or the year's end or middle, named in words rather than by months. */
    static Optional<FinancialQuarter> named(String line) {
        Optional<FinancialQuarter> quarter = find(line);
        if (quarter.isPresent()) {
            return quarter;
        }
        Optional<FinancialQuarter> end = yearNamedBy(YEAR_END, line, 4);
        return end.isPresent() ? end : yearNamedBy(MID_YEAR, line, 2);
    }

    /**
     * The quarter an update column's heading names, which may be only its month ("Progress Update
     * September 2019", "Update Sep-19") or only its financial year, read as the year's end.
     */
    static Optional<FinancialQuarter> ofUpdateColumn(String cell) {
        Optional<FinancialQuarter> q = includingYearEnd(cell);
        q = q.isPresent() ? q : MonthInHeading.ofMonth(cell);
        return q.isPresent() ? q : yearOfTitle(cell); // "Youth Justice Plan 2014/15 Update": the year, as a title naming only it
    }

    private static final Pattern YEAR_PAIR = Pattern.compile("\\b" + SIGNED_YEARS + "\\b");

    /**
     * The given quarter of the financial year the words name: the year written right before them
     * ("2017/18 Outturn and 2018/19 Targets" reports 2017/18), else the first after them ("End of
     * Year Performance Report 2015-16"), else the first in the line.
     */
    private static Optional<FinancialQuarter> yearNamedBy(Pattern words, String line, int quarter) {
        Matcher w = words.matcher(line);
        if (!w.find()) {
            return Optional.empty();
        }
        Matcher y = YEAR_PAIR.matcher(line);
        Optional<FinancialQuarter> first = Optional.empty();
        Optional<FinancialQuarter> after = Optional.empty();
        while (y.find()) {
            Optional<FinancialQuarter> year = quarter(y.group(1), y.group(2), String.valueOf(quarter));
            if (year.isEmpty()) {
                continue;
            }
            if (y.end() <= w.start() && line.substring(y.end(), w.start()).matches("[\\s,:-]*")) {
                return year;
            }
            first = first.isPresent() ? first : year;
            after = after.isPresent() || y.start() < w.end() ? after : year;
        }
        return after.isPresent() ? after : first;
    }

    /**
     * A heading naming its quarter without the year ("Quarter 3 Performance Report", "Qtr 2
     * Update"), with the financial year on a line near it (the line below a title, the title above
     * a table's header): that quarter of the first year the lines name.
     */
    static Optional<FinancialQuarter> quarterWithYearFrom(String heading, List<String> near) {
        Matcher q = QUARTER_ALONE.matcher(quarterWordsAsDigits(heading));
        if (!q.find()) {
            return Optional.empty();
        }
        for (String line : near) {
            Matcher y = YEAR_PAIR.matcher(line);
            if (y.find()) {
                return quarter(y.group(1), y.group(2), q.group(1));
            }
        }
        return Optional.empty();
    }

    private static final Pattern QUARTER_ALONE = Pattern.compile("(?i)\\b(?:quarter|qtr|q)\\s*([1-4])\\b");

    /** The quarter a line names without its year ("has published its first quarter performance report"), else 0. */
    static int numberAlone(String line) {
        Matcher q = QUARTER_ALONE.matcher(quarterWordsAsDigits(line));
        return q.find() ? Integer.parseInt(q.group(1)) : 0;
    }

    /**
     * A report's title that names only a financial year reports the whole year: "Local Government
     * Benchmarking Framework 2023-24, summary of our results" is read as its fourth quarter.
     */
    static Optional<FinancialQuarter> yearOfTitle(String title) {
        Matcher y = firstYear(title);
        return y == null ? Optional.empty() : quarter(y.group(1), y.group(2), "4");
    }

    /** The first pair of years that is a financial year, left at that match; null if none. */
    private static Matcher firstYear(String line) {
        Matcher y = YEAR_PAIR.matcher(line);
        while (y.find()) {
            if (quarter(y.group(1), y.group(2), "4").isPresent()) {
                return y;
            }
        }
        return null;
    }

    /** A year that is the earlier side of a change: "dipped from 3,355 people in 2011/12 to 2,745 people in 2013/14". */
    private static final Pattern FROM_BEFORE = Pattern.compile("(?i)\\bfrom\\b[^.;:]{0,40}$");
    private static final Pattern TO_AFTER = Pattern.compile("(?i)^[^.;:]{0,40}?\\bto\\b");

    /**
     * The financial year a line of prose reports, as {@link #yearOfTitle} reads it, unless that
     * year is the earlier side of a change ("from 3,355 people in 2011/12 to 2,745 people in
     * 2013/14"): such a line tells of a change, not of the period it reports.
     */
    static Optional<FinancialQuarter> reportedYearOf(String line) {
        Matcher y = firstYear(line);
        if (y == null || FROM_BEFORE.matcher(line.substring(0, y.start())).find() && TO_AFTER.matcher(line.substring(y.end())).find()) {
            return Optional.empty();
        }
        return quarter(y.group(1), y.group(2), "4");
    }

    /** "Quarter Two" and "second quarter" become "Quarter 2". */
    private static String quarterWordsAsDigits(String line) {
        String out = replace(WORD_AFTER, line, m -> m.group(1) + " " + QUARTER_WORDS.get(m.group(2).toLowerCase(Locale.ROOT)));
        return replace(WORD_BEFORE, out, m -> "Quarter " + QUARTER_WORDS.get(m.group(1).toLowerCase(Locale.ROOT)));
    }

    private static String replace(Pattern p, String text, java.util.function.Function<Matcher, String> with) {
        Matcher m = p.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        return m.appendTail(out).toString();
    }

    private static Optional<FinancialQuarter> quarter(String firstYear, String secondYear, String quarter) {
        return FinancialQuarter.find("Q" + quarter + " " + firstYear + "/" + secondYear);
    }

    /**
     * The financial year follows from a month of the quarter and its calendar year: January to
     * March belong to the year that started the April before. The month must lie in the quarter
     * named, or the heading is not trusted.
     */
    private static Optional<FinancialQuarter> fromMonths(int quarter, String month, int year) {
        FinancialQuarter q = FinancialQuarter.containing(java.time.LocalDate.of(year, MonthInHeading.monthNumber(month), 1));
        return q.quarter() == quarter ? Optional.of(q) : Optional.empty();
    }
}
