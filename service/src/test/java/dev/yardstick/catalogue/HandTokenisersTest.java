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

    private static List<String> lines() {
        List<String> lines = new ArrayList<>(TRICKY);
        lines.addAll(CorpusLines.all());
        return lines;
    }
}
