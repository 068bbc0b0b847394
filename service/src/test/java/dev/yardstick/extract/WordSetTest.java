package dev.yardstick.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.CorpusLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordSetTest {

    /** Words of every shape a vocabulary may hold: short, long, with a hyphen or apostrophe, a symbol, past the table's length. */
    private static final Set<String> WORDS = Set.of("rag", "rated", "indicators", "outcomes", "council's", "year-end", "£", "%",
            "o'brien", "istanbul", "the", "a", "disproportionately", "straße", "été");

    @Test
    void aTokenIsInTheSetExactlyWhenItsLowerCaseIsOnEveryCorpusLine() {
        WordSet set = WordSet.of(WORDS);
        List<String> lines = new ArrayList<>(List.of("RAG Rated INDICATORS, the Council's year-end £ 5% O'Brien İstanbul",
                "Disproportionately DISPROPORTIONATELY STRASSE Straße ÉTÉ été A a"));
        lines.addAll(CorpusLines.all());
        for (String line : lines) {
            for (List<Token> tokens : List.of(new SentenceText(line).tokens(), Token.tokenize(line))) {
                for (Token t : tokens) {
                    assertThat(set.contains(t)).as("%s in: %s", t, line).isEqualTo(WORDS.contains(t.lower()));
                }
            }
        }
    }

    @Test
    void aTokenIsInTheUnionOfTwoSetsExactlyWhenItIsInEither() {
        WordSet items = WordSet.of(Set.of("indicators", "measures", "rag"));
        WordSet rated = WordSet.of(Set.of("rag", "rated", "volumetric"));
        WordSet both = items.or(rated);
        for (Token t : new SentenceText("Of 36 Indicators, 24 were RAG rated and 12 volumetric measures were not: indicator").tokens()) {
            assertThat(both.contains(t)).as(t.toString()).isEqualTo(items.contains(t) || rated.contains(t));
        }
        assertThat(both.contains("measures")).isTrue();
        assertThat(both.contains("indicator")).isFalse();
    }

    @Test
    void aWordSetHoldsOnlyLowerCaseWords() {
        assertThatThrownBy(() -> WordSet.of(Set.of("rag", "RAG"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RAG");
    }
}
