package dev.yardstick.extract;

import dev.yardstick.document.FinancialQuarter;
import dev.yardstick.document.ReportingPeriod;
import java.util.regex.Pattern;

/**
 * Decides whether a value is an actual, a prior, a target or a forecast, from the words of its
 * clause and from where its period falls against the reporting quarter.
 */
final class KindClassifier {

    private static final Pattern TARGET = Pattern.compile(
            "(?i)\\b(targets?|targeted|aims?\\b|aiming|ambitions?|goals?|pledged\\s+to|aspir\\w*|committed\\s+to"
                    + "|plans?\\s+to\\s+(build|deliver|create|provide|achieve|hold|reach|recruit)|seeks?\\s+to|seeking\\s+to|intends?\\s+to)");
    private static final Pattern FORECAST = Pattern.compile(
            "(?i)\\b(forecast\\w*|projected|projections?|on\\s+track\\s+to|expect\\w*|anticipat\\w*|likely|planned"
                    + "|scheduled|will|set\\s+to|predict\\w*|estimated\\s+to|pipeline|going\\s+to)\\b");

    /** Updates are written in the month after the quarter; positions stated "at" that month are actuals. */
    private static final int REPORTING_LAG_DAYS = 31;

    private KindClassifier() {
    }

    /**
     * @param clause     the clause around the quantity
     * @param lead       the part of the clause before the quantity: a target is named before its
     *                   value ("against a target of 200"), never after ("142 against a target")
     */
    static Kind classify(String sentence, String clause, String lead, Found found, ReportingPeriod period, FinancialQuarter quarter,
                         boolean fromAccountability) {
        if (fromAccountability) {
            return Kind.TARGET;
        }
        if (found.role() == Found.Role.FROM) {
            return Kind.PRIOR;
        }
        String lower = clause.toLowerCase(java.util.Locale.ROOT);
        if (containsAny(lead.toLowerCase(java.util.Locale.ROOT), TARGET_KEYS) && TARGET.matcher(lead).find()) {
            return Kind.TARGET;
        }
        if (labelledTarget(sentence, found.quantity())) {
            return Kind.TARGET;
        }
        if (containsAny(lower, FORECAST_KEYS) && FORECAST.matcher(clause).find()) {
            return Kind.FORECAST;
        }
        // Values for earlier quarters of the same financial year are late-reported actuals;
        // only a previous financial year makes a value "prior".
        if (period.end().isBefore(quarter.financialYear().start())) {
            return Kind.PRIOR;
        }
        if (period.start().isAfter(quarter.end().plusDays(REPORTING_LAG_DAYS))) {
            return Kind.FORECAST;
        }
        return Kind.ACTUAL;
    }

    private static final Pattern TARGET_LABEL_BEFORE = Pattern.compile("(?i)\\b(target|goal)s?\\s*[:=]\\s*$");
    private static final Pattern TARGET_WORD_AFTER = Pattern.compile("(?i)^\\s*(target|goal)\\b");

    /** "(target: 60)" labels the value as a target; so does the word right after it: "57.2% vs 57.5% target". */
    private static boolean labelledTarget(String s, Quantity q) {
        String before = s.substring(Math.max(0, q.start() - 12), q.start());
        String after = s.substring(q.end(), Math.min(s.length(), q.end() + 10));
        String near = (before + after).toLowerCase(java.util.Locale.ROOT);
        if (!near.contains("target") && !near.contains("goal")) {
            return false; // most values: no pattern to run
        }
        return TARGET_LABEL_BEFORE.matcher(before).find() || TARGET_WORD_AFTER.matcher(after).find();
    }

    /** Substrings every cue of each pattern contains; a clause without any cannot match, so its pattern is not run. */
    private static final String[] TARGET_KEYS = {"target", "aim", "ambition", "goal", "pledge", "aspir", "commit", "plan", "seek", "intend"};
    private static final String[] FORECAST_KEYS = {"forecast", "project", "track", "expect", "anticipat", "likely", "plan",
            "schedul", "will", "set to", "predict", "estimated", "pipeline", "going"};

    private static boolean containsAny(String text, String[] keys) {
        for (String k : keys) {
            if (text.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** The part of the clause before offset {@code start}, up to the previous quantity if there is one nearer. */
    static String lead(String s, int start, int previousEnd) {
        String clause = clause(s, start, start);
        int from = Math.max(start - clause.length(), previousEnd);
        return s.substring(Math.max(0, from), start);
    }

    /** The clause around [start, end): bounded by , ; : ( ) and sentence ends, and by "and" / "but" before a new subject. */
    static String clause(String s, int start, int end) {
        int from = start;
        while (from > 0 && ",;:()•".indexOf(s.charAt(from - 1)) < 0 && !s.startsWith(" and ", from - 1) && !s.startsWith(" but ", from - 1)) {
            from--;
        }
        int to = end;
        while (to < s.length() && ",;:()•".indexOf(s.charAt(to)) < 0 && !s.startsWith(" and ", to) && !s.startsWith(" but ", to)) {
            to++;
        }
        return s.substring(from, to);
    }
}
