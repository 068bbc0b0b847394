package dev.yardstick.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentence whose quantities are being read: its tokens, its time phrases (whose numbers are
 * dates, not quantities) and the quantities found so far, shared by {@link QuantityScanner} and
 * the readers of numbers written in words ({@link NumberWordQuantities}, {@link Ranks}).
 */
final class QuantitySentence {

    private final String s;
    private final List<Token> t;
    private final List<TimeMention> times;
    private final List<Found> found = new ArrayList<>();
    private final NumberContext context;

    QuantitySentence(SentenceText sentence, List<TimeMention> times) {
        this.s = sentence.text();
        this.t = sentence.tokens();
        this.times = times;
        this.context = new NumberContext(t);
    }

    List<Token> tokens() {
        return t;
    }

    List<Found> found() {
        return found;
    }

    NumberContext context() {
        return context;
    }

    /** Adds the quantity of tokens [firstToken, lastToken] (its noun phrase to phraseEnd), with the qualifier before it. */
    void add(double value, Unit unit, int start, int firstToken, int lastToken, int phraseEnd) {
        QualifierReader.Result q = QualifierReader.read(t, s, firstToken, start, phraseEnd);
        int textStart = Math.min(start, q.start());
        int textEnd = t.get(lastToken).end();
        if (unit.measure() == Measure.COUNT || unit.measure() == Measure.RANK || unit.measure() == Measure.DURATION) {
            textEnd = t.get(Math.max(lastToken, phraseEnd)).end();
        }
        found.add(new Found(new Quantity(value, unit, q.qualifier(), s.substring(textStart, textEnd), textStart, textEnd, null),
                Found.Role.LEVEL, -1));
    }

    /**
     * The words after a number that say what it counts ({@link NounPhrase#after}), up to a time
     * phrase: "19 days last year" counts days.
     */
    NounPhrase phraseAfter(int from) {
        if (times.isEmpty()) {
            return NounPhrase.after(t, from); // most sentences: no time phrase to stop at
        }
        int reach = Math.min(t.size(), from + NounPhrase.MAX_TOKENS);
        int limit = from;
        while (limit < reach && !inTime(t.get(limit).start(), t.get(limit).end())) {
            limit++;
        }
        return NounPhrase.after(limit == t.size() ? t : t.subList(0, limit), from);
    }

    /** Whether [start, end) overlaps a time phrase. */
    boolean inTime(int start, int end) {
        for (TimeMention m : times) {
            if (m.overlaps(start, end)) {
                return true;
            }
        }
        return false;
    }

    boolean word(int index, String w) {
        Token k = tok(index);
        return k != null && k.is(w);
    }

    Token tok(int index) {
        return index >= 0 && index < t.size() ? t.get(index) : null;
    }
}
