package dev.yardstick.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A catalogue cue is found where it starts a word of the text, as a search from each word start finds it. */
class WordStartPhrasesTest {

    @ParameterizedTest(name = "''{0}'' in ''{1}'': {2}")
    @CsvSource(delimiter = '|', value = {
            "licen|premises licensing applications|true",
            "cen|premises licensing applications|false",
            "fly-tip|reports of fly-tipping fell|true",
            "tip|reports of fly-tipping fell|true",
            "service users|80% of service users were|true",
            "service users|80% of service-users were|false",
            "rate|the re-rate was|true",
            "café|the café opened|true",
            "ate|the rate|false",
    })
    void findsAPhraseWhereItStartsAWord(String phrase, String text, boolean found) {
        WordStartPhrases phrases = new WordStartPhrases();
        int id = phrases.id(phrase);

        assertThat(phrases.in(text).get(id)).isEqualTo(found);
        assertThat(phrases.in(text).get(id)).isEqualTo(searchFromEachWordStart(text, phrase));
    }

    @Test
    void onePassFindsEveryPhraseAndNoOther() {
        WordStartPhrases phrases = new WordStartPhrases();
        int[] ids = phrases.ids(List.of("recycl", "waste", "landfill", "household"));

        var found = phrases.in("the household recycling rate rose while residual waste fell");

        assertThat(found.get(ids[0])).isTrue();
        assertThat(found.get(ids[1])).isTrue();
        assertThat(found.get(ids[2])).isFalse();
        assertThat(found.get(ids[3])).isTrue();
        assertThat(WordStartPhrases.anyIn(new int[] {ids[2]}, found)).isFalse();
        assertThat(phrases.id("waste")).isEqualTo(ids[1]);
    }

    @Test
    void aLineBreakStartsAWord() {
        WordStartPhrases phrases = new WordStartPhrases();
        int id = phrases.id("waste");

        assertThat(phrases.in("the rate fell\nwaste and recycling").get(id)).isTrue();
    }

    @Test
    void anEmptyPhraseIsInEveryText() {
        WordStartPhrases phrases = new WordStartPhrases();
        int id = phrases.id("");

        assertThat(phrases.in("").get(id)).isTrue();
        assertThat(phrases.in("anything").get(id)).isTrue();
    }

    /** The search the one pass replaces. */
    private static boolean searchFromEachWordStart(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }
}
