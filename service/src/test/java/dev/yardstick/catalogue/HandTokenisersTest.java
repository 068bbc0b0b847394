package dev.yardstick.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.CorpusLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The tokenisers written out by hand for speed read every line of the labelled corpora and the
 * seeds, and lines written to trip them, exactly as the patterns they follow do.
 */
class HandTokenisersTest {

    private static final List<String> TRICKY = List.of(
            "£1.2m, £ 3, £4,000.50%, 7,587 and 27.1% (38.5%); 12.5.6 or 3.",
            "Children’s services' KPIs: self-directed support—up 4–5 points! Why? 1/2 of 𝐁old text 🙂 45",
            "İstanbul \u212Aelvin café naïve ﬁnance 2019/20 Q1–Q2 COVID-19 re-let 50-60%");

    @Test
    void statusTokensAreThoseOfTheirPattern() {
        for (String line : lines()) {
            assertThat(StatusToken.of(line)).as(line).isEqualTo(StatusToken.byPattern(line));
        }
    }

    @Test
    void phraseWordsAreThoseOfTheirPattern() {
        for (String line : lines()) {
            assertThat(PhraseWords.of(line)).as(line)
                    .isEqualTo(PhraseWords.byPattern(line.toLowerCase(Locale.ROOT).replace('’', '\'')));
        }
    }

    @Test
    void aValueThatNoWordOfMayPrecedeHasNoneBeforeItByItsWords() {
        List<String> lines = new ArrayList<>(List.of("the rate of 14%, OF 12, of- 3, of' 4, Of, 5, proof 6, of\u0130 7, of 8 of",
                "kilometres of \u212Am 9 and a \u212A 10, more of. 11 (of) 12"));
        lines.addAll(lines());
        for (String line : lines) {
            for (int end = 0; end < line.length(); end++) {
                char c = line.charAt(end);
                if (!Character.isDigit(c) && c != '£') {
                    continue; // where values start: where the rules ask
                }
                List<String> words = PhraseWords.of(line.substring(0, end));
                String last = words.isEmpty() ? "" : words.get(words.size() - 1);
                for (String word : List.of("of", "k", "km", "i")) {
                    if (last.equals(word)) {
                        assertThat(PhraseWords.lastMayBe(line, end, word)).as(line + " before " + end).isTrue();
                    }
                }
            }
        }
        assertThat(PhraseWords.lastMayBe("a share of 14%", 11, "of")).isTrue();
        assertThat(PhraseWords.lastMayBe("a share was 14%", 12, "of")).isFalse();
    }

    private static List<String> lines() {
        List<String> lines = new ArrayList<>(TRICKY);
        lines.addAll(CorpusLines.all());
        return lines;
    }
}
