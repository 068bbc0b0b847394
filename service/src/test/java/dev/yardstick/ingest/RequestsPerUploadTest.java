package dev.yardstick.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.SeedData;
import dev.yardstick.catalogue.IndicatorCatalogue;
import dev.yardstick.store.InfluxServer;
import dev.yardstick.store.InfluxStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * How many InfluxQL queries and write requests one upload costs, counted by a real influxd (its
 * own {@code httpd} statistics at {@code /debug/vars}, which count every request it served).
 * Issue 14 aims at 2 queries and 2 writes per organisation touched; the ceilings below are today's
 * counts, so a change that adds round trips fails here and one that removes them lowers them.
 */
class RequestsPerUploadTest {

    /**
     * Today's counts; lower them as round trips are removed. Queries: the stored digests (1), the
     * organisation's observations read back to reconcile (1), its stored reconciled series (1), the
     * reconciled series read back again to assess (1), the stored statuses (1) and targets (1), plus
     * one DROP SERIES per indicator whose reconciled or status series shrank (2 for the second seed
     * quarter). Writes: observations, reconciled values, the document record, assessments.
     */
    private static final int QUERY_CEILING = 8;
    private static final int WRITE_CEILING = 4;

    @Test
    void oneUploadRunsABoundedNumberOfQueriesAndWrites() throws Exception {
        try (InfluxServer influx = InfluxServer.start(); InfluxStore store = new InfluxStore(influx.settings("requests"))) {
            store.ensureDatabase();
            IndicatorCatalogue catalogue = SeedData.catalogue().withLibrary(IndicatorCatalogue.library());
            TargetService targets = new TargetService(catalogue, "", SeedData.tempDir("targets").resolve("api.yaml"));
            Assessor assessor = new Assessor(store, catalogue, targets::book, java.time.Clock.systemUTC());
            IngestService ingest = new IngestService(store, catalogue, assessor, new IngestQueue(SeedData.tempDir("queue")),
                    new SimpleMeterRegistry(), new UpdateLimits(20_000, 5_000, 5_000), dev.yardstick.catalogue.ReviewDecisions::none);

            long[] before = counters(influx);
            ingest.ingest(SeedData.Q2_2017_18, "lbbd", SeedData.bytes(SeedData.Q2_2017_18));
            long[] first = counters(influx);
            ingest.ingest(SeedData.Q2_2019_20, "lbbd", SeedData.bytes(SeedData.Q2_2019_20));
            long[] second = counters(influx);

            long firstQueries = first[0] - before[0], firstWrites = first[1] - before[1];
            long secondQueries = second[0] - first[0], secondWrites = second[1] - first[1];
            System.out.printf("requests per upload: first of an organisation %d queries, %d writes; next quarter %d queries, %d writes%n",
                    firstQueries, firstWrites, secondQueries, secondWrites);
            assertThat(firstWrites).as("an upload writes something").isPositive();
            assertThat(Math.max(firstQueries, secondQueries)).as("queries per upload").isLessThanOrEqualTo(QUERY_CEILING);
            assertThat(Math.max(firstWrites, secondWrites)).as("write requests per upload").isLessThanOrEqualTo(WRITE_CEILING);
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
