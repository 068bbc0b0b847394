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
 * a title may also name the year's end or middle ({@link #includingYearEnd}).
 */
final class QuarterInHeading {

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
    private static final Pattern MID_YEAR = Pattern.compile("(?i)\\b(?:mid|half)[- ]year\\b");
    /**
     * A monthly report names its month in brackets, "EA Performs, Period 9 2011/12 (November 2011)",
     * or only its period of the financial year (period 1 is April): it is read as the quarter holding that month.
     */
    private static final Pattern MONTH_IN_BRACKETS = Pattern.compile(
            "(?i)\\(\\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+((?:19|20)\\d{2})\\s*\\)");
    private static final Pattern NAMES_A_QUARTER = Pattern.compile("(?i)\\b(?:quarter|qtr|q[1-4])\\b");
    /** "2019/20 so far (April to October 2019)": the months reported, up to the last. */
    private static final Pattern MONTHS_IN_BRACKETS = Pattern.compile(
            "(?i)\\(\\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(?:to|until|-|–)\\s+"
                    + "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+((?:19|20)\\d{2})\\s*\\)");
    /** "Super Key Performance Indicators 2025-26, position at August 2025"; not "(data as at January 2025)", when it was drawn. */
    private static final Pattern POSITION_AT_MONTH = Pattern.compile(
            "(?i)\\b(?:position|as)\\s+at\\s+(?:the\\s+end\\s+of\\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern FINANCIAL_PERIOD = Pattern.compile(
            "(?i)\\bperiod\\s+(1[0-2]|[1-9])\\b[^0-9]{0,10}?\\b((?:19|20)\\d{2})\\s*[/\\-–]\\s*(\\d{2}|\\d{4})\\b");

    /** Quarter, then up to a few words, then a year pair. */
    private static final Pattern QUARTER_THEN_YEARS = Pattern.compile(
            "(?i)\\b(?:quarter|qtr|q)\\s*([1-4])\\b[^0-9]{0,30}?\\b((?:19|20)\\d{2})\\s*[/\\-–]\\s*(\\d{2}|\\d{4})\\b");
    /** A year pair, then the quarter: "2019/20 Q2", "2019-20 Quarter 2". */
    private static final Pattern YEARS_THEN_QUARTER = Pattern.compile(
            "(?i)\\b((?:19|20)\\d{2})\\s*[/\\-–]\\s*(\\d{2}|\\d{4})\\s*[,:]?\\s*(?:quarter|qtr|q)\\s*([1-4])\\b");
    /** Two-digit halves: "Q2 19/20". */
    private static final Pattern SHORT_YEARS = Pattern.compile("(?i)\\b(?:quarter|qtr|q)\\s*([1-4])\\s+(\\d{2})\\s*/\\s*(\\d{2})\\b");
    /** Quarter with its months and calendar year: "Quarter 2 (July - September 2019)". */
    private static final Pattern QUARTER_MONTHS = Pattern.compile(
            "(?i)\\b(?:quarter|qtr|q)\\s*([1-4])\\b[^0-9]{0,20}?\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?"
                    + "[^0-9]{0,25}?\\b((?:19|20)\\d{2})\\b");

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
        return Optional.empty();
    }

    /**
     * The quarter a report's title or a table's update column names, which may also be the year's
     * end or middle ("2015-16 End of Year Performance Report", "Year End 2018/19 Update").
     */
    static Optional<FinancialQuarter> includingYearEnd(String line) {
        Optional<FinancialQuarter> named = find(line);
        if (named.isPresent()) {
            return named;
        }
        Optional<FinancialQuarter> end = yearNamedBy(YEAR_END, line, 4);
        if (end.isPresent()) {
            return end;
        }
        Optional<FinancialQuarter> middle = yearNamedBy(MID_YEAR, line, 2);
        return middle.isPresent() ? middle : monthly(line);
    }

    private static final Pattern YEAR_PAIR = Pattern.compile("\\b((?:19|20)\\d{2})\\s*[/\\-–]\\s*(\\d{2}|\\d{4})\\b");

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

    private static Optional<FinancialQuarter> monthly(String line) {
        Matcher m = MONTH_IN_BRACKETS.matcher(line);
        if (m.find()) {
            return holding(m.group(1), m.group(2));
        }
        if (NAMES_A_QUARTER.matcher(line).find()) {
            return Optional.empty(); // "Quarter 3 (July - September 2019)": its months contradict the quarter named, so neither is trusted
        }
        m = MONTHS_IN_BRACKETS.matcher(line);
        if (m.find()) {
            return holding(m.group(1), m.group(2));
        }
        m = POSITION_AT_MONTH.matcher(line);
        if (m.find() && !drawnOrPublished(line, m.start())) {
            return holding(m.group(1), m.group(2));
        }
        m = FINANCIAL_PERIOD.matcher(line);
        if (m.find()) {
            Optional<FinancialQuarter> year = FinancialQuarter.find("Q1 " + m.group(2) + "/" + m.group(3));
            int period = Integer.parseInt(m.group(1));
            return year.map(q -> new FinancialQuarter(q.startYear(), (period - 1) / 3 + 1));
        }
        return Optional.empty();
    }

    /**
     * A report's title that names its month or day reports the quarter holding it: "Corporate
     * Performance Report, September 2019", "Performance for the period ending 30 June 2021"; not
     * the day its data were drawn or it was published.
     */
    static Optional<FinancialQuarter> monthOfTitle(String title) {
        Matcher m = MONTH_YEAR.matcher(title);
        while (m.find()) {
            if (!drawnOrPublished(title, m.start())) {
                return holding(m.group(1), m.group(2));
            }
        }
        return Optional.empty();
    }

    /**
     * A title naming its quarter without the year ("Quarter 3 Performance Report"), with the
     * financial year on a line just after it ("2019/20"): that quarter of that year.
     */
    static Optional<FinancialQuarter> quarterWithYearBelow(String title, List<String> below) {
        Matcher q = QUARTER_ALONE.matcher(quarterWordsAsDigits(title));
        if (!q.find()) {
            return Optional.empty();
        }
        for (String line : below) {
            Matcher y = YEAR_PAIR.matcher(line);
            if (y.find()) {
                return quarter(y.group(1), y.group(2), q.group(1));
            }
        }
        return Optional.empty();
    }

    private static final Pattern QUARTER_ALONE = Pattern.compile("(?i)\\b(?:quarter|qtr|q)\\s*([1-4])\\b");

    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(?i)\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+((?:19|20)\\d{2})\\b");

    /**
     * A report's title that names only a financial year reports the whole year: "Local Government
     * Benchmarking Framework 2023-24, summary of our results" is read as its fourth quarter.
     */
    static Optional<FinancialQuarter> yearOfTitle(String title) {
        Matcher y = YEAR_PAIR.matcher(title);
        while (y.find()) {
            Optional<FinancialQuarter> year = quarter(y.group(1), y.group(2), "4");
            if (year.isPresent()) {
                return year;
            }
        }
        return Optional.empty();
    }

    /** The quarter holding the month of the year, both as written ("August", "2025"). */
    private static Optional<FinancialQuarter> holding(String month, String year) {
        return Optional.of(FinancialQuarter.containing(java.time.LocalDate.of(Integer.parseInt(year), monthNumber(month), 1)));
    }

    /** "(data as at January 2025)", "published on 3 March 2020": the date at {@code at} says when, not what period. */
    private static boolean drawnOrPublished(String line, int at) {
        return DRAWN_OR_PUBLISHED.matcher(line).region(0, at).find();
    }

    private static final Pattern DRAWN_OR_PUBLISHED = Pattern.compile(
            "(?i)\\b(?:data|published|updated|produced|printed)\\s+(?:as\\s+)?(?:at|on)?\\s*$");

    private static int monthNumber(String month) {
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(month.toLowerCase(Locale.ROOT)) / 3 + 1;
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
        FinancialQuarter q = FinancialQuarter.containing(java.time.LocalDate.of(year, monthNumber(month), 1));
        return q.quarter() == quarter ? Optional.of(q) : Optional.empty();
    }
}
