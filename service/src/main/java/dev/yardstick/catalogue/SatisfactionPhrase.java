package dev.yardstick.catalogue;

import dev.yardstick.extract.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Survey questions as councils report them: "90% of customers satisfied with the time taken to
 * answer their call, 78% with the service they received". What people are satisfied with tells
 * one question from another, so it belongs in the measure's name.
 */
final class SatisfactionPhrase {

    /** Words of a satisfaction survey: what follows "satisfied with" is what the value measures. */
    private static final Set<String> SATISFACTION = Set.of("satisfied", "dissatisfied", "happy", "unhappy", "pleased");
    /** Objects of satisfaction that say no more than "satisfied": "with the service they received". */
    private static final Set<String> GENERIC_OBJECT = Set.of("service", "services", "received", "provided", "given", "offered",
            "overall", "experience");
    private static final Pattern GAPPED_WITH = Pattern.compile("\\G\\s*(?:\\([^()]*\\)\\s*)?with\\s+");

    private SatisfactionPhrase() {
    }

    /**
     * "customers satisfied with the time taken to answer their call": the object of satisfaction
     * tells one survey question from another, unless it names only the service itself.
     */
    static boolean continuesThroughWith(List<String> before, List<String> words, int i) {
        if (!words.get(i).equals("with") || before.isEmpty() || !SATISFACTION.contains(before.get(before.size() - 1))) {
            return false;
        }
        for (String w : MeasuredPhrase.content(words.subList(i + 1, words.size()))) {
            if (MeasuredPhrase.BOUNDARY.contains(w)) {
                return false;
            }
            if (!GENERIC_OBJECT.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "92% of customers were satisfied with their phone contact, 65% with their face to face
     * contact": a value followed by its own "with ..." in a sentence that said who was satisfied
     * with what takes that population and satisfaction, with its own object.
     */
    static String gapped(String sentence, Quantity q) {
        Matcher with = GAPPED_WITH.matcher(sentence);
        if (!with.find(Math.min(q.end(), sentence.length()))) {
            return null;
        }
        List<String> before = MeasuredPhrase.words(sentence.substring(0, Math.min(q.start(), sentence.length())));
        for (int i = before.size() - 2; i >= 0; i--) {
            if (SATISFACTION.contains(before.get(i)) && before.get(i + 1).equals("with")) {
                List<String> population = new ArrayList<>();
                for (int j = i - 1; j >= 0 && !MeasuredPhrase.isFigure(before.get(j)) && population.size() < 3; j--) {
                    if (!MeasuredPhrase.isVerb(before.get(j)) && !StopWords.isStop(before.get(j))) {
                        population.add(0, before.get(j));
                    }
                }
                String object = MeasuredPhrase.phrase(sentence, with.end(), 4, true);
                return object == null ? null : String.join(" ", population) + " " + before.get(i) + " " + object;
            }
        }
        return null;
    }
}
