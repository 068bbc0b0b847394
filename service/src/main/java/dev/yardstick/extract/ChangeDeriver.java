package dev.yardstick.extract;

import dev.yardstick.document.ReportingPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a stated change and the level it led to into the earlier value.
 *
 * <p>The rule for percentages, explicit because reports use "%" for both:
 * <ul>
 *   <li>a change in % applied to a level that is itself a percentage is read as percentage
 *       points: "91% ... up 6% from a year ago" gives 91 - 6 = 85;</li>
 *   <li>a change in % applied to any other level (a count, a rate, money) is relative:
 *       "dropped by 4% ... to 27.1" gives 27.1 / (1 - 0.04) = 28.2;</li>
 *   <li>a change in percentage points, or in the level's own unit, is absolute.</li>
 * </ul>
 * "Better" and "worse" are resolved to up or down from the indicator's polarity before this runs.
 * The earlier period comes from the sentence: "between Q1 and Q2" (Q1), "from a year ago" or
 * "than the same quarter last year" (a year before the level). No reference, no derivation: tried
 * with the period before the level's, it added more values the labelled sets leave out than it found.
 */
final class ChangeDeriver {

    private static final Pattern YEAR_BEFORE = Pattern.compile(
            "(?i)^.{0,40}?\\b(from|than|on|compared\\s+(to|with)|against|below|above)\\s+(a\\s+year\\s+(ago|earlier)|the\\s+same\\s+\\w+\\s+(of\\s+|in\\s+)?last\\s+year"
                    + "|last\\s+year|the\\s+previous\\s+year|the\\s+year\\s+before|12\\s+months\\s+(ago|earlier))|^.{0,40}?\\byear[\\s-]on[\\s-]year");
    private static final Pattern QUARTER_BEFORE = Pattern.compile(
            "(?i)^.{0,40}?\\b(from|than|on|since|compared\\s+(to|with)|below|above)\\s+(the\\s+)?(last|previous|preceding)\\s+quarter|^.{0,40}?\\bquarter[\\s-]on[\\s-]quarter");

    record Derived(Quantity quantity, ReportingPeriod period, String derivation) {
    }

    private ChangeDeriver() {
    }

    /**
     * @param direction      the change's direction, "better"/"worse" already resolved to up or down
     * @param comparedBefore the period an earlier sentence of the paragraph compared from ({@link #comparedFrom}), or null
     */
    static Derived derive(String s, Quantity change, Change.Direction direction, Quantity level, ReportingPeriod levelPeriod,
                          List<TimeMention> mentions, ReportingPeriod comparedBefore) {
        if (direction != Change.Direction.UP && direction != Change.Direction.DOWN) {
            return null;
        }
        ReportingPeriod earlier = earlierPeriod(s, change, levelPeriod, mentions, comparedBefore);
        return earlier == null ? null : valueFor(change, direction, level, levelPeriod, earlier);
    }

    /**
     * The value a change stands off from, for {@code period}: the earlier value of a change over
     * time, or the target or comparator a change is counted against ({@link CountedAgainst}).
     */
    static Derived valueFor(Quantity change, Change.Direction direction, Quantity level, ReportingPeriod levelPeriod,
                            ReportingPeriod period) {
        if (direction != Change.Direction.UP && direction != Change.Direction.DOWN || level.isChange()) {
            return null;
        }
        double x = change.value();
        double l = level.value();
        boolean up = direction == Change.Direction.UP;
        double value;
        String rule;
        boolean relative = false;
        Measure cm = change.unit().measure();
        Measure lm = level.unit().measure();
        if (cm == Measure.PERCENT && lm == Measure.PERCENT || cm == Measure.PERCENTAGE_POINTS) {
            value = up ? l - x : l + x;
            rule = String.format(Locale.ROOT, "%s %s %s = %s (a %% change of a percentage is read as percentage points)",
                    plain(l), up ? "-" : "+", plain(x), plain(value));
        } else if (cm == Measure.PERCENT) {
            relative = true;
            value = up ? l / (1 + x / 100) : l / (1 - x / 100);
            rule = String.format(Locale.ROOT, "%s / (1 %s %s%%) = %s (a %% change of a %s is relative)",
                    plain(l), up ? "+" : "-", plain(x), plain4(value), lm.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        } else if (cm == lm) {
            value = up ? l - x : l + x;
            rule = String.format(Locale.ROOT, "%s %s %s = %s (a change in the level's own unit is absolute)",
                    plain(l), up ? "-" : "+", plain(x), plain(value));
        } else {
            return null;
        }
        if (!Double.isFinite(value) || value < 0 && lm != Measure.MONEY) {
            return null;
        }
        // "80 - 2.5" is 77.5 exactly; a relative change is given to the level's own precision
        int places = relative ? decimals(level.text()) : Math.max(decimals(level.text()), decimals(change.text()));
        double rounded = round(value, places);
        // 83.9 + 0.4 is 84.30000000000001 in binary: a difference past the ninth decimal is no rounding
        boolean roundedOff = Math.abs(rounded - value) > 1e-9;
        Qualifier qualifier = roundedOff ? Qualifier.APPROXIMATELY : level.qualifier();
        String derivation = "'" + change.text() + "' from " + plain(l) + " for " + levelPeriod.label() + ": " + rule
                + (roundedOff ? ", rounded to " + plain(rounded) : "");
        Quantity q = new Quantity(rounded, level.unit(), qualifier, change.text(), change.start(), change.end(), null);
        return new Derived(q, period, derivation);
    }

    private static ReportingPeriod earlierPeriod(String s, Quantity change, ReportingPeriod levelPeriod, List<TimeMention> mentions,
                                                 ReportingPeriod comparedBefore) {
        String after = s.substring(change.end());
        if (YEAR_BEFORE.matcher(after).find()) {
            return levelPeriod.minusYears(1);
        }
        if (QUARTER_BEFORE.matcher(after).find()) {
            return levelPeriod.preceding();
        }
        for (TimeMention m : mentions) {
            if (m.role() == TimeMention.Role.CHANGE_SPAN) {
                return m.from();
            }
        }
        // "Since 2022-23 the wait has grown: ... 31 seconds (5 seconds longer)": the period the sentence, or the one
        // before it ("Compared with 2023-24, waits have lengthened. Callers now wait 32 seconds (1 second longer)"), compares from
        ReportingPeriod from = comparedFrom(s, mentions, change.start());
        from = from != null ? from : comparedBefore;
        if (from != null && from.end().isBefore(levelPeriod.start())) {
            return from;
        }
        for (TimeMention m : mentions) {
            // "six KPIs are red, two more than in Quarter 2": the period the change is counted from is named after "than"
            if (m.start() >= change.end() && m.start() - change.end() <= 40
                    && countsFrom(s.substring(change.end(), m.start())) && m.period().end().isBefore(levelPeriod.end())) {
                return m.period();
            }
        }
        return null;
    }

    /**
     * Whether the words between a change and a time phrase make that phrase what the change is
     * counted from ("18 fewer than in 2019/20", "up on the same quarter"): the one place this is
     * decided, for deriving the earlier value and for keeping that phrase from dating the level.
     */
    static boolean countsFrom(String between) {
        return THAN_PERIOD.matcher(between).matches();
    }

    /**
     * The period a sentence says its changes are counted from, before {@code before}: "Since
     * 2022-23, ...", "Compared with 2023-24, ...", "compared to the end of March 2019"; else null.
     */
    static ReportingPeriod comparedFrom(String s, List<TimeMention> mentions, int before) {
        if (mentions.isEmpty() || s.indexOf("ince") < 0 && s.indexOf("ompar") < 0) {
            return null; // no "since" and no "compared": most sentences, and the pattern need not run
        }
        for (TimeMention m : mentions) {
            if (m.end() <= before && (m.role() == TimeMention.Role.SINCE || m.role() == TimeMention.Role.PERIOD)
                    && COMPARED_FROM.matcher(s.substring(Math.max(0, m.start() - COMPARED_FROM_REACH), m.start())).find()) {
                return m.role() == TimeMention.Role.SINCE ? m.from() : m.period();
            }
        }
        return null;
    }

    /** "since", "compared with", "compared to the end of": the words before the period a sentence's changes are counted from. */
    private static final Pattern COMPARED_FROM = Pattern.compile("(?i)\\b(?:since|compared\\s+(?:to|with))\\s+(?:the\\s+end\\s+of\\s+)?(?:the\\s+)?$");
    private static final int COMPARED_FROM_REACH = 40;

    private static final Pattern THAN_PERIOD = Pattern.compile(
            "(?i)\\s*(?:\\([\\d.,%\\s]{1,12}(?:per\\s+cent)?\\)\\s*)?" // "5,300 (7.5%) more than in 2001": the change restated as a share
                    + "(?:(?:more|fewer|less)(?:\\s+[a-z]+){0,2}?|higher|lower|greater|up|down"
                    + "|increase|decrease|reduction|rise|fall|drop|improvement|growth)?\\s*(?:than|on|compared\\s+(?:to|with))\\s+(?:in\\s+|at\\s+|during\\s+|for\\s+)?(?:the\\s+)?"
                    + "(?:(?:end|start|beginning)\\s+of\\s+)?"); // "4.1% more than at the end of March 2018"

    private static int decimals(String text) {
        int dot = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))
                    && i > 0 && Character.isDigit(text.charAt(i - 1))) {
                dot = i;
                break;
            }
        }
        if (dot < 0) {
            return 0;
        }
        int n = 0;
        for (int i = dot + 1; i < text.length() && Character.isDigit(text.charAt(i)); i++) {
            n++;
        }
        return n;
    }

    private static double round(double v, int decimals) {
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String plain4(double v) {
        return plain(round(v, 4));
    }
}
