package dev.yardstick.document;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quarter a heading names by its months or a day rather than by a quarter: "2019/20 so far
 * (April to October 2019)", "Update July - September 2019", "position at 30 September 2019",
 * "as at the end of August 2025", a monthly period ("Period 9 2011/12"), and, where a heading can
 * only be dated by its month ("Progress Update September 2019", "Update Sep-19"), that month. A
 * report shows the position at its last month, so each is read as the quarter holding that month.
 */
final class MonthInHeading {

    /** A month's name or its usual abbreviation, whole: "Mar", "March", "Sept."; not "market". */
    static final String MONTH_WORD = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b\\.?";
    private static final String MONTH = "(" + MONTH_WORD + ")";
    private static final String YEAR = "((?:19|20)\\d{2})";

    /** "(November 2011)": a monthly report names its month in brackets. */
    private static final Pattern MONTH_IN_BRACKETS = Pattern.compile("(?i)\\(\\s*" + MONTH + "\\s+" + YEAR + "\\s*\\)");
    /**
     * "April to October 2019", "(July - September 2019)", "Apr 2019 - Sep 2019", "1 April to 30
     * September 2023": the months reported, up to the last.
     */
    private static final Pattern MONTH_SPAN = Pattern.compile(
            "(?i)\\b" + MONTH_WORD + "(?:\\s+(?:19|20)\\d{2})?\\s*(?:to|until|-|–)\\s*(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?"
                    + MONTH + ",?\\s+" + YEAR + "\\b");
    /**
     * "position at August 2025", "as at 30 September 2019", "as at the end of December 2019",
     * "position at 31/12/2019"; not "(data as at January 2025)", when the data were drawn.
     */
    private static final Pattern POSITION_AT = Pattern.compile(
            "(?i)\\b(?:position|as)\\s+at\\s+(?:the\\s+)?(?:end\\s+of\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?" + MONTH + ",?\\s+" + YEAR + "\\b");
    private static final Pattern POSITION_AT_DAY = Pattern.compile(
            "(?i)\\b(?:position|as)\\s+at\\s+\\d{1,2}\\s*[/.]\\s*(1[0-2]|0?[1-9])\\s*[/.]\\s*" + YEAR + "\\b");
    /** "covering the final three months of 2024", "the first six months of 2019": the months up to the last named. */
    private static final Pattern MONTHS_OF_YEAR = Pattern.compile(
            "(?i)\\b(first|last|final)\\s+(three|six|nine|3|6|9)\\s+months\\s+of\\s+" + YEAR + "\\b");
    /** "Period 9 2011/12": the ninth month of the financial year (period 1 is April). */
    private static final Pattern FINANCIAL_PERIOD = Pattern.compile(
            "(?i)\\bperiod\\s+(1[0-2]|[1-9])\\b[^0-9]{0,10}?\\b((?:19|20)\\d{2})\\s*[/\\-–]\\s*(\\d{2}|\\d{4})\\b");
    private static final Pattern NAMES_A_QUARTER = Pattern.compile("(?i)\\b(?:quarter|qtr|q[1-4])\\b");

    /** "September 2019", "30th June 2021": a month, perhaps with its day. */
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(?i)\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?" + MONTH + ",?\\s+" + YEAR + "\\b");
    /** "Sep-19", "Sept 19": a month with a two-digit year, as update columns are often headed. */
    private static final Pattern MONTH_SHORT_YEAR = Pattern.compile("(?i)\\b" + MONTH + "\\s*[-'’ ]\\s*(\\d{2})\\b(?![/\\-–]?\\d)");

    /** "(data as at January 2025)", "published on 3 March 2020": the date says when, not what period. */
    private static final Pattern DRAWN_OR_PUBLISHED = Pattern.compile(
            "(?i)\\b(?:data|published|updated|produced|printed)\\s+(?:as\\s+)?(?:at|on)?\\s*$");

    private MonthInHeading() {
    }

    /**
     * The quarter a heading names by the months it reports or the day of its position. A heading
     * that also names a quarter is left to the quarter's own reading: "Quarter 3 (July - September
     * 2019)" contradicts itself, so neither is trusted.
     */
    static Optional<FinancialQuarter> reported(String line) {
        Matcher m = MONTH_IN_BRACKETS.matcher(line);
        if (m.find()) {
            return holding(m.group(1), m.group(2));
        }
        if (NAMES_A_QUARTER.matcher(line).find()) {
            return Optional.empty();
        }
        m = MONTH_SPAN.matcher(line);
        if (m.find()) {
            return holding(m.group(1), m.group(2));
        }
        m = POSITION_AT.matcher(line);
        if (m.find() && !drawnOrPublished(line, m.start())) {
            return holding(m.group(1), m.group(2));
        }
        m = POSITION_AT_DAY.matcher(line);
        if (m.find() && !drawnOrPublished(line, m.start())) {
            return Optional.of(FinancialQuarter.containing(LocalDate.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), 1)));
        }
        m = MONTHS_OF_YEAR.matcher(line);
        if (m.find()) {
            int months = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "three", "3" -> 3;
                case "six", "6" -> 6;
                default -> 9;
            };
            int last = m.group(1).equalsIgnoreCase("first") ? months : 12;
            return Optional.of(FinancialQuarter.containing(LocalDate.of(Integer.parseInt(m.group(3)), last, 1)));
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
     * A heading that names only its month or day reports the quarter holding it: a report's title
     * ("Corporate Performance Report, September 2019") or an update column ("Progress Update
     * September 2019", "Update Sep-19"); not the day its data were drawn or it was published.
     */
    /** A whole date, day, month and year ("21 March 2017"): when something was held or published. */
    static boolean namesADay(String line) {
        return DAY_MONTH_YEAR.matcher(line).find();
    }

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)\\b\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH_WORD + "\\.?,?\\s+(?:19|20)\\d{2}\\b");

    static Optional<FinancialQuarter> ofMonth(String heading) {
        if (NAMES_A_QUARTER.matcher(heading).find()) {
            return Optional.empty(); // "Quarter 3 (July - September 2019) Update": contradicts itself
        }
        Matcher m = MONTH_YEAR.matcher(heading);
        while (m.find()) {
            if (!drawnOrPublished(heading, m.start())) {
                return holding(m.group(1), m.group(2));
            }
        }
        m = MONTH_SHORT_YEAR.matcher(heading);
        if (m.find() && !drawnOrPublished(heading, m.start())) {
            return holding(m.group(1), "20" + m.group(2));
        }
        return Optional.empty();
    }

    /** The quarter holding the month of the year, both as written ("August", "2025"). */
    static Optional<FinancialQuarter> holding(String month, String year) {
        return Optional.of(FinancialQuarter.containing(LocalDate.of(Integer.parseInt(year), monthNumber(month), 1)));
    }

    static int monthNumber(String month) {
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(month.substring(0, 3).toLowerCase(Locale.ROOT)) / 3 + 1;
    }

    private static boolean drawnOrPublished(String line, int at) {
        return DRAWN_OR_PUBLISHED.matcher(line).region(0, at).find();
    }
}
