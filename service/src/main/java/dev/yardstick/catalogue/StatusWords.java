package dev.yardstick.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The status words that go with a value in a plan's status summary: after it ("11 (58%) were
 * green", "65% of the activities ... were complete"), before it ("Green Amber 22%"), or those of
 * the value a bracketed one restates ("(9)" in "Green 50% (9)"); normalised so that ways of saying
 * one status agree ("improved or stayed the same", "improved or held steady").
 */
final class StatusWords {

    /** Words between a value and its status that say nothing of the status: copulas, auxiliaries, "rated". */
    private static final Set<String> LINKING = Set.of("were", "was", "are", "is", "had", "have", "has", "been", "being", "be",
            "would", "will", "could", "should", "may", "might", "rated", "assessed", "judged", "classed", "classified",
            "reported", "shown", "as", "now", "currently", "still", "show", "shows", "showed", "showing", "all");
    /** Words that end a status: what follows is a comparison, period, reason or the next clause. */
    private static final Set<String> END = Set.of("and", "while", "whilst", "but", "with", "compared", "against", "than", "from",
            "to", "by", "for", "at", "within", "since", "during", "because", "which", "where", "when", "so", "including", "of",
            "in", "on", "this", "that", "across", "after", "before", "between", "who", "whose", "leaving", "taking", "up",
            "down", "over", "under", "above", "below", "ahead", "behind", "off", "despite", "due", "if", "whereas", "though",
            "although");
    /** Words that may open a status although they end one elsewhere: "on track", "in progress", "below target". */
    private static final Set<String> OPENING = Set.of("on", "in", "off", "above", "below", "between", "behind", "ahead", "under",
            "over", "at", "within", "up", "due");
    /** Words of degree after which a status may still open: "slightly below target", "well ahead". */
    private static final Set<String> DEGREE = Set.of("just", "well", "far", "much", "still");
    /** Words a status keeps no trace of: determiners, auxiliaries ("had no clear trend"), "a further 11". */
    private static final Set<String> DROPPED = Set.of("the", "a", "an", "their", "its", "our", "another", "further", "other",
            "remaining", "only", "be", "been", "being", "had", "have", "has", "rated", "to");
    /** Ways of saying a measure did not change direction: all one status. */
    private static final List<List<String>> SAME = List.of(List.of("stayed", "same"), List.of("remained", "same"),
            List.of("stayed", "steady"), List.of("held", "steady"), List.of("remained", "steady"), List.of("unchanged"),
            List.of("no", "change"), List.of("same"));
    private static final int MOST_STATUS_WORDS = 5;
    private static final Set<String> EXPECTATION = Set.of("expected", "likely", "forecast", "projected", "predicted", "due");
    private static final Set<String> HORIZONS = Set.of("long", "short", "medium");

    private StatusWords() {
    }

    /**
     * The status words that go with the value at {@code first..last}: after it ("11 (58%) were
     * green", "65% of the activities ... were complete"), else before it ("Green Amber 22%"); a
     * value in brackets after another takes that one's ("(9)" in "Green 50% (9)").
     */
    static String status(List<StatusToken> tokens, int first, int last, boolean counted, int depth) {
        if (first > 0 && tokens.get(first - 1).text().equals("(")) {
            // "Green 50% (9)", "64 were complete (55%)", "rated Green (2 fewer than ...)": the aside belongs to what precedes it
            if (first > 1 && tokens.get(first - 2).isFigure() && depth == 0) {
                return status(tokens, first - 2, first - 2, false, depth + 1);
            }
            return statusBefore(tokens, first - 1);
        }
        int i = skipAside(tokens, last + 1);
        int total = skipOutOf(tokens, i);
        if (i < tokens.size() && tokens.get(i).text().equals("of")) {
            i = skipNounPhrase(tokens, i + 1);
        } else if (total > i && isVerbAfterTotal(tokens, total)) {
            i = total; // "27 out of 51 worsened over the short term"
        } else if (counted || total > i) {
            i = skipNounPhrase(tokens, total); // "17 performance indicators had met ...": the status follows the things counted
        }
        // "60% of commitments and 68% of indicators were rated green": the status after the last of the pair
        while (i + 1 < tokens.size() && tokens.get(i).text().equals("and") && tokens.get(i + 1).isFigure()) {
            i = skipAside(tokens, i + 2);
            if (i < tokens.size() && tokens.get(i).text().equals("of")) {
                i = skipNounPhrase(tokens, i + 1);
            }
        }
        String after = statusAfter(tokens, i);
        if (after != null) {
            return after;
        }
        String before = statusBefore(tokens, first);
        if (before == null && depth == 0 && first > 1 && tokens.get(first - 1).text().equals(",")) {
            // "24 measures had met or exceeded their target, 42% of the measures ...": the share restates the count
            for (int j = first - 2; j >= 0; j--) {
                if (tokens.get(j).isFigure()) {
                    return status(tokens, j, j, true, depth + 1);
                }
            }
        }
        return before;
    }

    private static String statusAfter(List<StatusToken> tokens, int from) {
        int i = from;
        while (i < tokens.size() && LINKING.contains(tokens.get(i).text())) {
            i++;
        }
        List<String> words = new ArrayList<>();
        for (; i < tokens.size() && words.size() < MOST_STATUS_WORDS; i++) {
            StatusToken t = tokens.get(i);
            if (t.text().equals("not") && i + 2 < tokens.size() && tokens.get(i + 1).text().equals("to")
                    && tokens.get(i + 2).text().equals("be")) {
                words.add("not");
                i += 2; // "not to be met" says "not met"
                continue;
            }
            if (t.text().equals("to") && i + 1 < tokens.size() && tokens.get(i + 1).text().equals("be") && !words.isEmpty()
                    && EXPECTATION.contains(words.get(words.size() - 1))) {
                i++; // "expected to be behind target": the expectation and its status are one
                continue;
            }
            if (t.text().equals("/") || DROPPED.contains(t.text()) && !END.contains(t.text()) && !words.isEmpty()) {
                continue; // "met or exceeded the higher target": only words that say something count towards the most
            }
            String previous = words.isEmpty() ? "" : words.get(words.size() - 1);
            // "on or above target", "slightly below target": a status may open after "or" or a word of degree
            // and after "not": "Not on Target" is one status, as its figures-table row label has it
            boolean opens = words.isEmpty() || previous.equals("or") || previous.endsWith("ly") || DEGREE.contains(previous)
                    || EXPECTATION.contains(previous) || previous.equals("not");
            if (!t.isWord() || StatusToken.isNumberWord(t.text()) && !t.text().equals("no")
                    || END.contains(t.text()) && !(opens && OPENING.contains(t.text()))) {
                break;
            }
            words.add(t.text());
        }
        String horizon = words.isEmpty() ? null : horizon(tokens, i);
        if (horizon != null) {
            words.add(horizon); // "18 (69%) improved over the long term" is not the "12 (46%) improved" on last year
        }
        return normalised(words);
    }

    /**
     * "over the long term", "in performance over the short term": the span a direction of travel
     * is judged over, as "long-term", when it follows within the clause.
     */
    private static String horizon(List<StatusToken> tokens, int from) {
        for (int i = from; i + 2 < tokens.size() && i < from + 6; i++) {
            StatusToken t = tokens.get(i);
            if (!t.isWord() || t.text().equals("and") || t.text().equals("while") || t.text().equals("but")) {
                return null;
            }
            if (t.text().equals("over") || t.text().equals("in")) {
                int j = tokens.get(i + 1).text().equals("the") ? i + 2 : i + 1;
                if (j + 1 < tokens.size() && HORIZONS.contains(tokens.get(j).text()) && tokens.get(j + 1).text().equals("term")) {
                    return tokens.get(j).text() + "-term";
                }
            }
        }
        return null;
    }

    /** "worsened" in "27 out of 51 worsened", not "agreed" in "22 out of 60 agreed measures". */
    private static boolean isVerbAfterTotal(List<StatusToken> tokens, int i) {
        return i < tokens.size() && tokens.get(i).text().endsWith("ed")
                && !(i + 1 < tokens.size() && StatusBreakdown.isItem(tokens.get(i + 1).text()));
    }

    /** Past "out of 62" straight after a value: "22 out of 62 key measures", "27 out of 51 decreased". */
    static int skipOutOf(List<StatusToken> tokens, int i) {
        if (i + 2 < tokens.size() && tokens.get(i).text().equals("out") && tokens.get(i + 1).text().equals("of")
                && tokens.get(i + 2).isFigure()) {
            return i + 3;
        }
        return i;
    }

    /** "Green Amber 22%", "as moderate (55%)", "64 were complete (55%)": the words just before, back to a break. */
    private static String statusBefore(List<StatusToken> tokens, int before) {
        List<String> words = new ArrayList<>();
        for (int i = before - 1; i >= 0 && words.size() < 3; i--) {
            StatusToken t = tokens.get(i);
            if (t.text().equals("/")) {
                continue;
            }
            boolean opens = OPENING.contains(t.text()) && !words.isEmpty()
                    && (i == 0 || !tokens.get(i - 1).isWord() || LINKING.contains(tokens.get(i - 1).text()));
            if (opens) {
                words.add(0, t.text());
                break;
            }
            if (!t.isWord() || StatusToken.isNumberWord(t.text()) || END.contains(t.text()) || t.text().equals("or") || StatusBreakdown.isItem(t.text())) {
                break;
            }
            if (LINKING.contains(t.text()) || MeasuredPhrase.isVerb(t.text())) {
                break; // "were complete": what comes after the verb is the status
            }
            words.add(0, t.text());
        }
        return normalised(words);
    }

    static String normalised(List<String> raw) {
        List<String> words = new ArrayList<>();
        for (String w : raw) {
            if (!DROPPED.contains(w)) {
                words.add(w.equals("completed") ? "complete" : w);
            }
        }
        for (List<String> same : SAME) {
            int at = Collections.indexOfSubList(words, same);
            if (at >= 0) {
                words.subList(at, at + same.size()).clear();
                words.add(at, "unchanged");
                break;
            }
        }
        words.removeIf(StopWords::isDate);
        while (!words.isEmpty() && words.get(words.size() - 1).equals("or")) {
            words.remove(words.size() - 1);
        }
        if (words.isEmpty() || words.size() == 1 && StopWords.isStop(words.get(0))) {
            return null; // "in Quarter 2" names a period, not a status
        }
        return String.join("-", words);
    }

    /** Past a bracketed aside straight after a value: "(9)", "(58%)". */
    static int skipAside(List<StatusToken> tokens, int i) {
        if (i < tokens.size() && tokens.get(i).text().equals("(")) {
            for (int j = i + 1; j < tokens.size() && j < i + 8; j++) {
                if (tokens.get(j).text().equals(")")) {
                    return j + 1;
                }
            }
        }
        return i;
    }

    /** Past the phrase after "of" to its verb: "the activities in the Year Ahead Delivery Plan" in "... were complete". */
    private static int skipNounPhrase(List<StatusToken> tokens, int from) {
        int i = from;
        while (i < tokens.size() && i < from + 14) {
            StatusToken t = tokens.get(i);
            if (t.text().equals("(")) {
                int past = skipAside(tokens, i);
                if (past == i) {
                    return i; // a bracket that does not close soon ends the phrase, as other punctuation does
                }
                i = past;
                continue;
            }
            if (t.text().equals("/") && i > from && tokens.get(i - 1).isFigure() && i + 1 < tokens.size() && tokens.get(i + 1).isFigure()) {
                i += 2; // "our Priority Actions for 2011/12 are Green": a year pair is part of the phrase
                continue;
            }
            boolean pairedValue = t.text().equals("and") && i + 1 < tokens.size() && tokens.get(i + 1).isFigure();
            if (t.isPunctuation() || LINKING.contains(t.text()) && !t.text().equals("all") || MeasuredPhrase.isVerb(t.text())
                    || pairedValue || isPastTenseVerb(tokens, from, i)) {
                return i;
            }
            i++;
        }
        return i;
    }

    /** "... with a direction of travel improved": a past tense after the head noun's words, not a modifier ("the agreed actions"). */
    private static boolean isPastTenseVerb(List<StatusToken> tokens, int from, int i) {
        if (!tokens.get(i).text().endsWith("ed") || i == from) {
            return false;
        }
        String previous = tokens.get(i - 1).text();
        return !(previous.equals("a") || previous.equals("the") || tokens.get(i - 1).isFigure());
    }
}
