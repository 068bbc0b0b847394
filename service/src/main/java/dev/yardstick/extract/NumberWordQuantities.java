package dev.yardstick.extract;

import java.util.Set;

/**
 * Counts written as words: "nine million", "three (16%) amber", "twelve schools", "one more
 * than". A number word that is a label, a duration, an age or a share's whole is left out, as
 * its figure would be ({@link NumberContext}).
 */
final class NumberWordQuantities {

    private static final Set<String> COMPARATIVES = Set.of("more", "fewer", "less", "higher", "lower");
    /** Verbs that state a level: a number word after one of them, ending its clause, is the level. */
    private static final Set<String> LEVEL_VERBS = Set.of("was", "is", "were", "are", "remained", "remains", "reached",
            "totalled", "totaled");

    /** Verbs that give a level with "at": "stood at eight", "remains at three". */
    private static final Set<String> STOOD_AT = Set.of("stood", "stands", "stand", "remained", "remains", "remain", "was", "is",
            "were", "are", "peaked", "settled");

    private NumberWordQuantities() {
    }

    /** Words after which "one" is a count: "just one Priority Action", "there has been one prosecution", "all except one". */
    private static final Set<String> ONE_COUNTS_AFTER = Set.of("just", "only", "been", "except", "but", "recorded", "received",
            "reported");
    /** Words after "one" that make it a pronoun, a measure's definition or part of a name: "one of", "one year", "one-off". */
    private static final Set<String> ONE_IS_NO_COUNT_BEFORE = Set.of("of", "another", "way", "off", "hand", "day", "week", "month",
            "year", "quarter", "-", "stop", "point", "or");

    /**
     * "One" is no number word elsewhere (it is too often a pronoun: "one of the", "the one"), but is
     * a count after words that introduce one ("just one", "all but one") or before a comparison
     * ("one more than in Quarter 2").
     */
    static boolean oneCounts(QuantitySentence sentence, int i) {
        Token prev = sentence.tok(i - 1);
        Token next = sentence.tok(i + 1);
        if (next != null && ONE_IS_NO_COUNT_BEFORE.contains(next.lower())) {
            return false;
        }
        if (ratedByStatus(sentence, i + 1) || PercentWords.at(sentence, i + 1) != null) {
            return true; // "five are Amber and one is Red", "one as Red", "one percentage point lower"
        }
        boolean comparison = next != null && COMPARATIVES.contains(next.lower()) && sentence.tok(i + 2) != null
                && sentence.tok(i + 2).is("than");
        return comparison || prev != null && prev.isWord() && ONE_COUNTS_AFTER.contains(prev.lower());
    }

    private static final Set<String> PERCENT_WORDS = Set.of("per", "percent", "percentage");
    private static final Set<String> STATUS_COLOURS = Set.of("red", "amber", "green", "blue");
    private static final Set<String> RATING_WORDS = Set.of("is", "was", "as", "rated", "at");

    /** A status colour at token {@code k}, perhaps after "is", "as" or "rated": the number before it counts items of that status. */
    private static boolean ratedByStatus(QuantitySentence sentence, int k) {
        Token t = sentence.tok(k);
        if (t != null && t.isWord() && RATING_WORDS.contains(t.lower())) {
            t = sentence.tok(k + 1);
        }
        return t != null && t.isWord() && STATUS_COLOURS.contains(t.lower());
    }

    /**
     * The same test on the raw sentence, before it is cut into tokens: whether the "one" at
     * {@code at} stands after a word that introduces one or before a comparison.
     */
    static boolean oneMayCount(String s, int at) {
        String before = TimePrepositions.wordBefore(s, 0, at);
        String after = wordStartingAt(s, at + 3);
        return ONE_COUNTS_AFTER.contains(before) || COMPARATIVES.contains(after) || STATUS_COLOURS.contains(after)
                || RATING_WORDS.contains(after) || PERCENT_WORDS.contains(after); // a looser test than oneCounts: it only decides whether the sentence is read
    }

    /** The word starting at {@code at}, after any spaces, lower-cased ("" when none). */
    static String wordStartingAt(String s, int at) {
        int start = at;
        while (start < s.length() && s.charAt(start) == ' ') {
            start++;
        }
        int end = start;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return s.substring(start, end).toLowerCase(java.util.Locale.ROOT);
    }

    /** The quantity the number word at token {@code i} (worth {@code value}) writes, if any; returns the last token used. */
    static int read(QuantitySentence sentence, int i, int value) {
        Token word = sentence.tokens().get(i);
        NumberContext context = sentence.context();
        Token prev = sentence.tok(i - 1);
        Token next = sentence.tok(i + 1);
        if (sentence.inTime(word.start(), word.end()) || context.labelled(i) || context.denominator(i)) {
            return i;
        }
        if (next != null && next.is("-") && !next.spaced()) {
            return i; // "two-year", "three-way"
        }
        if (context.duration(i + 1, i) || context.age(i, i) || context.notAMeasure(i, i)) {
            return i;
        }
        PercentWords.Written percent = PercentWords.at(sentence, i + 1);
        if (percent != null) {
            // "four per cent more than the year before", "one percentage point lower"
            sentence.add(value, percent.points() ? Unit.POINTS : Unit.PERCENT, word.start(), i, percent.last(), percent.last());
            return percent.last();
        }
        boolean nounFollows = next != null && next.isWord() && !Lexicon.PHRASE_STOPS.contains(next.lower());
        if (next != null && COMPARATIVES.contains(next.lower()) && sentence.tok(i + 2) != null && sentence.tok(i + 2).is("than")) {
            sentence.add(value, Unit.count("count"), word.start(), i, i, i); // "one more than the previous quarter": a change
            return i;
        }
        Token scale = next;
        if (scale != null && (scale.is("million") || scale.is("thousand") || scale.is("billion"))) {
            double times = scale.is("million") ? 1_000_000 : scale.is("thousand") ? 1_000 : 1_000_000_000;
            NounPhrase phrase = sentence.phraseAfter(i + 2);
            sentence.add(value * times, Unit.count(phrase.text()), word.start(), i, i + 1, Math.max(i + 1, phrase.lastToken()));
            return i + 1; // "fell below nine million"
        }
        if (ratedByStatus(sentence, i + 1)) {
            sentence.add(value, Unit.count("count"), word.start(), i, i, i); // "and one as Red": a count of that status
            return i;
        }
        if (prev != null && prev.is("(") && next != null && next.is(")")) {
            sentence.add(value, Unit.count("count"), word.start(), i, i, i); // "completed successfully (five)": a count in brackets
            return i;
        }
        if (next != null && next.is("(") && sentence.tok(i + 2) != null && sentence.tok(i + 2).isNumber()) {
            sentence.add(value, Unit.count("count"), word.start(), i, i, i); // "three (16%) amber": a count with its share
            return i;
        }
        boolean afterOf = prev != null && prev.is("of");
        Token verb = prev != null && prev.is("at") ? sentence.tok(i - 2) : null;
        if (!nounFollows && verb != null && STOOD_AT.contains(verb.lower())) {
            sentence.add(value, Unit.count("count"), word.start(), i, i, i); // "the figure stood at eight in March 2018"
            return i;
        }
        if (!nounFollows && prev != null && LEVEL_VERBS.contains(prev.lower()) && (next == null || !next.isWord())) {
            sentence.add(value, Unit.count("count"), word.start(), i, i, i); // "the number missing in Quarter 2 was three, the same as ..."
            return i;
        }
        if (!nounFollows && !afterOf && !(next != null && next.isWord() && next.is("of"))) {
            if (!(next != null && (next.is("have") || next.is("has") || next.is("were") || next.is("are")))) {
                return i;
            }
        }
        NounPhrase phrase = sentence.phraseAfter(i + 1);
        sentence.add(value, Unit.count(phrase.text()), word.start(), i, i, Math.max(i, phrase.lastToken()));
        return i;
    }
}
