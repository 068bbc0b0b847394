package dev.yardstick.extract;

import java.util.List;
import java.util.Set;

/**
 * Numbers that set a rule or describe a scheme rather than measure anything: a threshold ("5 or
 * more absences"), a multiple ("three times the amount"), a limit ("the 20% legal minimum"), who
 * is eligible ("up to six miles outside the city"), a phone number, a scheme's extent ("all 21
 * wards") or terms ("tickets cost £1").
 */
final class SchemeTerms {

    private static final Set<String> COVERAGE_NOUNS = Set.of("wards", "areas", "districts", "boroughs", "councils", "authorities",
            "sites", "buildings", "premises", "libraries", "schools", "practices", "localities", "neighbourhoods", "towns", "parishes");
    private static final Set<String> DISTANCE_UNITS = Set.of("miles", "mile", "km", "kilometres", "metres", "yards");
    private static final Set<String> THRESHOLD_WORDS = Set.of("more", "fewer", "less", "above", "over", "below", "under");
    private static final Set<String> SCHEME_WORDS = Set.of("ticket", "tickets", "prize", "prizes", "jackpot", "priced", "entry", "stake");
    private static final Set<String> LIMITS = Set.of("minimum", "maximum", "ceiling", "cap", "limit");

    private final List<Token> t;

    SchemeTerms(List<Token> tokens) {
        this.t = tokens;
    }

    /**
     * Numbers that set a rule or describe a scheme rather than measure anything: "5 or more
     * absences" (a policy threshold), "three times the amount" (a multiple), "the funding team on
     * 01632 960451" (a phone number), "all 21 wards" (coverage), "those two services" (a
     * reference back).
     */
    boolean rule(int i, int last) {
        Token next = tok(last + 1);
        Token next2 = tok(last + 2);
        if (next != null && next.is("or") && next2 != null && THRESHOLD_WORDS.contains(next2.lower())) {
            return true;
        }
        if (next != null && (next.is("times") || next.is("fold") || next.is("instalments") || next.is("installments"))) {
            return true; // "three times the amount"; "payments fall due in 10 or 12 instalments": the scheme's terms
        }
        if (next != null && next.is("or") && next2 != null && next2.isNumber() && (word(last + 3, "instalments") || word(last + 3, "installments"))) {
            return true;
        }
        if (setsALimit(last + 1)) {
            return true; // "three times the 20% legal minimum", "under the £25,000 grant ceiling": a rule, not a result
        }
        if (next != null && DISTANCE_UNITS.contains(next.lower()) && (word(i - 1, "within") || word(i - 1, "to") && word(i - 2, "up"))) {
            return true; // "villages up to six miles outside the city": who is eligible, not a result
        }
        Token prev = tok(i - 1);
        if (prev != null && prev.isNumber() && prev.text().startsWith("0") && !prev.text().contains(".")) {
            return true; // the second half of a phone number
        }
        if (prev != null && prev.is("all") && next != null && next.isWord() && COVERAGE_NOUNS.contains(next.lower())) {
            return true; // "extended to all 21 wards": the extent of a scheme, not a result
        }
        if (prev != null && prev.is("across") && next != null && next.is("of") && coverageNounWithin(last + 2)) {
            return true; // "energy use fell across 26 of the council's key sites": where a change was seen
        }
        boolean word = !t.get(i).isNumber();
        if (word && prev != null && (prev.is("those") || prev.is("these") || prev.is("the") || prev.is("both"))) {
            return true;
        }
        return false;
    }

    /** A sum of money near a ticket, prize or jackpot sets the scheme's terms: "tickets cost £1", "a £25,000 jackpot". */
    boolean parameter(int i, int last) {
        for (int k = Math.max(0, i - 4); k <= Math.min(t.size() - 1, last + 2); k++) {
            if (k != i && t.get(k).isWord() && SCHEME_WORDS.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** From token k: an optional "%", up to two words ("legal", "grant"), then the word of a limit. */
    private boolean setsALimit(int k) {
        if (word(k, "%")) {
            k++;
        }
        for (int w = k; w < Math.min(t.size(), k + 3) && t.get(w).isWord(); w++) {
            if (LIMITS.contains(t.get(w).lower())) {
                return true;
            }
        }
        return false;
    }

    private boolean coverageNounWithin(int from) {
        for (int k = from; k < Math.min(t.size(), from + 5); k++) {
            if (t.get(k).isWord() && COVERAGE_NOUNS.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private boolean word(int index, String w) {
        Token k = tok(index);
        return k != null && k.is(w);
    }

    private Token tok(int index) {
        return index >= 0 && index < t.size() ? t.get(index) : null;
    }
}
