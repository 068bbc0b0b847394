package dev.yardstick.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.SeedData;
import dev.yardstick.catalogue.IndicatorCatalogue;
import dev.yardstick.store.InfluxServer;
import dev.yardstick.store.InfluxStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How many InfluxQL queries and write requests one upload costs, counted by a real influxd (its
 * own {@code httpd} statistics at {@code /debug/vars}, which count every request it served).
 * Issue 14: at most 2 queries (what the organisation has stored, read once; the deletions a
 * replacement or a shrunk series needs, in one request) and 2 write requests (the points, then
 * the document record) per organisation an upload touches: what was just written is never read
 * back to reconcile or assess it.
 */
class RequestsPerUploadTest {

    private static final int QUERY_CEILING = 2;
    private static final int WRITE_CEILING = 2;

    /** With nothing kept in memory (the command line) and with the organisation kept (the service): one query for its digests. */
    @ParameterizedTest(name = "organisations kept in memory: {0}")
    @ValueSource(ints = {0, 64})
    void oneUploadRunsAtMostTwoQueriesAndTwoWritesForItsOrganisation(int kept) throws Exception {
        try (InfluxServer influx = InfluxServer.start();
             InfluxStore store = new InfluxStore(influx.settings("requests"), java.time.Clock.systemUTC(), java.time.Duration.ofSeconds(30), null, kept)) {
            store.ensureDatabase();
            IndicatorCatalogue catalogue = SeedData.catalogue().withLibrary(IndicatorCatalogue.library());
            TargetService targets = new TargetService(catalogue, "", SeedData.tempDir("targets").resolve("api.yaml"));
            Assessor assessor = new Assessor(store, catalogue, targets::book, java.time.Clock.systemUTC());
            IngestService ingest = new IngestService(store, catalogue, assessor, new IngestQueue(SeedData.tempDir("queue")),
                    new SimpleMeterRegistry(), new UpdateLimits(20_000, 5_000, 5_000), dev.yardstick.catalogue.ReviewDecisions::none);
            byte[] first = SeedData.bytes(SeedData.Q2_2017_18);
            byte[] corrected = new String(first, StandardCharsets.UTF_8).replaceFirst("27\\.1", "27.3").getBytes(StandardCharsets.UTF_8);

            long[] counts = counters(influx);
            List<String> uploads = List.of("first of an organisation", "next quarter", "a corrected version", "the same again");
            List<byte[]> bodies = List.of(first, SeedData.bytes(SeedData.Q2_2019_20), corrected, corrected);
            List<String> sources = List.of(SeedData.Q2_2017_18, SeedData.Q2_2019_20, SeedData.Q2_2017_18, SeedData.Q2_2017_18);
            List<String> outcomes = new java.util.ArrayList<>();
            for (int i = 0; i < uploads.size(); i++) {
                outcomes.add(ingest.ingest(sources.get(i), "lbbd", bodies.get(i)).outcome());
                long[] now = counters(influx);
                long queries = now[0] - counts[0];
                long writes = now[1] - counts[1];
                counts = now;
                System.out.printf("requests per upload, %s: %d queries, %d writes%n", uploads.get(i), queries, writes);
                assertThat(queries).as("queries for %s", uploads.get(i)).isLessThanOrEqualTo(QUERY_CEILING);
                assertThat(writes).as("write requests for %s", uploads.get(i)).isLessThanOrEqualTo(WRITE_CEILING);
                if (i < 3) {
                    assertThat(writes).as("write requests for %s, which changes what is stored", uploads.get(i)).isPositive();
                }
            }
            assertThat(outcomes).containsExactly("new", "new", "replaced", "unchanged");
        }
    }

    /** {queryReq, writeReq} from influxd's httpd statistics. */
    private static long[] counters(InfluxServer influx) throws Exception {
        String vars = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(influx.url() + "/debug/vars")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return new long[] {counter(vars, "queryReq"), counter(vars, "writeReq")};
    }

    private static long counter(String vars, String name) {
        Matcher m = Pattern.compile("\"httpd\"[^}]*}[^}]*?\"" + name + "\":(\\d+)").matcher(vars);
        if (!m.find()) {
            throw new AssertionError("influxd's /debug/vars has no httpd " + name + " counter");
        }
        return Long.parseLong(m.group(1));
    }
}
