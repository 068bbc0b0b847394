package dev.yardstick.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.CorpusLines;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one-pass search for a digit or a number word answers as a search for each would. */
class NumberPresenceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "87% of requests were answered on time|true",
            "Three new schemes opened|true",
            "the fifth year running|true",
            "No change this quarter|false",
            "Delivered on time and on budget|false",
            "Twentieth-century buildings|false",
            "Houses at ٣ sites|true",
            "Café Ørsted – funding agreed|false",
            "Ørsted seven|true",
            "|false",
    })
    void aSentenceHoldsADigitOrANumberWordWhenEitherIsThere(String s, boolean expected) {
        String text = s == null ? "" : s;

        assertThat(NumberWords.digitOrWordIn(text)).isEqualTo(expected);
    }

    @Test
    void theOnePassAgreesWithTheDigitAndTheNumberWordSearchesOnEveryCorpusLine() {
        List<String> lines = new ArrayList<>(CorpusLines.all());
        for (String line : CorpusLines.all()) {
            // the words alone, digits taken out, so the number words are what decides
            lines.add(line.replaceAll("\\d", " "));
        }
        for (String line : lines) {
            boolean digit = line.chars().anyMatch(c -> Character.isDigit((char) c));
            assertThat(NumberWords.digitOrWordIn(line)).as(line).isEqualTo(digit || NumberWords.anyIn(line));
        }
    }
}
