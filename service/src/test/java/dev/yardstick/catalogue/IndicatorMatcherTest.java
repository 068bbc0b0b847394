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
