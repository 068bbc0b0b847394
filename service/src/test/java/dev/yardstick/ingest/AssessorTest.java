package dev.yardstick.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.SeedData;
import dev.yardstick.catalogue.IndicatorCatalogue;
import dev.yardstick.catalogue.TargetBook;
import dev.yardstick.store.InfluxServer;
import dev.yardstick.store.InfluxStore;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Re-assessment against a real influxd leaves exactly the current judgement behind. */
class AssessorTest {

    private static final InfluxServer INFLUX = InfluxServer.start();

    @AfterAll
    static void stop() {
        INFLUX.close();
    }

    @Test
    void removingATargetRemovesTheRagItGaveAndItsLine() {
        IndicatorCatalogue catalogue = SeedData.catalogue();
        TargetBook withTargets = TargetBook.load(SeedData.dir().resolve("targets.yaml"), catalogue);
        AtomicReference<TargetBook> book = new AtomicReference<>(withTargets);
        try (InfluxStore store = new InfluxStore(INFLUX.settings("assess"))) {
            store.ensureDatabase();
            store.replaceDocument(SeedData.read(SeedData.Q2_2017_18), SeedData.observations(SeedData.Q2_2017_18));
            Assessor assessor = new Assessor(store, catalogue, book::get, java.time.Clock.systemUTC());

            assessor.assess("lbbd");
            String first = dump(store);
            assessor.assess("lbbd");
            assertThat(dump(store)).as("re-assessing unchanged data changes nothing").isEqualTo(first);
            assertThat(count(store, "SELECT count(\"rag\") FROM \"indicator_status\" WHERE \"indicator\" = 'teen_pregnancy_rate'")).isEqualTo(3);

            book.set(TargetBook.empty(catalogue));
            assessor.assess("lbbd");

            assertThat(count(store, "SELECT count(\"rag\") FROM \"indicator_status\"")).isZero();
            assertThat(count(store, "SELECT count(\"value\") FROM \"indicator_status\" WHERE \"indicator\" = 'teen_pregnancy_rate'")).isEqualTo(3);
            assertThat(count(store, "SELECT count(\"value\") FROM \"indicator_target\"")).isZero();
        }
    }

    private static String dump(InfluxStore store) {
        return store.query("SELECT * FROM \"indicator_status\"").toString() + store.query("SELECT * FROM \"indicator_target\"");
    }

    private static long count(InfluxStore store, String q) {
        var series = store.query(q).getResults().get(0).getSeries();
        return series == null ? 0 : ((Number) series.get(0).getValues().get(0).get(1)).longValue();
    }
}
