package dev.yardstick.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.SeedData;
import dev.yardstick.document.FinancialQuarter;
import dev.yardstick.document.UpdateDocument;
import dev.yardstick.document.UpdateRow;
import dev.yardstick.extract.Extractor;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorMatcherTest {

    private static List<MatchedObservation> match(String accountability, String update) {
        UpdateRow row = new UpdateRow(1, null, "Theme", accountability, "A Director", List.of(update));
        UpdateDocument doc = new UpdateDocument("t.txt", "testshire", new FinancialQuarter(2019, 2), List.of(row), List.of());
        return new IndicatorMatcher(SeedData.catalogue()).match(new Extractor().extract(doc));
    }

    @Test
    void matchesOnlyQuantitiesOnTheIndicatorsMeasure() {
        List<MatchedObservation> all = match("Reduce teenage pregnancy.",
                "The teenage pregnancy rate was 24.3 per 1,000 and 12 young people were referred to clinics.");

        assertThat(all).extracting(MatchedObservation::indicatorId).containsExactly("teen_pregnancy_rate", null);
    }

    @Test
    void bareNumberBesideARateIsNoRate() {
        List<MatchedObservation> all = match("Reduce teenage pregnancy.",
                "Rates have now dropped for four quarters in a row, and our rate has stayed under 30 for three quarters in a row.");

        assertThat(all).extracting(MatchedObservation::indicatorId).doesNotContain("teen_pregnancy_rate");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Raise standards.        | 89% of pupils attend a good or outstanding school.                                | schools_good_or_better
            Reduce teen pregnancy.  | The under-18 conception rate fell to 18.2 per 1,000 girls aged 15-17.             | teen_pregnancy_rate
            Community lottery.      | Lottery ticket sales averaged 1,100 per week this quarter.                        | lottery_ticket_sales
            Licensing.              | We received 2,450 licence applications under the selective licensing scheme.      | licence_applications
            Young people.           | Our NEET and not known figure places us in the 3rd quintile nationally.           | neet_quintile
            """)
    void headlineIndicatorsAreRecognisedInOtherCouncilsWords(String accountability, String update, String indicator) {
        assertThat(match(accountability, update)).extracting(MatchedObservation::indicatorId).contains(indicator);
    }

    @Test
    void keepsUnmatchedQuantitiesAsCandidates() {
        List<MatchedObservation> all = match("Deliver the plan.", "The library lent 4,500 books this quarter.");

        assertThat(all).singleElement().satisfies(m -> assertThat(m.isCandidate()).isTrue());
    }

    @Test
    void applicationsNeedALicensingContext() {
        assertThat(match("Develop a Private Licensing Scheme.", "Over 2,500 applications were received.").get(0).indicatorId())
                .isEqualTo("licence_applications");
        assertThat(match("Run the NCIL grant programme.", "Round two opened with 14 applications.").get(0).indicatorId())
                .isEqualTo("community_grant_applications");
    }

    @Test
    void neverMatchesAStatedChange() {
        assertThat(match("Improve schools.", "Schools rated good or better rose by 6% this year."))
                .filteredOn(m -> m.observation().quantity().isChange())
                .allSatisfy(m -> assertThat(m.isCandidate()).isTrue());
    }
}
