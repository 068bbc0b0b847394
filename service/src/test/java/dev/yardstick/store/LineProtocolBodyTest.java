package dev.yardstick.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/**
 * Write requests go out as line protocol encoded once, line by line, rather than through
 * influxdb-java's one-String body: the bytes are exactly the lines, the length is declared, and
 * the server's authentication and retention policy are honoured as the client honoured them.
 */
class LineProtocolBodyTest {

    private static final List<PointRecord> POINTS = List.of(
            PointRecord.at("observation", 1_000_000L).tag("organisation", "Barking & Dagenham").field("value", 1.5)
                    .field("text", "£1.1 million \u2026 \"quoted\" \uD83D\uDCC8").build(),
            PointRecord.at("observation", 2_000_000L).tag("organisation", "lbbd").tag("theme", " ").field("value", Double.NaN)
                    .field("seq", 2.0).build());

    @Test
    void bodyIsTheUtf8LinesOfItsPointsWithTheirLength() throws IOException {
        LineProtocolBody body = new LineProtocolBody(POINTS);
        Buffer sent = new Buffer();
        body.writeTo(sent);
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        body.writeTo(saved);

        String expected = "observation,organisation=Barking\\ &\\ Dagenham text=\"£1.1 million \u2026 \\\"quoted\\\" \uD83D\uDCC8\",value=1.5 1000000\n"
                + "observation,organisation=lbbd seq=2.0 2000000\n";
        assertThat(sent.readUtf8()).isEqualTo(expected);
        assertThat(saved.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(body.contentLength()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8).length);
        assertThat(body.refused()).isEqualTo(2);
    }

    @Test
    void writesWithTheConfiguredUserToTheConfiguredRetentionPolicyAndAWrongPasswordIsRefusedForGood() {
        try (InfluxServer server = InfluxServer.start("auth-enabled = true")) {
            org.influxdb.InfluxDB admin = org.influxdb.InfluxDBFactory.connect(server.url());
            admin.query(new org.influxdb.dto.Query("CREATE USER \"writer\" WITH PASSWORD 's3cret' WITH ALL PRIVILEGES"));
            admin.close();
            InfluxSettings settings = new InfluxSettings(server.url(), "secured", "kept", "writer", "s3cret");
            try (InfluxStore store = new InfluxStore(settings);
                 InfluxGateway gateway = new InfluxGateway(settings, Duration.ofSeconds(10), null)) {
                store.ensureDatabase();
                gateway.write(POINTS, "2 points");

                assertThat(store.query("SELECT count(\"value\") FROM \"secured\".\"kept\".\"observation\"").getResults().toString())
                        .contains("values=[[0.0, 1.0]]"); // the second point has no value: NaN is left out
                assertThat(gateway.stats().requests()).isEqualTo(1);
            }
            InfluxSettings wrong = new InfluxSettings(server.url(), "secured", "kept", "writer", "wrong");
            try (InfluxGateway gateway = new InfluxGateway(wrong, Duration.ofSeconds(10), null)) {
                Throwable thrown = catchThrowable(() -> gateway.write(POINTS, "2 points"));

                assertThat(thrown).isExactlyInstanceOf(StoreException.class).hasMessageContaining("401");
            }
        }
    }
}
