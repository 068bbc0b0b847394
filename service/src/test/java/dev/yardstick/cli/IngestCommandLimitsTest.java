package dev.yardstick.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.LargeUpdate;
import dev.yardstick.SeedData;
import dev.yardstick.store.InfluxServer;
import dev.yardstick.store.InfluxStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ingest command applies the limits the service applies, set by the same settings (through
 * their environment variables) with the same defaults: a file over one is refused before any of it
 * is written, naming the limit and its setting, and the command exits 65. Before, the command read,
 * extracted and wrote any file whatever its size.
 */
class IngestCommandLimitsTest {

    private static final InfluxServer INFLUX = InfluxServer.start();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterAll
    static void stopInflux() {
        INFLUX.close();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "YARDSTICK_API_MAX_UPLOAD, 1KB, yardstick.api.max-upload, over the limit of 1024",
            "YARDSTICK_INGEST_MAX_LINES, 50, yardstick.ingest.max-lines, over the limit of 50",
            "YARDSTICK_INGEST_MAX_SENTENCE_LENGTH, 100, yardstick.ingest.max-sentence-length, over the limit of 100",
            "YARDSTICK_INGEST_MAX_OBSERVATIONS, 10, yardstick.ingest.max-observations, over the limit of 10"})
    void aFileOverALimitIsRefusedNamingItsSettingBeforeAnythingIsWritten(String variable, String value, String property, String figure) {
        String database = "limit_" + variable.toLowerCase(java.util.Locale.ROOT);
        Map<String, String> env = env(database);
        env.put(variable, value);

        int code = ingest(env, SeedData.update(SeedData.Q2_2017_18).toString());

        assertThat(code).isEqualTo(Cli.DATA);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("lbbd-2017-18-q2.txt: ").contains(property).contains(variable)
                .contains(figure);
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("points written,").contains("0 status points written");
        assertThat(measurements(database)).as("nothing written").isEmpty();
    }

    /** The service's default (20,000 lines) applies without any setting; the other files of the run are written. */
    @Test
    void theServicesDefaultLimitsApplyAndTheOtherFilesAreWritten() throws IOException {
        Path large = Files.createTempDirectory("yardstick-limits").resolve("lbbd-2017-18-q2-long.txt");
        Files.write(large, LargeUpdate.rows(20_001, 100));

        int code = ingest(env("limit_default"), large.toString(), SeedData.update(SeedData.Q2_2019_20).toString());

        assertThat(code).isEqualTo(Cli.DATA);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("lbbd-2017-18-q2-long.txt: the update has 20006 lines, over the limit of 20000"
                + " (yardstick.ingest.max-lines, YARDSTICK_INGEST_MAX_LINES)");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("lbbd-2019-20-q2.txt  lbbd  Q2 2019/20: ").doesNotContain("long.txt");
        try (InfluxStore store = new InfluxStore(INFLUX.settings("limit_default"))) {
            assertThat(store.query("SELECT * FROM document").toString()).contains("2019-20").doesNotContain("2017-18");
        }
        Files.delete(large);
    }

    @Test
    void aLimitThatIsNotAFigureIsAUsageErrorNamingTheVariable() {
        Map<String, String> env = env("limit_usage");
        env.put("YARDSTICK_INGEST_MAX_OBSERVATIONS", "lots");

        assertThat(ingest(env, SeedData.update(SeedData.Q2_2017_18).toString())).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("YARDSTICK_INGEST_MAX_OBSERVATIONS (yardstick.ingest.max-observations)")
                .contains("'lots'");
    }

    private static Map<String, String> env(String database) {
        Map<String, String> env = new HashMap<>();
        env.put("YARDSTICK_INFLUX_URL", INFLUX.url());
        env.put("YARDSTICK_INFLUX_DATABASE", database);
        env.put("YARDSTICK_TARGETS_API_FILE", SeedData.tempDir("targets").resolve("none.yaml").toString());
        return env;
    }

    private int ingest(Map<String, String> env, String... files) {
        return new IngestCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env)
                .run(CommandLine.parse(files, "--org"));
    }

    private static String measurements(String database) {
        try (InfluxStore store = new InfluxStore(INFLUX.settings(database))) {
            var series = store.query("SHOW MEASUREMENTS").getResults().get(0).getSeries();
            return series == null ? "" : series.toString();
        }
    }
}
