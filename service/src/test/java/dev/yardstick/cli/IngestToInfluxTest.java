package dev.yardstick.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.SeedData;
import dev.yardstick.store.InfluxServer;
import dev.yardstick.store.InfluxStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ingest command end to end against a real influxd, run as a user would: twice. */
class IngestToInfluxTest {

    @Test
    void ingestPrintsSummaryAndRerunChangesNothing() {
        try (InfluxServer server = InfluxServer.start()) {
            Map<String, String> env = Map.of("YARDSTICK_INFLUX_URL", server.url(), "YARDSTICK_INFLUX_DATABASE", "cli",
                    "YARDSTICK_TARGETS_API_FILE", SeedData.tempDir("targets").resolve("none.yaml").toString());
            String[] files = {SeedData.update(SeedData.Q2_2017_18).toString(), SeedData.update(SeedData.Q2_2019_20).toString()};

            String first = ingest(env, files);
            String afterFirst = everything(server);
            String second = ingest(env, files);

            assertThat(first).contains("lbbd-2017-18-q2.txt  lbbd  Q2 2017/18: ").contains(", new, ").contains("reconciled series rebuilt")
                    .contains("status against target assessed");
            assertThat(second).contains(", unchanged, 0 points written").doesNotContain(", new, ");
            assertThat(everything(server)).isEqualTo(afterFirst);
            assertThat(count(server)).isPositive();
            assertThat(afterFirst).contains("teen_pregnancy_rate").contains("indicator_status");
        }
    }

    @Test
    void ingestsWordAndPdfUpdatesAndARerunOfThemChangesNothing() {
        try (InfluxServer server = InfluxServer.start()) {
            Map<String, String> env = Map.of("YARDSTICK_INFLUX_URL", server.url(), "YARDSTICK_INFLUX_DATABASE", "cli",
                    "YARDSTICK_TARGETS_API_FILE", SeedData.tempDir("targets").resolve("none.yaml").toString());
            java.nio.file.Path office = SeedData.dir().getParent().resolve("service/src/test/resources/fixtures/office");
            String[] files = {office.resolve("lbbd-2017-18-q2.docx").toString(), office.resolve("lbbd-2019-20-q2.pdf").toString()};

            String first = ingest(env, files);
            String afterFirst = everything(server);
            String second = ingest(env, files);

            // the counts the text exports of the same updates give
            assertThat(first).contains("lbbd-2017-18-q2.docx  lbbd  Q2 2017/18: " + counts(SeedData.Q2_2017_18))
                    .contains("lbbd-2019-20-q2.pdf  lbbd  Q2 2019/20: " + counts(SeedData.Q2_2019_20));
            assertThat(second).contains(", unchanged, 0 points written").doesNotContain(", new, ");
            assertThat(everything(server)).isEqualTo(afterFirst).contains("teen_pregnancy_rate").contains("lottery_ticket_sales");
        }
    }

    @Test
    void ingestFollowsTheReviewDecisionsAsTheServiceDoes() {
        java.nio.file.Path data = SeedData.tempDir("decisions");
        var extraction = new dev.yardstick.ingest.UpdateExtraction(dev.yardstick.ingest.UpdateExtraction.catalogue(null));
        String provisional = extraction.extract(SeedData.Q2_2019_20, "lbbd", SeedData.bytes(SeedData.Q2_2019_20)).observations().stream()
                .filter(dev.yardstick.catalogue.MatchedObservation::isProvisional).findFirst().orElseThrow().indicatorId();
        String curated = "curated_" + provisional.substring(provisional.lastIndexOf('_') + 1);
        dev.yardstick.catalogue.ReviewDecisions.none().with(new dev.yardstick.catalogue.ReviewDecision(
                dev.yardstick.catalogue.ReviewDecision.Action.ACCEPT, "lbbd", provisional, curated, "Curated", "x",
                dev.yardstick.catalogue.Polarity.NEUTRAL, "", java.util.List.of("curated"), java.time.Instant.parse("2026-11-23T10:00:00Z")))
                .save(data.resolve("review-decisions.yaml"));
        try (InfluxServer server = InfluxServer.start()) {
            // no YARDSTICK_REVIEW_DECISIONS_FILE: found beside the API targets file, as the service finds it
            ingest(Map.of("YARDSTICK_INFLUX_URL", server.url(), "YARDSTICK_INFLUX_DATABASE", "cli",
                    "YARDSTICK_TARGETS_API_FILE", data.resolve("targets-from-api.yaml").toString()), SeedData.update(SeedData.Q2_2019_20).toString());

            String indicators;
            try (InfluxStore store = new InfluxStore(server.settings("cli"))) {
                indicators = store.query("SHOW TAG VALUES FROM observation WITH KEY = \"indicator\"").toString();
            }
            assertThat(indicators).contains(curated).doesNotContain(provisional + "]");
        }
    }

    private static String ingest(Map<String, String> env, String... files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new IngestCommand(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, env).run(CommandLine.parse(files, "--org"));
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Every point of every measurement, as text: equal before and after means the database did not change. */
    private static String everything(InfluxServer server) {
        try (InfluxStore store = new InfluxStore(server.settings("cli"))) {
            return store.query("SELECT * FROM observation").toString() + store.query("SELECT * FROM indicator_value")
                    + store.query("SELECT * FROM document") + store.query("SELECT * FROM indicator_status")
                    + store.query("SELECT * FROM indicator_target");
        }
    }

    private static long count(InfluxServer server) {
        try (InfluxStore store = new InfluxStore(server.settings("cli"))) {
            return ((Number) store.query("SELECT count(value) FROM observation").getResults().get(0).getSeries().get(0)
                    .getValues().get(0).get(1)).longValue();
        }
    }

    /** "72 observations, 47 matched" as the text export of the same update gives them. */
    private static String counts(String textExport) {
        var all = SeedData.observationsAsIngested(textExport);
        return all.size() + " observations, " + all.stream().filter(dev.yardstick.catalogue.MatchedObservation::isCatalogued).count() + " matched";
    }
}
