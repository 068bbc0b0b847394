package dev.yardstick.catalogue;

import dev.yardstick.extract.Measure;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A row whose first cell is the title of a measure, as performance-indicator tables have it:
 * "PI 23: Average time to process Housing Benefit claims (days)", "CE070 Complaints received per
 * 1,000 population", "Percentage of fly-tips cleared within 2 working days". Every value of the
 * row on the title's measure is that measure unless its own sentence names another: "In May 2021
 * the average rose to 7.3 days" names nothing, and the row says what it is. A first cell that
 * only names a topic ("Homelessness") or states a commitment ("Increase the number of
 * apprenticeships", whose update reports several measures) is no title.
 *
 * @param name    the title without its code and its trailing bracket ("Average time to process
 *                Housing Benefit claims")
 * @param text    the whole cell, where cues are looked for
 * @param measure the scale the title's values are on
 * @param words   the title's words as ids compare them (singular, lower case), read once for {@link #covers}
 */
record RowTitle(String name, String text, Measure measure, java.util.Set<String> words) {

    /** An indicator code before the title: "PI 23:", "CE069", "BV 012 –", "NI 192 -", "KPI 3,", "LICO42". */
    private static final Pattern CODE = Pattern.compile(
            "^(?:[A-Z]{1,6}\\s?\\d{1,4}[a-z]?(?:\\([ivx]+\\))?)(?:\\s*[:.,–-]\\s*|\\s+)(?=\\p{L})");
    /** Words a measure's title opens with, or its part after a colon ("FOI requests: number of new requests"). */
    private static final Pattern OPENER = Pattern.compile(
            "^(?:[^:]{1,40}:\\s*)?(?:percentage|%|proportion|number|no\\.|total|average|mean|time taken|rate|amount|level|value)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A commitment rather than a measure: its update may report several measures. */
    private static final Pattern COMMITMENT = Pattern.compile(
            "^(?:increase|reduce|improve|deliver|ensure|support|maintain|achieve|develop|work|promote|continue"
                    + "|enable|provide|raise|tackle|help|encourage|protect|create|build|make|keep|bring|get|grow)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_BRACKET = Pattern.compile("\\s*\\([^()]*\\)\\s*$");

    /**
     * The words that set a title's scale, tried in order: a length of time before a rate ("days
     * lost per FTE" is days), a rate before a share, a count last ("number of days" is days).
     */
    private static final List<Scale> SCALES = List.of(
            new Scale(Measure.DURATION, "\\b(?:time taken|(?:average|processing|turnaround|response) time|days lost"
                    + "|(?:days|weeks) (?:taken|to)|average (?:number of )?(?:working )?(?:days|weeks)"
                    + "|\\((?:working )?(?:days|weeks)\\))"),
            new Scale(Measure.RATE, "\\bper (?:1,?000|10,?000|100,?000)\\b"),
            new Scale(Measure.PERCENT, "%|\\b(?:percentage|per ?cent|proportion)\\b|\\brate\\b(?! per)"),
            new Scale(Measure.MONEY, "£"),
            new Scale(Measure.COUNT, "\\b(?:number of|total|no\\. of)\\b|\\(number\\)"));

    /** The title the cell gives, or null when the cell is no measure's title. */
    static RowTitle of(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        String text = cell.strip();
        Matcher code = CODE.matcher(text);
        boolean coded = code.find();
        String rest = coded ? text.substring(code.end()) : text;
        if (!coded && (!OPENER.matcher(rest).find() || COMMITMENT.matcher(rest).find())) {
            return null;
        }
        Measure measure = null;
        for (int i = 0; measure == null && i < SCALES.size(); i++) {
            if (SCALES.get(i).pattern().matcher(rest).find()) {
                measure = SCALES.get(i).measure();
            }
        }
        if (measure == null) {
            return null;
        }
        String name = TRAILING_BRACKET.matcher(rest).replaceFirst("");
        return name.isBlank() ? null : new RowTitle(name, text, measure, lemmas(text));
    }

    /**
     * True when every word that says what {@code phrase} measures is a word of the title: "changes
     * of circumstances were processed" restates "Average time to process Housing Benefit changes of
     * circumstances", while "swine flu" names something the title does not.
     */
    boolean covers(String phrase) {
        for (String w : lemmas(phrase)) {
            if (!words.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static java.util.Set<String> lemmas(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : MeasuredPhrase.content(MeasuredPhrase.words(text))) {
            out.add(ProvisionalIndicators.lemma(w.toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    /** The title lower-cased, as cues are compared. */
    String lowerText() {
        return text.toLowerCase(Locale.ROOT);
    }

    private record Scale(Measure measure, Pattern pattern) {
        Scale(Measure measure, String regex) {
            this(measure, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
        }
    }
}
