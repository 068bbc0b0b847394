package dev.yardstick.extract;

import java.util.List;
import java.util.Set;

/**
 * The edges of the bands a status framework sorts its measures into ("within 5% of target",
 * "missed it by more than 5%", "more than 5% off the target"): numbers that define a status,
 * not results.
 */
final class StatusBands {

    private static final Set<String> BAND_VERBS = Set.of("missed", "missing", "misses", "miss", "exceeded", "exceeding", "exceeds",
            "beat", "beaten", "beating", "outperformed");
    private static final Set<String> STATUS_NAMES = Set.of("kpi", "measure", "indicator", "pi", "red", "amber", "green", "rag");

    private final List<Token> t;

    StatusBands(List<Token> tokens) {
        this.t = tokens;
    }

    /** Whether the number at tokens [i, last] is the edge of a status band. */
    boolean edge(int i, int last) {
        return toleranceOfTarget(i, last) || boundOfStatusBand(i, last) || bandInBrackets(i);
    }

    /** Words of a band's edge inside the brackets that define it. */
    private static final Set<String> BAND_WORDS = Set.of("within", "between", "more", "better", "less", "worse", "over", "under");
    /** How far into its brackets a band's number may stand: "(between 1 per cent and 5 per cent)". */
    private static final int BRACKET_REACH = 8;

    /**
     * "met or beat their target (within 1 per cent or better)", "adrift of target (between 1 per cent
     * and 5 per cent)", "(5 per cent or more)": brackets right after a target that say how far from
     * it each status lies define the bands.
     */
    private boolean bandInBrackets(int i) {
        int open = i - 1;
        while (open >= 0 && open >= i - BRACKET_REACH && !word(open, "(") && !word(open, ")")) {
            open--;
        }
        if (!word(open, "(") || !(word(open - 1, "target") || word(open - 1, "targets"))) {
            return false;
        }
        for (int k = open + 1; k < t.size() && k <= open + BRACKET_REACH * 2 && !word(k, ")"); k++) {
            if (t.get(k).isWord() && BAND_WORDS.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "above target or within 5% of it", "within the 5% threshold": the band that defines a status, not a result. */
    private boolean toleranceOfTarget(int i, int last) {
        boolean determiner = word(i - 1, "the") || word(i - 1, "a") || word(i - 1, "its") || word(i - 1, "their");
        if (!(word(i - 1, "within") || determiner && word(i - 2, "within"))) {
            return false;
        }
        int k = pastPercent(last + 1);
        if (word(k, "threshold") || word(k, "tolerance") || word(k, "margin") || word(k, "band")) {
            return true;
        }
        return word(k, "of") && (word(k + 1, "target") || word(k + 1, "it") || word(k + 1, "them")
                || (word(k + 1, "the") || word(k + 1, "their") || word(k + 1, "its")) && word(k + 2, "target"));
    }

    /**
     * "23% missed it by more than 5%", "a red arrow shows that a KPI missed its target by more than
     * 5%", "those more than 5% off the target are Red": a bound ("up to", "more than") on how far a
     * measure of a status framework missed its target sets the edge of a status band. An exact
     * margin ("missed its target by 3%") is still a value.
     */
    private boolean boundOfStatusBand(int i, int last) {
        int k = i - 1;
        if (word(k, "to") && word(k - 1, "up") || word(k, "than") && (word(k - 1, "more") || word(k - 1, "less"))) {
            k -= 2;
        } else {
            return false;
        }
        int after = pastPercent(last + 1);
        boolean offTarget = (word(after, "off") || word(after, "below") || word(after, "above") || word(after, "outside")
                || word(after, "behind") || word(after, "short") || word(after, "away") || word(after, "from"))
                && (word(after + 1, "target") || word(after + 2, "target") || word(after + 3, "target"))
                || word(after, "adrift"); // "six were more than 10 per cent adrift"
        boolean missedBy = false;
        if (word(k, "by")) {
            for (int m = k - 1; m >= Math.max(0, k - 4) && !missedBy; m--) {
                missedBy = BAND_VERBS.contains(t.get(m).lower());
            }
        }
        return (offTarget || missedBy) && speaksOfStatuses();
    }

    /** The sentence names the measures of a status framework ("KPIs", "measures") or a status colour. */
    private boolean speaksOfStatuses() {
        int targets = 0;
        for (Token k : t) {
            if (k.isWord() && (FrameworkCount.FRAMEWORK_NOUNS.contains(k.lower()) || STATUS_NAMES.contains(k.lower()))) {
                return true;
            }
            targets += k.is("target") ? 1 : 0;
        }
        return targets >= 2; // "21 were on or above target, 6 within 10% of target and 3 more than 10% below target": the bands
    }

    /** The token after a "%" or "per cent" at {@code k}, else {@code k}. */
    private int pastPercent(int k) {
        if (word(k, "%")) {
            return k + 1;
        }
        return word(k, "per") && word(k + 1, "cent") ? k + 2 : k;
    }

    private boolean word(int index, String w) {
        return index >= 0 && index < t.size() && t.get(index).is(w);
    }
}
