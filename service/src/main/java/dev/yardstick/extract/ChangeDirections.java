package dev.yardstick.extract;

import java.util.List;

/**
 * The direction of a change stated around a number: a sign or a verb before it ("+5%", "dropped
 * by 4%", "up 6%"), a comparative after it ("12% more than", "34 more households than", "a 27%
 * increase"), or a comparative in brackets ("(5 seconds longer)").
 */
final class ChangeDirections {

    private ChangeDirections() {
    }

    /** The direction of the change the number from token {@code first} to {@code last} states, or null for a level. */
    static Change.Direction stated(List<Token> t, int first, int last) {
        Change.Direction direction = changeBefore(t, first);
        if (direction == null) {
            direction = changeAfter(t, last);
        }
        int aside = direction == null ? bracketedFigureEnd(t, first, last) : -1;
        if (aside > 0 && comparedThan(t, aside + 1)) {
            direction = changeAfter(t, aside); // not "3 (8%) fall just short of target": there "fall" is the verb
        }
        return direction != null ? direction : comparativeInBrackets(t, first, last);
    }

    /** How many tokens a figure in brackets may take: "(7.5%)", "(7.5 per cent)". */
    private static final int BRACKETED_FIGURE = 4;

    /**
     * "5,300 (7.5%) more than in 2001": a change restated as a share in brackets, whose comparative
     * follows the brackets. The closing bracket of the figure's aside, or of the brackets it stands
     * in after another figure; -1 if neither.
     */
    private static int bracketedFigureEnd(List<Token> t, int first, int last) {
        if (word(t, first - 1, "(") && word(t, last + 1, ")") && at(t, first - 2) != null && at(t, first - 2).isNumber()) {
            return last + 1;
        }
        if (!word(t, last + 1, "(")) {
            return -1;
        }
        for (int k = last + 2; k <= last + 2 + BRACKETED_FIGURE && k < t.size(); k++) {
            Token x = t.get(k);
            if (x.is(")")) {
                return k > last + 2 ? k : -1;
            }
            if (!(x.isNumber() || x.is("%") || x.is("per") || x.is("cent"))) {
                return -1;
            }
        }
        return -1;
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
        if (word(t, i, "by") && word(t, i - 1, ",")) {
            i -= 2; // "rose slightly, by 2%", "also rose, by over 22,000"
            i = ADVERBS.contains(at(t, i) == null ? "" : at(t, i).lower()) ? i - 1 : i;
        } else if (word(t, i, "by") || word(t, i, "of")) {
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

    /** How a move went, between its verb and its amount: "rose slightly, by 2%". */
    private static final java.util.Set<String> ADVERBS = java.util.Set.of("slightly", "sharply", "significantly", "further",
            "again", "marginally", "steadily", "also");

    /** Verbs with which "up" makes another verb: "made up", "take up", "signed up". */
    private static final java.util.Set<String> PHRASAL_UP = java.util.Set.of("made", "make", "makes", "making", "take", "takes",
            "took", "taken", "taking", "signed", "sign", "signs", "signing", "set", "sets", "setting");

    private static final java.util.Set<String> LEVEL_CROSSINGS = java.util.Set.of("below", "above", "under", "over", "beyond", "past");

    /** How far back a verb of change may stand before the "by" of its amount. */
    private static final int BY_REACH = 6;

    private static Change.Direction verbGoverningBy(List<Token> t, int by) {
        for (int k = by - 1; k >= Math.max(0, by - BY_REACH); k--) {
            Token w = t.get(k);
            if (w.is(",") && k == by - 1) {
                continue; // "Calls in Welsh rose slightly, by 2%, from 6,764"
            }
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
        boolean than = word(t, last + 2, "than") || COMPARATIVES.contains(w) && thanAfterNoun(t, last + 2);
        if (than && budgetAfter(t, last + 3)) {
            return null; // "£9.5m less than its revenue budget": a variance from the budget, not a change over time
        }
        if (w.equals("better") && than || w.equals("improvement")) {
            return Change.Direction.BETTER; // "a 10% improvement in the rate": which way is better is the indicator's
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
        if (!w.equals("more") && COMPARATIVES.contains(w) && nounAfter(t, last + 2)) {
            // "218 fewer children in care", "17,000 tonnes less waste": how many fewer, whether or not the sentence says than what
            return Change.Direction.DOWN;
        }
        if (w.equals("more") && nounAfter(t, last + 2) && compares(t, last)) {
            // "1,487 more people had a personal budget than in 2010/11"; but "providing 600 more school places" adds them
            return Change.Direction.UP;
        }
        if ((w.equals("up") || w.equals("down")) && countedFrom(t, last + 2)) {
            return w.equals("up") ? Change.Direction.UP : Change.Direction.DOWN; // "8% up on the year before"
        }
        return againstReference(t, last, w);
    }

    /** Words after "up" or "down" that name what a change is counted from: "up on", "down from", "up compared with". */
    private static final java.util.Set<String> COUNTED_FROM = java.util.Set.of("on", "from", "compared", "against", "since", "year");

    /** The sentence sets the figure against something: "than" after it, or "compared" anywhere. */
    private static boolean compares(List<Token> t, int last) {
        for (int k = 0; k < t.size(); k++) {
            if (t.get(k).is("compared") || k > last && t.get(k).is("than")) {
                return true;
            }
        }
        return false;
    }

    private static boolean nounAfter(List<Token> t, int i) {
        Token k = at(t, i);
        return k != null && k.isWord() && !Lexicon.PHRASE_STOPS.contains(k.lower());
    }

    private static boolean countedFrom(List<Token> t, int i) {
        Token k = at(t, i);
        return k != null && k.isWord() && COUNTED_FROM.contains(k.lower());
    }

    /** Where a number stands against a reference level rather than where it has moved to. */
    private static final java.util.Map<String, Change.Direction> STANDING = java.util.Map.of("above", Change.Direction.UP,
            "below", Change.Direction.DOWN, "ahead", Change.Direction.UP, "behind", Change.Direction.DOWN, "short", Change.Direction.DOWN);
    /** Levels a figure is measured against: "2.5% above target", "6% below baseline", "£1.2m ahead of the profile". */
    private static final java.util.Set<String> REFERENCE_LEVELS = java.util.Set.of("target", "targets", "baseline", "budget",
            "profile", "plan", "forecast", "average", "benchmark", "trajectory",
            // "1.5% ahead of the same point last year", "5% below last year"
            "same", "last", "previous");
    /** How many words may stand between "above" and the reference level: "below the national average", "ahead of our target". */
    private static final int REFERENCE_REACH = 5;

    /**
     * "12.5%, which is 2.5% above target", "189 - 6% below baseline": a number standing above or
     * below a reference level is the distance from it, not a level of its own.
     */
    private static Change.Direction againstReference(List<Token> t, int last, String w) {
        Change.Direction direction = STANDING.get(w);
        if (direction == null || w.equals("short") && !word(t, last + 2, "of")) {
            return null; // "1% short of the target"; not "35% short term"
        }
        for (int k = last + 2; k <= last + 1 + REFERENCE_REACH && k < t.size(); k++) {
            Token x = t.get(k);
            if (!x.isWord()) {
                return null;
            }
            if (REFERENCE_LEVELS.contains(x.lower())) {
                return direction;
            }
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

    private static final java.util.Set<String> COMPARATIVES = java.util.Set.of("more", "fewer", "less");

    /** A comparative at token {@code i} with its "than": "more than", "fewer households than". */
    private static boolean comparedThan(List<Token> t, int i) {
        Token w = at(t, i);
        return w != null && w.isWord() && (word(t, i + 1, "than") || COMPARATIVES.contains(w.lower()) && thanAfterNoun(t, i + 1));
    }
    /** How many words of a noun may stand between "34 more" and "than": "34 more households than in 2014/15". */
    private static final int NOUN_BEFORE_THAN = 2;

    private static boolean thanAfterNoun(List<Token> t, int from) {
        for (int k = from; k < from + NOUN_BEFORE_THAN && k < t.size(); k++) {
            Token w = t.get(k);
            if (!w.isWord() || Lexicon.PHRASE_STOPS.contains(w.lower())) {
                return false;
            }
            if (word(t, k + 1, "than")) {
                return true;
            }
        }
        return false;
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


    /**
     * Percentage points say how far one share stands from another, never a level: "0.4 percentage
     * points below the same point last year", "2 points above the national average".
     */
    static Change.Direction pointsAgainst(List<Token> t, int last) {
        Token a = last + 1 < t.size() ? t.get(last + 1) : null;
        if (a == null || !a.isWord()) {
            return null;
        }
        return switch (a.lower()) {
            case "below", "lower", "under", "behind", "down", "fewer", "less" -> Change.Direction.DOWN;
            case "above", "higher", "over", "ahead", "up", "more" -> Change.Direction.UP;
            default -> null;
        };
    }

    private static boolean word(List<Token> t, int i, String w) {
        return i >= 0 && i < t.size() && t.get(i).is(w);
    }

    private static Token at(List<Token> t, int i) {
        return i >= 0 && i < t.size() ? t.get(i) : null;
    }
}
