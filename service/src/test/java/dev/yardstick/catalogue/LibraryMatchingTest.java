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
}
