package dev.yardstick.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.SeedData;
import dev.yardstick.bench.CorpusGenerator;
import dev.yardstick.catalogue.IndicatorCatalogue;
import dev.yardstick.document.FinancialQuarter;
import dev.yardstick.document.TextExportReader;
import dev.yardstick.store.InfluxServer;
import dev.yardstick.store.InfluxStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.influxdb.dto.QueryResult;
import org.junit.jupiter.api.Test;

/**
 * The service keeps what it last wrote for an organisation in memory and sends only the points
 * that change. What it leaves in InfluxDB must be exactly what a service that reads everything
 * back before each upload leaves: the same uploads go to two databases, one through a store that
 * remembers and one through a store that does not, and every point of every measurement is
 * compared (but the time each update was ingested, and freshness, which is written for today).
 */
class RememberedOrganisationTest {

    private static final List<String> MEASUREMENTS = List.of("observation", "indicator_value", "indicator_status", "indicator_target", "document");

    private record Upload(String source, String organisation, byte[] bytes) {
    }

    @Test
    void rememberingWhatWasWrittenLeavesTheDatabaseAsReadingItBackDoes() throws Exception {
        List<Upload> uploads = uploads();
        try (InfluxServer influx = InfluxServer.start();
             InfluxStore remembering = new InfluxStore(influx.settings("remembering"), java.time.Clock.systemUTC(), Duration.ofSeconds(30), null, 64);
             InfluxStore reading = new InfluxStore(influx.settings("reading"))) {
            IngestService a = service(remembering);
            IngestService b = service(reading);
            for (Upload u : uploads) {
                DocumentIngested ra = a.ingest(u.source(), u.organisation(), u.bytes());
                DocumentIngested rb = b.ingest(u.source(), u.organisation(), u.bytes());
                assertThat(ra.outcome()).as("outcome of %s", u.source()).isEqualTo(rb.outcome());
                assertThat(ra.pointsWritten()).as("points of %s", u.source()).isLessThanOrEqualTo(rb.pointsWritten());
            }
            for (String m : MEASUREMENTS) {
                assertThat(points(remembering, m)).as(m).isNotEmpty().isEqualTo(points(reading, m));
            }
        }
    }

    @Test
    void updatesWrittenByAnotherProcessAreSeenBeforeTheNextUpload() throws Exception {
        List<Upload> uploads = uploads();
        try (InfluxServer influx = InfluxServer.start();
             InfluxStore remembering = new InfluxStore(influx.settings("shared"), java.time.Clock.systemUTC(), Duration.ofSeconds(30), null, 64);
             InfluxStore other = new InfluxStore(influx.settings("shared"));
             InfluxStore reading = new InfluxStore(influx.settings("alone"))) {
            IngestService a = service(remembering);
            IngestService elsewhere = service(other);
            IngestService b = service(reading);
            for (int i = 0; i < uploads.size(); i++) {
                Upload u = uploads.get(i);
                // every third update reaches the shared database through another process (a command-line ingest)
                (i % 3 == 1 ? elsewhere : a).ingest(u.source(), u.organisation(), u.bytes());
                b.ingest(u.source(), u.organisation(), u.bytes());
            }
            for (String m : MEASUREMENTS) {
                assertThat(points(remembering, m)).as(m).isEqualTo(points(reading, m));
            }
        }
    }

    private static IngestService service(InfluxStore store) {
        store.ensureDatabase();
        IndicatorCatalogue catalogue = SeedData.catalogue().withLibrary(IndicatorCatalogue.library());
        TargetService targets = new TargetService(catalogue, "", SeedData.tempDir("targets").resolve("api.yaml"));
        Assessor assessor = new Assessor(store, catalogue, targets::book, java.time.Clock.systemUTC());
        return new IngestService(store, catalogue, assessor, new IngestQueue(SeedData.tempDir("queue")), new SimpleMeterRegistry(),
                new UpdateLimits(20_000, 5_000, 5_000), dev.yardstick.catalogue.ReviewDecisions::none);
    }

    /**
     * Two organisations' consecutive quarters from recombined seed rows (an indicator's theme moves
     * between rows, so series are re-tagged), a corrected version of an earlier quarter, and one
     * sent again unchanged.
     */
    private static List<Upload> uploads() throws Exception {
        TextExportReader reader = new TextExportReader();
        CorpusGenerator generator = new CorpusGenerator(List.of(reader.read("a", "seed", SeedData.bytes(SeedData.Q2_2017_18)),
                reader.read("b", "seed", SeedData.bytes(SeedData.Q2_2019_20))), 7);
        List<Upload> out = new ArrayList<>();
        FinancialQuarter first = new FinancialQuarter(2016, 1);
        for (int i = 0; i < 8; i++) {
            FinancialQuarter q = first;
            for (int k = 0; k < i / 2; k++) {
                q = q.next();
            }
            String org = i % 2 == 0 ? "lbbd" : "north"; // lbbd has targets in the seed data
            out.add(new Upload(org + "-q" + i + ".txt", org, generator.document(i, q).getBytes(StandardCharsets.UTF_8)));
        }
        Upload earlier = out.get(2);
        out.add(new Upload(earlier.source(), earlier.organisation(), corrected(earlier.bytes())));
        out.add(out.get(5));
        out.add(out.get(4)); // the first version of a quarter whose correction was accepted: replaced again
        return out;
    }

    /** The update with one figure of its last row changed. */
    private static byte[] corrected(byte[] update) {
        String[] lines = new String(update, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = lines.length - 1; i >= 0; i--) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)(?!.*\\d)").matcher(lines[i]);
            if (!lines[i].startsWith("Key Accountability") && m.find()) {
                lines[i] = lines[i].substring(0, m.start()) + (Long.parseLong(m.group(1)) + 1) + lines[i].substring(m.end());
                return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no figure to correct");
    }

    /** Every point of a measurement, keyed by series and time, without the time of ingest. */
    private static Map<String, String> points(InfluxStore store, String measurement) {
        Map<String, String> out = new TreeMap<>();
        QueryResult.Result r = store.query("SELECT * FROM \"" + measurement + "\"").getResults().get(0);
        if (r.getSeries() == null) {
            return out;
        }
        for (QueryResult.Series s : r.getSeries()) {
            List<String> columns = s.getColumns();
            for (List<Object> values : s.getValues()) {
                StringBuilder row = new StringBuilder();
                for (int i = 0; i < columns.size(); i++) {
                    if (!columns.get(i).equals("ingested_at") && values.get(i) != null) {
                        row.append(columns.get(i)).append('=').append(values.get(i)).append(' ');
                    }
                }
                out.merge(values.get(0) + " " + row, row.toString(), (x, y) -> x + " | " + y);
            }
        }
        return out;
    }
}
