package dev.yardstick.extract;

import dev.yardstick.document.ReportingPeriod;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A level said to have held: "448 children in care, the same number as at the previous year end",
 * "three, the same as the previous quarter", "100%, unchanged on last year". The earlier period's
 * level is the same (a derived value, as the conventions derive one from any stated change).
 */
final class Unchanged {

    private static final Pattern SAME_AS = Pattern.compile("(?i)(?:\\s+[a-z]+){0,3}?\\s*,?\\s*(?:which\\s+is\\s+)?(?:the\\s+same(?:\\s+(?:number|level|figure|"
            + "rate|share|proportion|total|position|percentage))?\\s+as|unchanged\\s+(?:on|from|since))\\s+(?:(?:at|in|for|on)\\s+)?(?:the\\s+(?:end|start|close)\\s+of\\s+)?");
    /** ", unchanged on last year" closing the clause its value stands in, words between. */
    private static final Pattern UNCHANGED_LATER = Pattern.compile("(?i),\\s*unchanged\\s+(?:on|from|since)\\s+");
    /** How far the time phrase may start after those words: "the same as at (the) previous year end". */
    private static final int SLACK = 5;

    private Unchanged() {
    }

    /** The earlier level value {@code i} held at, or null when its words say no such thing. */
    static Observation of(SentenceFacts facts, int i, Observation level) {
        String s = facts.sentence();
        Quantity q = facts.found().get(i).quantity();
        if (q.isChange() || level.kind() != Kind.ACTUAL || s.indexOf("same", q.end()) < 0 && s.indexOf("unchanged", q.end()) < 0) {
            return null;
        }
        Matcher m = SAME_AS.matcher(s).region(q.end(), s.length());
        if (!m.lookingAt()) {
            // "Every carer (100%) now receives self-directed support, unchanged on last year": said of the clause's one value
            int next = i + 1 < facts.found().size() ? facts.found().get(i + 1).quantity().start() : s.length();
            m = UNCHANGED_LATER.matcher(s).region(q.end(), next);
            if (!m.find()) {
                return null;
            }
        }
        for (TimeMention t : facts.mentions()) {
            if (t.start() > q.end() && t.end() > m.end() && t.start() <= m.end() + SLACK) { // a phrase may take its "at" in
                ReportingPeriod earlier = t.period();
                if (!earlier.end().isBefore(level.period().end())) {
                    return null; // the same as a later or the same period says nothing of an earlier one
                }
                String words = s.substring(m.start(), t.end()).replaceFirst("^.*?(?=\\b(?:the\\s+same|unchanged|which)\\b)", "");
                Quantity same = new Quantity(q.value(), q.unit(), q.qualifier(), words, t.end() - words.length(), t.end(), null);
                String derivation = "'" + same.text() + "': " + q.text() + " for " + level.period().label() + ", so the same for " + earlier.label();
                return new Observation(same, Kind.DERIVED, level.scope(), earlier, s, level.heading(), level.provenance(), derivation);
            }
        }
        return null;
    }
}
