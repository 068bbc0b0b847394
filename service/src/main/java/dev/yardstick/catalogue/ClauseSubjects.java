package dev.yardstick.catalogue;

import dev.yardstick.extract.Measure;
import dev.yardstick.extract.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the clause around a value says it measures: what its own verb says of it ("2.6% reached a
 * trigger point"), the subject of a clause of its own after an earlier value (gapped, or joined
 * on with its own verb), or its item in a list of items that each carry their value in brackets.
 * {@link MeasuredPhrase} reads the noun phrases.
 */
final class ClauseSubjects {

    private static final Pattern CLOSING_PARENTHESIS = Pattern.compile("^\\s*\\)");

    private ClauseSubjects() {
    }

    /** "2.6% reached a trigger point", "79% were completed on target": the predicate names the value. */
    static String predicate(String sentence, Quantity q) {
        return q.unit().measure() == Measure.PERCENT ? outcome(sentence, q) : null;
    }

    /**
     * What the value's own verb says of it: "2.6% reached a trigger point", "11 went on to become
     * homeless". For a share, and for a bare count of a population named before ("Of these, ...").
     */
    static String outcome(String sentence, Quantity q) {
        List<String> before = MeasuredPhrase.words(sentence.substring(0, Math.min(q.start(), sentence.length())));
        for (int i = Math.max(0, before.size() - 3); i < before.size(); i++) {
            if (MeasuredPhrase.isComparison(before.get(i))) {
                return null; // "better than the 98.0% achieved in 2010/11" is a comparison, not a new measure
            }
        }
        String after = CLOSING_PARENTHESIS.matcher(sentence.substring(Math.min(q.end(), sentence.length()))).replaceFirst("");
        List<String> words = MeasuredPhrase.words(after);
        if (words.isEmpty() || !(MeasuredPhrase.isVerb(words.get(0)) || words.get(0).endsWith("ed"))) {
            return null;
        }
        return MeasuredPhrase.phrase(after, 0, 4, true);
    }

    /**
     * "Short-term absence made up 2.4% and long-term absence 3.7%", "... and long-term absence for
     * 2.7%": a clause that leaves out the verb it shares with an earlier value, so the few words
     * between the joining word and the value are all it says of what it measures.
     */
    static final Pattern GAPPED = Pattern.compile(
            "(?i)(?:\\band|\\bwhile|\\bwhilst|\\bbut|,)\\s+((?:the\\s+)?[\\p{L}][\\p{L}'-]*(?:\\s+(?:in\\s+|of\\s+)?[\\p{L}][\\p{L}'-]*){0,4}?)"
                    + "\\s+(?:(?:for|at|was|were|on)\\s+)?(?:around\\s+|about\\s+|nearly\\s+|over\\s+|just\\s+)?[£]?$");

    static String gappedSubject(String sentence, Quantity q) {
        String before = sentence.substring(0, Math.min(q.start(), sentence.length()));
        // the pattern ends at the value and spans at most a joining word, five words and a hedge: only its reach is searched
        Matcher m = GAPPED.matcher(before).useTransparentBounds(true);
        if (!hasDigit(before, Math.max(0, before.length() - 2)) || !findGapped(m, before, Math.max(0, before.length() - GAPPED_REACH))
                || !hasDigit(before, m.start())) {
            return null; // no earlier value whose verb the clause could share
        }
        List<String> words = MeasuredPhrase.words(m.group(1));
        for (String w : words) {
            if (MeasuredPhrase.isVerb(w) || MeasuredPhrase.isBoundary(w) || MeasuredPhrase.isComparison(w) || StopWords.isDate(w) || w.endsWith("ed")) {
                return null; // "and rose to", "and down to", "and in June": a predicate or a time, not a subject
            }
        }
        // the clauses are parallel: the earlier one named the same head ("short-term absence ... and long-term absence")
        String head = words.isEmpty() ? null : ProvisionalIndicators.lemma(words.get(words.size() - 1));
        for (String w : MeasuredPhrase.words(before.substring(0, m.start()))) {
            if (ProvisionalIndicators.lemma(w).equals(head)) {
                return MeasuredPhrase.named(words);
            }
        }
        return null;
    }

    /**
     * {@link #GAPPED}'s first match from {@code from} on, as {@code find} would give it, tried only
     * where it can start: at a comma, or at a letter its joining words open with ("and", "but",
     * "while", in either case). {@code find} tries every position of the reach, each a case-blind
     * alternation and a run of letter classes.
     */
    static boolean findGapped(Matcher m, String before, int from) {
        for (int p = from; p < before.length(); p++) {
            char c = before.charAt(p);
            char lower = (char) (c | ('a' - 'A'));
            if (c == ',' || c < 128 && (lower == 'a' || lower == 'b' || lower == 'w')) {
                m.region(p, before.length()); // transparent bounds: \b still sees the character before p
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasDigit(String s, int end) {
        for (int i = 0; i < end; i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A joining word that may open a clause of its own: "..., and compliance with the register reached 95%". */
    static final Pattern CLAUSE_JOIN = Pattern.compile("(?i)(?:,\\s*and|;|,\\s*while|,\\s*whilst|,\\s*whereas|,\\s*but)\\s+");

    /**
     * "Of the initiatives in the plan, 97% were on target, and compliance with the Strategic Risk
     * Register reached 95%": a clause joined on with its own subject and verb and no earlier figure
     * says what its value measures; the sentence's opening does not.
     */
    static String joinedClauseSubject(String sentence, Quantity q) {
        String before = sentence.substring(0, Math.min(q.start(), sentence.length()));
        // a clause whose subject and verb take more than its reach before the value is no short clause of its own
        int from = lastJoinEnd(before);
        if (from < 0 || !hasDigit(before, from)) {
            return null;
        }
        List<String> subject = new ArrayList<>();
        for (String w : MeasuredPhrase.words(before.substring(from))) {
            if (MeasuredPhrase.isVerb(w)) {
                return subject.isEmpty() || hasDigit(before.substring(from), before.length() - from) ? null : MeasuredPhrase.named(subject);
            }
            if (MeasuredPhrase.isBoundary(w) && !w.equals("with") || StopWords.isDate(w)) {
                return null; // "compliance with the register" is a noun phrase; "up from", "compared" are not
            }
            subject.add(w);
        }
        return null;
    }

    /**
     * Where the last {@link #CLAUSE_JOIN} within the reach before the value ends, or -1: the last of
     * repeated {@code find}s, tried only where a match can start, at a comma or semicolon.
     */
    static int lastJoinEnd(String before) {
        Matcher m = CLAUSE_JOIN.matcher(before).useTransparentBounds(true);
        int end = -1;
        for (int p = Math.max(0, before.length() - JOINED_REACH); p < before.length(); p++) {
            char c = before.charAt(p);
            if (c == ',' || c == ';') {
                m.region(p, before.length());
                if (m.lookingAt()) {
                    end = m.end();
                    p = end - 1; // the next find starts where this match ended
                }
            }
        }
        return end;
    }

    /** The subject of a clause of the value's own that follows an earlier value: gapped or joined on with its own verb. */
    static String ownClauseSubject(String sentence, Quantity q) {
        Last last = LAST.get();
        if (last != null && last.sentence == sentence && last.start == q.start()) {
            return last.subject; // asked again for the same value by the naming rules that follow
        }
        String gapped = gappedSubject(sentence, q);
        String subject = gapped != null ? gapped : joinedClauseSubject(sentence, q);
        LAST.set(new Last(sentence, q.start(), subject));
        return subject;
    }

    static final int GAPPED_REACH = 120;
    static final int JOINED_REACH = 160;
    private static final ThreadLocal<Last> LAST = new ThreadLocal<>();

    private record Last(String sentence, int start, String subject) {
    }

    /** A value alone in brackets: "personal stress or debility (19.3%)". */
    private static final Pattern BRACKETED_VALUE = Pattern.compile("\\(\\s*[£]?\\d[^()]*\\)");

    /**
     * "The three leading reasons were personal stress or debility (19.3%), operations, recovery or
     * treatment (16.4%) and musculoskeletal problems (10.1%)": in a list of items each with its value
     * in brackets, the item before the bracket is what the value measures. Only a list (two values in
     * brackets or more), and only an item with no figure of its own ("26 of the measures (49%)"
     * restates a count).
     */
    static String listItem(String sentence, Quantity q) {
        int open = sentence.lastIndexOf('(', q.start());
        int close = sentence.indexOf(')', q.end());
        if (open < 0 || close < 0 || !sentence.substring(open + 1, q.start()).isBlank()
                || !sentence.substring(q.end(), close).isBlank()) {
            return null;
        }
        Matcher m = BRACKETED_VALUE.matcher(sentence);
        int brackets = 0;
        while (m.find()) {
            brackets++;
        }
        if (brackets < 2) {
            return null;
        }
        int from = Math.max(Math.max(sentence.lastIndexOf(')', open), sentence.lastIndexOf(':', open)), sentence.lastIndexOf(';', open)) + 1;
        List<String> item = new ArrayList<>();
        for (String w : MeasuredPhrase.words(sentence.substring(from, open))) {
            if (MeasuredPhrase.isVerb(w) || w.equals("include") || w.equals("included") || w.equals("including")) {
                item.clear(); // "The three leading reasons were ...": the item starts after the verb
            } else if (MeasuredPhrase.isFigure(w)) {
                return null;
            } else {
                item.add(w);
            }
        }
        while (!item.isEmpty() && (item.get(0).equals("and") || item.get(0).equals("or"))) {
            item.remove(0);
        }
        return item.isEmpty() || item.size() > 8 ? null : MeasuredPhrase.named(item);
    }
}
