package dev.yardstick.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.SeedData;
import dev.yardstick.ServiceTestSettings;
import dev.yardstick.ingest.IngestService;
import dev.yardstick.ingest.TargetService;
import dev.yardstick.store.InfluxServer;
import dev.yardstick.store.InfluxStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.influxdb.InfluxDB;
import org.influxdb.InfluxDBFactory;
import org.influxdb.dto.Point;
import org.influxdb.dto.QueryResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every panel, variable and alert query, with Grafana's macros and variables substituted, run
 * against a real influxd holding both seed documents, the project's targets and the service's
 * own metrics. Dashboards are viewed, and rules evaluated, at {@link #NOW}.
 */
@SpringBootTest
class DashboardQueriesTest {

    static final Instant NOW = Instant.parse("2020-06-30T12:00:00Z");
    private static final InfluxServer INFLUX = InfluxServer.start();

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    InfluxStore store;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        ServiceTestSettings.register(registry, INFLUX, "grafana");
        registry.add("management.influx.metrics.export.enabled", () -> "true"); // the pipeline dashboard reads them
        registry.add("yardstick.targets.file", () -> SeedData.dir().resolve("targets.yaml").toString());
        registry.add("yardstick.influx.metrics-database", () -> "grafana_metrics");
        registry.add("management.influx.metrics.export.step", () -> "1s");
        registry.add("yardstick.ingest.seed-on-startup", () -> "true");
        registry.add("yardstick.ingest.seed-dir", () -> SeedData.dir().resolve("updates").toString());
    }

    @AfterAll
    static void stopInflux() {
        INFLUX.close();
    }

    private static boolean metricsArrived;

    /** Runs once the application is up (a static @BeforeAll would run before Spring starts it). */
    @BeforeEach
    void awaitMetrics() throws Exception {
        if (metricsArrived) {
            return;
        }
        // the seeds are ingested at start-up; metrics are pushed every second
        try (InfluxStore metrics = new InfluxStore(INFLUX.settings("grafana_metrics"))) {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                try {
                    String m = metrics.query("SHOW MEASUREMENTS").toString();
                    if (m.contains("yardstick_documents_ingested") && m.contains("yardstick_ingest_latency")) {
                        metricsArrived = true;
                        return;
                    }
                } catch (RuntimeException notYet) {
                    // the database appears with the first push
                }
                Thread.sleep(200);
            }
            throw new AssertionError("the service's metrics never reached InfluxDB");
        }
    }

    /**
     * Every panel shows data under every variable setting tried, and every query returns its
     * columns with data under at least one (the detail dashboard's "prior" query has data for
     * NEET, not for teen pregnancy, which has no prior values: so several indicators are tried).
     */
    @Test
    void everyDashboardQueryReturnsItsColumnsWithData() {
        Map<String, Boolean> queryHadData = new LinkedHashMap<>();
        for (Provisioning.Dashboard d : Provisioning.dashboards()) {
            boolean metricsDashboard = d.uid().equals("yardstick-pipeline");
            Instant to = metricsDashboard ? Instant.now() : NOW;
            Instant from = metricsDashboard ? to.minus(Duration.ofHours(24)) : to.atZone(ZoneOffset.UTC).minusYears(10).toInstant();
            for (Map<String, GrafanaMacros.Value> variables : variableSettings(d, from, to)) {
                for (JsonNode panel : d.panels()) {
                    if (!panel.has("targets")) {
                        continue;
                    }
                    boolean panelHasData = false;
                    for (JsonNode target : panel.get("targets")) {
                        String raw = target.get("query").asString();
                        String query = GrafanaMacros.substitute(raw, from, to, variables);
                        QueryResult.Result result = run(target.get("datasource").get("uid").asString(), query);
                        String what = d.uid() + " / " + panel.get("title").asString() + " / " + target.get("refId").asString();
                        boolean data = result.getSeries() != null && !result.getSeries().isEmpty()
                                && !result.getSeries().get(0).getValues().isEmpty();
                        if (data) {
                            assertThat(result.getSeries().get(0).getColumns()).as(what + ":\n" + query)
                                    .containsAll(GrafanaMacros.expectedColumns(raw));
                        }
                        panelHasData |= data;
                        queryHadData.merge(what, data, Boolean::logicalOr);
                    }
                    assertThat(panelHasData).as("%s / %s shows no data with %s", d.uid(), panel.get("title").asString(), variables).isTrue();
                }
            }
        }
        assertThat(queryHadData).hasSizeGreaterThanOrEqualTo(20);
        assertThat(queryHadData.entrySet()).allSatisfy(e -> assertThat(e.getValue()).as("%s never returned data", e.getKey()).isTrue());
    }

    @Test
    void detailDashboardShowsTheTeenPregnancyEvidenceSentence() {
        Map<String, GrafanaMacros.Value> v = Map.of("organisation", new GrafanaMacros.Value("lbbd", false),
                "indicator", new GrafanaMacros.Value("teen_pregnancy_rate", false));
        Provisioning.Dashboard detail = Provisioning.dashboards().stream().filter(d -> d.uid().equals("yardstick-indicator")).findFirst().orElseThrow();
        JsonNode evidence = detail.panels().stream().filter(p -> p.get("title").asString().startsWith("Evidence")).findFirst().orElseThrow();
        String q = GrafanaMacros.substitute(evidence.get("targets").get(0).get("query").asString(),
                NOW.atZone(ZoneOffset.UTC).minusYears(10).toInstant(), NOW, v);

        assertThat(run(Provisioning.DATASOURCE, q).toString()).contains("Our rate dropped by 4% between Q1 and Q2 to 27.1");
    }

    @Test
    void everyAlertQueryRunsOnTheSeedData() {
        for (JsonNode rule : Provisioning.alertRules()) {
            JsonNode a = rule.get("data").get(0);
            QueryResult.Result result = run(Provisioning.DATASOURCE, alertQuery(a, NOW));
            assertThat(result.getSeries()).as(rule.get("uid").asString()).isNotEmpty();
            result.getSeries().forEach(s -> assertThat(s.getTags()).containsKeys("organisation", "indicator"));
        }
    }

    @Autowired
    TargetService targets;

    @Autowired
    IngestService ingest;

    @Test
    void redRuleFiresForABehindTargetSeriesAndNotForAnOnTargetOne() throws Exception {
        String target = """
                {"unit": "per 1,000", "tolerance": 2, "source": "test", "steps": [{"from": "2019-04-01", "to": "2020-03-31", "value": 28}]}""";
        Map<String, double[]> crafted = Map.of("crafted-behind", new double[] {31, 32, 33}, "crafted-on-target", new double[] {29, 28, 27});
        try (InfluxDB client = InfluxDBFactory.connect(INFLUX.url())) {
            for (var e : crafted.entrySet()) {
                targets.put("teen_pregnancy_rate", e.getKey(), JsonMapper.builder().build().readTree(target));
                String[] ends = {"2019-06-30", "2019-09-30", "2019-12-31"};
                for (int i = 0; i < 3; i++) {
                    client.write("grafana", "autogen", Point.measurement("indicator_value")
                            .time(java.time.LocalDate.parse(ends[i]).atStartOfDay(ZoneOffset.UTC).toEpochSecond(), TimeUnit.SECONDS)
                            .tag("organisation", e.getKey()).tag("indicator", "teen_pregnancy_rate").tag("director", "Test Director")
                            .addField("value", e.getValue()[i]).addField("kind", "actual").build());
                }
                ingest.reassess(e.getKey());
            }
        }
        JsonNode red = Provisioning.alertRules().stream().filter(r -> r.get("uid").asString().equals("yardstick-indicator-red")).findFirst().orElseThrow();
        Map<String, Boolean> firing = evaluate(red, NOW);

        assertThat(firing).containsEntry("crafted-behind/teen_pregnancy_rate", true)
                .containsEntry("crafted-on-target/teen_pregnancy_rate", false)
                .containsEntry("lbbd/lottery_ticket_sales", true);
    }

    /** Grafana's rule: query A, reduce B = last(A) per series, threshold C on B; one instance per series. */
    private Map<String, Boolean> evaluate(JsonNode rule, Instant now) {
        JsonNode data = rule.get("data");
        assertThat(data.get(1).get("model").get("reducer").asString()).isEqualTo("last");
        JsonNode evaluator = data.get(2).get("model").get("conditions").get(0).get("evaluator");
        assertThat(evaluator.get("type").asString()).isEqualTo("gt");
        double threshold = evaluator.get("params").get(0).asDouble();
        Map<String, Boolean> out = new HashMap<>();
        for (QueryResult.Series s : run(Provisioning.DATASOURCE, alertQuery(data.get(0), now)).getSeries()) {
            Double last = null;
            for (List<Object> row : s.getValues()) {
                if (row.get(1) != null) {
                    last = ((Number) row.get(1)).doubleValue();
                }
            }
            out.put(s.getTags().get("organisation") + "/" + s.getTags().get("indicator"), last != null && last > threshold);
        }
        return out;
    }

    private static String alertQuery(JsonNode query, Instant now) {
        long fromSeconds = query.get("relativeTimeRange").get("from").asLong();
        return GrafanaMacros.substitute(query.get("model").get("query").asString(), now.minusSeconds(fromSeconds), now, Map.of());
    }

    /**
     * Values for the dashboard's variables as Grafana would offer them: each variable's own query
     * run with the values chosen before it; "All" for variables that have it, and also the first
     * value, so both kinds of substitution are exercised.
     */
    private List<Map<String, GrafanaMacros.Value>> variableSettings(Provisioning.Dashboard d, Instant from, Instant to) {
        List<Map<String, GrafanaMacros.Value>> settings = new ArrayList<>();
        for (String preferredIndicator : List.of("teen_pregnancy_rate", "neet_quintile", "schools_good_or_better"))
        for (boolean preferAll : new boolean[] {true, false}) {
            Map<String, GrafanaMacros.Value> chosen = new LinkedHashMap<>();
            for (JsonNode v : d.variables()) {
                String name = v.get("name").asString();
                boolean escaped = v.get("multi").asBoolean() || v.get("includeAll").asBoolean();
                String q = GrafanaMacros.substitute(v.get("query").asString(), from, to, chosen);
                List<String> values = new ArrayList<>();
                QueryResult.Result r = run(v.get("datasource").get("uid").asString(), q);
                assertThat(r.getSeries()).as("variable %s of %s offers no values: %s", name, d.uid(), q).isNotEmpty();
                r.getSeries().forEach(s -> s.getValues().forEach(row -> values.add(row.get(1).toString())));
                if (name.equals("indicator") && values.contains(preferredIndicator)) {
                    values.add(0, preferredIndicator);
                }
                if (name.equals("organisation") && values.contains("lbbd")) {
                    values.add(0, "lbbd");
                }
                boolean all = preferAll && v.get("includeAll").asBoolean() && v.has("allValue") && !v.get("allValue").isNull();
                chosen.put(name, all ? new GrafanaMacros.Value(v.get("allValue").asString(), false)
                        : new GrafanaMacros.Value(values.get(0), escaped));
            }
            settings.add(chosen);
        }
        return settings;
    }

    private QueryResult.Result run(String datasource, String query) {
        if (datasource.equals(Provisioning.METRICS_DATASOURCE)) {
            try (InfluxStore metrics = new InfluxStore(INFLUX.settings("grafana_metrics"))) {
                return metrics.query(query).getResults().get(0);
            }
        }
        return store.query(query).getResults().get(0);
    }
}
