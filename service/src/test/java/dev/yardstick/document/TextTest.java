package dev.yardstick.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", " ", "   ", "a", "a b", "a  b", "a b ", "a b   ", " a b", "  a  ", "one two three four five six seven eight nine ten eleven"})
    void wordsCountsThePartsASplitOnSpacesGives(String text) {
        assertThat(Text.words(text)).isEqualTo(text.split(" ").length);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Corporate Plan performance measures at 31 March 2017|true",
            "Housing Delivery 2019/20|true",
            "Teen pregnancy|true",
            "Housing 42 homes|false",
            "Creative Enterprise Zone and the eleven other ambitious projects of the year|false",
            "Performance in March 2017 for 12 schools|false",
            "Regeneration.|false",
            "adult social care|false",
    })
    void aHeadingIsShortTitledAndDatedAtMost(String line, boolean heading) {
        assertThat(Text.looksLikeHeading(line)).isEqualTo(heading);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Council tax collected      56.2%      56.0%|Council tax collected\t56.2%\t56.0%",
            "Collection rose.  Income fell.|Collection rose.  Income fell.",
            "A sentence with single spaces|A sentence with single spaces",
    })
    void columnsLinedUpWithSpacesAreCells(String line, String cells) {
        assertThat(Text.alignedColumnsAsTabs(line)).isEqualTo(cells.replace("\\t", "\t"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"7", "Page 2 of 9", "1 of 18", "- 3 -"})
    void aLineThatIsOnlyAPagesNumberIsOne(String line) {
        assertThat(Text.isPageNumber(line)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2. endorsed adding the following indicators|endorsed adding the following indicators",
            "4.1.2 These indicators show progress|These indicators show progress",
            "12 wards took part|12 wards took part",
            "3. million visitors came|3. million visitors came",
    })
    void aParagraphsNumberIsLeftOutButACountIsKept(String line, String without) {
        assertThat(Text.withoutParagraphNumber(line)).isEqualTo(without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Q1 2021/22: 56.5%|true",
            "• 2018/19: 4162 tonnes|true",
            "Current Target: 58.0%|true",
            "Quarter 2 2019/20: 1 July – 30 September 2019|false",
            "Performance Indicators Report April 2022 – March 2023|false",
            "Q4 2022/23: To be reported|false",
    })
    void aLineGivingOneFigureUnderItsLabelIsData(String line, boolean labelledFigure) {
        assertThat(Text.isLabelledFigure(line)).isEqualTo(labelledFigure);
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {
            "Plain text, one space each.|Plain text, one space each.",
            "'  two  spaces\tand a tab '|two spaces and a tab",
            "no\u00A0break\u202Fspaces|no break spaces",
            "'ends with a space '|ends with a space",
    })
    void normalisingLeavesOneSpaceBetweenWordsAndNoneAtTheEnds(String text, String normal) {
        assertThat(Text.normalise(text)).isEqualTo(normal);
    }
}
