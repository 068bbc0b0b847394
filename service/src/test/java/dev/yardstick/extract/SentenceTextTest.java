package dev.yardstick.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.CorpusLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One sentence analysed once: what the scanners and rules read from it is what each worked out on its own before. */
class SentenceTextTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "In Quarter 2 2019/20, 87% of Freedom of Information requests were answered on time.",
            "ONS figures for the year to June 2019 show 1,204 new homes, up from 987 in 2017/18.",
            "Café O’Brien’s scheme – Ørsted funding – reached £1.2m.",
            "The İstanbul twinning group met 4 times.",
    })
    void tokensAreThoseOfTheSentenceCutAlone(String s) {
        List<Token> shared = new SentenceText(s).tokens();

        assertThat(shared).isEqualTo(Token.tokenize(s));
    }

    @Test
    void aCapitalisedWordTakesItsLowerCaseFromTheLowerCasedSentence() {
        SentenceText s = new SentenceText("Barking and Dagenham recorded 42 new Apprenticeships");

        assertThat(s.tokens()).extracting(Token::lower)
                .containsExactly("barking", "and", "dagenham", "recorded", "42", "new", "apprenticeships");
    }

    @Test
    void lowerCaseIsTheRootLocaleLowerCaseOfTheWholeSentence() {
        String text = "Quarter TWO Performance";

        assertThat(new SentenceText(text).lower()).isEqualTo(text.toLowerCase(Locale.ROOT));
        assertThat(new SentenceText(text).lowerKeepsOffsets()).isTrue();
        assertThat(new SentenceText("İ 12").lowerKeepsOffsets()).isFalse(); // a dotted capital I lower-cases to two characters
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Of our 21 Priority Actions for 2011/12|actions|for",
            "Of our 21 Priority Actions for (2011/12|actions|for",
            "for 2011/12|''|for",
            "(for 2011/12|''|for",
            "2011/12|''|''",
            "İ Actions in 2011|actions|in",
    })
    void theTwoWordsBeforeAnOffsetAreThoseASplitOnNonLettersGives(String s, String second, String last) {
        int end = s.indexOf("2011");

        assertThat(new SentenceText(s).lastTwoWordsBefore(end)).containsExactly(second, last);
    }

    @Test
    void dateAnchorsReadFromTheTokensAreThoseOfACharacterScanOnEveryLine() {
        List<String> lines = new ArrayList<>(List.of(
                "O'March 2019, d’April, Rock'n'Roll May 2020, 12March, March2019, COVID19 in June",
                "1,234.56 and 1,2345 on 03/04/2019; \u0661\u0662 Sept. \u00C9March, \u212Aelvin \u0130stanbul May",
                "the 3rd of June to 4 July, Nov-22, 2019/20 and 19/20 (Q2), 'Dec' and ‘Jan’"));
        lines.addAll(CorpusLines.all());
        for (String line : lines) {
            DateAnchors byCharacter = new DateAnchors(line);
            DateAnchors byToken = new SentenceText(line).anchors();

            assertThat(byToken.digitAnchors()).as(line).containsExactly(byCharacter.digitAnchors());
            assertThat(byToken.monthAnchors()).as(line).containsExactly(byCharacter.monthAnchors());
        }
    }

    @Test
    void dateAnchorsAreWorkedOutOnceAndShared() {
        SentenceText s = new SentenceText("By March 2020 we had 14 sites.");

        assertThat(s.anchors()).isSameAs(s.anchors());
        assertThat(s.anchors().hasDigits()).isTrue();
        assertThat(s.anchors().hasMonths()).isTrue();
    }
}
