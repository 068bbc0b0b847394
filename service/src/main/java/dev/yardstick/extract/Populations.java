package dev.yardstick.extract;

import java.util.List;

/** A place's population, which the conventions count with rate bases as no measurement. Part of {@link NumberContext}. */
final class Populations {

    private final List<Token> t;

    Populations(List<Token> tokens) {
        this.t = tokens;
    }

    /** Verbs that give a place's whole population after them: "it serves 97,106 residents", "home to 250,000 people". */
    private static final java.util.Set<String> POPULATION_VERBS = java.util.Set.of("serves", "serving", "served");
    private static final java.util.Set<String> POPULATION_NOUNS = java.util.Set.of("residents", "people", "inhabitants");

    /**
     * A place's population, which the conventions count with rate bases as no measurement: "Hackney's
     * population is estimated at 246,300 people", "a population of 210,100", "it serves 97,106 residents".
     */
    boolean at(int i, int last) {
        Token n = t.get(i);
        if (!n.isNumber() || n.text().indexOf('.') >= 0 || Token.parseNumber(n.text()) < SMALLEST_POPULATION || i != last) {
            return false; // a share ("the population claiming benefits is 4.5%") or a small count measures something
        }
        for (int k = i - 1; k >= Math.max(0, i - POPULATION_REACH); k--) {
            Token w = t.get(k);
            if (w.isNumber() || w.is(",") && k < i - 1 || w.is(";") || w.is(".")) {
                break;
            }
            if (w.is("population") || w.is("populations")) {
                return k == i - 1 || betweenOnly(k + 1, i); // not "the population in employment is 151,000"
            }
        }
        Token noun = tok(last + 1);
        Token verb = tok(i - 1);
        return noun != null && POPULATION_NOUNS.contains(noun.lower()) && verb != null
                && (POPULATION_VERBS.contains(verb.lower()) || verb.is("to") && word(i - 2, "home"));
    }

    /** Words that may stand between "population" and its figure: "population is estimated at", "a population of about". */
    private static final java.util.Set<String> POPULATION_LINKS = java.util.Set.of("is", "was", "stands", "stood", "at", "of",
            "estimated", "now", "currently", "reached", "about", "around", "approximately", "some", "nearly", "almost", "over");

    private boolean betweenOnly(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!t.get(k).isWord() || !POPULATION_LINKS.contains(t.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    /** A place's population is in thousands at least. */
    private static final int SMALLEST_POPULATION = 1000;

    /** How far before the number "population" may name what it counts: "population is estimated at". */
    private static final int POPULATION_REACH = 5;

    private boolean word(int index, String w) {
        Token k = tok(index);
        return k != null && k.is(w);
    }

    private Token tok(int index) {
        return index >= 0 && index < t.size() ? t.get(index) : null;
    }
}
