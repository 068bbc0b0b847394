package dev.yardstick.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.CorpusLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumberPresenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"Collections rose to 98.2% this quarter.", "Two thirds of residents were satisfied.",
            "Almost HALF of the schools took part.", "Seventeen schools took part.", "We are now in the top quartile nationally.",
            "Just one complaint was upheld.", "It came fourth among the councils."})
    void aSentenceWithADigitOrAQuantityInWordsMayHoldANumber(String sentence) {
        assertThat(NumberPresence.mayHoldNumber(sentence)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The council met its residents.", "This quarter the service was reviewed.",
            "Someone has done the work on the One Borough plan.", "The half-day course ran again.", ""})
    void aSentenceWithNoneIsNotRead(String sentence) {
        assertThat(NumberPresence.mayHoldNumber(sentence)).isFalse();
    }

    @Test
    void theOnePassAnswersAsASearchForEachKindOfNumberDoesOnEveryCorpusLine() {
        List<String> lines = new ArrayList<>(List.of("hAlf of the alfa", "hAlf of the", "FIRST", "firſt place", "ſeven",
                "İstanbul seven", "a QUARTER of them", "quarter of them", "fİrst place", "tWo", "HALVES of", "tHIRDS of", "ONE more",
                "just One", "Three-quarters of", "twenty-two", "nine9", "percentile", "Quartile", "QUARTILE", "a third of", "thirds",
                "élan vital", "  "));
        lines.addAll(CorpusLines.all());
        for (String line : lines) {
            assertThat(NumberPresence.mayHoldNumber(line)).as(line).isEqualTo(eachKindInTurn(line));
        }
    }

    /** A digit, then each word asked of each kind: a number word (compared case-blind), "one", a fraction; then a scale. */
    private static boolean eachKindInTurn(String s) {
        if (s.chars().anyMatch(c -> Character.isDigit((char) c))) {
            return true;
        }
        Set<String> numberWords = NumberWords.words();
        int i = 0;
        while (i < s.length()) {
            if (!Character.isLetter(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && Character.isLetter(s.charAt(i))) {
                i++;
            }
            String word = s.substring(start, i);
            boolean numberWord = word.charAt(0) < 128
                    && numberWords.stream().anyMatch(w -> w.length() == word.length() && word.regionMatches(true, 0, w, 0, w.length()));
            if (numberWord
                    || (word.equals("one") || word.equals("One")) && NumberWordQuantities.oneMayCount(s, start)
                    || Fractions.shareAt(s, start, i, false)) {
                return true;
            }
        }
        return Ranks.mayNameAPosition(s);
    }
}
