package dev.yardstick.catalogue;

import dev.yardstick.extract.Measure;
import dev.yardstick.extract.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the words that say what a number measures, the way councils write it: a label before a
 * colon ("Direct payments: 27.4%"), the phrase after a percentage ("80.9% of service users were
 * receiving self-directed support"), the thing a count counts ("333 conceptions"), or the
 * sentence's subject ("The recycling rate fell to 49.9%"). Returns null when the words found say
 * nothing of their own ("The figure was 85%", "That is 12"): the caller then looks to the
 * sentence before. Works on the sentence text alone, so it needs nothing from extraction but the
 * quantity's span.
 */
final class MeasuredPhrase {

    // compiled once: these ran for every value no catalogue claims
    // "92% (373 of 405) of customers": an aside may stand between a share and what it is of
    private static final Pattern OF_AFTER = Pattern.compile("\\G\\s*(?:\\([^()]*\\)\\s*)?(?:\\)\\s*)?of\\s+");
    private static final Pattern ASIDE = Pattern.compile("\\([^()]*\\)");
    /** Words that end a phrase: a value's comparison, period or aside starts there. */
    static final Set<String> BOUNDARY = Set.of("against", "compared", "than", "from", "up", "down", "which", "while",
            "whilst", "but", "and", "or", "with", "where", "when", "although", "though", "because", "as", "since",
            "including", "so", "compare", "compares", "ahead", "behind", "short", "above", "below", "nationally", "respectively");
    /** Verbs that end a subject: what comes after them is the predicate. */
    private static final Set<String> VERBS = Set.of("is", "was", "were", "are", "has", "have", "had", "will", "would", "stood",
            "fell", "rose", "reached", "remains", "remained", "stands", "rises", "falls", "went", "grew", "shows", "show",
            "showed", "found", "record", "records", "recorded", "totalled", "totaled", "averaged", "finished", "ended",
            "edged", "increased", "decreased", "improved", "dropped", "declined", "climbed", "hit", "came", "accounts",
            "accounted", "continues", "continued", "exceeded", "achieved", "met", "saw", "sees", "can", "could", "should",
            "may", "might", "must", "did", "does", "do", "be", "been", "being", "gives", "give", "make", "makes", "made", "took",
            "take", "takes", "began", "ran", "got", "gets", "get", "paid", "won", "led", "sold", "kept", "left", "built",
            "gave", "felt", "feel", "feels", "said", "say", "says", "told", "used", "use", "uses", "need", "needs", "needed",
            "received", "receive", "receives", "attended", "attend", "attends");
    /** Words that open a sentence joining it to the one before ("However,", "Even so,"): they name nothing. */
    private static final Set<String> OPENING_CONNECTIVES = Set.of("even", "however", "also", "additionally", "furthermore",
            "nevertheless", "nonetheless", "meanwhile", "similarly", "likewise", "therefore", "consequently", "still", "again",
            "overall");
    /**
     * A framing phrase made only of these joins the sentence to the one before: "Even so, 315 are
     * expected to be completed by the end of the year" counts what the sentence before counted.
     */
    private static final Set<String> CONNECTIVES = Stream.concat(OPENING_CONNECTIVES.stream(), Stream.of("so"))
            .collect(Collectors.toUnmodifiableSet());
    /** Leading words of a framing phrase that precedes the subject ("In 2016/17, ...", "As at 31st March, ...", "However, ..."). */
    private static final Set<String> FRAMING = Stream.concat(OPENING_CONNECTIVES.stream(), Stream.of("in", "at", "as", "for",
            "by", "during", "over", "following", "between", "since", "looking", "after", "before", "on", "from", "of", "to",
            "within", "across", "throughout", "if")).collect(Collectors.toUnmodifiableSet());
    /** Words that name nothing by themselves: a subject made only of these refers to something said before. */
    static final Set<String> EMPTY = Set.of("figure", "figures", "rate", "average", "this", "that", "it", "these", "those",
            "performance", "result", "results", "equivalent", "total", "level", "outturn", "position", "we", "they", "there",
            "number", "proportion", "percentage", "share", "amount", "target", "aim", "ambition", "value", "score", "data",
            "latest", "current", "year", "quarter", "month", "period", "same", "point", "overall", "which", "what",
            "all", "some", "most", "each", "both", "half", "only", "just", "around", "about", "approximately", "nearly",
            "almost", "over", "under", "more", "less", "than", "up", "down", "last", "previous", "new", "further",
            "so", "far", "date", "now", "still", "yet", "again", "also", "recent", "final", "provisional",
            "projected", "forecast", "expected", "estimated", "actual", "annual", "cumulative", "year-end", "full-year",
            "rest", "remainder", "them", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
    private static final Set<String> COMPARISON = Set.of("than", "from", "compared", "against", "with", "on", "versus", "vs",
            "target");
    /** A subject of only these words is the measure said before: "The figure was 85%", "the target for June was 2.44". */
    private static final Set<String> REFERS_BACK = Set.of("figure", "figures", "this", "that", "it", "these", "those", "equivalent",
            "average", "rate", "level", "outturn", "position", "result", "results", "performance", "total", "which", "them",
            "target", "targets", "aim", "ambition", "forecast", "projection", "profile");
    /** A count's unit that says how, not what: "6.71 days", "31 people", "£4m". */
    private static final Set<String> GENERIC_COUNT = Set.of("count", "people", "persons", "residents", "days", "day", "weeks",
            "week", "months", "hours", "minutes", "years", "times", "cases", "items", "per", "pounds", "places", "percent");
    private static final Set<String> TIME_LABEL = Set.of("q1", "q2", "q3", "q4", "quarter", "quarters", "year", "update",
            "note", "notes", "progress", "position", "status", "summary", "comment", "commentary", "action", "actions");

    private MeasuredPhrase() {
    }

    /** The words of the sentence that say what the value measures, or null when none do. */
    static String own(String sentence, Quantity q) {
        String item = ClauseSubjects.listItem(sentence, q);
        if (item != null) {
            return item;
        }
        String label = colonLabel(sentence, q);
        if (label != null) {
            return label;
        }
        if (q.unit().measure() == Measure.PERCENT || q.unit().measure() == Measure.RATE) {
            String of = afterOf(sentence, q.end());
            if (of != null) {
                return of;
            }
        }
        String before = nounOf(sentence, q.start());
        if (before != null) {
            return before;
        }
        if (q.unit().measure() == Measure.COUNT) {
            String noun = q.unit().label().toLowerCase(Locale.ROOT);
            String first = noun.split(" ")[0];
            if (!GENERIC_COUNT.contains(first) && !GENERIC_COUNT.contains(noun)) {
                String tail = phrase(sentence, q.end(), 4, false);
                return tail == null ? noun : noun + " " + tail;
            }
            // "11,085 people invited and 5,204 checked": a participle says what a count of nothing in particular counts
            List<String> next = words(sentence.substring(Math.min(q.end(), sentence.length())));
            if ((noun.equals("count") || noun.equals("people") || noun.equals("residents") || noun.equals("persons"))
                    && !next.isEmpty() && next.get(0).endsWith("ed") && !next.get(0).equals("had")) {
                String tail = phrase(sentence, q.end(), 4, true);
                return tail == null ? null : noun.equals("count") ? tail : noun + " " + tail;
            }
        }
        return null;
    }

    /** The subject of the clause holding the value, or of the sentence, read afresh: ask {@link Subject#of}. */
    static Subject readSubject(String sentence, Quantity q) {
        String own = ClauseSubjects.ownClauseSubject(sentence, q);
        if (own != null) {
            return new Subject(own, false);
        }
        String s = withoutAsides(sentence.substring(0, Math.min(q.start(), sentence.length())));
        int clause = Math.max(s.lastIndexOf(';'), s.lastIndexOf(':')) + 1;
        Subject found = subjectOf(s.substring(clause));
        if (found.phrase() == null && !found.refersBack() && clause > 0) {
            found = subjectOf(s);
        }
        return found;
    }

    private static Subject subjectOf(String text) {
        List<String> words = words(text);
        // skip a framing phrase: "In 2016/17," "As at 31st March 2017," "Of these,"
        int comma = text.indexOf(',');
        List<String> framing = List.of();
        if (!words.isEmpty() && FRAMING.contains(words.get(0)) && comma > 0) {
            framing = words(text.substring(0, comma));
            words = words(text.substring(comma + 1));
        }
        List<String> subject = new ArrayList<>();
        boolean population = false;
        for (String w : words) {
            if (VERBS.contains(w) || BOUNDARY.contains(w) && !subject.isEmpty() || subject.size() >= 14
                    || population && subject.size() >= 2) {
                break;
            }
            if (StopWords.isDate(w)) {
                continue; // "the target for the end of September": a date word is no earlier value
            }
            // "Seven of them have ...": a number word opening the subject counts like a figure
            boolean opensWithNumber = subject.isEmpty() && StatusToken.isNumberWord(w) && !w.equals("no") && !w.equals("none");
            if (isFigure(w) || opensWithNumber) {
                // "62% of staff took no sick leave and 3.1% reached ...": an earlier value's population
                // ("staff") is the subject; the words that described that value are not
                subject.clear();
                population = true;
            } else if (!(population && subject.isEmpty() && w.equals("of"))) {
                subject.add(w);
            }
        }
        String named = named(subject);
        if (named != null) {
            return new Subject(named, false);
        }
        if (subject.isEmpty() && !framing.isEmpty() && CONNECTIVES.containsAll(framing)) {
            return new Subject(null, true, true);
        }
        boolean back = subject.stream().anyMatch(REFERS_BACK::contains)
                || subject.isEmpty() && framing.size() == 2 && REFERS_BACK.contains(framing.get(1));
        if (!back && framing.size() > 1 && framing.get(0).equals("of")) {
            // "Of 5,821 requests for street cleansing, 79% were ...": the framing names the population
            return new Subject(named(framing.subList(1, framing.size())), false);
        }
        return new Subject(null, back);
    }

    /** "Direct payments: 27.4% of ..." gives "direct payments"; "Q3: 64% ..." gives nothing. */
    private static String colonLabel(String sentence, Quantity q) {
        int colon = sentence.indexOf(':');
        if (colon < 0 || colon > q.start()) {
            return null;
        }
        List<String> words = words(sentence.substring(0, colon));
        if (words.isEmpty() || words.size() > 7 || words.stream().allMatch(w -> TIME_LABEL.contains(w) || isFigure(w))) {
            return null;
        }
        return named(words);
    }

    /** "an overspend of £3.3m", "contamination of 14%": the noun before "of" names the value, unless it names nothing. */
    private static String nounOf(String sentence, int start) {
        if (!PhraseWords.lastMayBe(sentence, start, "of")) {
            return null; // most values: no "of" before them, seen without cutting all the words before them
        }
        List<String> before = words(sentence.substring(0, start));
        int n = before.size();
        if (n < 2 || !before.get(n - 1).equals("of")) {
            return null;
        }
        String noun = before.get(n - 2);
        if (EMPTY.contains(noun) || StopWords.isStop(noun) || isFigure(noun) || VERBS.contains(noun)) {
            return null;
        }
        return noun;
    }

    /** "80.9% of service users were receiving self-directed support": the phrase after "of". */
    private static String afterOf(String sentence, int end) {
        Matcher m = OF_AFTER.matcher(sentence);
        if (!m.find(end)) {
            return null;
        }
        return phrase(sentence, m.end(), 6, true);
    }

    /** Words from {@code from} to the first boundary, figures and stop words kept for {@link #named} to drop. */
    static String phrase(String sentence, int from, int max, boolean throughVerbs) {
        int stop = from;
        while (stop < sentence.length() && ",;:()–—".indexOf(sentence.charAt(stop)) < 0) {
            stop++;
        }
        List<String> out = new ArrayList<>();
        List<String> all = words(sentence.substring(from, stop));
        for (int i = 0; i < all.size(); i++) {
            String w = all.get(i);
            if (BOUNDARY.contains(w) && !SatisfactionPhrase.continuesThroughWith(out, all, i) || !throughVerbs && VERBS.contains(w)) {
                break;
            }
            out.add(w);
        }
        List<String> content = content(out);
        return content.isEmpty() ? null : String.join(" ", content.subList(0, Math.min(max, content.size())));
    }

    /** The words joined, or null when nothing but figures, stop words and words that name nothing is left. */
    static String named(List<String> words) {
        List<String> content = content(words);
        if (content.stream().allMatch(EMPTY::contains)) {
            return null;
        }
        return String.join(" ", content);
    }

    static List<String> content(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (!isFigure(w) && !StopWords.isStop(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** True for a word that ends a phrase ("against", "compared", "and", "while"...). */
    static boolean isBoundary(String w) {
        return BOUNDARY.contains(w);
    }

    /** True for a word that sets one value against another ("than", "from", "compared"...). */
    static boolean isComparison(String w) {
        return COMPARISON.contains(w);
    }

    /** True for a verb that ends a subject ("were", "rose", "met"). */
    static boolean isVerb(String w) {
        return VERBS.contains(w);
    }

    static boolean isFigure(String w) {
        return Character.isDigit(w.charAt(0)) || StopWords.isDate(w);
    }

    static List<String> words(String text) {
        return PhraseWords.of(text);
    }

    /** Text in parentheses is an aside ("(2014/15, with 23 of 27 GP practices submitting data)"). */
    private static String withoutAsides(String s) {
        return s.indexOf('(') < 0 ? s : ASIDE.matcher(s).replaceAll(" ");
    }
}
