package dev.yardstick.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.SeedData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ingest command's failure paths; writing to a real InfluxDB is covered by InfluxStoreTest and IngestToInfluxTest. */
class IngestCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int ingest(Map<String, String> env, String... files) {
        return new IngestCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env)
                .run(CommandLine.parse(files));
    }

    @Test
    void timingsFlagReportsEachStepOfTheIngest() {
        try (dev.yardstick.store.InfluxServer server = dev.yardstick.store.InfluxServer.start()) {
            int code = new IngestCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                    Map.of("YARDSTICK_INFLUX_URL", server.url(), "YARDSTICK_INFLUX_DATABASE", "timed",
                            "YARDSTICK_TARGETS_API_FILE", SeedData.tempDir("targets").resolve("none.yaml").toString()))
                    .run(CommandLine.parse(new String[] {"--timings", SeedData.update(SeedData.Q2_2019_20).toString()}, java.util.Set.of("--timings")));

            assertThat(code).isZero();
            String report = err.toString(StandardCharsets.UTF_8);
            assertThat(report).contains("JVM start-up").contains("set-up").contains("write requests");
            for (dev.yardstick.ingest.IngestTimings.Step step : dev.yardstick.ingest.IngestTimings.Step.values()) {
                assertThat(report).contains(step.label());
            }
            assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("timings");
        }
    }

    @Test
    void unreachableInfluxIsReportedWithItsUrlAndExitCode() {
        int code = ingest(Map.of("YARDSTICK_INFLUX_URL", "http://127.0.0.1:9"), SeedData.update(SeedData.Q2_2019_20).toString());

        assertThat(code).isEqualTo(IngestCommand.UNAVAILABLE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("http://127.0.0.1:9");
    }

    @Test
    void badUrlIsAUsageError() {
        assertThat(ingest(Map.of("YARDSTICK_INFLUX_URL", "influx:8086"), "x.txt")).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("yardstick.influx.url must be an http(s) URL");
    }

    /** Issue 10, problem 9: a write InfluxDB refuses for good exited 69 (unavailable), which invites a retry. */
    @Test
    void writeRefusedForGoodExitsWithItsOwnCode() {
        try (dev.yardstick.store.InfluxServer server = dev.yardstick.store.InfluxServer.start()) {
            org.influxdb.InfluxDB raw = org.influxdb.InfluxDBFactory.connect(server.url());
            raw.query(new org.influxdb.dto.Query("CREATE DATABASE refused"));
            raw.write("refused", "autogen", org.influxdb.InfluxDB.ConsistencyLevel.ONE, java.util.concurrent.TimeUnit.SECONDS,
                    "document,organisation=lbbd,report=2019-20-Q2 observations=\"text\" 1569801600");
            raw.close();

            int code = ingest(Map.of("YARDSTICK_INFLUX_URL", server.url(), "YARDSTICK_INFLUX_DATABASE", "refused",
                    "YARDSTICK_TARGETS_API_FILE", SeedData.tempDir("targets").resolve("none.yaml").toString()),
                    SeedData.update(SeedData.Q2_2019_20).toString());

            assertThat(code).isEqualTo(IngestCommand.REFUSED).isNotEqualTo(IngestCommand.UNAVAILABLE);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("field type conflict");
        }
    }

    /** A server whose max-body-size refuses Yardstick's batches (413) refuses for good: 76, not 69 (which invites a retry). */
    @Test
    void aBatchOverTheServersBodyLimitExitsRefusedNotUnavailable() {
        try (dev.yardstick.store.InfluxServer server = dev.yardstick.store.InfluxServer.start("max-body-size = 2000")) {
            int code = ingest(Map.of("YARDSTICK_INFLUX_URL", server.url(), "YARDSTICK_INFLUX_DATABASE", "small",
                    "YARDSTICK_TARGETS_API_FILE", SeedData.tempDir("targets").resolve("none.yaml").toString()),
                    SeedData.update(SeedData.Q2_2019_20).toString());

            assertThat(code).isEqualTo(IngestCommand.REFUSED);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("413 Request Entity Too Large").contains("max-body-size");
        }
    }
}
