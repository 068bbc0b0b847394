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

    /**
     * Updates of the next organisation are extracted while the last one's are still being
     * written, reconciled and assessed: one run over several organisations, with an unreadable
     * update among them, stores exactly what a run per organisation stores.
     */
    @Test
    void oneRunOverSeveralOrganisationsStoresWhatARunPerOrganisationStores() throws java.io.IOException {
        java.nio.file.Path corpus = SeedData.tempDir("corpus");
        new GenerateCommand(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(CommandLine.parse(new String[] {"--documents", "9", "--councils", "3", "--out", corpus.toString()},
                        "--documents", "--councils", "--seed", "--out"));
        java.nio.file.Files.writeString(corpus.resolve("council-001-1999-00-q4.txt"), "not an update\n");
        java.util.List<String> files;
        try (var list = java.nio.file.Files.list(corpus)) {
            files = list.map(java.nio.file.Path::toString).sorted().toList();
        }
        try (InfluxServer server = InfluxServer.start()) {
            String targets = SeedData.tempDir("targets").resolve("none.yaml").toString();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int together = new IngestCommand(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("YARDSTICK_INFLUX_URL", server.url(),
                    "YARDSTICK_INFLUX_DATABASE", "together", "YARDSTICK_TARGETS_API_FILE", targets))
                    .run(CommandLine.parse(files.toArray(String[]::new)));
            for (String council : java.util.List.of("council-000", "council-001", "council-002")) {
                ingest(Map.of("YARDSTICK_INFLUX_URL", server.url(), "YARDSTICK_INFLUX_DATABASE", "apart", "YARDSTICK_TARGETS_API_FILE", targets),
                        files.stream().filter(f -> named(f, council) && !named(f, "1999")).toArray(String[]::new));
            }

            assertThat(together).isEqualTo(Cli.DATA);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("council-001-1999-00-q4.txt");
            assertThat(stored(server, "together")).isEqualTo(stored(server, "apart")).contains("council-000").contains("council-002");
        }
    }

    /** The file's own name holds {@code part}: the temporary folder's random name may hold anything ("...1999..."). */
    private static boolean named(String file, String part) {
        return java.nio.file.Path.of(file).getFileName().toString().contains(part);
    }

    /** What an ingest stores, but the time each document was ingested at. */
    private static String stored(InfluxServer server, String database) {
        try (InfluxStore store = new InfluxStore(server.settings(database))) {
            return store.query("SELECT * FROM observation").getResults().toString() + store.query("SELECT * FROM indicator_value").getResults()
                    + store.query("SELECT * FROM indicator_status").getResults() + store.query("SELECT * FROM indicator_target").getResults()
                    + store.query("SELECT source, digest, observations, matched FROM document GROUP BY *").getResults();
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
