package dev.yardstick.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.SeedData;
import dev.yardstick.catalogue.IndicatorCatalogue;
import dev.yardstick.catalogue.MatchedObservation;
import dev.yardstick.catalogue.Polarity;
import dev.yardstick.catalogue.ReviewDecision;
import dev.yardstick.catalogue.ReviewDecisions;
import dev.yardstick.document.DocumentRejectedException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one read → extract → match path the service, the commands and the benchmark share. */
class UpdateExtractionTest {

    private final UpdateExtraction extraction = new UpdateExtraction(UpdateExtraction.catalogue(null));

    @Test
    void matchesTheCatalogueThenTheLibraryThenNamesProvisionalIndicators() {
        ExtractedUpdate update = extraction.extract(SeedData.Q2_2019_20, "lbbd", SeedData.bytes(SeedData.Q2_2019_20));

        assertThat(update.document().quarter().label()).isEqualTo("Q2 2019/20");
        assertThat(update.observations()).anyMatch(m -> "lottery_ticket_sales".equals(m.indicatorId()))
                .anyMatch(MatchedObservation::isProvisional);
        assertThat(update.observations()).filteredOn(m -> !m.isCatalogued() && !m.isCandidate()).allMatch(MatchedObservation::isProvisional);
        assertThat(update.matched() + update.candidates()).isEqualTo(update.observations().size());
        assertThat(UpdateExtraction.catalogue(null).indicators()).hasSizeGreaterThan(IndicatorCatalogue.bundled().indicators().size());
    }

    @Test
    void aValueTooLargeForADoubleRefusesTheUpdateWithTheFix() {
        String huge = "9".repeat(400);
        byte[] bytes = ("What we will deliver in 2017/18\n\nKey\tAccountability\tStrategic Director\tQuarter 2 2017/18 Update\n"
                + "1.\tCount things.\tChris Naylor\tWe counted " + huge + " things in July 2017.\n").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> extraction.extract("huge.txt", "lbbd", bytes)).isInstanceOf(DocumentRejectedException.class)
                .hasMessageContaining("huge.txt").hasMessageContaining("correct the figure");
    }

    @Test
    void reviewDecisionsSendAnAcceptedProvisionalIndicatorsValuesToTheCuratedOne() {
        ExtractedUpdate update = extraction.extract(SeedData.Q2_2019_20, "lbbd", SeedData.bytes(SeedData.Q2_2019_20));
        String provisional = update.observations().stream().filter(MatchedObservation::isProvisional).findFirst().orElseThrow().indicatorId();
        long values = update.observations().stream().filter(m -> provisional.equals(m.indicatorId())).count();
        String unitClass = provisional.substring(provisional.lastIndexOf('_') + 1);
        ReviewDecisions decisions = ReviewDecisions.of(List.of(new ReviewDecision(ReviewDecision.Action.ACCEPT, "lbbd", provisional,
                "curated_" + unitClass, "Curated", "x", Polarity.NEUTRAL, "", List.of("curated"), Instant.parse("2026-11-23T10:00:00Z"))));

        ExtractedUpdate decided = extraction.decided(update, decisions);

        assertThat(decided.observations()).noneMatch(m -> provisional.equals(m.indicatorId()))
                .filteredOn(m -> ("curated_" + unitClass).equals(m.indicatorId())).hasSize((int) values);
        assertThat(extraction.decided(update, ReviewDecisions.none()).observations()).isEqualTo(update.observations());
    }
}
