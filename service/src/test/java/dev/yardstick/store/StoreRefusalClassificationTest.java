package dev.yardstick.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A request InfluxDB answers with a 4xx refusal is refused for good ({@link StoreException}, which
 * the API answers 502 store-refused and the ingest command exits 76 for), not an outage
 * ({@link StoreUnavailableException}: 503, exit 69, the upload kept at the head of the queue and
 * retried for ever). Before, influxdb-java's plain InfluxDBException for a message it does not
 * know (a query it cannot parse, a body over the server's limit) called itself worth retrying and
 * was taken for an outage.
 */
class StoreRefusalClassificationTest {

    @Test
    void aQueryInfluxCannotParseIsARefusalNotAnOutage() {
        try (InfluxServer server = InfluxServer.start(); InfluxStore store = new InfluxStore(server.settings("refusals"))) {
            store.ensureDatabase();

            Throwable thrown = catchThrowable(() -> store.query("SELEC nonsense"));

            assertThat(thrown).isExactlyInstanceOf(StoreException.class)
                    .hasMessageContaining("refused the request for good (400 Bad Request: error parsing query: found SELEC")
                    .hasMessageContaining("retrying will not help");
        }
    }

    @Test
    void aWriteOverTheServersBodyLimitIsARefusalNamingTheSettingNotAnOutage() {
        try (InfluxServer server = InfluxServer.start("max-body-size = 2000");
             InfluxStore store = new InfluxStore(server.settings("refusals"));
             InfluxGateway gateway = new InfluxGateway(server.settings("refusals"), java.time.Duration.ofSeconds(10), null)) {
            store.ensureDatabase();
            List<PointRecord> points = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                points.add(PointRecord.at("observation", i * 1_000_000L).field("value", (double) i).build());
            }

            Throwable thrown = catchThrowable(() -> gateway.write(points, "500 points"));

            assertThat(thrown).isExactlyInstanceOf(StoreException.class)
                    .hasMessageContaining("413 Request Entity Too Large").hasMessageContaining("max-body-size");
        }
    }

    @Test
    void aServerThatDoesNotAnswerIsStillAnOutage() {
        try (InfluxServer server = InfluxServer.start(); InfluxStore store = new InfluxStore(server.settings("refusals"))) {
            store.ensureDatabase();
            server.stop();

            assertThat(catchThrowable(() -> store.query("SELECT * FROM observation"))).isInstanceOf(StoreUnavailableException.class);
        }
    }
}
