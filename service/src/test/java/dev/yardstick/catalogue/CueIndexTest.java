package dev.yardstick.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The cue index names every indicator whose cue opens a word of the text, in catalogue order. */
class CueIndexTest {

    private final CueIndex index = new CueIndex(List.of(
            List.of("recycl", "waste"), List.of("licen"), List.of("x"), List.of("fly-tip", "fly tip")));

    @Test
    void namesTheIndicatorsWhoseCuesOpenAWordOfTheText() {
        int[] keys = keysOf("49.9% of household waste was recycled; new licences were issued");

        assertThat(index.candidates(keys).stream().toArray()).contains(0, 1);
    }

    @Test
    void aCueShorterThanTwoLettersIsAlwaysACandidate() {
        assertThat(index.candidates(keysOf("nothing to see")).get(2)).isTrue();
    }

    @Test
    void anIndicatorWhoseCuesOpenNoWordIsNoCandidateUnlessTheKeysCollide() {
        int[] keys = keysOf("49.9% of household waste was recycled");

        boolean collides = false;
        for (int k : keys) {
            collides |= k == MatchText.pairKey('f', 'l');
        }
        assertThat(index.candidates(keys).get(3)).isEqualTo(collides);
    }

    private static int[] keysOf(String lower) {
        return java.util.stream.IntStream.range(0, lower.length())
                .filter(i -> i + 1 < lower.length() && (i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1))))
                .map(i -> MatchText.pairKey(lower.charAt(i), lower.charAt(i + 1))).distinct().toArray();
    }
}
