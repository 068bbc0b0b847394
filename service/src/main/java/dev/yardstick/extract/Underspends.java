package dev.yardstick.extract;

import java.util.List;

/**
 * Underspends, which the conventions give as negative variances: "a £195k underspend", "£800,000
 * under budget", and every item of a list that says "underspent by" once. One instance per
 * sentence, in reading order, since a list item looks back at the underspend before it.
 */
final class Underspends {

    private final List<Token> t;
    /** The last token of the last underspend read, or -1. */
    private int lastEnd = -1;

    Underspends(List<Token> tokens) {
        this.t = tokens;
    }

    /**
     * True when the money at tokens [first, last] is an underspend: "a £195k underspend", "expected
     * to underspend by £981,000", "an underspend of £2m", "£800,000 under budget", "£9.5m less than
     * its revenue budget", or the next item of a list that said "underspent by" once ("schools
     * underspent by more than £7m, corporate budgets by about £1.9m").
     */
    boolean at(int first, int last) {
        boolean negative = reads(first, last);
        if (negative) {
            lastEnd = last;
        }
        return negative;
    }

    private boolean reads(int first, int last) {
        Token after = tok(last + 1);
        if (after != null && after.isWord() && after.lower().startsWith("underspen")) {
            return true;
        }
        if (after != null && (after.is("under") || after.is("below")) && ChangeDirections.budgetAfter(t, last + 2)
                || after != null && after.is("less") && tok(last + 2) != null && tok(last + 2).is("than") && ChangeDirections.budgetAfter(t, last + 3)) {
            return true;
        }
        for (int k = first - 1; k >= Math.max(0, first - 5); k--) {
            Token w = tok(k);
            if (w != null && w.isWord() && w.lower().startsWith("underspen")) {
                return true;
            }
            if (w != null && (w.isNumber() || w.is(";") || w.is("."))) {
                break;
            }
        }
        // a list of underspends that says the verb once: "..., corporate budgets by about £1.9m and services by £0.8m"
        return lastEnd >= 0 && first > 0 && listContinues(lastEnd, first);
    }

    private boolean listContinues(int fromToken, int toToken) {
        for (int k = fromToken + 1; k < toToken; k++) {
            Token w = tok(k);
            // a verb of its own ("the HRA overspent by £2m") ends the list
            if (w == null || w.isNumber() || w.is(";") || w.is(".") || w.isWord() && (w.lower().endsWith("ed")
                    || w.lower().startsWith("overspen") || w.lower().endsWith("ent"))) {
                return false;
            }
        }
        // "by about £1.9m", "by more than £800,000": the item's "by" before its hedge and currency
        for (int k = toToken - 1; k > fromToken; k--) {
            Token w = tok(k);
            if (w.is("by")) {
                return true;
            }
            if (!(QuantityScanner.isCurrency(w) || w.isWord() && QualifierReader.isHedgeWord(w.lower()))) {
                return false;
            }
        }
        return false;
    }

    private Token tok(int index) {
        return index >= 0 && index < t.size() ? t.get(index) : null;
    }
}
