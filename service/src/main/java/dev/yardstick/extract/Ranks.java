package dev.yardstick.extract;

import java.util.List;
import java.util.Set;

/**
 * Positions on a scale: "4th quintile", "fourth from bottom", "top quartile", "ranked 3rd in
 * London". An ordinal with no rank word after it is a label ("first draw", "the 2nd round").
 */
final class Ranks {

    private static final Set<String> SCALES = Set.of("quintile", "quartile", "decile", "percentile");
    /** The words naming an end of a scale, lower case: "top quartile", "bottom quintile". */
    static final List<String> SCALE_ENDS = List.of("top", "bottom", "upper", "lower");

    private Ranks() {
    }

    /** An ordinal: a rank when a rank word follows ("4th quintile", "fourth from bottom"), else a label. */
    static int rank(QuantitySentence sentence, int first, int last, int value, int start) {
        Token a = sentence.tok(last + 1);
        Token b = sentence.tok(last + 2);
        if (a == null || sentence.inTime(start, sentence.tokens().get(last).end())) {
            return last;
        }
        String label = null;
        int end = last;
        if (a.isWord() && Lexicon.RANK_WORDS.contains(a.lower())) {
            label = SCALES.contains(a.lower()) ? a.lower() : "rank";
            end = last + 1;
        } else if (a.is("from") && b != null && (b.is("bottom") || b.is("top") || (b.is("the") && sentence.tok(last + 3) != null))) {
            Token which = b.is("the") ? sentence.tok(last + 3) : b;
            label = "position from " + which.lower();
            end = b.is("the") ? last + 3 : last + 2;
        } else if (a.is("of") && b != null && b.isNumber() && Token.parseNumber(b.text()) >= value) {
            label = "rank";
            end = last + 2; // "17th of 22": the size of the league is no measurement
        } else if (a.is("of") && b != null && b.is("the") && sentence.tok(last + 3) != null && sentence.tok(last + 3).isNumber()
                && Token.parseNumber(sentence.tok(last + 3).text()) >= value) {
            label = "rank";
            end = last + 3; // "sixth of the 32 Scottish councils"
        } else if (a.is("in") && b != null && (b.is("the") || aPlace(b))
                || a.is("nationally") || a.is("out") && b != null && b.is("of") || placedBy(sentence, first) || nextInList(sentence, first)
                || superlative(a, b) || a.is("to") && rankWordWithin(sentence, last + 2)) {
            label = "rank"; // "9th strongest", "2nd most efficient"; "from 27th to 16th place": the earlier of two places
        }
        if (label == null || value <= 0) {
            return last;
        }
        sentence.add(value, new Unit(Measure.RANK, label), start, first, last, end);
        return end;
    }

    /** "strongest", "most efficient", "least deprived": a superlative makes the ordinal before it a place in a league. */
    private static boolean superlative(Token a, Token b) {
        String w = a.isWord() ? a.lower() : "";
        return w.length() >= SUPERLATIVE_LENGTH && w.endsWith("est") || (w.equals("most") || w.equals("least")) && b != null && b.isWord();
    }

    /** A superlative in "-est" is longer than "best" or "rest", which the rank words or nothing cover. */
    private static final int SUPERLATIVE_LENGTH = 6;

    /** A rank word within the next few tokens: "to 16th place". */
    private static boolean rankWordWithin(QuantitySentence sentence, int from) {
        for (int k = from; k < from + 3; k++) {
            Token w = sentence.tok(k);
            if (w != null && w.isWord() && Lexicon.RANK_WORDS.contains(w.lower())) {
                return true;
            }
        }
        return false;
    }

    /** "6th in Wales", "3rd in London": a place's name, not a month's ("1st in April"). */
    private static boolean aPlace(Token b) {
        return b.isWord() && Character.isUpperCase(b.text().charAt(0)) && !Months.isNameAt(b.text(), 0);
    }

    /** Verbs that give a league position: "came 5th", "ranked 9th", "placing us 17th", "finished 2nd". */
    private static final Set<String> PLACING_VERBS = Set.of("came", "comes", "ranked", "ranks", "placed", "placing", "places",
            "finished", "finishing", "positioned");

    private static boolean placedBy(QuantitySentence sentence, int first) {
        Token before = sentence.tok(first - 1);
        boolean placed = before != null && (before.is("us") || before.is("it") || before.is("them") || before.is("joint")
                || before.isWord() && Character.isUpperCase(before.text().charAt(0)) && first >= 2); // "placed Caerphilly third"
        Token verb = placed ? sentence.tok(first - 2) : before;
        return verb != null && verb.isWord() && PLACING_VERBS.contains(verb.lower());
    }

    /** "5th for primary schools and 7th for secondary schools": the next of a list of positions. */
    private static boolean nextInList(QuantitySentence sentence, int first) {
        Token before = sentence.tok(first - 1);
        if (before == null || !(before.is("and") || before.is(",") || before.is("or"))) {
            return false;
        }
        List<Found> found = sentence.found();
        return !found.isEmpty() && found.get(found.size() - 1).quantity().unit().measure() == Measure.RANK;
    }

    /** "top quartile" and "upper quartile" are 1, "bottom quintile" 5: a position on a scale named by its end. */
    static int endOfScale(QuantitySentence sentence, int i) {
        Token k = sentence.tokens().get(i);
        Token scale = sentence.tok(i + 1);
        if (!isScaleEnd(k) || scale == null || sentence.inTime(k.start(), scale.end())) {
            return i;
        }
        int size = switch (scale.lower()) {
            case "quartile" -> 4;
            case "quintile" -> 5;
            case "decile" -> 10;
            default -> 0;
        };
        if (size == 0) {
            return i;
        }
        sentence.add(k.is("top") || k.is("upper") ? 1 : size, new Unit(Measure.RANK, scale.lower()), k.start(), i, i + 1, i + 1);
        return i + 1;
    }

    private static boolean isScaleEnd(Token k) {
        for (String end : SCALE_ENDS) {
            if (k.is(end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence without a digit or a number word may still give a position on a scale
     * ("We are now in the top quartile nationally"): it names a scale {@link #endOfScale} reads.
     */
    static boolean mayNameAPosition(String s) {
        return s.indexOf("uartile") >= 0 || s.indexOf("uintile") >= 0 || s.indexOf("ecile") >= 0;
    }

    /**
     * Word ordinals are mostly labels ("first draw", "in the first place", "a third of"); scale words
     * make them ranks, and so do a league after them or a placing verb before them ("placed
     * Caerphilly third among the Welsh local authorities", "fourth of all the councils in Wales",
     * "sixth of the 32 Scottish councils").
     */
    static boolean strongRankFollows(QuantitySentence sentence, int i) {
        Token a = sentence.tok(i + 1);
        Token b = sentence.tok(i + 2);
        if (a != null && (a.is("quintile") || a.is("quartile") || a.is("decile") || a.is("percentile")
                || a.is("from") && b != null && (b.is("bottom") || b.is("top") || b.is("the"))
                || a.is("best") || a.is("worst") || a.is("nationally") || superlative(a, b))) {
            // "the fifth largest local authority", "the second most deprived": a place in a league
            return true;
        }
        Token before = sentence.tok(i - 1);
        if (before != null && (before.is("a") || before.is("one") || before.is("two") || before.is("the"))) {
            return false; // "a third of", "the first round": a share or a label
        }
        Token c = sentence.tok(i + 3);
        return a != null && (a.is("among") || a.is("of") && b != null && (b.is("all") || b.isNumber()
                || b.is("the") && c != null && c.isNumber()) // "sixth of the 32 Scottish councils"
                || a.is("in") && b != null && (aPlace(b) || b.is("the") && inALeague(sentence, i + 3)))
                || placedBy(sentence, i);
    }

    /** "third in the list of Welsh local authorities", "2nd in the league table". */
    private static boolean inALeague(QuantitySentence sentence, int k) {
        Token c = sentence.tok(k);
        return c != null && (c.is("list") || c.is("league") || c.is("table") || c.is("rankings") || c.is("country") || c.is("region"));
    }
}
