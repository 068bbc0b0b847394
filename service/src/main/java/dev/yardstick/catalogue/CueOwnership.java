package dev.yardstick.catalogue;

import dev.yardstick.extract.Measure;
import dev.yardstick.extract.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that belong to another value: in "94% of major planning applications were determined in
 * time and 87% of planning applications overall", "major" is what the 94% measures, so it cannot
 * make the 87% a major-applications figure. Only the phrase after "X% of" is claimed this way;
 * words elsewhere in the sentence stay free for every value.
 */
final class CueOwnership {

    private static final Pattern OTHER_SHARE = Pattern.compile(
            "\\d[\\d,]*(?:\\.\\d+)?\\s*(?:%|per ?cent)\\s*(?:\\([^()]*\\)\\s*)?of\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'-]*|[,;:.()]");
    private static final int MOST_WORDS = 8;

    private CueOwnership() {
    }

    /** The spans of the phrases after the sentence's other percentages ("X% of ..."), in the lower-cased sentence. */
    static List<int[]> othersPhrases(String sentence, Quantity q) {
        List<int[]> out = new ArrayList<>();
        if (q.unit().measure() != Measure.PERCENT) {
            return out;
        }
        Matcher m = OTHER_SHARE.matcher(sentence);
        while (m.find()) {
            if (m.start() < q.end() && m.end() > q.start()) {
                continue; // the value's own phrase
            }
            int end = phraseEnd(sentence, m.end());
            out.add(new int[] {m.end(), end});
        }
        return out;
    }

    /** True when some cue occurs outside every other value's phrase (or in the heading, after the sentence). */
    static boolean anyCueOutside(List<String> cues, String cueText, int sentenceLength, List<int[]> othersPhrases) {
        if (othersPhrases.isEmpty()) {
            return true;
        }
        for (String cue : cues) {
            for (int at = IndicatorMatcher.indexOfWord(cueText, cue, 0); at >= 0; at = IndicatorMatcher.indexOfWord(cueText, cue, at + 1)) {
                if (at >= sentenceLength || !inside(at, othersPhrases)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean inside(int at, List<int[]> spans) {
        for (int[] span : spans) {
            if (at >= span[0] && at < span[1]) {
                return true;
            }
        }
        return false;
    }

    /** The phrase runs to its verb, a clause break or eight words: "major planning applications" in "... were determined". */
    private static int phraseEnd(String sentence, int from) {
        Matcher w = WORD.matcher(sentence);
        int words = 0;
        int end = from;
        while (w.find(end) && words < MOST_WORDS) {
            String t = w.group();
            if (!Character.isLetter(t.charAt(0)) || MeasuredPhrase.isVerb(t)) {
                return w.start();
            }
            words++;
            end = w.end();
        }
        return end;
    }
}
