package dev.yardstick.extract;

import java.util.List;

/**
 * "One in five residents", "3 in 10 adults", "3 in every 10 children": a proportion, read as a percentage (20%, 30%)
 * rather than as two counts.
 */
final class Proportion {

    private Proportion() {
    }

    /** The proportion whose first number is token i, or null. */
    static Quantity at(List<Token> t, String s, int i, NumberContext context) {
        if (i + 2 >= t.size() || !t.get(i + 1).is("in")) {
            return null; // checked first: it rules out almost every token at once
        }
        int part = smallWhole(t, i);
        int wholeAt = wholeAt(t, i);
        int whole = smallWhole(t, wholeAt);
        if (part <= 0 || whole <= part) {
            return null;
        }
        Token after = wholeAt + 1 < t.size() ? t.get(wholeAt + 1) : null;
        if (after != null && (after.is("%") || after.is("per") || context.timeUnit(wholeAt + 1))) {
            return null; // "1 in 100 years", "2 in 10%"
        }
        int start = t.get(i).start();
        int end = t.get(wholeAt).end();
        return new Quantity(100.0 * part / whole, Unit.PERCENT, Qualifier.EXACT, s.substring(start, end), start, end, null);
    }

    /** The token of the whole of a proportion opening at token i, its last: "3 in 10", "3 in every 10 children". */
    static int wholeAt(List<Token> t, int i) {
        return t.get(i + 2).is("every") ? i + 3 : i + 2;
    }

    /** A whole number from 1 to 1,000 written as digits or a word, else 0. */
    private static int smallWhole(List<Token> t, int index) {
        if (index >= t.size()) {
            return 0;
        }
        Token k = t.get(index);
        if (k.isNumber()) {
            if (k.text().indexOf('.') >= 0 || k.text().indexOf(',') >= 0) {
                return 0;
            }
            double v = Token.parseNumber(k.text());
            return v >= 1 && v <= 1000 ? (int) v : 0;
        }
        if (k.isWord() && k.is("one")) {
            return 1; // left out of number words as a pronoun, but "one in five" is a proportion
        }
        return k.isWord() ? Math.max(0, NumberWords.cardinal(k)) : 0;
    }
}
