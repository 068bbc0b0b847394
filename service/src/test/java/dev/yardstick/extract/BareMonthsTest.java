package dev.yardstick.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.CorpusLines;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BareMonthsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Complaints fell in ", "It opens by the end of ", "Since ", "from the start of ", "IN\t",
            "the bins were collected during the ", "x-in ", "in_x at ", "in \u0085"})
    void aTimePrepositionBeforeTheMonthMakesItADate(String before) {
        assertThat(BareMonths.prefixEndsAt(before, 0, before.length())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Complaints fell in", "Complaints within ", "The ", "we met the ", "x_in ", "ın ", "in\u0085",
            "the end ", ""})
    void anyOtherWordBeforeTheMonthDoesNot(String before) {
        assertThat(BareMonths.prefixEndsAt(before, 0, before.length())).isFalse();
    }

    @Test
    void aPrepositionAtTheRegionsStartStandsAfterABoundary() {
        assertThat(BareMonths.prefixEndsAt("within March", 4, 7)).isTrue();
        assertThat(BareMonths.prefixEndsAt("within March", 3, 7)).isFalse();
    }

    @Test
    void answersAsThePatternDoesBeforeEveryMonthOfTheCorpusAndAtEveryPlaceOfGeneratedText() {
        for (String line : CorpusLines.all()) {
            for (int at : new DateAnchors(line).monthAnchors()) {
                int from = Math.max(0, at - 30);
                assertThat(BareMonths.prefixEndsAt(line, from, at)).as(line + " @" + at).isEqualTo(byPattern(line, from, at));
            }
        }
        // words and separators the pattern reads differently: \s against other spaces, \b against non-ASCII letters
        List<String> parts = List.of("in", "IN", "iN", "of", "the", "The", "end", "start", "beginning", "mid", "within", "ın",
                "é", "e\u0301", "_", "9", "-", " ", "  ", "\t", "\u0085", "\u2028", "\r\n", "\u00a0", "x", "by", "early");
        Random random = new Random(14);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                text.append(parts.get(random.nextInt(parts.size())));
            }
            String s = text.toString();
            int at = s.length();
            for (int from = 0; from <= at; from++) {
                assertThat(BareMonths.prefixEndsAt(s, from, at)).as("[" + s + "] from " + from).isEqualTo(byPattern(s, from, at));
            }
        }
    }

    private static boolean byPattern(String s, int from, int at) {
        return BareMonths.PREFIX.matcher(s).region(from, at).find();
    }
}
