package dev.yardstick.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.document.UpdateDocument;
import dev.yardstick.document.UpdateRow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Extraction stays linear in the size of its input, whatever the input is. */
class PathologicalInputTest {

    @Test
    void noSentenceIsAnalysedLongerThanTheCap() {
        String numbers = numbers(20_000);
        assertThat(SentenceSplitter.split(numbers)).allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(SentenceSplitter.MAX_SENTENCE))
                .hasSizeGreaterThan(numbers.length() / SentenceSplitter.MAX_SENTENCE);
    }

    @Test
    void oneSentenceOfManyNumbersTakesTimeInProportionToItsSize() {
        long small = time(numbers(10_000));
        long large = time(numbers(100_000));
        // ten times the input may take ten times as long; a quadratic cost would take a hundred times.
        // The slack absorbs a noisy machine and the JIT warming up on the small input.
        assertThat(large).as("nanoseconds for 100,000 numbers against %d for 10,000", small).isLessThan(Math.max(40 * small, 2_000_000_000L));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "Scores moved from 12.18.19 to 31.18.2019 and 0/0/00 on 31/02/2020.",
            "Codes 99.99.99, 13/13/13 and 1.1.1 are no dates; 29/02/2019 is none either.",
            "Ratios 18/12/2018 and 30/06/2019 are dates; 00.13.2020 is not."})
    void aFigureShapedLikeADateButNoDayOfAnyCalendarIsReadWithoutFailing(String sentence) {
        assertThat(Sentences.extract(sentence)).isNotNull();
    }

    private static String numbers(int n) {
        StringBuilder b = new StringBuilder("Figures ");
        for (int i = 0; i < n; i++) {
            b.append(i % 997).append(i % 3 == 0 ? "% and " : " homes, ");
        }
        return b.append("recorded.").toString();
    }

    private static long time(String sentence) {
        UpdateRow row = new UpdateRow(3, null, "Theme", "Deliver.", "A Director", List.of(sentence));
        UpdateDocument doc = new UpdateDocument("test.txt", "testshire", Sentences.Q2_2019_20, List.of(row), List.of());
        new Extractor().extract(doc); // warm up
        long start = System.nanoTime();
        List<Observation> found = new Extractor().extract(doc);
        long took = System.nanoTime() - start;
        assertThat(found).isNotEmpty();
        return took;
    }
}
