package dev.yardstick.catalogue;

import dev.yardstick.extract.Measure;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A quantitative indicator the performance team tracks.
 *
 * @param id       stable identifier used in InfluxDB, dashboards and alerts (snake_case)
 * @param name     human name
 * @param unit     unit as shown to people ("tickets per week", "%", "GBP")
 * @param measure  the scale its values are on; only quantities on this scale can match
 * @param polarity which direction is good
 * @param theme    the Corporate Plan theme it reports under
 * @param cues     words of which at least one must appear in the sentence or its sub-heading
 * @param near     words of which at least one must stand within a few words of the number; empty: no such rule
 * @param context  words of which at least one must appear in the sentence, sub-heading or
 *                 accountability; empty: no such rule
 * @param exclude  words that rule the indicator out when they appear in the sentence
 * @param framework the public framework it comes from ("ASCOF", "PHOF", "NI"), or "" for a council's own
 * @param code     its code in that framework ("1C", "192"), or ""
 * @param provisional true for an indicator named from the prose because no catalogue knew the value;
 *                 false for one from a catalogue
 */
public record Indicator(String id, String name, String unit, Measure measure, Polarity polarity, String theme,
                        List<String> cues, List<String> near, List<String> context, List<String> exclude,
                        String framework, String code, boolean provisional) {

    /** A catalogued indicator of the council's own, from no public framework. */
    public Indicator(String id, String name, String unit, Measure measure, Polarity polarity, String theme,
                     List<String> cues, List<String> near, List<String> context, List<String> exclude) {
        this(id, name, unit, measure, polarity, theme, cues, near, context, exclude, "", "", false);
    }

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{1,63}");

    public Indicator {
        Objects.requireNonNull(measure, "measure of " + id);
        Objects.requireNonNull(polarity, "polarity of " + id);
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("indicator id '" + id + "' must be snake_case: a-z, 0-9 and _, starting with a letter");
        }
        if (name == null || name.isBlank() || unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("indicator " + id + " needs a name and a unit");
        }
        if (cues == null || cues.isEmpty()) {
            throw new IllegalArgumentException("indicator " + id + " needs at least one cue to be recognised in prose");
        }
        theme = theme == null ? "" : theme;
        framework = framework == null ? "" : framework.strip();
        code = code == null ? "" : code.strip();
        if (framework.isEmpty() && !code.isEmpty()) {
            throw new IllegalArgumentException("indicator " + id + " has code '" + code + "' but no framework; name the framework it is a code of");
        }
        cues = List.copyOf(cues);
        near = near == null ? List.of() : List.copyOf(near);
        context = context == null ? List.of() : List.copyOf(context);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }

    /** "ASCOF 1C", "NI 192", or "" for an indicator of no framework. */
    public String reference() {
        return code.isEmpty() ? framework : framework + " " + code;
    }
}
