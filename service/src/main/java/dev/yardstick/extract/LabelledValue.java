package dev.yardstick.extract;

import java.util.regex.Pattern;

/**
 * A value under a label that says only its role, as scorecards list a measure's figures below its
 * name: "Target: 90%", "Q2 Actual: 87%", "Same quarter last year: 56.2%", "England: 91%". The line
 * says what the value is for, not what it measures; its row (the measure's name above it) says
 * that, as a figures table's first cell does, so the value carries the row's name as its label.
 */
final class LabelledValue {

    /** Words that give a value's role, period or comparator, and nothing of what it measures. */
    private static final Pattern ROLE_LABEL = Pattern.compile("(?i)^\\s*(?:(?:q[1-4]|qtr\\s*[1-4]|quarter\\s+(?:[1-4]|one|two|three|four)|"
            + "ytd|year\\s+to\\s+date|annual|current|latest|this|last|same|previous|prior|quarter|year|period|month|"
            + "(?:19|20)\\d{2}(?:\\s*[/\\-–]\\s*\\d{2,4})?|actual|actuals|outturn|result|value|performance|position|"
            + "target|forecast|projected|projection|baseline|benchmark|england|national|regional|average|"
            + "of|the|to|date|end)[\\s,]*)+:\\s*$");

    private LabelledValue() {
    }

    /** The row's name when the sentence is only a role's label and the value, else null. */
    static String label(String sentence, Quantity q, Provenance provenance) {
        int colon = sentence.indexOf(':');
        if (colon < 0 || colon > q.start() || !sentence.substring(colon + 1, q.start()).isBlank()
                || provenance.accountability().isBlank()) {
            return null;
        }
        return ROLE_LABEL.matcher(sentence.substring(0, colon + 1)).matches() && endsTheLine(sentence, q.end())
                ? provenance.accountability() : null;
    }

    /** "Same quarter last year:", "Previous year:", "Last year's outturn:": the label of the side a scorecard compares with. */
    private static final Pattern EARLIER_LABEL = Pattern.compile(
            "(?i)^\\s*(?:same\\s+(?:quarter|period|month|time)\\s+last\\s+year|last\\s+year(?:'s)?(?:\\s+outturn)?|previous\\s+(?:year|quarter)"
                    + "(?:'s)?(?:\\s+outturn)?|prior\\s+year|\\d{4}\\s*[/\\-–]\\s*\\d{2,4}\\s+outturn)\\s*:");

    /** Whether a labelled value (its {@link #label} not null) is the earlier side its scorecard sets the current value against. */
    static boolean earlierSide(String sentence, String label) {
        return label != null && EARLIER_LABEL.matcher(sentence).lookingAt();
    }

    /** Little but a status may follow the value ("87% (Amber)"); "Q3: 64% of staff had no absence" says what it measures. */
    private static boolean endsTheLine(String sentence, int from) {
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (Character.isDigit(c)) {
                return false;
            }
            boolean letter = Character.isLetter(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }
        return words <= TRAILING_WORDS;
    }

    /** "days", "(Amber)", "on target": words a value's line may end with after it. */
    private static final int TRAILING_WORDS = 2;
}
