package dev.yardstick.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.SeedData;
import dev.yardstick.document.FinancialQuarter;
import dev.yardstick.document.UpdateDocument;
import dev.yardstick.document.UpdateRow;
import dev.yardstick.extract.Extractor;
import dev.yardstick.extract.Measure;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values no catalogue claims get provisional indicators named from the words they measure. */
class ProvisionalIndicatorsTest {

    private static final IndicatorCatalogue CATALOGUE = SeedData.catalogue().withLibrary(IndicatorCatalogue.library());

    private static List<MatchedObservation> match(String accountability, String... paragraphs) {
        UpdateRow row = new UpdateRow(1, null, "Theme", accountability, "A Director", List.of(paragraphs));
        UpdateDocument doc = new UpdateDocument("t.txt", "testshire", new FinancialQuarter(2023, 2), List.of(row), List.of());
        return IndicatorMatcher.withProvisional(CATALOGUE).match(new Extractor().extract(doc));
    }

    /** Each value as written, with the indicator it was given (a value written twice: the later). */
    private static Map<String, String> byText(List<MatchedObservation> matched) {
        Map<String, String> ids = new java.util.LinkedHashMap<>();
        matched.forEach(m -> ids.put(m.observation().quantity().text(), m.indicatorId()));
        return ids;
    }

    private static String only(String accountability, String update) {
        List<MatchedObservation> all = match(accountability, update);
        assertThat(all).hasSize(1);
        return all.get(0).indicatorId();
    }

    @Test
    void sameMeasureInAnotherQuarterAndWordingLandsInOneSeries() {
        String q1 = only("Green our neighbourhoods.", "Volunteers at the community orchard reached 124 in Quarter 1.");
        String q2 = only("Green our neighbourhoods.", "In Quarter 2, volunteers at community orchards totalled 131.");

        assertThat(q1).isEqualTo(q2).isEqualTo("p_volunteer_community_orchard_count");
    }

    @Test
    void comparisonInTheSameSentenceSharesTheIndicator() {
        List<MatchedObservation> all = match("Support carers.",
                "Carers offered a respite break rose to 58% in Quarter 2, up from 52% in 2022/23.");

        assertThat(all).extracting(MatchedObservation::indicatorId).containsOnly("p_carer_offered_respite_break_pct");
        assertThat(all).allSatisfy(m -> assertThat(m.isProvisional()).isTrue());
    }

    @Test
    void whatCustomersAreSatisfiedWithTellsSurveyQuestionsApart() {
        String waiting = only("Serve customers well.", "The survey found 88% of visitors satisfied with the waiting time at reception.");
        String cleanliness = only("Serve customers well.", "Some 71% of residents were satisfied with the cleanliness of their street.");
        String service = only("Serve customers well.", "Overall, 84% of customers were satisfied with the service they received.");
        String satisfaction = only("Serve customers well.", "Customer satisfaction stood at 84%.");

        assertThat(waiting).isEqualTo("p_visitor_satisfaction_waiting_reception_pct");
        assertThat(cleanliness).isEqualTo("p_resident_satisfaction_cleanliness_street_pct");
        assertThat(service).isEqualTo(satisfaction).isEqualTo("p_customer_satisfaction_pct");
    }

    @Test
    void sharesGappedAfterASatisfactionQuestionAndTheirCountsGetTheirOwnIndicators() {
        List<MatchedObservation> all = match("Serve customers well.", "87% (412 of 474) of respondents were satisfied with the museum "
                + "shop, 74% (302 of 408) with the new exhibitions and 61% (88 of 144) with the parking arrangements.");
        Map<String, String> ids = byText(all);

        assertThat(ids).containsEntry("87%", "p_respondent_satisfaction_museum_shop_pct").containsEntry("412", "p_respondent_satisfaction_museum_shop_count")
                .containsEntry("74%", "p_respondent_satisfaction_new_exhibition_pct").containsEntry("302", "p_respondent_satisfaction_new_exhibition_count")
                .containsEntry("61%", "p_respondent_satisfaction_parking_arrangement_pct");
    }

    @Test
    void aQualifiedStatusInAFiguresTableIsNotTheStatusItQualifies() {
        UpdateDocument doc = new dev.yardstick.document.TextExportReader().read("report.txt", "testshire",
                "End of Year Performance Report 2022-23\nVital Signs by result\nResult\tVital Signs\tTotal\n"
                        + "Met\t31\t40\nNearly met\t4\t40\nNot met\t5\t40\n");
        Map<String, String> ids = byText(IndicatorMatcher.withProvisional(CATALOGUE).match(new Extractor().extract(doc)));

        assertThat(ids).hasSize(3);
        assertThat(ids.values()).doesNotHaveDuplicates();
    }

    @Test
    void eachOutcomeOfAPopulationNamedBeforeIsItsOwnPart() {
        List<MatchedObservation> all = match("Prevent homelessness.", "The advice team opened 180 prevention cases during the quarter.",
                "Of these, 95 needed advice only, 20 went on to lose their home and 65 were kept in their home.");
        Map<String, String> ids = byText(all);

        assertThat(ids.values()).doesNotHaveDuplicates().doesNotContainNull();
        assertThat(ids.get("20")).startsWith("p_prevention_case");
    }

    @Test
    void aShareOfTheCountBeforeIsNamedByThatCountAndItsOutcome() {
        List<MatchedObservation> all = match("Assess care needs.", "Between April and June, 64 new care assessments were started.",
                "Of these, 81% were completed within 28 days, short of our 85% target.");
        Map<String, String> ids = byText(all);

        assertThat(ids.get("81%")).startsWith("p_new_care_assessment").endsWith("_pct").isEqualTo(ids.get("85%"));
    }

    @Test
    void percentagesOfDifferentGroupsInOneSentenceStayApart() {
        List<MatchedObservation> all = match("Report delivery.",
                "At Quarter 2, 60% of project milestones and 68% of contract reviews were on schedule.");

        assertThat(all).extracting(MatchedObservation::indicatorId).doesNotHaveDuplicates().allMatch(ProvisionalIndicators::isProvisional);
    }

    @Test
    void sentenceReferringBackTakesTheEarlierIndicatorsByPosition() {
        List<MatchedObservation> all = match("Keep staff well.",
                "Q1: 62% of staff took no sick leave and 3.1% reached a review point. Q2: the equivalent figures were 64% and 2.8%.");

        assertThat(all).extracting(MatchedObservation::indicatorId).containsExactly(
                "p_staff_took_no_sick_leave_pct", "p_staff_reached_review_point_pct",
                "p_staff_took_no_sick_leave_pct", "p_staff_reached_review_point_pct");
    }

    @Test
    void figureReferringBackToACataloguedValueJoinsItsIndicator() {
        List<MatchedObservation> all = match("Improve our schools.",
                "87% of our schools were judged good or outstanding by Ofsted. The figure was 85% in June 2022.");

        assertThat(all).extracting(MatchedObservation::indicatorId).containsOnly("schools_good_or_better");
    }

    @Test
    void participleSaysWhatACountOfPeopleCounts() {
        List<MatchedObservation> all = match("Improve health.", "The annual review found 2,310 people invited and 1,402 screened.");

        assertThat(all).extracting(MatchedObservation::indicatorId).containsExactly("p_person_invited_count", "p_screened_count");
    }

    @Test
    void valueWhoseSubjectCannotBeNamedStaysACandidate() {
        assertThat(match("Keep going.", "It was 12 in June.")).singleElement().satisfies(m -> assertThat(m.isCandidate()).isTrue());
    }

    @Test
    void cataloguesClaimValuesBeforeProvisionalNaming() {
        assertThat(only("Collect what is due.", "In-year council tax collection finished the quarter at 57.2%."))
                .isEqualTo("bv_council_tax_collection");
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            the Households Supported by the Welfare Team in 2023/24 | COUNT   | p_household_supported_welfare_team_count
            libraries' opening hours                             | DURATION | p_library_opening_hour_duration
            businesses attending Q3 networking events            | PERCENT | p_business_attending_networking_event_pct
            Not met Vital Signs                                  | COUNT   | p_not_met_vital_sign_count
            """)
    void idIsTheNormalisedPhraseWithItsUnitClass(String phrase, Measure measure, String id) {
        assertThat(ProvisionalIndicators.id(phrase, measure)).isEqualTo(id);
    }

    @Test
    void anIdAskedForAgainIsTheOneItsPhraseMeasureAndScopeMake() {
        String phrase = "households supported by the welfare team";
        String own = ProvisionalIndicators.id(phrase, Measure.COUNT);
        String england = ProvisionalIndicators.id(phrase, Measure.COUNT, dev.yardstick.extract.Scope.ENGLAND);
        for (int i = 0; i < 3000; i++) {
            ProvisionalIndicators.id("visitors to country park " + Integer.toString(i, 26).replaceAll("[0-9]", "x"), Measure.COUNT);
        }

        assertThat(ProvisionalIndicators.id(phrase, Measure.COUNT)).isEqualTo(own).isEqualTo("p_household_supported_welfare_team_count");
        assertThat(ProvisionalIndicators.id(phrase, Measure.COUNT, dev.yardstick.extract.Scope.ENGLAND)).isEqualTo(england).isNotEqualTo(own);
        assertThat(ProvisionalIndicators.id(phrase, Measure.PERCENT)).isEqualTo("p_household_supported_welfare_team_pct");
        assertThat(ProvisionalIndicators.id("the 2019", Measure.COUNT)).isNull();
        assertThat(ProvisionalIndicators.id("the 2019", Measure.COUNT)).isNull();
    }

    @Test
    void idsFitTheCatalogueIdRulesEvenForLongPhrases() {
        String id = ProvisionalIndicators.id("extraordinarily comprehensive multidisciplinary neighbourhood regeneration programmes delivered",
                Measure.MONEY);

        assertThat(id).hasSizeLessThanOrEqualTo(64).startsWith("p_").endsWith("_gbp").matches("[a-z][a-z0-9_]{1,63}");
    }

    @Test
    void storedIdNamesItsIndicatorAgain() {
        Indicator i = ProvisionalIndicators.fromId("p_visitor_country_park_count", null).orElseThrow();

        assertThat(i.name()).isEqualTo("Visitor country park");
        assertThat(i.measure()).isEqualTo(Measure.COUNT);
        assertThat(i.provisional()).isTrue();
        assertThat(ProvisionalIndicators.fromId("teen_pregnancy_rate", null)).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            statutory CiC visits completed within timescale | statutory children in care visits completed within timescale
            HB new claims                                   | Housing Benefit new claims
            FOI requests answered in time                   | Freedom of Information requests answered in time
            """)
    void aMeasureNamedByItsAbbreviationOrWrittenOutHasOneId(String abbreviated, String writtenOut) {
        assertThat(ProvisionalIndicators.id(abbreviated, dev.yardstick.extract.Measure.PERCENT))
                .isEqualTo(ProvisionalIndicators.id(writtenOut, dev.yardstick.extract.Measure.PERCENT));
    }

    @org.junit.jupiter.api.Test
    void aClauseThatSharesTheVerbOfAnEarlierValueIsNamedByItsOwnWords() {
        Map<String, String> ids = byText(match("Staff absence.",
                "Short-term absence accounted for 2% and long-term absence for 2.7%.",
                "Major applications took 11 weeks and minor applications 6 weeks."));

        assertThat(ids.get("2%")).isEqualTo("p_short_term_absence_pct");
        assertThat(ids.get("2.7%")).isEqualTo("p_long_term_absence_pct");
        assertThat(ids.get("6 weeks")).isNotEqualTo(ids.get("11 weeks")).contains("minor_application");
    }

    @org.junit.jupiter.api.Test
    void wordsBeforeAValueThatRepeatNoEarlierNounAreNoSubjectOfTheirOwn() {
        Map<String, String> ids = byText(match("Recycling.",
                "The recycling rate fell to 49.9% in the quarter, after 54.3% in Q2.",
                "Self directed support rose from 8.62% to 50.31%, narrowly beating the 50% target."));

        assertThat(ids.get("54.3%")).isEqualTo(ids.get("49.9%"));
        assertThat(ids.get("50%")).isEqualTo(ids.get("50.31%"));
    }

    @org.junit.jupiter.api.Test
    void eachItemOfAListWithItsValueInBracketsIsItsOwnMeasure() {
        Map<String, String> ids = byText(match("Staff absence.",
                "The three leading reasons were personal stress or debility (19.3%), operations, recovery or treatment (16.4%) "
                        + "and musculoskeletal problems (10.1%).",
                "In October, 40 of the measures with a target (62%) were on target."));

        assertThat(ids.get("19.3%")).contains("personal_stress_debility");
        assertThat(ids.get("16.4%")).contains("operation_recovery_treatment");
        assertThat(ids.get("10.1%")).contains("musculoskeletal_problem");
        assertThat(ids.get("62%")).doesNotContain("target_pct");
    }

    @org.junit.jupiter.api.Test
    void aClauseJoinedOnWithItsOwnSubjectAndVerbIsNamedByThatSubject() {
        Map<String, String> ids = byText(match("Corporate health.",
                "Of the initiatives in the Council Plan workplan, 97% were on target, and compliance with the Strategic Risk "
                        + "Register reached 95%."));

        assertThat(ids.get("95%")).isNotEqualTo(ids.get("97%")).contains("compliance_strategic_risk_register");
    }

    @org.junit.jupiter.api.Test
    void proseRestatingADistinctiveFigureOfTheDocumentsTableJoinsTheTablesIndicator() {
        UpdateRow table = UpdateRow.ofFigures(3, "Staff absence", "Educational and Social Services (excluding teachers)",
                List.of(new dev.yardstick.document.FigureCell("Absence", "6.07%"), new dev.yardstick.document.FigureCell("Target", "4%")));
        UpdateRow prose = new UpdateRow(5, null, "Staff absence", "Staff absence", "",
                List.of("Absence among Educational and Social Services staff, excluding teachers, was 6.07%, well over the 4% target.",
                        "Sickness in Housing was 4% this quarter."));
        UpdateDocument doc = new UpdateDocument("t.txt", "testshire", new FinancialQuarter(2023, 2), List.of(table, prose), List.of());
        List<MatchedObservation> matched = IndicatorMatcher.withProvisional(CATALOGUE).match(new Extractor().extract(doc));

        String tabled = matched.get(0).indicatorId();
        assertThat(matched).filteredOn(m -> m.observation().label() == null && m.observation().quantity().value() == 6.07)
                .singleElement().satisfies(m -> assertThat(m.indicatorId()).isEqualTo(tabled));
        // a round figure may recur by chance: "4%" in another sentence is not the table's target
        assertThat(matched).filteredOn(m -> m.observation().sentence().startsWith("Sickness in Housing"))
                .allSatisfy(m -> assertThat(m.indicatorId()).isNotEqualTo(tabled));
    }

    @org.junit.jupiter.api.Test
    void aCountThatPointsBackTakesTheCountBeforeNotAnyCountOfItsNoun() {
        Map<String, String> ids = byText(match("Homelessness.",
                "There are 77 homeless households in temporary accommodation.",
                "That is up from 68 households at the end of Quarter 1."));

        assertThat(ids.get("68 households")).isEqualTo(ids.get("77 homeless households")).isNotNull();
    }

    @org.junit.jupiter.api.Test
    void aSentenceJoinedToTheOneBeforeByAConnectiveCountsWhatItCounted() {
        Map<String, String> ids = byText(match("Housing supply.",
                "Developers have completed 89 new homes for social rent to date.",
                "Even so, 315 are expected to be completed by the end of the year."));

        assertThat(ids.get("315")).isEqualTo(ids.get("89 new homes")).isNotNull();
    }
}
