package dev.yardstick.extract;

import dev.yardstick.document.FinancialQuarter;
import dev.yardstick.document.ReportingPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time expressions in a sentence and resolves them against the document's quarter:
 * dates, months, month ranges, financial years and quarters, calendar years and year ranges,
 * and relative phrases ("the same quarter last year", "a year ago", "this year"). A month or
 * day written without a year takes the year that puts it nearest the reporting quarter.
 */
final class TemporalScanner {

    static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:tember|t)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?(?![A-Za-z])";
    private static final String DAY = "(\\d{1,2})\\s?(?:st|nd|rd|th|St|Nd|Rd|Th|ST|ND|RD|TH)?(?![\\dA-Za-z])";
    static final String YEAR = "((?:19|20)\\d{2})(?![\\d])";
    private static final String QUARTER_REF = "(?:Q|Qtr|quarter\\s?)([1-4])(?![\\d])";

    private static final Pattern FINANCIAL_QUARTER = Pattern.compile(
            "(?i)\\b(?:quarter|qtr|q)\\s*([1-4]|(?<=quarter\\s)(?:one|two|three|four))\\s*(?:of\\s+)?((?:19|20)\\d{2})\\s*[/\\-–]\\s*(\\d{2}|\\d{4})(?!\\d)");
    /** "the first quarter of 2019/20", "the 3rd quarter of 2011-12", "the final quarter of 2018/19". */
    private static final Pattern ORDINAL_QUARTER = Pattern.compile(
            "(?i)\\b(first|second|third|fourth|final|last|[1-4]\\s?(?:st|nd|rd|th))\\s+quarter\\s+(?:of|in)\\s+(?:the\\s+(?:financial\\s+)?year\\s+)?((?:19|20)\\d{2})\\s*[/\\-–]\\s*(\\d{2}|\\d{4})(?!\\d)");
    private static final Pattern QUARTER_SPAN = Pattern.compile(
            "(?i)\\bbetween\\s+" + QUARTER_REF + "\\s+(?:and|to|-|–)\\s+" + QUARTER_REF);
    private static final Pattern YEAR_SPAN = Pattern.compile(
            "(?i)\\bbetween\\s+" + YEAR + "\\s*(?:and|to|-|–)\\s*" + YEAR);
    static final Pattern MONTH_RANGE = Pattern.compile(
            "(?:" + DAY + "\\s+)?" + MONTH + "(?:\\s+" + YEAR + ")?\\s*(?:-|–|to|until|and|/)\\s*(?:" + DAY + "\\s+)?"
                    + MONTH + "(?:,?\\s+" + YEAR + ")?");
    /** What may follow a day's digits (after spaces) on the way to its month: a suffix ("st", "TH") or the month's capital. */
    static final String DAY_THEN_MONTH = "snrtSNRTJFMAOD";
    static final Pattern DAY_MONTH = Pattern.compile(DAY + "\\s*(?:of\\s+)?" + MONTH + "(?:,?\\s*" + YEAR + ")?");
    private static final Pattern MONTH_DAY = Pattern.compile(MONTH + "\\s+" + DAY + "(?:,?\\s*" + YEAR + ")?");
    static final Pattern NUMERIC_DATE = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.]((?:19|20)?\\d{2})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",?\\s+" + YEAR);
    static final Pattern MONTH_ALONE = Pattern.compile(MONTH);
    static final Pattern YEAR_PAIR = Pattern.compile(
            "(?i)\\b(?:FY\\s*)?" + YEAR + "\\s*([/\\-–])\\s*(\\d{4}|\\d{2})(?!\\d)");
    static final Pattern SHORT_FY = Pattern.compile("\\b([1-9]\\d)/(\\d{2})\\b");


    private final FinancialQuarter quarter;
    private final RelativeTimeScanner relative;
    private final TimePrepositions prepositions;
    private final NearestYears nearestYears;

    TemporalScanner(FinancialQuarter quarter) {
        this.quarter = quarter;
        this.nearestYears = new NearestYears(quarter);
        this.relative = new RelativeTimeScanner(quarter);
        this.prepositions = new TimePrepositions(quarter);
    }

    List<TimeMention> scan(String s) {
        return scan(new SentenceText(s));
    }

    List<TimeMention> scan(SentenceText sentence) {
        String s = sentence.text();
        // Each family of patterns runs only when the sentence has what it needs: most sentences
        // lack digits or month names, and the regular expressions dominate extraction time.
        List<TimeMention> found = new ArrayList<>();
        DateAnchors anchors = sentence.anchors();
        boolean digits = anchors.hasDigits();
        boolean month = anchors.hasMonths();
        String lower = sentence.lower();
        boolean q = lower.contains("quarter") || namesQuarter(s);
        if (digits) {
            if (q) {
                financialQuarters(s, anchors, found);
            }
            if (lower.contains("between")) {
                spans(s, anchors, found);
            }
            if (s.indexOf('/') >= 0 || s.indexOf('-') >= 0 || s.indexOf('–') >= 0) {
                yearPairs(s, anchors, found);
            }
            LoneYears.find(s, anchors, found);
        }
        if (month) {
            monthRanges(s, anchors, found);
            if (digits) {
                days(s, anchors, found);
            }
            months(s, anchors, found);
        } else if (digits && (s.indexOf('/') >= 0 || s.indexOf('.') >= 0)) {
            numericDates(anchors, found); // with no month named, only a date in figures can be there
        }
        if (q) {
            found.addAll(LoneQuarters.find(s, lower, quarter, found));
        }
        if (lower.contains("year") || lower.contains("quarter") || lower.contains("ago") || lower.contains("now")
                || lower.contains("current") || lower.contains("present") || lower.contains("date") || lower.contains("far")
                || lower.contains("outturn") || lower.contains("annual") || lower.contains("months") || lower.contains("next ") || lower.contains("the period")
                || lower.contains("last ")) {
            relative.scan(s, lower, found);
        }
        if (lower.contains("so far") || lower.contains("to date")) {
            relative.currentYearSoFar(lower, found);
        }
        return prepositions.apply(s, lower, YearSpans.merged(s, RelativeTimeScanner.withoutNamedYearsEnds(s, TimeMention.nonOverlapping(found))));
    }

    /** "Q2", "Qtr 3", "Q 4": a capital Q followed by a digit or "tr". */
    private static boolean namesQuarter(String s) {
        for (int i = s.indexOf('Q'); i >= 0 && i + 1 < s.length(); i = s.indexOf('Q', i + 1)) {
            char c = s.charAt(i + 1);
            if (Character.isDigit(c) || c == 't' || c == ' ' && i + 2 < s.length() && Character.isDigit(s.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    private void financialQuarters(String s, DateAnchors anchors, List<TimeMention> out) {
        Matcher m = FINANCIAL_QUARTER.matcher(s);
        while (m.find()) {
            // "Quarter Two 2025/26" reads as "Q2 2025/26"
            FinancialQuarter.find("Q" + Months.ordinal(m.group(1)) + " " + m.group(2) + "/" + m.group(3))
                    .ifPresent(q -> out.add(period(m, q.period())));
        }
        Matcher o = ORDINAL_QUARTER.matcher(s);
        while ((s.indexOf("uarter of") >= 0 || s.indexOf("uarter in") >= 0) && o.find()) {
            int n = o.group(1).equalsIgnoreCase("final") || o.group(1).equalsIgnoreCase("last") ? 4 : Months.ordinal(o.group(1));
            FinancialQuarter.find("Q" + n + " " + o.group(2) + "/" + o.group(3)).ifPresent(q -> out.add(period(o, q.period())));
        }
    }

    private void spans(String s, DateAnchors anchors, List<TimeMention> out) {
        Matcher m = QUARTER_SPAN.matcher(s);
        while (m.find()) {
            ReportingPeriod from = quarter.withQuarter(Integer.parseInt(m.group(1))).period();
            ReportingPeriod to = quarter.withQuarter(Integer.parseInt(m.group(2))).period();
            out.add(new TimeMention(m.start(), m.end(), to, from, TimeMention.Role.CHANGE_SPAN));
        }
        m = YEAR_SPAN.matcher(s);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            if (b > a && b - a <= 10) {
                out.add(new TimeMention(m.start(), m.end(), ReportingPeriod.calendarYear(b),
                        ReportingPeriod.calendarYear(a), TimeMention.Role.CHANGE_SPAN));
            }
        }
    }

    private void monthRanges(String s, DateAnchors anchors, List<TimeMention> out) {
        DateAnchors.Finder f = anchors.atMonthsOrDays(MONTH_RANGE, DAY_THEN_MONTH); // at a digit it opens with a day
        while (f.next()) {
            Matcher m = f.matcher();
            int fromMonth = Months.number(m.group(2));
            int toMonth = Months.number(m.group(5));
            Integer fromYear = m.group(3) == null ? null : Integer.valueOf(m.group(3));
            Integer toYear = m.group(6) == null ? null : Integer.valueOf(m.group(6));
            if (toYear == null && fromYear != null) {
                toYear = toMonth >= fromMonth ? fromYear : fromYear + 1;
            }
            if (toYear == null) {
                toYear = nearestYear(toMonth);
            }
            if (fromYear == null) {
                fromYear = fromMonth <= toMonth ? toYear : toYear - 1;
            }
            LocalDate start = m.group(1) != null ? safeDate(fromYear, fromMonth, m.group(1)) : LocalDate.of(fromYear, fromMonth, 1);
            LocalDate monthEnd = LocalDate.of(toYear, toMonth, 1).plusMonths(1).minusDays(1);
            LocalDate end = m.group(4) != null ? safeDate(toYear, toMonth, m.group(4)) : monthEnd;
            if (start != null && end != null && !end.isBefore(start)) {
                out.add(period(m, labelled(start, end)));
            }
        }
    }

    private void days(String s, DateAnchors anchors, List<TimeMention> out) {
        DateAnchors.Finder f = anchors.atDigitsBefore(DAY_MONTH, 1, 2, DAY_THEN_MONTH + "o");
        while (f.next()) {
            Matcher m = f.matcher();
            addDay(out, m, m.group(1), m.group(2), m.group(3));
        }
        f = anchors.atMonths(MONTH_DAY);
        while (f.next()) {
            Matcher m = f.matcher();
            addDay(out, m, m.group(2), m.group(1), m.group(3));
        }
        numericDates(anchors, out);
    }

    private void numericDates(DateAnchors anchors, List<TimeMention> out) {
        DateAnchors.Finder f = anchors.atDigitsBefore(NUMERIC_DATE, 1, 2, "/.");
        while (f.next()) {
            Matcher m = f.matcher();
            int year = Integer.parseInt(m.group(3));
            year = year < 100 ? 2000 + year : year;
            LocalDate d = safeDate(year, Integer.parseInt(m.group(2)), m.group(1));
            if (d != null) {
                out.add(period(m, ReportingPeriod.day(d)));
            }
        }
    }

    private void addDay(List<TimeMention> out, Matcher m, String day, String month, String year) {
        int monthNo = Months.number(month);
        int y = year != null ? Integer.parseInt(year) : nearestYear(monthNo);
        LocalDate d = safeDate(y, monthNo, day);
        if (d != null) {
            out.add(period(m, ReportingPeriod.day(d)));
        }
    }

    private void months(String s, DateAnchors anchors, List<TimeMention> out) {
        DateAnchors.Finder f = anchors.atMonths(MONTH_YEAR);
        while (f.next()) {
            Matcher m = f.matcher();
            out.add(Months.ofYear(s, m));
        }
        f = anchors.atMonths(MONTH_ALONE);
        while (f.next()) {
            Matcher m = f.matcher();
            int from = Math.max(0, m.start() - 30);
            if (!TimePrepositions.endsInSpace(s, m.start())
                    || !BareMonths.LAST_WORDS.contains(TimePrepositions.wordBefore(s, from, m.start()))
                    || !BareMonths.prefixEndsAt(s, from, m.start())) {
                // a month without a year counts as a date only after a time preposition: "in March", "by the end of June"
                continue;
            }
            int month = Months.number(m.group(1));
            ReportingPeriod p = ReportingPeriod.month(nearestYear(month), month);
            out.add(new TimeMention(m.start(), m.end(), p, null, TimeMention.Role.PERIOD));
        }
    }

    private void yearPairs(String s, DateAnchors anchors, List<TimeMention> out) {
        DateAnchors.Finder f = anchors.atDigitsBefore(YEAR_PAIR, 4, 4, "/-–"); // "FY" cannot start at a digit
        while (f.next()) {
            Matcher m = f.matcher();
            int first = Integer.parseInt(m.group(1));
            String secondText = m.group(3);
            int second = secondText.length() == 2 ? (first / 100) * 100 + Integer.parseInt(secondText) : Integer.parseInt(secondText);
            if (second < first) {
                continue;
            }
            if (second == first + 1) { // "2019/20", "2019-20", "2024-2025": the financial year, written short or long
                out.add(period(m, FinancialQuarter.financialYear(first)));
            } else {
                // a calendar span: "2018-22", "2017-2021"
                out.add(period(m, new ReportingPeriod(m.group().strip(), LocalDate.of(first, 1, 1), LocalDate.of(second, 12, 31))));
            }
        }
        f = anchors.atDigitsBefore(SHORT_FY, 2, 2, "/");
        while (f.next()) {
            Matcher m = f.matcher();
            int a = Integer.parseInt(m.group(1));
            if (Integer.parseInt(m.group(2)) == (a + 1) % 100) {
                out.add(period(m, FinancialQuarter.financialYear(2000 + a)));
            }
        }
    }

    private int nearestYear(int month) {
        return nearestYears.of(month);
    }

    private static ReportingPeriod labelled(LocalDate start, LocalDate end) {
        FinancialQuarter q = FinancialQuarter.containing(start);
        if (q.start().equals(start) && q.end().equals(end)) {
            return q.period();
        }
        return ReportingPeriod.between(start, end);
    }

    /** The date, or null for one no calendar has: "31/18/2019" is a figure, not a day. */
    private static LocalDate safeDate(int year, int month, String day) {
        int d = Integer.parseInt(day);
        if (month < 1 || month > 12 || d < 1 || d > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, d);
    }

    private static TimeMention period(Matcher m, ReportingPeriod p) {
        return new TimeMention(m.start(), m.end(), p, null, TimeMention.Role.PERIOD);
    }
}
