package dev.yardstick.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** How a cue family finds its cues in a sentence: whole words, open endings, the longest cue. */
class CueFamilyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Recycling is forecast to reach 55%|forecast",
            "Forecasts suggest 55% by March|Forecasts",
            "we are on track to meet 90%|on track to",
            "the pipeline holds 120 homes|pipeline",
    })
    void findsACueAsWholeWordsWithOpenEndings(String sentence, String cue) {
        CueFamily.Hit hit = Cues.FORECAST.find(sentence, 0, sentence.length());

        assertThat(hit).isNotNull();
        assertThat(sentence.substring(hit.start(), hit.end())).isEqualTo(cue);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Unforecast demand rose to 120",
            "the trackside count was 12",
            "We willingly counted 40",
    })
    void aCueInsideAnotherWordIsNoCue(String sentence) {
        assertThat(Cues.FORECAST.in(sentence)).isFalse();
    }

    @Test
    void theLongestCueWinsWhereCuesOverlap() {
        String s = "All 12 schools met or exceeded their targets this year.";

        CueFamily.Hit hit = Cues.TARGET_OUTCOME.find(s, 0, s.length());

        assertThat(s.substring(hit.start(), hit.end())).isEqualTo("met or exceeded their targets");
    }

    @Test
    void familiesAskingAboutOneSentenceEachFindOnlyTheirOwnCues() {
        String s = "The national average of 59% compared with our 62% target, while the region stood at 60%.";

        assertThat(Cues.ENGLAND.within(s, 0, s.length())).extracting(h -> s.substring(h.start(), h.end())).containsExactly("national");
        assertThat(Cues.TARGET.within(s, 0, s.length())).extracting(h -> s.substring(h.start(), h.end())).containsExactly("target");
        assertThat(Cues.REGION.within(s, 0, s.length())).extracting(h -> s.substring(h.start(), h.end())).containsExactly("region");
        assertThat(Cues.CONTRAST.within(s, 0, s.length())).extracting(h -> s.substring(h.start(), h.end()))
                .containsExactly("compared", "target", "while");
        assertThat(Cues.OWN.lastEnd(s, 0, s.length())).isEqualTo(s.indexOf("our") + 3);
    }

    @Test
    void cueWordsMayBeJoinedByHyphensOrApostrophes() {
        String s = "England's rate was 28.1% and in-house teams handled 40";

        assertThat(Cues.ENGLAND.startsWith(s)).isTrue();
        assertThat(Cues.OWN.within(s, 0, s.length())).extracting(h -> s.substring(h.start(), h.end())).containsExactly("in-house");
    }

    @Test
    void theFamiliesThatMayStartAtAWordAreThoseAComparisonWithEveryFirstWordFindsOnEveryCorpusLine() {
        java.util.List<String> lines = new java.util.ArrayList<>(java.util.List.of(
                "Targets, targeting and the target: forecasts for the nation's regional peers; ethnicity of 16-18 year olds",
                "National NATIONAL nationally Région région ÉTHNIC in-house in–house O’Brien"));
        lines.addAll(dev.yardstick.CorpusLines.all());
        assertThat(Cues.TARGET).isNotNull(); // every family registered before the words are read
        for (String line : lines) {
            CueWords words = CueWords.of(line);
            for (int w = 0; w < words.starts().length; w++) {
                int start = words.spans()[2 * w];
                int end = words.spans()[2 * w + 1];
                assertThat(words.starts()[w]).as("%s in: %s", words.lower().substring(start, end), line)
                        .isEqualTo(CueWords.familiesByComparison(words.lower(), start, end));
            }
        }
    }

    @Test
    void theCheapTestRulesOutNoTextAFamilyFindsACueInOnEveryCorpusLine() throws IllegalAccessException {
        java.util.List<CueFamily> families = new java.util.ArrayList<>();
        for (java.lang.reflect.Field f : Cues.class.getDeclaredFields()) {
            if (f.getType() == CueFamily.class) {
                families.add((CueFamily) f.get(null));
            }
        }
        java.util.List<String> lines = new java.util.ArrayList<>(java.util.List.of("Revenue OUTTURN 2016/17: Housing",
                "2018/19 Year-End: recycling", "End of Year position", "year ending March", "Key Stage 2 results", "KS2"));
        lines.addAll(dev.yardstick.CorpusLines.all());
        assertThat(families).hasSizeGreaterThan(20);
        int found = 0;
        for (String line : lines) {
            for (CueFamily family : families) {
                if (family.in(line)) {
                    found++;
                    assertThat(family.mayBeIn(line)).as("%s in: %s", family, line).isTrue();
                }
            }
        }
        assertThat(found).isGreaterThan(1000); // the families were asked about lines that hold their cues
        assertThat(Cues.OUTTURN.mayBeIn("Deliver the master plans of Parsloes Park")).isFalse();
    }
}
