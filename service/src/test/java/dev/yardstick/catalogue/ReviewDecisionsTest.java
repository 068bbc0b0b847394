package dev.yardstick.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.SeedData;
import dev.yardstick.catalogue.ReviewDecision.Action;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewDecisionsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @TempDir
    Path dir;

    private static ReviewDecision decision(Action action, String subject, String indicator, String name) {
        return new ReviewDecision(action, "newtown", subject, indicator, name, name.isEmpty() ? "" : "%", Polarity.HIGHER_BETTER, "Care",
                List.of("screened"), NOW);
    }

    @Test
    void decisionsSurviveASaveAndLoadUnchanged() {
        ReviewDecisions decisions = ReviewDecisions.of(List.of(
                decision(Action.ACCEPT, "p_referral_screened_pct", "referrals_screened", "Referrals screened in a day"),
                decision(Action.MERGE, "p_referral_pct", "referrals_screened", ""),
                decision(Action.RENAME, "p_episode_count", "", "Episodes of care"),
                decision(Action.REJECT, ReviewDecisions.candidateKey("It was 5.", "5", "2019-06-30"), "", "")));
        Path file = dir.resolve("data/review-decisions.yaml");
        decisions.save(file);

        ReviewDecisions loaded = ReviewDecisions.load(file);
        assertThat(loaded.all()).isEqualTo(decisions.all());
        assertThat(loaded.findAccepted("referrals_screened")).get().satisfies(i -> {
            assertThat(i.provisional()).isFalse();
            assertThat(i.measure()).isEqualTo(dev.yardstick.extract.Measure.PERCENT);
            assertThat(i.polarity()).isEqualTo(Polarity.HIGHER_BETTER);
        });
        assertThat(loaded.renamed("newtown", "p_episode_count")).contains("Episodes of care");
        assertThat(loaded.renamed("othertown", "p_episode_count")).isEmpty();
    }

    @Test
    void savingLeavesNoTemporaryFileBehindAndAMissingFileIsNoDecisions() throws Exception {
        Path file = dir.resolve("review-decisions.yaml");
        assertThat(ReviewDecisions.load(file).all()).isEmpty();
        ReviewDecisions.none().with(decision(Action.RENAME, "p_episode_count", "", "Episodes")).save(file);
        ReviewDecisions.load(file).with(decision(Action.RENAME, "p_episode_count", "", "Care episodes")).save(file);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("review-decisions.yaml");
        }
        assertThat(ReviewDecisions.load(file).all()).singleElement().extracting(ReviewDecision::name).isEqualTo("Care episodes");
    }

    @Test
    void aDamagedFileIsRefusedWithTheDecisionAndTheFix() throws Exception {
        Path file = dir.resolve("review-decisions.yaml");
        Files.writeString(file, "decisions:\n  - action: promote\n    organisation: newtown\n    subject: p_x_count\n    decided_at: 2026-01-01T00:00:00Z\n");
        assertThatThrownBy(() -> ReviewDecisions.load(file)).isInstanceOf(CatalogueException.class)
                .hasMessageContaining("decision #1").hasMessageContaining("correct or remove it");
    }

    @Test
    void laterIngestsFollowTheDecisions() {
        List<MatchedObservation> matched = IndicatorMatcher.withProvisional(SeedData.catalogue())
                .match(new dev.yardstick.extract.Extractor().extract(SeedData.read(SeedData.Q2_2019_20)));
        MatchedObservation provisional = matched.stream().filter(MatchedObservation::isProvisional).findFirst().orElseThrow();
        String id = provisional.indicatorId();
        long before = matched.stream().filter(m -> id.equals(m.indicatorId())).count();
        String unitClass = id.substring(id.lastIndexOf('_') + 1);

        ReviewDecisions accepted = ReviewDecisions.none().with(new ReviewDecision(Action.ACCEPT, "newtown", id, "curated_" + unitClass,
                "Curated", "x", Polarity.NEUTRAL, "", List.of("curated"), NOW));
        List<MatchedObservation> applied = accepted.apply("newtown", matched, SeedData.catalogue());
        assertThat(applied.stream().filter(m -> ("curated_" + unitClass).equals(m.indicatorId()))).hasSize((int) before)
                .allMatch(MatchedObservation::isCatalogued);
        assertThat(accepted.apply("othertown", matched, SeedData.catalogue())).as("decisions are the organisation's own").isEqualTo(matched);

        ReviewDecisions rejected = ReviewDecisions.none().with(new ReviewDecision(Action.REJECT, "newtown", id, "", "", "", null, "", null, NOW));
        assertThat(rejected.apply("newtown", matched, SeedData.catalogue())).hasSize(matched.size() - (int) before)
                .noneMatch(m -> id.equals(m.indicatorId()));
    }

    @Test
    void aDecisionThatCannotBeTakenSaysWhy() {
        assertThatThrownBy(() -> decision(Action.ACCEPT, "p_x_pct", "p_other", "Name")).hasMessageContaining("kept for provisional");
        assertThatThrownBy(() -> decision(Action.ACCEPT, "p_x_pct", "Bad Id", "Name")).hasMessageContaining("snake_case");
        assertThatThrownBy(() -> decision(Action.MERGE, "c_0123456789abcdef", "x", "")).hasMessageContaining("can only be marked as not a measure");
        assertThatThrownBy(() -> decision(Action.MERGE, "p_x_pct", "p_x_pct", "")).hasMessageContaining("another indicator");
        assertThatThrownBy(() -> decision(Action.REJECT, "whatever", "", "")).hasMessageContaining("neither a provisional indicator");
    }
}
