package dev.yardstick.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.LargeUpdate;
import dev.yardstick.SeedData;
import dev.yardstick.ServiceTestSettings;
import dev.yardstick.ingest.IngestService;
import dev.yardstick.store.InfluxServer;
import dev.yardstick.store.InfluxStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Parallel uploads keep every organisation's data whole, and a hung InfluxDB sends uploads to the queue within seconds. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "yardstick.influx.timeout=2s", "yardstick.ingest.retry-interval=1s"})
class ConcurrentIngestTest {

    private static final String TOKEN = "concurrency-token";
    private static final InfluxServer INFLUX = InfluxServer.start();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    InfluxStore store;

    @Autowired
    IngestService ingest;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        ServiceTestSettings.register(registry, INFLUX, "concurrency");
        registry.add("yardstick.api.token", () -> TOKEN);
    }

    @AfterAll
    static void stopInflux() {
        INFLUX.close();
    }

    private HttpResponse<String> upload(String org, byte[] body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/documents?org=" + org + "&source=" + org + "-2017-18-q2.txt"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/plain").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private double count(String query) {
        var series = store.query(query).getResults().get(0).getSeries();
        return series == null ? 0 : ((Number) series.get(0).getValues().get(0).get(1)).doubleValue();
    }

    @Test
    void parallelVersionsOfOneQuarterLeaveExactlyOneWholeVersionAndOtherOrganisationsUntouched() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int version = 1; version <= 6; version++) {
                byte[] body = LargeUpdate.rows(20 + 10 * version, 1000 * version); // each version has its own observations
                answers.add(clients.submit((Callable<HttpResponse<String>>) () -> upload("same", body)));
                String other = "other-" + version;
                answers.add(clients.submit((Callable<HttpResponse<String>>) () -> upload(other, SeedData.bytes(SeedData.Q2_2017_18))));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                assertThat(answer.get().statusCode()).as(answer.get().body()).isEqualTo(201);
            }
        } finally {
            clients.shutdownNow();
        }
        var documents = store.documents().stream().filter(d -> d.organisation().equals("same")).toList();
        assertThat(documents).hasSize(1);
        assertThat(count("SELECT count(\"value\") FROM \"observation\" WHERE \"organisation\" = 'same'"))
                .as("the points of the version on record, and no other's").isEqualTo(documents.get(0).observations());
        // as many as extracting the seed gives (a fixed figure went stale when extraction changed)
        int seedObservations = SeedData.observationsAsIngested(SeedData.Q2_2017_18).size();
        for (int version = 1; version <= 6; version++) {
            String other = "other-" + version;
            var document = store.documents().stream().filter(d -> d.organisation().equals(other)).toList();
            assertThat(document).hasSize(1);
            assertThat(count("SELECT count(\"value\") FROM \"observation\" WHERE \"organisation\" = '" + other + "'"))
                    .isEqualTo(document.get(0).observations()).isEqualTo(seedObservations);
        }
    }

    /** Issue 10, problem 6: a frozen InfluxDB held every upload for the 60 s read timeout. */
    @Test
    void hungInfluxSendsUploadsToTheQueueWithinSecondsAndTheyAreWrittenWhenItAnswers() throws Exception {
        INFLUX.freeze();
        try {
            long started = System.nanoTime();
            HttpResponse<String> first = upload("frozen-a", SeedData.bytes(SeedData.Q2_2017_18));
            Duration firstTook = Duration.ofNanos(System.nanoTime() - started);
            started = System.nanoTime();
            HttpResponse<String> second = upload("frozen-b", SeedData.bytes(SeedData.Q2_2019_20));
            Duration secondTook = Duration.ofNanos(System.nanoTime() - started);

            assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
            assertThat(second.statusCode()).isEqualTo(202);
            assertThat(firstTook).isLessThan(Duration.ofSeconds(8));
            assertThat(secondTook).as("InfluxDB is known to be down: straight to the queue").isLessThan(Duration.ofSeconds(2));
        } finally {
            INFLUX.thaw();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (ingest.queueDepth() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(ingest.queueDepth()).isZero();
        assertThat(store.documents()).extracting(d -> d.organisation()).contains("frozen-a", "frozen-b");
    }
}
