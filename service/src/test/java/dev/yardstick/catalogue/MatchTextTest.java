package dev.yardstick.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.CorpusLines;
import dev.yardstick.document.ReportingPeriod;
import dev.yardstick.extract.Kind;
import dev.yardstick.extract.Observation;
import dev.yardstick.extract.Provenance;
import dev.yardstick.extract.Qualifier;
import dev.yardstick.extract.Quantity;
import dev.yardstick.extract.Scope;
import dev.yardstick.extract.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MatchTextTest {

    @Test
    void aContextWordIsFoundExactlyWhereASearchOfTheWholeContextTextFindsIt() {
        List<String> lines = new ArrayList<>(List.of("Reduce TEENAGE pregnancy", "", "Über-cities: ÉTÉ", "x", "(rates)"));
        lines.addAll(CorpusLines.all().subList(0, 3000));
        for (int i = 0; i + 5 < lines.size(); i += 5) {
            // a row: its accountability and theme shared, as the extractor shares them, by three sentences
            Provenance row = new Provenance("doc", "org", i, lines.get(i), lines.get(i + 1), "director", false);
            for (int k = 2; k < 5; k++) {
                String sentence = lines.get(i + k);
                String heading = k == 3 ? lines.get(i) : "";
                String whole = (sentence + "\n" + heading + "\n" + row.accountability() + "\n" + row.theme()).toLowerCase(Locale.ROOT);
                MatchText text = MatchText.of(observation(sentence, heading, row));
                for (String word : words(whole)) {
                    assertThat(text.anyInContextText(List.of(word))).as("'%s' in %s", word, whole)
                            .isEqualTo(IndicatorMatcher.indexOfWord(whole, word, 0) >= 0);
                }
            }
        }
    }

    /** Every stretch of one to three characters of the text, at word starts and inside words, and one found nowhere. */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (int at = 0; at < text.length(); at++) {
            for (int n = 1; n <= 3 && at + n <= text.length(); n++) {
                out.add(text.substring(at, at + n));
            }
        }
        out.add("zq");
        return out;
    }

    private static Observation observation(String sentence, String heading, Provenance provenance) {
        Quantity q = new Quantity(5, Unit.PERCENT, Qualifier.EXACT, "5%", 0, 0, null);
        return new Observation(q, Kind.ACTUAL, Scope.OWN, ReportingPeriod.calendarYear(2019), sentence, heading, provenance, null);
    }
}
