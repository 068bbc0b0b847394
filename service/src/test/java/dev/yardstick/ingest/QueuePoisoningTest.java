package dev.yardstick.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.LargeUpdate;
import dev.yardstick.SeedData;
import dev.yardstick.catalogue.IndicatorCatalogue;
import dev.yardstick.store.InfluxServer;
import dev.yardstick.store.InfluxStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** One bad entry never blocks the queue: it is set aside with its reason and everything behind it is written. */
class QueuePoisoningTest {

    private static final InfluxServer INFLUX = InfluxServer.start();

    @AfterAll
    static void stopInflux() {
        INFLUX.close();
    }

    private static IngestService service(InfluxStore store, Path queueDir) {
        IndicatorCatalogue catalogue = SeedData.catalogue();
        TargetService targets = new TargetService(catalogue, "", SeedData.tempDir("targets").resolve("api.yaml"));
        Assessor assessor = new Assessor(store, catalogue, targets::book, java.time.Clock.systemUTC());
        return new IngestService(store, catalogue, assessor, new IngestQueue(queueDir), new SimpleMeterRegistry(), new UpdateLimits(20_000, 5_000, 5_000),
                dev.yardstick.catalogue.ReviewDecisions::none);
    }

    private static double count(InfluxStore store) {
        var series = store.query("SELECT count(\"value\") FROM \"observation\"").getResults().get(0).getSeries();
        return series == null ? 0 : ((Number) series.get(0).getValues().get(0).get(1)).doubleValue();
    }

    /** Issue 10, problem 3: the 1,000th observation could not be written, the entry stayed at the head and every later upload failed. */
    @Test
    void updateWithMoreThan999ObservationsIsWrittenAndReplacedWhole() {
        try (InfluxStore store = new InfluxStore(INFLUX.settings("big"))) {
            store.ensureDatabase();
            IngestService ingest = service(store, SeedData.tempDir("queue"));

            DocumentIngested first = ingest.ingest("big-2017-18-q2.txt", "big", LargeUpdate.rows(400, 1000));
            assertThat(first.observations()).isGreaterThan(999);
            assertThat(first.outcome()).isEqualTo("new");
            assertThat(count(store)).isEqualTo(first.observations());

            DocumentIngested corrected = ingest.ingest("big-2017-18-q2.txt", "big", LargeUpdate.rows(300, 5000));
            assertThat(corrected.outcome()).isEqualTo("replaced");
            assertThat(count(store)).as("the predecessor's points are all gone").isEqualTo(corrected.observations());
            assertThat(ingest.queueDepth()).isZero();
        }
    }

    @Test
    void unreadableEntryAtTheHeadIsSetAsideAndTheQueueMovesOn() throws Exception {
        Path queueDir = SeedData.tempDir("queue");
        Files.writeString(queueDir.resolve("0000000000000000001.update"), "no header line at all");
        try (InfluxStore store = new InfluxStore(INFLUX.settings("unreadable"))) {
            store.ensureDatabase();
            IngestService ingest = service(store, queueDir);

            assertThat(ingest.ingest(SeedData.Q2_2017_18, "lbbd", SeedData.bytes(SeedData.Q2_2017_18)).outcome()).isEqualTo("new");

            assertThat(ingest.queueDepth()).isZero();
            assertThat(ingest.setAside()).singleElement().satisfies(s -> {
                assertThat(s.file()).isEqualTo("0000000000000000001.update");
                assertThat(s.reason()).contains("unreadable");
            });
            assertThat(queueDir.resolve("failed").resolve("0000000000000000001.update")).exists();
        }
    }

    @Test
    void queuedEntryThatIsNoUpdateIsSetAsideWithItsReasonAndLaterOnesAreWritten() {
        Path queueDir = SeedData.tempDir("queue");
        IngestQueue earlier = new IngestQueue(queueDir);
        earlier.enqueue("minutes.txt", "lbbd", "Minutes of the meeting.\n".getBytes(StandardCharsets.UTF_8));
        earlier.enqueue(SeedData.Q2_2019_20, "lbbd", SeedData.bytes(SeedData.Q2_2019_20));
        try (InfluxStore store = new InfluxStore(INFLUX.settings("not_update"))) {
            store.ensureDatabase();
            IngestService ingest = service(store, queueDir);

            assertThat(ingest.drainQueue()).isZero();

            assertThat(store.documents()).extracting(d -> d.source()).containsExactly(SeedData.Q2_2019_20);
            assertThat(ingest.setAside()).singleElement().satisfies(s -> {
                assertThat(s.source()).isEqualTo("minutes.txt");
                assertThat(s.organisation()).isEqualTo("lbbd");
                assertThat(s.reason()).contains("minutes.txt");
            });
        }
    }

    @Test
    void periodicTaskRunsAgainAfterAnyFailure() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch third = new CountDownLatch(3);
        PeriodicTask task = new PeriodicTask("test", Duration.ZERO, Duration.ofMillis(5), () -> {
            third.countDown();
            if (runs.incrementAndGet() == 1) {
                throw new StackOverflowError("deep");
            }
            throw new IllegalStateException("bug");
        });
        task.start();
        try {
            assertThat(third.await(5, TimeUnit.SECONDS)).isTrue();
        } finally {
            task.stop();
        }
    }
}
