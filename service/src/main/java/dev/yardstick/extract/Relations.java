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
            Change.Direction direction = ChangeDirections.stated(t, first, last);
            if (direction == null && q.unit().measure() == Measure.PERCENTAGE_POINTS) {
                direction = ChangeDirections.pointsAgainst(t, last); // "0.4 percentage points below the same point last year"
            }
            if (direction == null && j > 0 && found.get(j - 1).quantity().isChange()
                    && (word(t, first - 1, "or") || gapped(t, lastToken(t, found.get(j - 1).quantity()), first)
                    || listed(t, found.get(j - 1).quantity(), q, first))) {
                direction = found.get(j - 1).quantity().change().direction();
            }
            if (direction == null && word(t, first - 1, "by") && q.unit().measure() == Measure.PERCENT) {
                direction = elided(found, j);
            }
            if (direction != null) {
                found.set(j, new Found(q.withChange(new Change(direction)), found.get(j).role(), -1));
                continue;
            }
            if (toBefore(t, first) && (transitionFrom(t, found, j) || movedOnFrom(t, found, j, first))) {
                continue;
            }
            int level = levelBeforeChangeOn(t, found, j, first);
            if (level >= 0) {
                found.set(j, new Found(inUnitOf(q, found.get(level).quantity()), Found.Role.FROM, level)); // "1286, a 15% reduction on the 1517"
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

    /** How many words may name the later side between "to" and "of": "to a record high of". */
    private static final int TO_OF_WORDS = 3;

    /** "to" right before the value, or "to a peak of", "to a total of": the later side of a move. */
    private static boolean toBefore(List<Token> t, int first) {
        if (word(t, first - 1, "to")) {
            return true;
        }
        if (!word(t, first - 1, "of")) {
            return false;
        }
        for (int k = first - 2; k >= Math.max(0, first - 2 - TO_OF_WORDS); k--) {
            if (t.get(k).is("to")) {
                return k < first - 2;
            }
            if (!t.get(k).isWord()) {
                return false;
            }
        }
        return false;
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
        return q.unit().isBareCount();
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
            // "rose from 97.8 to 98.4%": a bare earlier side right before the later one is in its unit
            boolean bareBefore = k == j - 1 && bare(from);
            if (from.unit().measure() != to.unit().measure() && !bareBefore) {
                continue;
            }
            int kFirst = firstToken(t, from);
            int floor = k > 0 ? lastToken(t, found.get(k - 1).quantity()) : -1;
            for (int i = kFirst - 1; i >= Math.max(floor + 1, kFirst - FROM_REACH); i--) {
                if (t.get(i).is("from")) {
                    found.set(k, new Found(inUnitOf(from, to), Found.Role.FROM, j));
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /** Participles of a move, after a comma: "35 days were lost, falling to 4 in December". */
    private static final java.util.Set<String> MOVING = java.util.Set.of("falling", "rising", "dropping", "increasing",
            "decreasing", "reducing", "climbing", "improving", "growing", "going");

    /**
     * "In November 35 days were lost to swine flu, falling to 4 in December": the value before ", falling to"
     * is the earlier side of the move, in the same measure.
     */
    private static boolean movedOnFrom(List<Token> t, List<Found> found, int j, int first) {
        Token participle = at(t, first - 2);
        if (j == 0 || participle == null || !participle.isWord() || !MOVING.contains(participle.lower()) || !word(t, first - 3, ",")) {
            return false;
        }
        Quantity from = found.get(j - 1).quantity();
        Quantity to = found.get(j).quantity();
        if (from.isChange() || from.unit().measure() != to.unit().measure() && !bare(to)) {
            return false;
        }
        found.set(j - 1, found.get(j - 1).asFrom(j));
        return true;
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
        Unit unit = low.unit().isBareCount() ? high.unit() : low.unit();
        found.set(j - 1, new Found(new Quantity(low.value(), unit, lowQ, low.text(), low.start(), low.end(), null), Found.Role.LEVEL, -1));
        found.set(j, new Found(new Quantity(high.value(), high.unit(), highQ, high.text(), high.start(), high.end(), null), Found.Role.LEVEL, -1));
    }

    /**
     * "which grew by 1.2%, 0.5% and 1.3% respectively": a number listed right after a change, in
     * its measure, is a change too.
     */
    private static boolean listed(List<Token> t, Quantity previous, Quantity q, int first) {
        if (previous.unit().measure() != q.unit().measure()) {
            return false;
        }
        int previousLast = lastToken(t, previous);
        int gap = first - previousLast - 1;
        return gap == 1 && (word(t, first - 1, ",") || word(t, first - 1, "and"))
                || gap == 2 && word(t, previousLast + 1, ",") && word(t, first - 1, "and");
    }

    /**
     * "crime fell by 7.6% this year and hate crime offences by 10%": "by" a share with no verb of
     * its own repeats the verb of the change before it in the sentence.
     */
    private static Change.Direction elided(List<Found> found, int j) {
        for (int k = j - 1; k >= 0; k--) {
            Quantity before = found.get(k).quantity();
            if (before.isChange() && before.unit().measure() == Measure.PERCENT) {
                return before.change().direction();
            }
        }
        return null;
    }

    /** Nouns of change after which "on" names what the change is counted from: "a 15% reduction on the 1517 received". */
    private static final java.util.Set<String> CHANGE_NOUNS = java.util.Set.of("increase", "decrease", "reduction", "rise", "fall",
            "drop", "improvement");

    /**
     * "1286 applications, a 15% reduction on the 1517 applications received in 2014/15", "7.2 days, a
     * reduction of 40% on the 12.8 days taken before": the value after a change's "on" is the earlier side of the level before the change; that level's index, else -1.
     */
    private static int levelBeforeChangeOn(List<Token> t, List<Found> found, int j, int first) {
        int on = word(t, first - 1, "the") ? first - 2 : first - 1;
        if (j < 2 || !word(t, on, "on") || !found.get(j - 1).quantity().isChange()) {
            return -1;
        }
        int changeEnds = lastToken(t, found.get(j - 1).quantity());
        Token noun = at(t, on - 1);
        boolean nounOn = noun != null && noun.isWord() && CHANGE_NOUNS.contains(noun.lower()) && changeEnds == on - 2;
        if (!nounOn && changeEnds != on - 1) { // "a reduction of more than 40% on the 12.8 days": the change itself before "on"
            return -1;
        }
        Quantity level = found.get(j - 2).quantity();
        return level.isChange() || level.unit().measure() != found.get(j).quantity().unit().measure() && !bare(found.get(j).quantity()) ? -1 : j - 2;
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
