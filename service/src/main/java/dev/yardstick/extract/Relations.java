package dev.yardstick.extract;

import java.util.List;

/**
 * Relations between the quantities of one sentence: changes ("dropped by 4%"), transitions
 * ("from 4th quintile to 2nd quintile", "87%, up from 82%") and ranges ("£900k - £1m").
 */
final class Relations {

    /** How far before the earlier value "from" may stand: "from a high-point of £11.1m". */
    private static final int FROM_REACH = 6;

    private Relations() {
    }

    static void link(List<Token> t, List<Found> found) {
        for (int j = 0; j < found.size(); j++) {
            Quantity q = found.get(j).quantity();
            int first = firstToken(t, q);
            int last = lastToken(t, q);
            Change.Direction direction = changeBefore(t, first);
            if (direction == null) {
                direction = changeAfter(t, last);
            }
            if (direction == null) {
                direction = comparativeInBrackets(t, first, last);
            }
            if (direction == null && j > 0 && found.get(j - 1).quantity().isChange()
                    && (word(t, first - 1, "or") || gapped(t, lastToken(t, found.get(j - 1).quantity()), first))) {
                direction = found.get(j - 1).quantity().change().direction();
            }
            if (direction != null) {
                found.set(j, new Found(q.withChange(new Change(direction)), found.get(j).role(), -1));
                continue;
            }
            if (word(t, first - 1, "to") && transitionFrom(t, found, j)) {
                continue;
            }
            if (word(t, first - 1, "from") && j > 0 && !found.get(j - 1).quantity().isChange()
                    && (isChangeWord(t, first - 2) || laterSideJustBefore(t, found, j, first))) {
                found.set(j, new Found(inUnitOf(q, found.get(j - 1).quantity()), Found.Role.FROM, j - 1));
                continue;
            }
            range(t, found, j, first);
        }
    }

    /**
     * "edged up, to 99.0% from 98.9%": the later side stands right before "from", in the same
     * measure, or the earlier side is a bare number that takes the later side's unit ("fell to 48
     * per 100,000 from 61").
     */
    private static boolean laterSideJustBefore(List<Token> t, List<Found> found, int j, int first) {
        Quantity later = found.get(j - 1).quantity();
        Quantity earlier = found.get(j).quantity();
        return lastToken(t, later) == first - 2 && (later.unit().measure() == earlier.unit().measure() || bare(earlier));
    }

    private static boolean bare(Quantity q) {
        return q.unit().measure() == Measure.COUNT && "count".equals(q.unit().label());
    }

    /** The earlier side of a transition written as a bare number is in the later side's measure: a rate, a share, a time. */
    private static Quantity inUnitOf(Quantity earlier, Quantity later) {
        return bare(earlier) && later.unit().measure() != Measure.COUNT
                ? new Quantity(earlier.value(), later.unit(), earlier.qualifier(), earlier.text(), earlier.start(), earlier.end(), null)
                : earlier;
    }

    private static boolean transitionFrom(List<Token> t, List<Found> found, int j) {
        Quantity to = found.get(j).quantity();
        for (int k = j - 1; k >= 0; k--) {
            Quantity from = found.get(k).quantity();
            if (from.isChange()) {
                return false;
            }
            if (from.unit().measure() != to.unit().measure()) {
                continue;
            }
            int kFirst = firstToken(t, from);
            int floor = k > 0 ? lastToken(t, found.get(k - 1).quantity()) : -1;
            for (int i = kFirst - 1; i >= Math.max(floor + 1, kFirst - FROM_REACH); i--) {
                if (t.get(i).is("from")) {
                    found.set(k, found.get(k).asFrom(j));
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    private static void range(List<Token> t, List<Found> found, int j, int first) {
        if (j == 0) {
            return;
        }
        Token connector = at(t, first - 1);
        if (connector == null || !(connector.is("-") || connector.is("–") || connector.is("to") || connector.is("and"))) {
            return;
        }
        Quantity high = found.get(j).quantity();
        Quantity low = found.get(j - 1).quantity();
        int lowLast = lastToken(t, low);
        if (lowLast != first - 2 || low.isChange() || low.unit().measure() != high.unit().measure() || low.value() >= high.value()) {
            return;
        }
        int lowFirst = firstToken(t, low);
        boolean between = word(t, lowFirst - 1, "between");
        if (connector.is("and") && !between || word(t, lowFirst - 1, "from")) {
            return;
        }
        Qualifier lowQ = low.qualifier() == Qualifier.EXACT ? Qualifier.AT_LEAST : low.qualifier();
        Qualifier highQ = high.qualifier() == Qualifier.EXACT ? Qualifier.UP_TO : high.qualifier();
        Unit unit = low.unit().measure() == Measure.COUNT && "count".equals(low.unit().label()) ? high.unit() : low.unit();
        found.set(j - 1, new Found(new Quantity(low.value(), unit, lowQ, low.text(), low.start(), low.end(), null), Found.Role.LEVEL, -1));
        found.set(j, new Found(new Quantity(high.value(), high.unit(), highQ, high.text(), high.start(), high.end(), null), Found.Role.LEVEL, -1));
    }

    private static Change.Direction changeBefore(List<Token> t, int first) {
        Token sign = at(t, first - 1);
        if (sign != null && sign.is("+") && first < t.size() && !t.get(first).spaced()) {
            return Change.Direction.UP; // "footfall +5% on last quarter"
        }
        int i = first - 1;
        if (word(t, i, "by")) {
            Change.Direction governing = verbGoverningBy(t, i);
            if (governing != null) {
                return governing; // "to cut delays attributable to social care by 60%"
            }
        }
        if (word(t, i, "by") || word(t, i, "of")) {
            i--;
        } else if (at(t, first) != null && LEVEL_CROSSINGS.contains(at(t, first).lower())) {
            return null; // "fell below nine million", "rose above 90%": a level crossed, not an amount of change
        }
        Token k = at(t, i);
        if (k == null || !k.isWord()) {
            return null;
        }
        Token hyphen = at(t, i - 1);
        if (!k.spaced() && hyphen != null && hyphen.is("-") && !hyphen.spaced()) {
            return null; // "an average take-up of 47%", "the top-up of £5m": part of a compound noun, not a change
        }
        String w = k.lower();
        Token verb = at(t, i - 1);
        if (w.equals("up") && verb != null && verb.isWord() && PHRASAL_UP.contains(verb.lower())) {
            return null; // "BME staff made up 12% of the workforce": a share, not a rise
        }
        if (Lexicon.UP_WORDS.contains(w) && !w.equals("higher")) {
            return Change.Direction.UP;
        }
        if (Lexicon.DOWN_WORDS.contains(w) && !w.equals("lower")) {
            return Change.Direction.DOWN;
        }
        return null;
    }

    /** Verbs with which "up" makes another verb: "made up", "take up", "signed up". */
    private static final java.util.Set<String> PHRASAL_UP = java.util.Set.of("made", "make", "makes", "making", "take", "takes",
            "took", "taken", "taking", "signed", "sign", "signs", "signing", "set", "sets", "setting");

    private static final java.util.Set<String> LEVEL_CROSSINGS = java.util.Set.of("below", "above", "under", "over", "beyond", "past");

    /** How far back a verb of change may stand before the "by" of its amount. */
    private static final int BY_REACH = 6;

    private static Change.Direction verbGoverningBy(List<Token> t, int by) {
        for (int k = by - 1; k >= Math.max(0, by - BY_REACH); k--) {
            Token w = t.get(k);
            if (!w.isWord()) {
                return null;
            }
            if (CHANGE_VERBS_UP.contains(w.lower())) {
                return Change.Direction.UP;
            }
            if (CHANGE_VERBS_DOWN.contains(w.lower())) {
                return Change.Direction.DOWN;
            }
        }
        return null;
    }

    private static final java.util.Set<String> CHANGE_VERBS_UP = java.util.Set.of("increase", "increased", "raise", "raised", "grow", "grew", "boost", "boosted");
    private static final java.util.Set<String> CHANGE_VERBS_DOWN = java.util.Set.of("cut", "reduce", "reduced", "lower", "lowered", "decrease", "decreased");

    private static Change.Direction changeAfter(List<Token> t, int last) {
        Token a = at(t, last + 1);
        if (a == null || !a.isWord()) {
            return null;
        }
        String w = a.lower();
        boolean than = word(t, last + 2, "than");
        if (than && budgetAfter(t, last + 3)) {
            return null; // "£9.5m less than its revenue budget": a variance from the budget, not a change over time
        }
        if (w.equals("better") && than) {
            return Change.Direction.BETTER;
        }
        if (w.equals("worse") && than) {
            return Change.Direction.WORSE;
        }
        if ((w.equals("more") || w.equals("higher")) && than || w.equals("increase") || w.equals("rise") || w.equals("growth")) {
            return Change.Direction.UP;
        }
        if ((w.equals("fewer") || w.equals("less") || w.equals("lower")) && than || w.equals("reduction")
                || w.equals("decrease") || w.equals("fall") || w.equals("drop")) {
            return Change.Direction.DOWN;
        }
        return null;
    }

    /**
     * "now wait 31 seconds on average (5 seconds longer)", "(12 fewer)": a comparative closing the
     * brackets a number opens is the change since the period the sentence compares with, not a level.
     */
    private static Change.Direction comparativeInBrackets(List<Token> t, int first, int last) {
        Token open = at(t, first - 1);
        Token word = at(t, last + 1);
        Token close = at(t, last + 2);
        if (open == null || !open.is("(") || word == null || !word.isWord() || close == null || !close.is(")")) {
            return null;
        }
        return Lexicon.BRACKETED_COMPARATIVES.get(word.lower());
    }

    /** "budget", "its budget", "the revenue budget", "our approved budget" from token {@code i}. */
    static boolean budgetAfter(List<Token> t, int i) {
        for (int k = i; k < i + 4; k++) {
            Token w = at(t, k);
            if (w == null || !w.isWord()) {
                return false;
            }
            if (w.lower().startsWith("budget")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isChangeWord(List<Token> t, int i) {
        Token k = at(t, i);
        return k != null && k.isWord() && (Lexicon.UP_WORDS.contains(k.lower()) || Lexicon.DOWN_WORDS.contains(k.lower()));
    }

    static int firstToken(List<Token> t, Quantity q) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).start() >= q.start()) {
                return i;
            }
        }
        return t.size();
    }

    static int lastToken(List<Token> t, Quantity q) {
        int last = -1;
        for (int i = 0; i < t.size() && t.get(i).start() < q.end(); i++) {
            last = i;
        }
        return last;
    }

    /**
     * "electricity consumption was down 5.6% and gas consumption 7.3%": after "and", a few words
     * naming another subject and no verb of their own, so the change of the value before carries over.
     */
    private static boolean gapped(List<Token> t, int previousLast, int first) {
        int words = first - previousLast - 2;
        if (!word(t, previousLast + 1, "and") || words < 1 || words > 3) {
            return false;
        }
        for (int k = previousLast + 2; k < first; k++) {
            if (!t.get(k).isWord() || OWN_PREDICATE.contains(t.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    /** Words that give the words after "and" a predicate of their own (a verb) or make them a phrase of another kind. */
    private static final java.util.Set<String> OWN_PREDICATE = java.util.Set.of("is", "was", "were", "are", "has", "have", "had", "be",
            "stood", "stands", "reached", "remained", "rose", "fell", "grew", "increased", "decreased", "reduced", "dropped",
            "improved", "totalled", "at", "to", "from", "by", "of", "in", "with", "the", "a", "an");

    private static boolean word(List<Token> t, int i, String w) {
        Token k = at(t, i);
        return k != null && k.is(w);
    }

    private static Token at(List<Token> t, int i) {
        return i >= 0 && i < t.size() ? t.get(i) : null;
    }
}
