package dev.yardstick.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.SeedData;
import dev.yardstick.document.FinancialQuarter;
import dev.yardstick.document.UpdateDocument;
import dev.yardstick.document.UpdateRow;
import dev.yardstick.extract.Extractor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Values sharing out a plan's indicators or actions by status are named by the items and each value's own status. */
class StatusBreakdownTest {

    private static final IndicatorCatalogue CATALOGUE = SeedData.catalogue().withLibrary(IndicatorCatalogue.library());

    /** Each value as written, with the indicator it was given, in document order. */
    private static Map<String, String> ids(String... paragraphs) {
        UpdateRow row = new UpdateRow(1, null, "Theme", "Monitor the plan.", "A Director", List.of(paragraphs));
        UpdateDocument doc = new UpdateDocument("t.txt", "testshire", new FinancialQuarter(2023, 2), List.of(row), List.of());
        Map<String, String> out = new LinkedHashMap<>();
        IndicatorMatcher.withProvisional(CATALOGUE).match(new Extractor().extract(doc))
                .forEach(m -> out.putIfAbsent(m.observation().quantity().text(), m.indicatorId()));
        return out;
    }

    @Test
    void ragCountsAndSharesAreNamedByTheirOwnColour() {
        Map<String, String> ids = ids("Of the 19 indicators with a RAG rating, 11 (58%) were green, three (16%) amber and five (26%) red.");

        assertThat(ids).containsEntry("11", "p_indicator_green_count").containsEntry("58%", "p_indicator_green_pct")
                .containsEntry("three", "p_indicator_amber_count").containsEntry("16%", "p_indicator_amber_pct")
                .containsEntry("five", "p_indicator_red_count").containsEntry("26%", "p_indicator_red_pct");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aBracketThatDoesNotCloseAfterTheItemsEndsTheirPhraseInsteadOfHoldingTheReaderForever() {
        Map<String, String> ids = ids("Of the 19 indicators, 11 of the ( first set agreed with the partners last year were green.");

        assertThat(ids).containsKey("11");
    }

    @Test
    void statusWrittenBeforeTheValueNamesIt() {
        Map<String, String> ids = ids("Of 23 indicators reported, 18 carry a RAG rating: Green 50% (9), Green Amber 22% (4) and Red 22% (4).");

        assertThat(ids).containsEntry("50%", "p_indicator_green_pct").containsEntry("9", "p_indicator_green_count")
                .containsEntry("22%", "p_indicator_green_amber_pct");
    }

    @Test
    void sentenceWithoutItsItemsTakesThoseOfTheRowsEarlierSentence() {
        Map<String, String> ids = ids("21 of 22 indicators were RAG rated and one was for monitoring. 86% (18) were Green and 14% (3) Red.");

        assertThat(ids).containsEntry("86%", "p_indicator_green_pct").containsEntry("18", "p_indicator_green_count")
                .containsEntry("14%", "p_indicator_red_pct");
    }

    @Test
    void aShareOfWhatAnEarlierSentenceCountedIsNoIndicatorShare() {
        Map<String, String> ids = ids("Between April 2023 and August 2023, 101 new EHC plans were finalised. Of these, 70% were completed within 20 weeks.");

        assertThat(ids.get("70%")).satisfiesAnyOf(id -> assertThat(id).isNull(), id -> assertThat(id).doesNotStartWith("p_indicator"));
    }

    @Test
    void directionOverTheLongTermIsItsOwnStatus() {
        Map<String, String> ids = ids("Against last year, 31 (52%) of the 60 measures improved, while 40 (67%) improved in the "
                + "long term and 9 (15%) declined over the short term.");

        assertThat(ids).containsEntry("31", "p_measure_improved_count").containsEntry("52%", "p_measure_improved_pct")
                .containsEntry("40", "p_measure_improved_long_term_count").containsEntry("67%", "p_measure_improved_long_term_pct")
                .containsEntry("15%", "p_measure_declined_short_term_pct");
    }

    @Test
    void countsOutOfATotalTakeTheirOwnStatus() {
        Map<String, String> ids = ids("In contrast, 14 out of 48 corporate measures missed target by a wide margin, 19 out of 45 "
                + "worsened in performance over the short term and 17 out of 44 worsened over the long term.");

        assertThat(ids).containsEntry("14", "p_corporate_measure_missed_target_count")
                .containsEntry("19", "p_corporate_measure_worsened_short_term_count")
                .containsEntry("17", "p_corporate_measure_worsened_long_term_count");
    }

    @Test
    void numberWordsOpeningAReferenceAreNoSubject() {
        Map<String, String> ids = ids("The board tracks ten key performance indicators this year.",
                "Nine of them were rated at the half year: five are Green, one is Amber and three are Red.");

        assertThat(ids).containsEntry("five", "p_indicator_green_count").containsEntry("three", "p_indicator_red_count");
    }

    @Test
    void aFiguresTableRowOfAStatusUnderItsItemsIsNamedAsASentenceWouldNameIt() {
        assertThat(StatusBreakdown.ofLabel("Below target Measures")).isEqualTo("measure below-target");
        assertThat(StatusBreakdown.ofLabel("Green KPIs")).isEqualTo("indicator green");
        assertThat(StatusBreakdown.ofLabel("KPIs Green Amber")).isEqualTo("indicator green-amber");
        assertThat(StatusBreakdown.ofLabel("Net additional homes")).isNull();
    }

    @Test
    void aYearPairInTheItemsAndArticlesInTheStatusDoNotCutTheStatusShort() {
        Map<String, String> ids = ids("At the year end, 17 of our Corporate Actions for 2018/19 are Green and 3 are Amber.",
                "Among the measures with targets, 9 were below target and 21 met or exceeded the stretch target.");

        assertThat(ids).containsEntry("17", "p_corporate_action_green_count")
                .containsEntry("21", "p_measure_met_or_exceeded_stretch_target_count");
        assertThat(StatusBreakdown.ofLabel("Met or exceeded stretch target Measures")).isEqualTo("measure met-or-exceeded-stretch-target");
    }

    @Test
    void aCommaAfterAFigureIsNoPartOfItAndTheWordsAfterItNoStatus() {
        Map<String, String> ids = ids("There are 64 families in emergency housing against the target of 40, a position that mirrors the region.");

        assertThat(ids.get("40")).doesNotStartWith("p_indicator");
        assertThat(StatusToken.of("of 40, a")).extracting(StatusToken::text).containsExactly("of", "40", ",", "a");
        assertThat(StatusToken.of("1,507 of 2,321")).extracting(StatusToken::text).containsExactly("1,507", "of", "2,321");
    }

    @Test
    void anExpectationAndItsStatusAreOneStatus() {
        Map<String, String> ids = ids("Of the 20 indicators, 4 are Amber and seven are Red, and those 7 are expected to be behind target at the year end.");

        assertThat(ids).containsEntry("4", "p_indicator_amber_count");
        assertThat(ids).containsEntry("seven", "p_indicator_red_count").containsEntry("7", "p_indicator_expected_behind_target_count");
    }

    @Test
    void sharesOfCustomersSatisfiedAreNoScorecard() {
        Map<String, String> ids = ids("92% (373 of 405) of customers were satisfied with their phone contact, 65% (1,507 of 2,321) "
                + "with their face to face contact and 52% (295 of 572) with their web contact.");

        assertThat(ids.values()).noneMatch(id -> id != null && id.startsWith("p_indicator"));
    }

    @Test
    void waysOfSayingNoChangeAreOneStatus() {
        Map<String, String> a = ids("Direction of travel (24 indicators): 54% (13) improved or same and 46% (11) worsened.");
        Map<String, String> b = ids("Of the 11 indicators with a direction of travel, 82% (9) improved or stayed the same and 18% (2) worsened.");
        Map<String, String> c = ids("77% (10) of the 13 indicators with a direction of travel improved or held steady; 23% (3) worsened.");

        assertThat(List.of(a.get("54%"), b.get("82%"), c.get("77%"))).containsOnly("p_indicator_improved_or_unchanged_pct");
        assertThat(List.of(a.get("46%"), b.get("18%"), c.get("23%"))).containsOnly("p_indicator_worsened_pct");
    }

    @Test
    void kpisPerformanceIndicatorsAndIndicatorsAreOneSet() {
        Map<String, String> a = ids("Of our 30 KPIs, 21 (70%) were Green at Quarter 2.");
        Map<String, String> b = ids("At Quarter 3, 23 (77%) of the key performance indicators were Green.");
        Map<String, String> c = ids("Of the 30 performance indicators reported, 19 were Green.");

        assertThat(List.of(a.get("21"), b.get("23"), c.get("19"))).containsOnly("p_indicator_green_count");
    }

    @Test
    void theItemsKeepTheWordsThatSayWhichItems() {
        Map<String, String> ids = ids("At Quarter 3, 60% of Corporate Plan commitments and 45% of contract reviews were rated green.",
                "Of the 399 actions in the Corporate Plan, 69.92% (279) were Green and 2.51% (10) Red.");

        assertThat(ids).containsEntry("60%", "p_corporate_plan_commitment_green_pct")
                .containsEntry("69.92%", "p_action_green_pct").containsEntry("279", "p_action_green_count");
        assertThat(ids.get("45%")).isNotEqualTo("p_corporate_plan_commitment_green_pct");
    }

    @Test
    void progressStatesAndTheirSharesInBracketsAgree() {
        Map<String, String> ids = ids("There were 114 actions to report: 64 were complete (55%), 49 were in progress (43%) and 1 had not started.");

        assertThat(ids).containsEntry("64", "p_action_complete_count").containsEntry("55%", "p_action_complete_pct")
                .containsEntry("49", "p_action_in_progress_count").containsEntry("43%", "p_action_in_progress_pct")
                .containsEntry("1", "p_action_not_started_count");
    }

    @Test
    void countedItemsTakeTheStatusAfterTheirVerb() {
        Map<String, String> ids = ids("17 performance indicators had met or exceeded their target, 9 were between the target and the "
                + "minimum expectation and 8 were falling short of the minimum expectation.");

        assertThat(ids).containsEntry("17 performance indicators", "p_indicator_met_or_exceeded_target_count")
                .containsEntry("9", "p_indicator_between_target_count")
                .containsEntry("8", "p_indicator_falling_short_count");
    }

    @Test
    void shareOfOtherThingsIsNotAStatusBreakdown() {
        assertThat(ids("By mid-year, 86% of business enquiries had been converted into investment in the county."))
                .containsEntry("86%", "p_business_enquiry_converted_investment_pct");
    }

    @Test
    void periodAfterAValueIsNotItsStatus() {
        Map<String, String> ids = ids("At the end of the quarter, 24 measures had met or exceeded their target, 42% of the measures with a target.",
                "That is a further slight decline, from 45% in Quarter 2 and 47% in Quarter 1.");

        assertThat(ids).containsEntry("42%", "p_measure_met_or_exceeded_target_pct").containsEntry("45%", "p_measure_met_or_exceeded_target_pct")
                .containsEntry("47%", "p_measure_met_or_exceeded_target_pct");
    }

    @org.junit.jupiter.api.Test
    void aStatusLabelAloneTakesTheItemsItsSectionTitleCounts() {
        assertThat(StatusBreakdown.ofLabelIn("On target", "Corporate Plan performance measures at 31 March 2017"))
                .isEqualTo("corporate plan measure on-target");
        assertThat(StatusBreakdown.ofLabelIn("Not on target", "Corporate Plan performance measures"))
                .isEqualTo("corporate plan measure not-on-target");
        assertThat(StatusBreakdown.ofLabelIn("On target", "Revenue budget")).isNull();
    }

    @Test
    void notOnTargetIsOneStatusNotANegationAlone() {
        Map<String, String> ids = ids("Of the 53 measures with a target, 34 (64%) were on target.", "The remaining 19 (36%) were not on target.");

        assertThat(ids).containsEntry("19", "p_measure_not_on_target_count").containsEntry("36%", "p_measure_not_on_target_pct");
    }
}
