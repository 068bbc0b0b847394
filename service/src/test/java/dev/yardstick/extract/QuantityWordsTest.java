package dev.yardstick.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.CorpusLines;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityWordsTest {

    /** What the quantity scanner reads words as: number words, "one", a fraction's first word, a scale's end. */
    private static Set<String> vocabulary() {
        Set<String> words = new HashSet<>(NumberWords.words());
        words.addAll(Fractions.firstWords());
        words.addAll(Ranks.SCALE_ENDS);
        words.add(QuantityWords.ONE);
        return words;
    }

    static List<String> everyWordInEveryCase() {
        List<String> out = new ArrayList<>();
        for (String w : vocabulary()) {
            out.add(w);
            out.add(w.toUpperCase(Locale.ROOT));
            out.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("everyWordInEveryCase")
    void everyWordTheScannerReadsMayOpenAQuantity(String word) {
        String line = "In " + word + " of the wards";
        for (List<Token> tokens : List.of(new SentenceText(line).tokens(), Token.tokenize(line))) {
            assertThat(QuantityWords.mayOpen(tokens.get(1))).as(word).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"and", "of", "council", "performance", "services", "residents", "Of", "AND", "the", "The", "tower", "Fund"})
    void commonWordsOpeningNoQuantityAreRuledOut(String word) {
        assertThat(QuantityWords.mayOpen(new SentenceText(word + " here").tokens().get(0))).isFalse();
    }

    @Test
    void aWordWhoseLowerCaseHasAnotherLengthIsLeftToTheReaders() {
        assertThat(QuantityWords.mayOpen(new SentenceText("İstanbul reported").tokens().get(0))).isTrue();
    }

    @Test
    void onlyWordsTheScannerWouldNotReadAreRuledOutOnEveryCorpusLine() {
        Set<String> vocabulary = vocabulary();
        for (String line : CorpusLines.all()) {
            for (List<Token> tokens : List.of(new SentenceText(line).tokens(), Token.tokenize(line))) {
                for (Token t : tokens) {
                    if (t.isWord() && !QuantityWords.mayOpen(t)) {
                        assertThat(vocabulary).as("%s in: %s", t, line).doesNotContain(t.lower());
                    }
                }
            }
        }
    }
}
