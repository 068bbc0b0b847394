package dev.yardstick.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.SeedData;
import dev.yardstick.catalogue.IndicatorMatcher;
import dev.yardstick.catalogue.MatchedObservation;
import dev.yardstick.document.UpdateDocument;
import dev.yardstick.extract.Extractor;
import java.util.List;
import org.influxdb.dto.QueryResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against a real influxd started for this class. */
class InfluxStoreTest {

    private static InfluxServer server;

    @BeforeAll
    static void startInflux() {
        server = InfluxServer.start();
    }

    @AfterAll
    static void stopInflux() {
        server.close();
    }

    private static List<MatchedObservation> observations(UpdateDocument doc) {
        IndicatorMatcher matcher = new IndicatorMatcher(SeedData.catalogue());
        return matcher.match(new Extractor(matcher).extract(doc));
    }

    private static List<List<Object>> rows(InfluxStore store, String q) {
        QueryResult.Result r = store.query(q).getResults().get(0);
        return r.getSeries() == null ? List.of() : r.getSeries().get(0).getValues();
    }

    @Test
    void missingDatabaseAndRetentionPolicyAreCreatedAndWritesLandInThePolicy() {
        InfluxSettings settings = new InfluxSettings(server.url(), "with_rp", "yardstick_forever", null, null);
        try (InfluxStore store = new InfluxStore(settings)) {
            store.ensureDatabase();
            store.ensureDatabase(); // idempotent
            store.replaceDocument(SeedData.read(SeedData.Q2_2017_18), SeedData.observations(SeedData.Q2_2017_18));

            assertThat(store.query("SHOW RETENTION POLICIES ON \"with_rp\"").toString()).contains("yardstick_forever, 0s, 87360h0m0s");
            int written = SeedData.observations(SeedData.Q2_2017_18).size();
            assertThat(store.query("SELECT count(\"value\") FROM \"yardstick_forever\".\"observation\"").toString())
                    .contains("[0.0, " + written + ".0]");
            // unqualified reads (the reconciled series, dashboards) see it: the policy is the default
            assertThat(store.reconciledSeries("lbbd")).isNotEmpty();
        }
    }

    /**
     * A database made elsewhere keeps its policy: InfluxDB 1.x drops points written where a longer
     * shard group would overlap the short ones it already has, so lengthening it would lose writes.
     */
    @Test
    void aPolicyMadeElsewhereKeepsItsShardGroupsAndEveryPointLands() {
        try (InfluxStore store = new InfluxStore(server.settings("weekly"))) {
            store.query("CREATE DATABASE \"weekly\""); // autogen, shard groups of 7 days
            org.influxdb.InfluxDB raw = org.influxdb.InfluxDBFactory.connect(server.url());
            raw.write("weekly", "autogen", org.influxdb.InfluxDB.ConsistencyLevel.ONE, java.util.concurrent.TimeUnit.SECONDS,
                    "document,organisation=other,report=2019-20-Q2 digest=\"\" 1569801600"); // a shard group of a week, in use
            raw.close();
            store.ensureDatabase();
            store.replaceDocument(SeedData.read(SeedData.Q2_2019_20), SeedData.observations(SeedData.Q2_2019_20));

            assertThat(store.query("SHOW RETENTION POLICIES ON \"weekly\"").toString()).contains("autogen, 0s, 168h0m0s");
            assertThat(store.query("SELECT count(\"value\") FROM \"observation\"").toString())
                    .contains("[0.0, " + SeedData.observations(SeedData.Q2_2019_20).size() + ".0]");
        }
    }

    @Test
    void writingTheSameDocumentTwiceLeavesTheDatabaseAsAfterTheFirst() {
        try (InfluxStore store = new InfluxStore(server.settings("twice"))) {
            store.ensureDatabase();
            UpdateDocument doc = SeedData.read(SeedData.Q2_2017_18);
            List<MatchedObservation> obs = observations(doc);

            store.replaceDocument(doc, obs);
            List<List<Object>> first = rows(store, "SELECT * FROM observation");
            List<List<Object>> firstSeries = rows(store, "SELECT * FROM indicator_value");
            store.replaceDocument(doc, obs);

            assertThat(first).hasSize(obs.size());
            assertThat(rows(store, "SELECT * FROM observation")).isEqualTo(first);
            assertThat(rows(store, "SELECT * FROM indicator_value")).isEqualTo(firstSeries).isNotEmpty();
        }
    }

    @Test
    void storesTeenPregnancyRateWithItsSentenceAtPeriodEnd() {
        try (InfluxStore store = new InfluxStore(server.settings("evidence"))) {
            store.ensureDatabase();
            UpdateDocument doc = SeedData.read(SeedData.Q2_2017_18);
            store.replaceDocument(doc, observations(doc));

            List<List<Object>> rows = rows(store, "SELECT value, sentence, period_start FROM observation "
                    + "WHERE indicator = 'teen_pregnancy_rate' AND kind = 'actual'");

            assertThat(rows).singleElement().satisfies(r -> {
                long midnight = java.time.Instant.parse("2017-09-30T00:00:00Z").toEpochMilli();
                assertThat(((Number) r.get(0)).longValue()).isBetween(midnight, midnight + 86_399_999);
                assertThat(r.get(1)).isEqualTo(27.1);
                assertThat((String) r.get(2)).startsWith("Our rate dropped by 4% between Q1 and Q2 to 27.1 per 1000 under 18 women");
                assertThat(r.get(3)).isEqualTo("2017-07-01");
            });
        }
    }

    @Test
    void correctedDocumentReplacesWhatItsPredecessorWrote() {
        try (InfluxStore store = new InfluxStore(server.settings("corrected"))) {
            store.ensureDatabase();
            UpdateDocument doc = SeedData.read(SeedData.Q2_2019_20);
            List<MatchedObservation> all = observations(doc);
            store.replaceDocument(doc, all);
            UpdateDocument other = SeedData.read(SeedData.Q2_2017_18);
            store.replaceDocument(other, observations(other));

            List<MatchedObservation> corrected = all.subList(0, 10);
            store.replaceDocument(doc, corrected);

            assertThat(rows(store, "SELECT count(value) FROM observation WHERE report = '2019-20-Q2'").get(0).get(1)).isEqualTo(10.0);
            assertThat(rows(store, "SELECT count(value) FROM observation WHERE report = '2017-18-Q2'").get(0).get(1))
                    .isEqualTo((double) observations(other).size());
        }
    }

    @Test
    void reconciledSeriesHoldsOneValuePerPeriodWithLosersStillQueryable() {
        try (InfluxStore store = new InfluxStore(server.settings("reconciled"))) {
            store.ensureDatabase();
            for (String name : List.of(SeedData.Q2_2017_18, SeedData.Q2_2019_20)) {
                UpdateDocument doc = SeedData.read(name);
                store.replaceDocument(doc, observations(doc));
            }

            List<List<Object>> teen = rows(store, "SELECT value, kind, period_start FROM indicator_value "
                    + "WHERE indicator = 'teen_pregnancy_rate' AND organisation = 'lbbd'");
            List<List<Object>> teenRaw = rows(store, "SELECT value FROM observation WHERE indicator = 'teen_pregnancy_rate'");
            List<List<Object>> lottery = rows(store, "SELECT value, kind FROM indicator_value WHERE indicator = 'lottery_ticket_sales'");

            // Q2 2016/17 (derived from "15.6% better"), Q1 2017/18 (derived from "dropped by 4%"), Q2 2017/18 (actual)
            assertThat(teen).extracting(r -> r.get(1), r -> r.get(2)).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(32.1, "derived"), org.assertj.core.groups.Tuple.tuple(28.2, "derived"),
                    org.assertj.core.groups.Tuple.tuple(27.1, "actual"));
            assertThat(teenRaw).hasSizeGreaterThanOrEqualTo(teen.size());
            // the 735 tickets of 2017 were a forecast: only the 2019 actual is history
            assertThat(lottery).singleElement().satisfies(r -> assertThat(r.get(1)).isEqualTo(650.0));
        }
    }

    @Test
    void unreachableServerIsReportedWithTheUrl() {
        try (InfluxStore store = new InfluxStore(new InfluxSettings("http://127.0.0.1:9", "x", null, null, null))) {
            assertThatThrownBy(store::ensureDatabase).isInstanceOf(StoreException.class)
                    .hasMessageContaining("http://127.0.0.1:9").hasMessageContaining("yardstick.influx.url");
        }
    }
}
