package dev.yardstick.extract;

import dev.yardstick.document.FinancialQuarter;
import dev.yardstick.document.ReportingPeriod;
import java.util.regex.Pattern;

/**
 * Decides whether a value is an actual, a prior, a target or a forecast, from the words of its
 * clause and from where its period falls against the reporting quarter.
 */
final class KindClassifier {

    /** Updates are written in the month after the quarter; positions stated "at" that month are actuals. */
    private static final int REPORTING_LAG_DAYS = 31;
    /** A forecast word governs a value within about a clause before it: "The projected recycling and composting rate for Q1 is 55.6%". */
    private static final int FORECAST_REACH = 100;

    private KindClassifier() {
    }

    /**
     * What the words say a value is meant to be, before its period is known: a target, a forecast,
     * the earlier side of a transition, or null for a level whose kind its period decides.
     *
     * @param clause the clause around the quantity
     * @param lead   the part of the clause before the quantity: a target is named before its
     *               value ("against a target of 200"), never after ("142 against a target")
     */
    static Kind intent(String sentence, int leadFrom, int clauseTo, Found found, boolean fromAccountability) {
        if (fromAccountability) {
            return Kind.TARGET;
        }
        Quantity q = found.quantity();
        leadFrom = KindLead.start(sentence, leadFrom, q.start());
        int target = Cues.TARGET.lastEnd(sentence, leadFrom, q.start());
        if (target >= 0 && PREVIOUS_VALUES_TARGET.matcher(sentence).region(leadFrom, q.start()).lookingAt()) {
            target = -1; // "above the 11-day target, with staff losing an average of 11.37 days": the target is the 11's
        }
        if (target >= 0 && NEW_SUBJECT.matcher(sentence).region(target, q.start()).find()) {
            target = -1; // "determined within the 13 week target and 87% of ...": the target word is behind a new subject
        }
        if (target >= 0 && standardOfAQuality(sentence, target, q.start())) {
            target = -1; // "land of a high or acceptable standard of cleanliness was 99.2%": a quality, not a standard's figure
        }
        if (target >= 0 && TARGET_TIME.matcher(sentence).region(target, q.start()).lookingAt()) {
            target = -1; // "potholes filled within the target time rose to 99.1%": the standard measured against, no figure of it
        }
        if (target >= 0 && COMPARED_AFTER.matcher(sentence).region(target, q.start()).find()) {
            target = -1; // "met 68% of its targets, compared with 66% in 2017/18": the value is set against, not aimed at
        }
        if (target >= 0 && countedTargets(sentence, leadFrom, target)) {
            target = -1; // "Of the 25 targets due in Quarter 4, 16 (64%) were achieved": targets counted, not a target's figure
        }
        // "missing the target of 4": an outcome that goes on to give the target's figure names that figure
        boolean outcomeNamesFigure = target >= 0 && TARGET_OF.matcher(sentence).region(target, q.start()).matches();
        if (target >= 0 && (outcomeNamesFigure || Cues.TARGET_OUTCOME.lastEnd(sentence, leadFrom, q.start()) < target)
                || labelledTarget(sentence, q)) {
            return Kind.TARGET;
        }
        if (found.role() == Found.Role.FROM) {
            return Kind.PRIOR;
        }
        int near = Math.max(leadFrom, q.start() - FORECAST_REACH);
        // the value's own words after its figure count too: "the 23 affordable homes forecast for 2017/18" (not its
        // qualifier: "an estimated 70,000 households" is an estimate of now)
        if (forecasts(sentence, near, q.start()) || forecasts(sentence, figureEnd(sentence, q), Math.max(q.end(), clauseTo))) {
            return Kind.FORECAST;
        }
        return null;
    }

    private static final Pattern COMPARED_AFTER = Pattern.compile("(?i)\\bcompared\\s+(?:with|to)\\b|\\bversus\\b");

    /** The plural target word ending at {@code end} follows a number: it names the items counted ("25 targets", "nine targets"). */
    private static boolean countedTargets(String sentence, int from, int end) {
        CueFamily.Hit hit = null;
        for (CueFamily.Hit h : Cues.TARGET.within(sentence, from, end)) {
            hit = h.end() == end ? h : hit;
        }
        if (hit == null || !sentence.substring(hit.start(), hit.end()).toLowerCase(java.util.Locale.ROOT).endsWith("targets")) {
            return false; // "against a Quarter 3 target of 50": one target, numbered by its period
        }
        String before = sentence.substring(from, hit.start()).stripTrailing();
        int word = before.length();
        while (word > 0 && Character.isLetterOrDigit(before.charAt(word - 1))) {
            word--;
        }
        String last = before.substring(word).toLowerCase(java.util.Locale.ROOT);
        return !last.isEmpty() && (Character.isDigit(last.charAt(0)) || NumberWords.cardinal(last) > 0);
    }

    /** Where the figure of the quantity ends, past its qualifier and sign: the end of its first run of digits. */
    private static int figureEnd(String sentence, Quantity q) {
        int k = q.start();
        while (k < q.end() && !Character.isDigit(sentence.charAt(k))) {
            k++;
        }
        while (k < q.end() && (Character.isDigit(sentence.charAt(k)) || sentence.charAt(k) == ',' || sentence.charAt(k) == '.')) {
            k++;
        }
        return k < q.end() ? k : q.end();
    }

    /** A forecast word in [from, to) that does not measure against an expectation ("the expected standard"). */
    private static boolean forecasts(String sentence, int from, int to) {
        for (CueFamily.Hit h : Cues.FORECAST.within(sentence, from, to)) {
            boolean against = false;
            for (CueFamily.Hit e : Cues.AGAINST_EXPECTATION.within(sentence, Math.max(0, h.start() - 20), Math.min(sentence.length(), h.end() + 20))) {
                against |= e.start() <= h.start() && e.end() >= h.end();
            }
            if (!against) {
                return true;
            }
        }
        return false;
    }

    /** Counts compare only when they count the same thing (or one does not say what). */
    private static boolean sameUnit(Quantity a, Quantity b) {
        if (a.unit().isBareCount() || b.unit().isBareCount()) {
            return true; // "8.2 per 100,000 in June, compared with 10.1 in March": a bare figure set against another is in its unit
        }
        if (a.unit().measure() != b.unit().measure()) {
            return false;
        }
        String x = a.unit().label();
        String y = b.unit().label();
        return a.unit().measure() != Measure.COUNT || x.equals(y) || "count".equals(x) || "count".equals(y);
    }

    private static final Pattern TARGET_OF = Pattern.compile("(?i)s?\\s+of\\s+(?:about\\s+|around\\s+|approximately\\s+|just\\s+)?");

    private static final Pattern STANDARD_OF_A_QUALITY = Pattern.compile(
            "(?i)(standard\\s+of)\\s+(?!(?:about|around|approximately|at\\s+least|just|over|under|c\\.|no\\s+more\\s+than)\\b)\\p{L}");

    /** The target cue ending at {@code cueEnd} is "standard of" followed by a word, not a figure: "a high standard of cleanliness". */
    private static boolean standardOfAQuality(String s, int cueEnd, int valueStart) {
        java.util.regex.Matcher m = STANDARD_OF_A_QUALITY.matcher(s).region(Math.max(0, cueEnd - 20), valueStart);
        while (m.find()) {
            if (m.end(1) == cueEnd) {
                return true;
            }
        }
        return false;
    }

    /** "target time", "target date", "target timescale" right after the cue: a standard's name, then more words before the value. */
    private static final Pattern TARGET_TIME = Pattern.compile(
            "(?i)\\s+(?:time|times|timescales?|dates?|deadlines?|period)\\b(?:\\s+\\p{L}|\\s*[,;]\\s+(?!(?:of|is|was)\\b))");

    /** A lead opening with the value before's target word, then a new clause: "-day target, with staff losing ...". */
    private static final Pattern PREVIOUS_VALUES_TARGET = Pattern.compile("(?i)[\\s-]*(?:[a-z]+[\\s-]+)?targets?\\b[^;:]*?,\\s*(?:with|while|whilst|as)\\b");
    private static final Pattern NEW_SUBJECT = Pattern.compile("(?i)\\s(and|but|while|whilst|whereas)\\s");

    /**
     * The kind of a value once its period is known. A level dated after the reported quarter (and
     * the month the update is written in) is a forecast; any other level is the actual for its
     * period, whatever that period is: only a comparison makes a value prior (see {@link #earlierSides}).
     */
    static Kind kind(Kind intent, ReportingPeriod period, FinancialQuarter quarter) {
        return kind(intent, period, quarter, "");
    }

    /**
     * @param sentence the value's sentence: a figure after the quarter that the sentence reports as
     *                 already counted ("By the end of July 2024 the number was 670") is a late actual
     */
    static Kind kind(Kind intent, ReportingPeriod period, FinancialQuarter quarter, String sentence) {
        if (intent != null) {
            return intent;
        }
        // a position on a day after the quarter ("As of 27 February 2023, 65% were complete") is a late actual
        if (period.start().isAfter(quarter.end().plusDays(REPORTING_LAG_DAYS)) && !period.isSingleDay()
                && !Cues.REPORTED.in(sentence)) {
            return Kind.FORECAST;
        }
        return Kind.ACTUAL;
    }

    /**
     * "Rose to 99.0% from 98.9%", "87% ..., compared with 89% at the end of September": of two
     * actuals of the same measure and scope in one sentence, the earlier-dated one is the prior
     * side of the comparison; so is an earlier value in a sentence that sets itself against the
     * one before it (about the report's quarter unless it named another period).
     */
    static void earlierSides(SentenceFacts f, PeriodRules.Dated[] dated, Kind[] kinds, ReportingPeriod previousSentence,
                             ReportingPeriod reportQuarter) {
        Kind[] before = kinds.clone();
        for (int i = 0; i < kinds.length; i++) {
            if (before[i] != Kind.ACTUAL || f.found().get(i).quantity().isChange()) {
                continue;
            }
            Quantity q = f.found().get(i).quantity();
            // a comparator's older date is its latest figure ("That is below the England rate of 70.0 at 31 March 2022"), not an earlier side
            ReportingPeriod against = f.scopes()[i] != Scope.OWN ? null
                    : f.continuesPrevious() ? setAgainst(f, q, previousSentence, reportQuarter)
                    : Cues.EARLIER_FRAME.startsWith(f.sentence()) ? previousSentence : null; // "A year earlier, the count was 2,900"
            if (against != null && dated[i].period().end().isBefore(against.end())) {
                kinds[i] = Kind.PRIOR;
                continue;
            }
            for (int j = 0; j < kinds.length; j++) {
                Quantity other = f.found().get(j).quantity();
                // the newer side only when the words set the two against each other: "55.6%, up on the 54%";
                // "2.456 at Q1, 5.69 at Q2 and 9.05 at Q3" is a list, not a comparison
                boolean newer = before[j] == Kind.ACTUAL || before[j] == Kind.FORECAST;
                if (j != i && newer && !other.isChange() && f.scopes()[j] == f.scopes()[i] && sameUnit(q, other)
                        && dated[j].period().end().isAfter(dated[i].period().end()) && f.contrasted(i, j)) {
                    kinds[i] = Kind.PRIOR;
                    break;
                }
            }
        }
    }

    /**
     * The period a sentence that continues the one before sets its value against: "That compares
     * with 32% at 25 August 2022.", after a sentence about February 2023; "That compares with
     * Quarter 1, when 50 ...", after one that named no period and so spoke of the report's quarter.
     */
    private static ReportingPeriod setAgainst(SentenceFacts f, Quantity q, ReportingPeriod previousSentence,
                                              ReportingPeriod reportQuarter) {
        if (previousSentence != null && Cues.CONTRAST.find(f.sentence(), 0, q.start()) != null) {
            return previousSentence;
        }
        if (Cues.EQUIVALENT.startsWith(f.sentence())) {
            return previousSentence != null ? previousSentence : reportQuarter; // "The equivalent share was 78% in 2018/19"
        }
        return Cues.COMPARISON_BASE.find(f.sentence(), 0, q.start()) != null ? reportQuarter : null;
    }

    private static final Pattern TARGET_LABEL_BEFORE = Pattern.compile("(?i)\\b(target|goal)s?\\s*[:=]\\s*$");
    /** "57.5% target", "the 5-day target", "the £4.86m budget": the word right after the value names it. */
    private static final Pattern TARGET_WORD_AFTER = Pattern.compile(
            "(?i)^\\s*(?:-\\s*(?:working[\\s-])?(?:second|minute|hour|day|week|month)s?\\s+)?(target|goal|aim|ambition|trajectory|budget|profiled)\\b"
                    // "Targets on track = 16 Target not started = 0": a label of the next value starts there
                    + "(?![^=:.;]{0,25}[=:])");

    /**
     * "(target: 60)" labels the value as a target; so does the word right after it: "57.2% vs 57.5%
     * target", "the 30-second target", "the 338 profiled for this point".
     */
    private static boolean labelledTarget(String s, Quantity q) {
        String before = s.substring(Math.max(0, q.start() - 12), q.start());
        String after = s.substring(q.end(), Math.min(s.length(), q.end() + 22));
        String near = (before + after).toLowerCase(java.util.Locale.ROOT);
        if (!near.contains("target") && !near.contains("goal") && !near.contains("aim") && !near.contains("ambition")
                && !near.contains("trajectory") && !near.contains("budget") && !near.contains("profiled")) {
            return false; // most values: no pattern to run
        }
        return TARGET_LABEL_BEFORE.matcher(before).find() || TARGET_WORD_AFTER.matcher(after).find();
    }

    /**
     * The words leading up to offset {@code start}: back to the previous quantity, or to the start
     * of the sentence or of its part after a semicolon. A target or forecast named there governs
     * the value ("the target for this year is to roughly halve that, to 2,114").
     */
    static int leadStart(String s, int start, int previousEnd) {
        int from = Math.max(previousEnd, s.lastIndexOf(';', Math.max(0, start - 1)) + 1);
        int colon = s.lastIndexOf(':', Math.max(0, start - 1));
        if (colon >= from && !endsWithLabel(s, from, colon)) {
            from = colon + 1; // "could be given for 223 indicators: 66% had improved": the list says what was, not what could be
        }
        return Math.max(0, Math.min(from, start));
    }

    /** "Target: 95%", "Forecast outturn for 2019/20: £3.2m": the words before the colon label the value after it. */
    private static boolean endsWithLabel(String s, int from, int colon) {
        String before = s.substring(from, colon);
        return Cues.TARGET.in(before) && !Cues.TARGET_OUTCOME.in(before) || Cues.FORECAST.startsWith(before)
                || before.strip().split(" ").length <= 4;
    }

    /** The clause around [start, end): bounded by , ; : ( ) and sentence ends, and by "and" / "but" before a new subject. */
    static int clauseStart(String s, int start) {
        int from = start;
        while (from > 0 && !isClauseMark(s.charAt(from - 1))
                && !(s.charAt(from - 1) == ' ' && (s.startsWith(" and ", from - 1) || s.startsWith(" but ", from - 1)))) {
            from--;
        }
        return from;
    }

    /** , ; : ( ) and bullets bound a clause. */
    private static boolean isClauseMark(char c) {
        return switch (c) {
            case ',', ';', ':', '(', ')', '•' -> true;
            default -> false;
        };
    }

    static int clauseEnd(String s, int end) {
        int to = end;
        while (to < s.length() && !isClauseMark(s.charAt(to)) && !(s.charAt(to) == ' ' && (s.startsWith(" and ", to) || s.startsWith(" but ", to)))) {
            to++;
        }
        return to;
    }
}
