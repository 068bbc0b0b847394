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
import org.junit.jupiter.api.Test;

/** Which standard-library indicator a value of another council's update goes to, when several words in its sentence could decide. */
class LibraryMatchingTest {

    private static final IndicatorCatalogue CATALOGUE = SeedData.catalogue().withLibrary(IndicatorCatalogue.library());

    private static Map<String, String> ids(String accountability, String... paragraphs) {
        UpdateRow row = new UpdateRow(1, null, "Theme", accountability, "A Director", List.of(paragraphs));
        UpdateDocument doc = new UpdateDocument("t.txt", "testshire", new FinancialQuarter(2023, 2), List.of(row), List.of());
        Map<String, String> out = new LinkedHashMap<>();
        IndicatorMatcher.withProvisional(CATALOGUE).match(new Extractor().extract(doc))
                .forEach(m -> out.putIfAbsent(m.observation().quantity().text(), m.indicatorId()));
        return out;
    }

    @Test
    void wordOfAnotherSharesPhraseDoesNotClaimThisShare() {
        Map<String, String> ids = ids("Decide planning applications in time.",
                "This quarter 93% of major planning applications were decided within 13 weeks and 81% of all planning applications were decided in time.");

        assertThat(ids).containsEntry("93%", "ni_major_planning_13_weeks");
        assertThat(ids.get("81%")).isNotEqualTo("ni_major_planning_13_weeks");
    }

    @Test
    void withTheSameWordsNearTheNearerCueDecides() {
        Map<String, String> ids = ids("Decide planning applications in time.",
                "We decided minor (84.5%) and major (92.3%) planning applications within the agreed time.");

        assertThat(ids).containsEntry("84.5%", "ni_minor_planning_8_weeks").containsEntry("92.3%", "ni_major_planning_13_weeks");
    }

    @Test
    void numberWrittenWithoutItsUnitMatchesAnIndicatorInDays() {
        Map<String, String> ids = ids("Reduce sickness absence.",
                "Days lost to sickness absence per employee were 2.1 at Q1 and 4.3 at Q2, against a target of 8 days for the year.");

        assertThat(ids).containsEntry("2.1", "bv_sickness_days_per_fte").containsEntry("4.3", "bv_sickness_days_per_fte");
    }

    @Test
    void bareTargetInALaterSentenceJoinsTheMeasureInDays() {
        Map<String, String> ids = ids("Improve repairs.",
                "Tenants waited an average of 12.5 days for a routine repair in Quarter 2.",
                "The target for the end of September was 11.");

        assertThat(ids.get("11")).isEqualTo(ids.get("12.5 days")).isNotNull();
    }

    @Test
    void valueNamingNothingStaysWithTheCouncilsOwnIndicatorBeforeIt() {
        Map<String, String> ids = ids("Raise standards in schools.",
                "87% of our schools were judged good or outstanding by Ofsted. The figure was 85% in June 2022 and has since "
                        + "held steady at between 86% and 88%.");

        assertThat(ids).containsEntry("85%", "schools_good_or_better").containsEntry("86%", "schools_good_or_better");
    }

    @Test
    void aLibraryIndicatorLeavesTheMeasuresItsDefinitionExcludes() {
        Map<String, String> ids = ids("Deliver homes and good service.",
                "By the end of December 84 affordable homes had been completed.",
                "A further 40 affordable homes were under construction.",
                "We received 212 complaints in the quarter.",
                "That is 1.9 complaints per 1,000 residents.",
                "Of the complaints closed, 61 were upheld.",
                "Residents reported 57 missed collections.",
                "Overall, 12 of 20 service measures missed target.");

        assertThat(ids).containsEntry("84 affordable homes", "ni_affordable_homes").containsEntry("212 complaints", "ch_complaints_received")
                .containsEntry("57 missed collections", "ws_missed_collections");
        assertThat(ids.get("40 affordable homes")).isNotEqualTo("ni_affordable_homes");
        assertThat(ids.get("1.9 complaints")).isNotEqualTo("ch_complaints_received");
        assertThat(ids.get("61")).isNotEqualTo("ch_complaints_received");
        assertThat(ids.get("12")).isNotEqualTo("ws_missed_collections");
    }

    @Test
    void valuesOfARowTitledByAMeasureShareItsIndicatorWhateverEachSentenceCallsThem() {
        Map<String, String> ids = ids("PI 24: Average time to process Housing Benefit changes of circumstances (days)",
                "For the year, changes of circumstances were processed in an average of 2.9 days, against 4 days in 2019/20.",
                "In May 2021 the average rose to 7.3 days, from 3.8 days in May 2020.",
                "Stricter requirements added a further 45 claims a month to the workload.");

        assertThat(ids).containsEntry("2.9 days", "rb_change_events_days").containsEntry("4 days", "rb_change_events_days")
                .containsEntry("7.3 days", "rb_change_events_days").containsEntry("3.8 days", "rb_change_events_days");
        assertThat(ids.get("45 claims")).isNotEqualTo("rb_change_events_days");
    }

    @Test
    void aTitleNoCatalogueKnowsNamesAProvisionalIndicatorForItsRow() {
        Map<String, String> ids = ids("CE069 Outsourced Print Room work as a % of Print Room expenditure",
                "Over the year to date, outsourced Print Room work is running below the 20% target.",
                "At 23.6% the quarter was above it.");

        assertThat(ids.get("20%")).isEqualTo(ids.get("23.6%")).startsWith("p_outsourced_print_room");
    }

    @Test
    void aValueWhoseSentenceNamesAnotherMeasureKeepsItsOwnInATitledRow() {
        Map<String, String> ids = ids("CH8 Reduce the number of days lost to sickness absence (good is low)",
                "Days lost per employee were 2.456 at Q1 and 5.69 at Q2.",
                "Total days of absence fell to 853.5 in December from 1064.9 in November.",
                "In November 35 days were lost to swine flu.");

        assertThat(ids).containsEntry("2.456", "bv_sickness_days_per_fte");
        assertThat(ids.get("853.5")).isNotEqualTo("bv_sickness_days_per_fte");
        assertThat(ids.get("35 days")).isNotEqualTo("bv_sickness_days_per_fte");
    }

    @Test
    void aBroaderTitleKeepsTheRowTogetherWhenASentenceNamesOnlyPartOfIt() {
        Map<String, String> ids = ids("Time taken to process Housing Benefit and Council Tax Benefit new claims and change events (days)",
                "Over 2017/18 so far the speed of processing has been steady, on target at 16.6 days.",
                "Claims took 18.4 days on average against a target of 15.0 days.");

        assertThat(ids.get("16.6 days")).isEqualTo(ids.get("18.4 days")).isEqualTo(ids.get("15.0 days")).isNotNull();
    }

    @Test
    void benefitProcessingTimesAreToldApartByClaimAndScheme() {
        Map<String, String> ids = ids("Revenues and benefits.",
                "New Housing Benefit claims took 15 days to process.",
                "Housing Benefit changes of circumstances averaged 6 days.",
                "New Council Tax Support claims are taking longer, at 22 days.",
                "Changes of circumstances for Council Tax Support took 4 days to process.");

        assertThat(ids).containsEntry("15 days", "rb_new_claims_days").containsEntry("6 days", "rb_change_events_days")
                .containsEntry("22 days", "rb_ctr_new_claims_days").containsEntry("4 days", "rb_ctr_change_events_days");
    }

    @Test
    void statutoryVisitsAndStaysInTemporaryAccommodationHaveTheirOwnIndicators() {
        Map<String, String> ids = ids("Children and housing.",
                "94 per cent of statutory child protection visits were completed within 15 working days.",
                "Year to date, 93.4 per cent of statutory CiC visits were completed within timescale.",
                "Households now spend an average of 9 weeks in temporary accommodation.");

        assertThat(ids).containsEntry("94 per cent", "dfe_cp_visits_in_time").containsEntry("93.4 per cent", "dfe_lac_visits_in_time")
                .containsEntry("9 weeks", "hs_temporary_accommodation_stay");
    }
}
