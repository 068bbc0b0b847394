package dev.yardstick.extract;

import java.util.List;

/** Numbers that are people's ages, not measurements: "under 18 women", "aged 15-17", "a review at 2 to 2.5 years of age". */
final class Ages {

    private final List<Token> t;

    Ages(List<Token> tokens) {
        this.t = tokens;
    }

    /** "under 18 women", "aged 15-17", "over 65s", "16-18 year olds". */
    boolean at(int first, int last) {
        Token prev = tok(first - 1);
        Token next = tok(last + 1);
        if (prev != null && (prev.is("aged") || prev.is("age") || prev.is("ages"))) {
            return true;
        }
        if (prev != null && (prev.is("-") || prev.is("–") || prev.is("to") || prev.is("and")) && tok(first - 2) != null
                && tok(first - 2).isNumber() && tok(first - 3) != null && (tok(first - 3).is("aged") || tok(first - 3).is("age"))) {
            return true; // "aged 16 to 64"
        }
        if (next != null && (next.is("and") || next.is("or") || next.is("to")) && tok(last + 2) != null && tok(last + 2).isNumber()
                && plausibleAge(t.get(first)) && yearOlds(last + 3)) {
            return true; // "16 and 17-year-olds", "10 and 11 year olds": the first age of a pair
        }
        if (yearsOfAge(last + 1)) {
            return true; // "a review at 2 to 2.5 years of age"
        }
        if (yearOlds(last + 1)) {
            return true;
        }
        if (next != null && next.is("-") && tok(last + 2) != null && tok(last + 2).isNumber() && tok(last + 3) != null
                && (tok(last + 3).is("year") || tok(last + 3).is("yr"))) {
            return true;
        }
        Token verb = tok(first - 2);
        boolean schoolAge = prev != null && prev.is("at") && t.get(first).isNumber() && !t.get(first).text().contains(".")
                && Token.parseNumber(t.get(first).text()) >= 11 && Token.parseNumber(t.get(first).text()) <= 25
                && (next == null || !next.isWord() || Lexicon.PHRASE_STOPS.contains(next.lower())) && (next == null || !next.is("%"))
                && !(verb != null && verb.isWord() && LEVEL_VERBS.contains(verb.lower())); // "it peaked at 11", "stood at 12%": a level
        if (schoolAge) {
            return true; // "study at 18 and"
        }
        // an age is a small whole number: "over 200,000 people visited" counts people
        boolean bound = prev != null && (prev.is("under") || prev.is("over")) && plausibleAge(t.get(first));
        Token person = tok(first - 2);
        if (bound && person != null && (person.is("aged") || person.is("age"))) {
            return true; // "people aged over 55"
        }
        if (bound && person != null && person.isWord() && Lexicon.AGE_NOUNS.contains(person.lower()) && !person.is("year")
                && !person.is("years")) {
            return true; // "conceptions to girls under 18", "people over 65"
        }
        return bound && next != null && next.isWord() && Lexicon.AGE_NOUNS.contains(next.lower())
                && !(next.is("year") || next.is("years"));
    }

    /** From token k on: "year olds", "year-olds", "yr old", "-year-olds". */
    private boolean yearOlds(int k) {
        if (word(k, "-") || word(k, "–")) {
            k++;
        }
        Token next = tok(k);
        return next != null && (next.is("year") || next.is("yr")) && tok(k + 1) != null
                && (tok(k + 1).is("olds") || tok(k + 1).is("old") || tok(k + 1).is("-"));
    }

    /** Verbs that put a level after "at": "stood at 11", "peaked at 11 and now stands at 4". */
    private static final java.util.Set<String> LEVEL_VERBS = java.util.Set.of("stood", "stands", "stand", "standing", "peaked",
            "peaks", "remained", "remains", "remain", "settled", "ended", "closed", "finished", "running",
            "ran", "held", "levelled", "capped", "set", "now");

    private static final int OLDEST = 120;

    private static boolean plausibleAge(Token k) {
        if (!k.isNumber()) {
            return true; // "under eighteen"
        }
        String text = k.text();
        return text.indexOf(',') < 0 && text.indexOf('.') < 0 && Token.parseNumber(text) <= OLDEST;
    }

    /** From token k on: "years of age", or "to 2.5 years of age" (the first number of a range of ages). */
    private boolean yearsOfAge(int k) {
        if ((word(k, "to") || word(k, "-") || word(k, "–")) && tok(k + 1) != null && tok(k + 1).isNumber()) {
            k += 2;
        }
        return (word(k, "years") || word(k, "year") || word(k, "months")) && word(k + 1, "of") && word(k + 2, "age");
    }

    private boolean word(int index, String w) {
        Token k = tok(index);
        return k != null && k.is(w);
    }

    private Token tok(int index) {
        return index >= 0 && index < t.size() ? t.get(index) : null;
    }
}
