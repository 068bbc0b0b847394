package dev.yardstick.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.CorpusLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A token compares and looks up words in place: the answers are those its text and lower case give. */
class TokenTest {

    /** Words the rules ask tokens about, in the cases they come in, and number words. */
    private static final List<String> PROBES = List.of("from", "From", "FROM", "the", "one", "three", "Three", "fifth", "c", ".",
            "%", "london", "London", "o'brien", "istanbul", "approx", "twenty", "hundred");

    @Test
    void aTokenIsAWordExactlyWhenItsTextOrItsLowerCaseIsThatWordOnEveryCorpusLine() {
        for (String line : linesWithAwkwardCases()) {
            SentenceText sentence = new SentenceText(line);
            for (Token t : sentence.tokens()) {
                for (String word : probes(t)) {
                    assertThat(t.is(word)).as("%s is %s in: %s", t, word, line)
                            .isEqualTo(t.lower().equals(word) || t.text().equals(word));
                }
            }
        }
    }

    @Test
    void numberWordsReadInPlaceAreThoseOfTheLowerCaseOnEveryCorpusLine() {
        for (String line : linesWithAwkwardCases()) {
            for (List<Token> tokens : List.of(new SentenceText(line).tokens(), Token.tokenize(line))) {
                for (Token t : tokens) {
                    assertThat(NumberWords.cardinal(t)).as("%s in: %s", t, line).isEqualTo(NumberWords.cardinal(t.lower()));
                    assertThat(NumberWords.ordinalValue(t)).as("%s in: %s", t, line).isEqualTo(NumberWords.ordinalValue(t.lower()));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Three FIFTH Twenty-one O’Brien’s İstanbul 1,204.5 £3m", "ÉTÉ Straße twelve TWELVE", ""})
    void textAndLowerCaseAreTheSentencesOwnStretches(String s) {
        for (Token t : new SentenceText(s).tokens()) {
            assertThat(t.text()).isEqualTo(s.substring(t.start(), t.end()));
            assertThat(t.lower()).isEqualTo(t.text().toLowerCase(Locale.ROOT));
            assertThat(t.length()).isEqualTo(t.end() - t.start());
        }
    }

    private static List<String> probes(Token t) {
        List<String> words = new ArrayList<>(PROBES);
        words.add(t.text());
        words.add(t.lower());
        words.add(t.text().toUpperCase(Locale.ROOT));
        return words;
    }

    private static List<String> linesWithAwkwardCases() {
        List<String> lines = new ArrayList<>(List.of("From THREE to Three, İstanbul’s O’Brien and ÉCOLE got twelve; C. 40 approx.",
                "Straße FIFTH fifth Fifth twenty-one hundred"));
        lines.addAll(CorpusLines.all());
        return lines;
    }
}
