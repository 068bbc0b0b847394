package dev.yardstick.extract;

import java.util.Set;

/**
 * Positions on a scale: "4th quintile", "fourth from bottom", "top quartile", "ranked 3rd in
 * London". An ordinal with no rank word after it is a label ("first draw", "the 2nd round").
 */
final class Ranks {

    private static final Set<String> SCALES = Set.of("quintile", "quartile", "decile", "percentile");

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
        } else if (a.is("in") && b != null && (b.is("London") || b.is("England") || b.is("the"))
                || a.is("nationally") || a.is("out") && b != null && b.is("of")) {
            label = "rank";
        }
        if (label == null || value <= 0) {
            return last;
        }
        sentence.add(value, new Unit(Measure.RANK, label), start, first, last, end);
        return end;
    }

    /** "top quartile" is 1, "bottom quintile" 5: a position on a scale named by its end. */
    static int endOfScale(QuantitySentence sentence, int i) {
        Token k = sentence.tokens().get(i);
        Token scale = sentence.tok(i + 1);
        if (!(k.is("top") || k.is("bottom")) || scale == null || sentence.inTime(k.start(), scale.end())) {
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
        sentence.add(k.is("top") ? 1 : size, new Unit(Measure.RANK, scale.lower()), k.start(), i, i + 1, i + 1);
        return i + 1;
    }

    /**
     * Whether a sentence without a digit or a number word may still give a position on a scale
     * ("We are now in the top quartile nationally"): it names a scale {@link #endOfScale} reads.
     */
    static boolean mayNameAPosition(String s) {
        return s.indexOf("uartile") >= 0 || s.indexOf("uintile") >= 0 || s.indexOf("ecile") >= 0;
    }

    /** Word ordinals are mostly labels ("first draw", "in the first place"); only scale words make them ranks. */
    static boolean strongRankFollows(QuantitySentence sentence, int i) {
        Token a = sentence.tok(i + 1);
        Token b = sentence.tok(i + 2);
        return a != null && (a.is("quintile") || a.is("quartile") || a.is("decile") || a.is("percentile")
                || a.is("from") && b != null && (b.is("bottom") || b.is("top") || b.is("the"))
                || a.is("highest") || a.is("lowest") || a.is("best") || a.is("worst") || a.is("nationally")
                || a.is("in") && b != null && (b.is("London") || b.is("England")));
    }
}
