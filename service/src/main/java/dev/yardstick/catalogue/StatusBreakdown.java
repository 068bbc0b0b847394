package dev.yardstick.catalogue;

import dev.yardstick.extract.Measure;
import dev.yardstick.extract.Quantity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values that count or share out the items a performance report tracks by their status: "Of the
 * 19 indicators with a RAG rating, 11 (58%) were green, three (16%) amber and five (26%) red",
 * "65% (60) of the activities were complete and 22% (20) were on track", "Green 50% (9), Green
 * Amber 22% (4)", "66% (147) had improved or stayed the same, while 34% (76) had worsened".
 * Every council summarises its plan this way, and what tells one measure from the next is not
 * the sentence's subject (the same items for all of them) but each value's own status word. So
 * such a value is named by the items (indicators, actions, measures...) and its status:
 * {@code p_indicator_green_amber_pct}, {@code p_activity_on_track_count}.
 */
final class StatusBreakdown {

    /** The things a performance report rates: a value counting these by status is a status breakdown. */
    private static final Set<String> ITEMS = Set.of("indicator", "indicators", "measure", "measures", "kpi", "kpis", "pi", "pis",
            "metric", "metrics", "action", "actions", "activity", "activities", "commitment", "commitments", "project",
            "projects", "milestone", "milestones", "risk", "risks", "deliverable", "deliverables");
    /** Abbreviations councils use for the items, written out so "KPIs" and "key performance indicators" agree. */
    private static final Map<String, String> ABBREVIATION = Map.of("kpi", "key performance indicator", "kpis",
            "key performance indicator", "pi", "performance indicator", "pis", "performance indicator");
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
    private static final Set<String> DEGREE = Set.of("just", "well", "far", "much", "still");
    private static final Set<String> DROPPED = Set.of("the", "a", "an", "their", "its", "our", "another", "further", "other",
            "remaining", "only", "be", "been", "being", "had", "have",
            "has", "rated", "to");
    /** Ways of saying a measure did not change direction: all one status. */
    private static final List<List<String>> SAME = List.of(List.of("stayed", "same"), List.of("remained", "same"),
            List.of("stayed", "steady"), List.of("held", "steady"), List.of("remained", "steady"), List.of("unchanged"),
            List.of("no", "change"), List.of("same"));
    private static final Pattern TOKEN = Pattern.compile(
            "£?\\d[\\d,]*(?:\\.\\d+)?%?|[\\p{L}][\\p{L}\\d'’-]*|[(),;:.!?/–—]");
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "none", "no");
    private static final int MOST_STATUS_WORDS = 5;
    /** Sentence openings that point to items named before: "Of the 12, ...", "That compares with ...", "All 16 have ...". */
    private static final Set<String> REFERENCE = Set.of("of", "that", "this", "these", "those", "it", "all", "both", "each");

    private StatusBreakdown() {
    }

    /**
     * The phrase naming a status-breakdown value ("indicator green-amber"), or null when the value
     * does not share out items by status.
     *
     * @param rowItems the items the row's earlier sentences counted ("indicator"), or null
     */
    static String phrase(String sentence, Quantity q, String rowItems) {
        if (q.unit().measure() != Measure.PERCENT && q.unit().measure() != Measure.COUNT) {
            return null;
        }
        List<Token> tokens = tokens(sentence);
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.end > q.start() && t.start < q.end()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return null;
        }
        Found items = items(tokens, first, last, q, sentence, rowItems);
        if (items == null) {
            return null;
        }
        boolean counted = q.unit().measure() == Measure.COUNT && !q.unit().label().equals("count");
        String status = status(tokens, first, last, counted, 0);
        return status == null ? null : items.words + " " + status;
    }

    /** The last items a sentence names ("Of 23 indicators reported" gives "indicator"), or null. */
    static String lastItems(String sentence) {
        List<Token> tokens = tokens(sentence);
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (ITEMS.contains(tokens.get(i).text)) {
                return itemWords(tokens, i);
            }
        }
        return null;
    }

    private record Found(String words) {
    }

    /**
     * The items the value shares out: the phrase after "X% of", the noun a count counts, else the
     * nearest items named before it in the sentence, else (when nothing before the value names a
     * subject: "Of the 12, 75% ...") the row's. Null when the value is of something else.
     */
    private static Found items(List<Token> tokens, int first, int last, Quantity q, String sentence, String rowItems) {
        int after = skipAside(tokens, last + 1);
        if (after < tokens.size() && tokens.get(after).text.equals("of")) {
            int head = nounPhraseItem(tokens, after + 1);
            return head == -2 ? null : head >= 0 ? new Found(itemWords(tokens, head)) : before(tokens, first, q, sentence, rowItems);
        }
        if (q.unit().measure() == Measure.COUNT && !q.unit().label().equals("count")) {
            for (int i = first + 1; i < tokens.size() && i <= last + 5; i++) {
                if (ITEMS.contains(tokens.get(i).text)) {
                    return new Found(itemWords(tokens, i));
                }
            }
            return null;
        }
        return before(tokens, first, q, sentence, rowItems);
    }

    private static Found before(List<Token> tokens, int first, Quantity q, String sentence, String rowItems) {
        for (int i = first - 1; i >= 0; i--) {
            if (ITEMS.contains(tokens.get(i).text)) {
                return new Found(itemWords(tokens, i));
            }
        }
        if (rowItems != null && (first == 0 || REFERENCE.contains(tokens.get(0).text)
                || MeasuredPhrase.subject(sentence, q).phrase() == null)) {
            return new Found(rowItems);
        }
        return null;
    }

    /** The index of the item noun heading the phrase from {@code from}, -1 when it has none, -2 when it names other things. */
    private static int nounPhraseItem(List<Token> tokens, int from) {
        for (int i = from; i < tokens.size() && i < from + 6; i++) {
            Token t = tokens.get(i);
            if (ITEMS.contains(t.text)) {
                return i;
            }
            if (t.isPunctuation() || MeasuredPhrase.isVerb(t.text) || t.text.equals("with") || t.text.equals("in")) {
                return i == from || isReference(tokens, from, i) ? -1 : -2;
            }
        }
        return -2;
    }

    /** "of the 12", "of these", "of them": the phrase points back rather than naming things. */
    private static boolean isReference(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).text;
            if (!(tokens.get(i).isFigure() || w.equals("the") || w.equals("these") || w.equals("those") || w.equals("them"))) {
                return false;
            }
        }
        return true;
    }

    /** The item noun and up to two words naming which items, singular: "performance indicator", "corporate plan action". */
    private static String itemWords(List<Token> tokens, int head) {
        List<String> out = new ArrayList<>();
        for (int i = head - 1; i >= 0 && i >= head - 2; i--) {
            String w = tokens.get(i).text;
            if (tokens.get(i).isWord() && !StopWords.isStop(w) && !ITEMS.contains(w) && !w.endsWith("ed") && !w.endsWith("able")
                    && !w.endsWith("ly") && !w.endsWith("'s") && !w.endsWith("’s") && !w.equals("rag") && !w.equals("key")) {
                out.add(0, w);
            } else {
                break;
            }
        }
        String noun = tokens.get(head).text;
        out.add(ABBREVIATION.getOrDefault(noun, ProvisionalIndicators.singular(noun)));
        if (head > 0 && tokens.get(head - 1).text.equals("key") && !noun.startsWith("k")) {
            out.add(0, "key");
        }
        return String.join(" ", out);
    }

    /**
     * The status words that go with the value at {@code first..last}: after it ("11 (58%) were
     * green", "65% of the activities ... were complete"), else before it ("Green Amber 22%"); a
     * value in brackets after another takes that one's ("(9)" in "Green 50% (9)").
     */
    private static String status(List<Token> tokens, int first, int last, boolean counted, int depth) {
        if (first > 0 && tokens.get(first - 1).text.equals("(")) {
            // "Green 50% (9)", "64 were complete (55%)", "rated Green (2 fewer than ...)": the aside belongs to what precedes it
            if (first > 1 && tokens.get(first - 2).isFigure() && depth == 0) {
                return status(tokens, first - 2, first - 2, false, depth + 1);
            }
            return statusBefore(tokens, first - 1);
        }
        int i = skipAside(tokens, last + 1);
        if (i < tokens.size() && tokens.get(i).text.equals("of")) {
            i = skipNounPhrase(tokens, i + 1);
        } else if (counted) {
            i = skipNounPhrase(tokens, i); // "17 performance indicators had met ...": the status follows the things counted
        }
        // "60% of commitments and 68% of indicators were rated green": the status after the last of the pair
        while (i + 1 < tokens.size() && tokens.get(i).text.equals("and") && tokens.get(i + 1).isFigure()) {
            i = skipAside(tokens, i + 2);
            if (i < tokens.size() && tokens.get(i).text.equals("of")) {
                i = skipNounPhrase(tokens, i + 1);
            }
        }
        String after = statusAfter(tokens, i);
        if (after != null) {
            return after;
        }
        String before = statusBefore(tokens, first);
        if (before == null && depth == 0 && first > 1 && tokens.get(first - 1).text.equals(",")) {
            // "24 measures had met or exceeded their target, 42% of the measures ...": the share restates the count
            for (int j = first - 2; j >= 0; j--) {
                if (tokens.get(j).isFigure()) {
                    return status(tokens, j, j, true, depth + 1);
                }
            }
        }
        return before;
    }

    private static String statusAfter(List<Token> tokens, int from) {
        int i = from;
        while (i < tokens.size() && LINKING.contains(tokens.get(i).text)) {
            i++;
        }
        List<String> words = new ArrayList<>();
        for (; i < tokens.size() && words.size() < MOST_STATUS_WORDS; i++) {
            Token t = tokens.get(i);
            if (t.text.equals("not") && i + 2 < tokens.size() && tokens.get(i + 1).text.equals("to")
                    && tokens.get(i + 2).text.equals("be")) {
                words.add("not");
                i += 2; // "not to be met" says "not met"
                continue;
            }
            if (t.text.equals("/")) {
                continue;
            }
            String previous = words.isEmpty() ? "" : words.get(words.size() - 1);
            // "on or above target", "slightly below target": a status may open after "or" or a word of degree
            boolean opens = words.isEmpty() || previous.equals("or") || previous.endsWith("ly") || DEGREE.contains(previous);
            if (!t.isWord() || isNumberWord(t.text) && !t.text.equals("no")
                    || END.contains(t.text) && !(opens && OPENING.contains(t.text))) {
                break;
            }
            words.add(t.text);
        }
        return normalised(words);
    }

    /** "Green Amber 22%", "as moderate (55%)", "64 were complete (55%)": the words just before, back to a break. */
    private static String statusBefore(List<Token> tokens, int before) {
        List<String> words = new ArrayList<>();
        for (int i = before - 1; i >= 0 && words.size() < 3; i--) {
            Token t = tokens.get(i);
            if (t.text.equals("/")) {
                continue;
            }
            boolean opens = OPENING.contains(t.text) && !words.isEmpty()
                    && (i == 0 || !tokens.get(i - 1).isWord() || LINKING.contains(tokens.get(i - 1).text));
            if (opens) {
                words.add(0, t.text);
                break;
            }
            if (!t.isWord() || isNumberWord(t.text) || END.contains(t.text) || t.text.equals("or") || ITEMS.contains(t.text)) {
                break;
            }
            if (LINKING.contains(t.text) || MeasuredPhrase.isVerb(t.text)) {
                break; // "were complete": what comes after the verb is the status
            }
            words.add(0, t.text);
        }
        return normalised(words);
    }

    private static String normalised(List<String> raw) {
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
    private static int skipAside(List<Token> tokens, int i) {
        if (i < tokens.size() && tokens.get(i).text.equals("(")) {
            for (int j = i + 1; j < tokens.size() && j < i + 8; j++) {
                if (tokens.get(j).text.equals(")")) {
                    return j + 1;
                }
            }
        }
        return i;
    }

    /** Past the phrase after "of" to its verb: "the activities in the Year Ahead Delivery Plan" in "... were complete". */
    private static int skipNounPhrase(List<Token> tokens, int from) {
        int i = from;
        while (i < tokens.size() && i < from + 14) {
            Token t = tokens.get(i);
            if (t.text.equals("(")) {
                i = skipAside(tokens, i);
                continue;
            }
            boolean pairedValue = t.text.equals("and") && i + 1 < tokens.size() && tokens.get(i + 1).isFigure();
            if (t.isPunctuation() || LINKING.contains(t.text) && !t.text.equals("all") || MeasuredPhrase.isVerb(t.text)
                    || pairedValue || isPastTenseVerb(tokens, from, i)) {
                return i;
            }
            i++;
        }
        return i;
    }

    /** "... with a direction of travel improved": a past tense after the head noun's words, not a modifier ("the agreed actions"). */
    private static boolean isPastTenseVerb(List<Token> tokens, int from, int i) {
        if (!tokens.get(i).text.endsWith("ed") || i == from) {
            return false;
        }
        String previous = tokens.get(i - 1).text;
        return !(previous.equals("a") || previous.equals("the") || tokens.get(i - 1).isFigure());
    }

    private static boolean isNumberWord(String w) {
        return NUMBER_WORDS.contains(w);
    }

    private static List<Token> tokens(String sentence) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            out.add(new Token(m.group().toLowerCase(Locale.ROOT).replace('’', '\''), m.start(), m.end()));
        }
        return out;
    }

    private record Token(String text, int start, int end) {
        boolean isFigure() {
            return Character.isDigit(text.charAt(0)) || text.charAt(0) == '£' || isNumberWord(text) && !text.equals("no")
                    && !text.equals("none");
        }

        boolean isWord() {
            return Character.isLetter(text.charAt(0));
        }

        boolean isPunctuation() {
            return !isWord() && !isFigure();
        }
    }
}
