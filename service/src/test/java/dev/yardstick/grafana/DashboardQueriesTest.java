package dev.yardstick.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.SeedData;
import dev.yardstick.analysis.IndicatorStatus;
import dev.yardstick.analysis.Rag;
import dev.yardstick.ingest.Assessor;
import dev.yardstick.store.Assessed;
import java.time.LocalDate;
import java.util.Set;
import dev.yardstick.ServiceTestSettings;
import dev.yardstick.ingest.IngestService;
import dev.yardstick.ingest.TargetService;
import dev.yardstick.store.InfluxServer;
import dev.yardstick.store.InfluxStore;
import dev.yardstick.store.ShortSentence;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every panel, variable and alert query, with Grafana's macros and variables substituted, run
 * against a real influxd holding both seed documents, the project's targets and the service's
 * own metrics; the fields Grafana would make of each answer ({@link GrafanaFrames}) checked against
 * what panels name; alert rules evaluated and routed as Grafana would. Everything is judged at the
 * real date, with each dashboard's own default time range, as a newcomer's stack would show it:
 * a fixed clock in the past would hide data growing old.
 */
@SpringBootTest
class DashboardQueriesTest {

    private static final InfluxServer INFLUX = InfluxServer.start();

    @Autowired
    InfluxStore store;

    @Autowired
    Assessor assessor;

    @Autowired
    TargetService targets;

    @Autowired
    IngestService ingest;

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

    /** The labelled corpus's organisation: a council whose update quotes England values. */
    static final String CORPUS_ORGANISATION = "dev";
    /** Its update, from the development corpus, ingested as an upload is: read by the service's own reader. */
    static final String CORPUS_DOCUMENT = "h02.txt";
    /** A catalogued indicator of that update with an England value quoted beside the council's: reablement, 87.2% against 82.7%. */
    static final String ENGLAND_QUOTED = "ascof_reablement_at_home_91_days";

    /** Runs once the application is up (a static @BeforeAll would run before Spring starts it). */
    @BeforeEach
    void awaitMetrics() throws Exception {
        if (metricsArrived) {
            return;
        }
        ingest.ingest(CORPUS_DOCUMENT, CORPUS_ORGANISATION, java.nio.file.Files.readAllBytes(
                Provisioning.root().resolve("service/src/test/resources/corpora/dev/docs").resolve(CORPUS_DOCUMENT)));
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

    /** One panel query as Grafana would run it: the dashboard, variable values, panel, target and answer. */
    record PanelQuery(Provisioning.Dashboard dashboard, Map<String, GrafanaMacros.Value> variables, JsonNode panel, JsonNode target,
                      String query, QueryResult.Result result) {
        boolean hasData() {
            return result.getSeries() != null && !result.getSeries().isEmpty() && !result.getSeries().get(0).getValues().isEmpty();
        }

        String what() {
            return dashboard.uid() + " / " + panel.get("title").asString() + " / " + target.get("refId").asString();
        }

        /** Read under a setting of the seeds' organisation (or all), not the corpus organisation picked for its comparators. */
        boolean seeds() {
            return !variables.containsKey("organisation") || !variables.get("organisation").text().equals(CORPUS_ORGANISATION);
        }
    }

    private static List<List<PanelQuery>> panels;

    /**
     * Every panel of every dashboard under every variable setting tried, its queries run over the
     * default range. Run once: no test changes what the dashboards read (the crafted red series
     * belong to organisations the variables do not offer first).
     */
    private synchronized List<List<PanelQuery>> panels() {
        if (panels != null) {
            return panels;
        }
        List<List<PanelQuery>> out = new ArrayList<>();
        Instant now = Instant.now();
        for (Provisioning.Dashboard d : Provisioning.dashboards()) {
            Instant from = GrafanaMacros.relative(d.json().get("time").get("from").asString(), now);
            Instant to = GrafanaMacros.relative(d.json().get("time").get("to").asString(), now);
            for (Map<String, GrafanaMacros.Value> variables : variableSettings(d, from, to)) {
                for (JsonNode panel : d.panels()) {
                    if (!panel.has("targets")) {
                        continue;
                    }
                    List<PanelQuery> queries = new ArrayList<>();
                    for (JsonNode target : panel.get("targets")) {
                        String query = GrafanaMacros.substitute(target.get("query").asString(), from, to, variables);
                        queries.add(new PanelQuery(d, variables, panel, target, query, run(target.get("datasource").get("uid").asString(), query)));
                    }
                    out.add(queries);
                }
            }
        }
        panels = out;
        return out;
    }

    private static Map<String, List<GrafanaFrames.Field>> fields(List<PanelQuery> panel) {
        Map<String, List<GrafanaFrames.Field>> out = new LinkedHashMap<>();
        panel.forEach(q -> out.put(q.target().get("refId").asString(), GrafanaFrames.fields(q.target(), q.result())));
        return out;
    }

    private static PanelFieldCheck.Result check(List<PanelQuery> panel) {
        return PanelFieldCheck.resolve(panel.get(0).dashboard().uid(), panel.get(0).panel(), fields(panel));
    }

    /**
     * Every panel shows data, over its dashboard's default range, under every variable setting
     * tried, and every query returns its columns with data under at least one (the detail
     * dashboard's "prior" query has data for NEET, not for teen pregnancy, which has no prior
     * values: so several indicators are tried).
     */
    @Test
    void everyDashboardQueryReturnsItsColumnsWithData() {
        Map<String, Boolean> queryHadData = new LinkedHashMap<>();
        for (List<PanelQuery> panel : panels()) {
            boolean panelHasData = false;
            for (PanelQuery q : panel) {
                if (q.hasData()) {
                    assertThat(q.result().getSeries().get(0).getColumns()).as(q.what() + ":\n" + q.query())
                            .containsAll(GrafanaMacros.expectedColumns(q.target().get("query").asString()));
                }
                panelHasData |= q.hasData();
                queryHadData.merge(q.what(), q.hasData(), Boolean::logicalOr);
            }
            PanelQuery first = panel.get(0);
            if (!first.seeds()) {
                continue; // the corpus council has no targets: its settings are there for the comparator and annotation queries
            }
            assertThat(panelHasData).as("%s / %s shows no data with %s", first.dashboard().uid(), first.panel().get("title").asString(),
                    first.variables()).isTrue();
        }
        assertThat(queryHadData).hasSizeGreaterThanOrEqualTo(20);
        assertThat(queryHadData.entrySet()).allSatisfy(e -> assertThat(e.getValue()).as("%s never returned data", e.getKey()).isTrue());
    }

    /**
     * Every override, data link, sort order and transformation names a field that Grafana's
     * InfluxQL data source gives the panel, under at least one variable setting: Grafana silently
     * ignores a name that matches nothing (the detail chart's styles were lost that way).
     */
    @Test
    void everyOverrideLinkAndTransformationNamesAFieldGrafanaGivesThePanel() {
        Map<PanelFieldCheck.Reference, Boolean> resolved = new LinkedHashMap<>();
        for (List<PanelQuery> panel : panels()) {
            check(panel).references().forEach((reference, ok) -> resolved.merge(reference, ok, Boolean::logicalOr));
        }
        assertThat(resolved).hasSizeGreaterThan(30);
        assertThat(resolved.entrySet()).allSatisfy(e -> assertThat(e.getValue()).as("%s names no field Grafana gives the panel", e.getKey())
                .isTrue());
    }

    /** Table headers read as words ("Organisation", "Period end"), not schema names ("organisation", "period_end"). */
    @Test
    void everyTableHeaderReadsAsWords() {
        int headers = 0;
        for (List<PanelQuery> panel : panels()) {
            if (panel.get(0).panel().get("type").asString().equals("table") && panel.stream().anyMatch(PanelQuery::hasData)) {
                for (String header : check(panel).shown()) {
                    assertThat(header).as("%s / %s", panel.get(0).dashboard().uid(), panel.get(0).panel().get("title").asString())
                            .matches("[A-Z][^_]*");
                    headers++;
                }
            }
        }
        assertThat(headers).isGreaterThan(20);
    }

    /** A stat of an indicator's value or gap shows its unit, taken from the data (the unit differs per indicator). */
    @Test
    void indicatorValueStatsShowTheirUnit() {
        int stats = 0;
        for (List<PanelQuery> panel : panels()) {
            JsonNode p = panel.get(0).panel();
            boolean valueOrGap = panel.stream().anyMatch(q -> q.query().matches("(?s).*last\\(\"(value|gap)\"\\).*"));
            if (p.get("type").asString().equals("stat") && valueOrGap) {
                assertThat(check(panel).references().entrySet()).as(p.get("title").asString())
                        .anyMatch(e -> e.getKey().where().equals("configFromData.unit from") && e.getValue());
                stats++;
            }
        }
        assertThat(stats).isGreaterThanOrEqualTo(2 * 6);
    }

    /** Legends and tooltips show names a person reads, never Grafana's raw {@code measurement.field { tags }}. */
    @Test
    void everyTimeSeriesIsNamedForPeople() {
        int named = 0;
        for (List<PanelQuery> panel : panels()) {
            if (!panel.get(0).panel().get("type").asString().equals("timeseries")) {
                continue;
            }
            for (PanelQuery q : panel) {
                for (GrafanaFrames.Field f : GrafanaFrames.fields(q.target(), q.result())) {
                    assertThat(f.displayName()).as(q.what()).doesNotContain("$").doesNotContain(" { ")
                            .doesNotStartWith(q.result().getSeries().get(0).getName() + ".");
                    named++;
                }
            }
        }
        assertThat(named).isPositive();
    }

    /** The README's promise: actuals, prior and derived points apart, the target dashed and stepped, red beyond dotted. */
    @Test
    void detailChartGivesEachLineTheNameItsStyleIsFor() {
        Provisioning.Dashboard detail = dashboard("yardstick-indicator");
        JsonNode chart = detail.panels().stream().filter(p -> p.get("id").asInt() == 1).findFirst().orElseThrow();
        List<String> styled = new ArrayList<>();
        chart.get("fieldConfig").get("overrides").forEach(o -> styled.add(o.get("matcher").get("options").asString()));
        assertThat(styled).contains("actual", "prior", "derived", "target", "red beyond");

        List<String> names = new ArrayList<>();
        Instant now = Instant.now();
        for (String indicator : List.of("teen_pregnancy_rate", "neet_quintile", "lottery_ticket_sales")) {
            Map<String, GrafanaMacros.Value> v = Map.of("organisation", new GrafanaMacros.Value("lbbd", false),
                    "indicator", new GrafanaMacros.Value(indicator, false));
            for (JsonNode target : chart.get("targets")) {
                String q = GrafanaMacros.substitute(target.get("query").asString(), GrafanaMacros.relative("now-15y", now), now, v);
                GrafanaFrames.fields(target, run(Provisioning.DATASOURCE, q)).forEach(f -> names.add(f.displayName()));
            }
        }
        assertThat(names).contains("actual", "target", "red beyond").containsAnyOf("prior", "derived");
        assertThat(styled).containsAll(new java.util.TreeSet<>(names));
    }

    /** The default range of each indicator dashboard reaches back to the oldest value and evidence it would show. */
    @Test
    void defaultRangeShowsTheOldestValueAndEvidence() {
        Instant now = Instant.now();
        Instant oldest = now;
        for (String measurement : List.of("indicator_value", "indicator_status", "observation")) {
            QueryResult.Result r = run(Provisioning.DATASOURCE, "SELECT first(\"value\") FROM \"" + measurement + "\"");
            Instant first = Instant.ofEpochMilli(((Number) r.getSeries().get(0).getValues().get(0).get(0)).longValue());
            oldest = first.isBefore(oldest) ? first : oldest;
        }
        for (Provisioning.Dashboard d : Provisioning.dashboards()) {
            if (!d.uid().equals("yardstick-pipeline")) {
                assertThat(GrafanaMacros.relative(d.json().get("time").get("from").asString(), now)).as(d.uid()).isBefore(oldest);
            }
        }
    }

    @Test
    void detailDashboardShowsTheTeenPregnancyEvidenceSentence() {
        Map<String, GrafanaMacros.Value> v = Map.of("organisation", new GrafanaMacros.Value("lbbd", false),
                "indicator", new GrafanaMacros.Value("teen_pregnancy_rate", false));
        Provisioning.Dashboard detail = dashboard("yardstick-indicator");
        JsonNode evidence = detail.panels().stream().filter(p -> p.get("title").asString().startsWith("Evidence")).findFirst().orElseThrow();
        Instant now = Instant.now();
        String q = GrafanaMacros.substitute(evidence.get("targets").get(0).get("query").asString(),
                GrafanaMacros.relative(detail.json().get("time").get("from").asString(), now), now, v);

        assertThat(run(Provisioning.DATASOURCE, q).toString()).contains("Our rate dropped by 4% between Q1 and Q2 to 27.1");
    }

    @Test
    void everyAlertQueryRunsOnTheSeedData() {
        for (JsonNode rule : Provisioning.alertRules()) {
            QueryResult.Result result = run(Provisioning.DATASOURCE, AlertRules.query(rule, Instant.now()));
            assertThat(result.getSeries()).as(rule.get("uid").asString()).isNotEmpty();
            result.getSeries().forEach(s -> assertThat(s.getTags()).containsKeys("organisation", "indicator", "theme", "director"));
        }
    }

    /**
     * On the shipped data, today, each rule fires for exactly the indicators the service itself
     * reports for that reason ({@code /api/alerts}): the red indicator included, however old its
     * latest value, and no provisional indicator (no target, no alert).
     */
    @Test
    void everyAlertRuleFiresTodayForWhatTheServiceReports() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<Assessed> latest = new ArrayList<>(assessor.latest("lbbd"));
        latest.addAll(assessor.latest(CORPUS_ORGANISATION));
        Map<String, java.util.function.Predicate<IndicatorStatus>> reasons = Map.of(
                "yardstick-indicator-red", s -> s.rag() == Rag.RED,
                "yardstick-forecast-miss", IndicatorStatus::forecastMiss,
                "yardstick-spc-concern", IndicatorStatus::spcConcern,
                "yardstick-indicator-stale", s -> s.staleOn(today) && !s.indicator().provisional());
        for (var e : reasons.entrySet()) {
            JsonNode rule = AlertRules.rule(e.getKey());
            Set<String> firing = firing(rule, Instant.now());
            Set<String> reported = new java.util.TreeSet<>();
            latest.stream().filter(a -> e.getValue().test(a.status()))
                    .forEach(a -> reported.add(a.status().organisation() + "/" + a.status().indicator().id()));
            assertThat(firing).as(e.getKey()).isEqualTo(reported);
        }
        assertThat(firing(AlertRules.rule("yardstick-indicator-red"), Instant.now())).contains("lbbd/lottery_ticket_sales");
    }

    /** Status arrives only when an update does (quarterly at best): the rules read the latest status, however old. */
    @Test
    void statusRulesKeepFiringAsTheLatestStatusAges() {
        Instant later = Instant.now().atZone(ZoneOffset.UTC).plusYears(5).toInstant();
        for (String uid : List.of("yardstick-indicator-red", "yardstick-forecast-miss", "yardstick-spc-concern")) {
            JsonNode rule = AlertRules.rule(uid);
            assertThat(firing(rule, later)).as(uid).isEqualTo(firing(rule, Instant.now()));
        }
        assertThat(firing(AlertRules.rule("yardstick-indicator-red"), later)).contains("lbbd/lottery_ticket_sales");
    }

    /**
     * A rule's time range must always hold the newest point of what it reads. Status points are
     * written when an update arrives, at the period end they describe, so any range would
     * eventually miss them: those rules must not filter by time. Freshness points are written
     * hourly, timestamped at 00:00 UTC of the day: the newest can be a day plus an hour (the
     * recorder's interval) plus one evaluation interval old.
     */
    @Test
    void everyAlertRuleLooksBackFurtherThanItsDataCanBeOld() {
        QueryResult.Result freshness = run(Provisioning.DATASOURCE, "SELECT \"stale\" FROM \"indicator_freshness\"");
        freshness.getSeries().forEach(s -> s.getValues().forEach(row ->
                assertThat(((Number) row.get(0)).longValue() % Duration.ofDays(1).toMillis()).as("freshness points sit on day boundaries").isZero()));
        for (JsonNode group : AlertRules.groups()) {
            Duration evaluation = NotificationPolicy.duration(group.get("interval").asString());
            for (JsonNode rule : group.get("rules")) {
                String query = rule.get("data").get(0).get("model").get("query").asString();
                if (query.contains("\"indicator_freshness\"")) {
                    assertThat(AlertRules.range(rule)).as(rule.get("uid").asString())
                            .isGreaterThanOrEqualTo(Duration.ofDays(1).plusHours(1).plus(evaluation));
                } else {
                    assertThat(query).as(rule.get("uid").asString() + " reads points that arrive only with updates").doesNotContain("$timeFilter");
                }
            }
        }
    }

    /**
     * Day one of a stack on the shipped data: every seeded indicator is stale (the seeds are years
     * old). That is one message per council, not one per indicator; and the other rules' alerts
     * go out grouped by director, each group once.
     */
    @Test
    void dayOneSendsOneStaleMessagePerOrganisation() {
        NotificationPolicy policy = NotificationPolicy.provisioned();
        List<Map<String, String>> stale = new ArrayList<>();
        List<Map<String, String>> all = new ArrayList<>();
        for (JsonNode rule : Provisioning.alertRules()) {
            for (AlertRules.Instance i : AlertRules.evaluate(rule, AlertRules.folder(rule), Instant.now(), q -> run(Provisioning.DATASOURCE, q)).values()) {
                if (i.firing() && i.key().startsWith("lbbd/")) {
                    all.add(i.labels());
                    if (rule.get("uid").asString().equals("yardstick-indicator-stale")) {
                        stale.add(i.labels());
                    }
                }
            }
        }
        assertThat(stale).hasSizeGreaterThan(30);
        assertThat(policy.groups(stale)).hasSize(1);
        NotificationPolicy.Route staleRoute = policy.route(stale.get(0));
        assertThat(staleRoute.groupWait()).as("time for one evaluation to gather every stale indicator").isGreaterThanOrEqualTo(Duration.ofMinutes(5));
        assertThat(staleRoute.groupInterval()).as("indicators going stale later are batched daily").isGreaterThanOrEqualTo(Duration.ofHours(24));
        assertThat(policy.groups(all).size()).as("day-one messages: %s", policy.groups(all)).isLessThan(all.size() / 3);
    }

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
                            .time(LocalDate.parse(ends[i]).atStartOfDay(ZoneOffset.UTC).toEpochSecond(), TimeUnit.SECONDS)
                            .tag("organisation", e.getKey()).tag("indicator", "teen_pregnancy_rate").tag("director", "Test Director")
                            .addField("value", e.getValue()[i]).addField("kind", "actual").build());
                }
                ingest.reassess(e.getKey());
            }
        }
        Map<String, AlertRules.Instance> red = AlertRules.evaluate(AlertRules.rule("yardstick-indicator-red"), "Corporate Plan", Instant.now(),
                q -> run(Provisioning.DATASOURCE, q));

        assertThat(red.get("crafted-behind/teen_pregnancy_rate").firing()).isTrue();
        assertThat(red.get("crafted-on-target/teen_pregnancy_rate").firing()).isFalse();
        assertThat(red.get("lbbd/lottery_ticket_sales").firing()).isTrue();
    }

    private static Map<String, GrafanaMacros.Value> chosen(String organisation, String indicator) {
        return Map.of("organisation", new GrafanaMacros.Value(organisation, false), "indicator", new GrafanaMacros.Value(indicator, false));
    }

    /** The annotations a dashboard's provisioned query gives under these variables, over its default range. */
    private List<GrafanaAnnotations.Event> annotations(Provisioning.Dashboard d, Map<String, GrafanaMacros.Value> variables) {
        JsonNode annotation = d.json().get("annotations").get("list").get(0);
        Instant now = Instant.now();
        String q = GrafanaMacros.substitute(annotation.get("query").asString(), GrafanaMacros.relative(d.json().get("time").get("from").asString(), now),
                GrafanaMacros.relative(d.json().get("time").get("to").asString(), now), variables);
        return GrafanaAnnotations.events(annotation, run(annotation.get("datasource").get("uid").asString(), q));
    }

    /** The issue's example: the value 27.1 at 30 September 2017 carries the sentence it came from, its kind, quarter and document. */
    @Test
    void teenPregnancyDetailChartIsAnnotatedWithTheSentenceThatGave27Point1() {
        List<GrafanaAnnotations.Event> events = annotations(dashboard("yardstick-indicator"), chosen("lbbd", "teen_pregnancy_rate"));

        assertThat(events).anySatisfy(e -> {
            assertThat(Instant.ofEpochMilli(e.time()).atZone(ZoneOffset.UTC).toLocalDate()).isEqualTo(LocalDate.of(2017, 9, 30));
            assertThat(e.text().toString()).contains("Our rate dropped by 4% between Q1 and Q2 to 27.1");
            assertThat(e.tags()).contains("actual", "2017-18-Q2", SeedData.Q2_2017_18);
        });
        QueryResult.Result own = run(Provisioning.DATASOURCE, "SELECT count(\"value\") FROM \"observation\" WHERE \"organisation\" = 'lbbd'"
                + " AND \"indicator\" = 'teen_pregnancy_rate' AND \"scope\" = 'own'");
        assertThat(events).as("one annotation per value the updates gave").hasSize(((Number) own.getSeries().get(0).getValues().get(0).get(1)).intValue());
        assertThat(events).allSatisfy(e -> assertThat(e.text().toString()).isNotBlank().hasSizeLessThanOrEqualTo(ShortSentence.LIMIT));
    }

    /**
     * Each annotation query runs on the seeds and on the corpus update, gives text and tags from
     * the columns it names (Grafana matches them by substring, so a wrong name fails silently),
     * is drawn only on trend panels of its dashboard, and has a toggle of its own.
     */
    @Test
    void everyAnnotationQueryGivesTextAndTagsOnTheTrendPanels() {
        int dashboards = 0;
        for (Provisioning.Dashboard d : Provisioning.dashboards()) {
            for (JsonNode annotation : d.json().path("annotations").path("list")) {
                dashboards++;
                assertThat(annotation.get("datasource").get("uid").asString()).isEqualTo(Provisioning.DATASOURCE);
                assertThat(annotation.get("enable").asBoolean()).isTrue();
                assertThat(annotation.get("hide").asBoolean()).as("the toggle is shown").isFalse();
                List<Integer> trendPanels = d.panels().stream().filter(p -> p.get("type").asString().equals("timeseries"))
                        .map(p -> p.get("id").asInt()).toList();
                annotation.get("filter").get("ids").forEach(id -> assertThat(trendPanels).contains(id.asInt()));
                for (String organisation : List.of("lbbd", CORPUS_ORGANISATION)) {
                    String indicator = organisation.equals("lbbd") ? "teen_pregnancy_rate" : ENGLAND_QUOTED;
                    Map<String, GrafanaMacros.Value> v = new LinkedHashMap<>(chosen(organisation, indicator));
                    d.variables().forEach(variable -> v.putIfAbsent(variable.get("name").asString(), new GrafanaMacros.Value(".*", false)));
                    Instant now = Instant.now();
                    String q = GrafanaMacros.substitute(annotation.get("query").asString(), GrafanaMacros.relative("now-15y", now), now, v);
                    GrafanaAnnotations.Table table = GrafanaAnnotations.table(run(Provisioning.DATASOURCE, q));
                    for (String tag : annotation.get("tagsColumn").asString().split(",")) {
                        assertThat(table.columns()).as(d.uid() + " tag column " + tag).anyMatch(c -> c.contains(tag));
                    }
                    assertThat(table.columns()).as(d.uid()).anyMatch(c -> c.contains(annotation.get("textColumn").asString()));
                    List<GrafanaAnnotations.Event> events = GrafanaAnnotations.events(annotation, run(Provisioning.DATASOURCE, q));
                    assertThat(events).as(d.uid() + " " + organisation).isNotEmpty().allSatisfy(e -> {
                        assertThat(e.text()).isInstanceOf(String.class);
                        assertThat(e.tags()).containsAnyOf("actual", "prior", "derived", "target", "forecast");
                    });
                }
            }
        }
        assertThat(dashboards).isEqualTo(2);
    }

    /** An indicator whose update quotes an England value gets the England line beside the council's, named and styled. */
    @Test
    void anIndicatorWithAQuotedEnglandValueShowsTheEnglandLine() {
        for (String uid : List.of("yardstick-indicator", "yardstick-challenge")) {
            List<PanelQuery> chart = panels().stream().filter(p -> p.get(0).dashboard().uid().equals(uid) && !p.get(0).seeds()
                    && p.get(0).panel().get("type").asString().equals("timeseries")
                    && p.get(0).variables().get("indicator").text().contains(ENGLAND_QUOTED)
                    && p.stream().anyMatch(q -> q.query().contains("\"scope\" =~"))).findFirst().orElseThrow();
            PanelFieldCheck.Result check = check(chart);
            assertThat(check.shown()).as(uid).contains("england average");
            assertThat(check.references().entrySet()).as(uid).anyMatch(e -> e.getKey().name().equals("england average") && e.getValue())
                    .anyMatch(e -> e.getKey().where().equals("override byRegexp") && e.getValue());
            PanelQuery comparators = chart.stream().filter(q -> q.query().contains("\"scope\" =~")).findFirst().orElseThrow();
            assertThat(comparators.result().getSeries().get(0).getValues()).anySatisfy(row -> assertThat((Double) row.get(1)).isEqualTo(82.7));
        }
    }

    /**
     * The overview shows, for the corpus council, the latest England value its update quotes and
     * the gap to it in words judged by polarity (reablement is higher-better: 87.2% against 82.7%
     * is better), coloured by the gap column's mappings; region and neighbour columns are offered
     * under readable headers.
     */
    @Test
    void overviewShowsTheLatestEnglandValueAndTheGapJudgedByPolarity() {
        List<PanelQuery> table = panels().stream().filter(p -> p.get(0).dashboard().uid().equals("yardstick-overview") && !p.get(0).seeds()
                && p.get(0).panel().get("title").asString().startsWith("Every indicator")).findFirst().orElseThrow();
        assertThat(check(table).shown()).contains("England (latest)", "Gap to England", "Region (latest)", "Gap to region",
                "Neighbours (latest)", "Gap to neighbours");
        QueryResult.Series reablement = table.get(0).result().getSeries().stream()
                .filter(s -> s.getTags().get("indicator").equals(ENGLAND_QUOTED)).findFirst().orElseThrow();
        List<String> columns = reablement.getColumns();
        List<Object> row = reablement.getValues().get(0);
        assertThat(row.get(columns.indexOf("england"))).isEqualTo(82.7);
        String words = (String) row.get(columns.indexOf("england_gap"));
        assertThat(words).isEqualTo("4.5 percentage points above England, better");

        JsonNode gapOverride = null;
        for (JsonNode o : table.get(0).panel().get("fieldConfig").get("overrides")) {
            if (GrafanaFrames.jsRegex(o.get("matcher").get("options").asString()).matcher("Gap to England").find()) {
                gapOverride = o;
            }
        }
        assertThat(gapOverride).as("an override colours the gap to England").isNotNull();
        Map<String, String> colourByPattern = new LinkedHashMap<>();
        gapOverride.get("properties").forEach(p -> {
            if (p.get("id").asString().equals("mappings")) {
                p.get("value").forEach(m -> {
                    if (m.get("type").asString().equals("regex")) {
                        colourByPattern.put(m.get("options").get("pattern").asString(), m.get("options").get("result").get("color").asString());
                    }
                });
            }
        });
        assertThat(colourByPattern.entrySet()).filteredOn(e -> GrafanaFrames.jsRegex(e.getKey()).matcher(words).find())
                .extracting(Map.Entry::getValue).containsExactly("green");
        assertThat(colourByPattern.entrySet()).filteredOn(e -> GrafanaFrames.jsRegex(e.getKey()).matcher("1 percentage point below England, worse").find())
                .extracting(Map.Entry::getValue).containsExactly("red");
    }

    /** The change tile reads as words with the reading explicit, coloured by whether the change is for the better. */
    @Test
    void changeTileShowsTheChangeInWordsColouredByPolarity() {
        Provisioning.Dashboard detail = dashboard("yardstick-indicator");
        JsonNode tile = detail.panels().stream().filter(p -> p.get("title").asString().startsWith("Change since")).findFirst().orElseThrow();
        List<String> words = new ArrayList<>();
        for (String indicator : List.of("teen_pregnancy_rate", "neet_quintile", "lottery_ticket_sales", "schools_good_or_better")) {
            Instant now = Instant.now();
            String q = GrafanaMacros.substitute(tile.get("targets").get(0).get("query").asString(), GrafanaMacros.relative("now-15y", now), now,
                    chosen("lbbd", indicator));
            QueryResult.Result r = run(Provisioning.DATASOURCE, q);
            if (r.getSeries() != null && r.getSeries().get(0).getValues().get(0).get(1) != null) {
                words.add(r.getSeries().get(0).getValues().get(0).get(1).toString());
            }
        }
        assertThat(words).isNotEmpty();
        List<java.util.regex.Pattern> colours = new ArrayList<>();
        tile.get("fieldConfig").get("defaults").get("mappings").forEach(m -> {
            if (m.get("type").asString().equals("regex")) {
                colours.add(GrafanaFrames.jsRegex(m.get("options").get("pattern").asString()));
            }
        });
        assertThat(words).allSatisfy(w -> assertThat(colours).as(w).anyMatch(p -> p.matcher(w).find()));
    }

    /**
     * Quarterly data drawn honestly: points always, a gap longer than a quarter breaks the line
     * (Grafana's insertNulls, with spanNulls off), target lines kept whole as steps, and the range
     * reaching past today so a target's future part shows to its date.
     */
    @Test
    void trendPanelsBreakTheLineAtAMissingQuarterAndDrawTargetsAsSteps() {
        long quarter = Duration.ofDays(92).toMillis();
        for (String uid : List.of("yardstick-indicator", "yardstick-challenge")) {
            Provisioning.Dashboard d = dashboard(uid);
            assertThat(GrafanaMacros.relative(d.json().get("time").get("to").asString(), Instant.now())).isAfter(Instant.now().plus(Duration.ofDays(365)));
            JsonNode chart = d.panels().stream().filter(p -> p.get("title").asString().contains("against target")).findFirst().orElseThrow();
            JsonNode custom = chart.get("fieldConfig").get("defaults").get("custom");
            assertThat(custom.get("showPoints").asString()).isEqualTo("always");
            assertThat(custom.get("spanNulls").asBoolean()).isFalse();
            assertThat(custom.get("insertNulls").asLong()).isGreaterThan(quarter).isLessThan(2 * Duration.ofDays(90).toMillis());
            JsonNode target = null;
            for (JsonNode o : chart.get("fieldConfig").get("overrides")) {
                if (o.get("matcher").get("options").asString().equals("target")) {
                    target = o;
                }
            }
            assertThat(target).isNotNull();
            assertThat(target.get("properties").toString()).contains("\"custom.lineInterpolation\",\"value\":\"stepAfter\"")
                    .contains("\"custom.insertNulls\",\"value\":false");
        }
    }

    /**
     * The README's picture: the detail chart of teen pregnancy drawn ({@link PanelPicture}) from
     * the rows its own queries and annotation query return on the seeds. Written to
     * {@code target/}; with {@code -Dyardstick.docs-picture=true} also to {@code docs/}.
     */
    @Test
    void drawsTheDetailChartFromItsQueryResults() throws Exception {
        Provisioning.Dashboard detail = dashboard("yardstick-indicator");
        JsonNode chart = detail.panels().stream().filter(p -> p.get("id").asInt() == 1).findFirst().orElseThrow();
        Map<String, GrafanaMacros.Value> v = chosen("lbbd", "teen_pregnancy_rate");
        Instant now = Instant.now();
        Map<String, List<long[]>> rows = new LinkedHashMap<>();
        for (JsonNode target : chart.get("targets")) {
            String q = GrafanaMacros.substitute(target.get("query").asString(), GrafanaMacros.relative("now-15y", now), now, v);
            QueryResult.Result r = run(Provisioning.DATASOURCE, q);
            for (QueryResult.Series s : r.getSeries() == null ? List.<QueryResult.Series>of() : r.getSeries()) {
                for (int c = 1; c < s.getColumns().size(); c++) {
                    for (List<Object> row : s.getValues()) {
                        if (row.get(c) != null) {
                            rows.computeIfAbsent(s.getColumns().get(c), k -> new ArrayList<>())
                                    .add(new long[] {((Number) row.get(0)).longValue(), Math.round(((Number) row.get(c)).doubleValue() * 1000)});
                        }
                    }
                }
            }
        }
        Map<Long, String> words = new java.util.TreeMap<>();
        long shown = 0;
        for (GrafanaAnnotations.Event e : annotations(detail, v)) {
            words.put(e.time(), e.text() + "  [" + String.join(", ", e.tags()) + "]");
            if (e.text().toString().contains("27.1")) {
                shown = e.time();
            }
        }
        List<PanelPicture.Series> series = List.of(
                new PanelPicture.Series("actual", new java.awt.Color(0x37, 0x87, 0xE6), false, null, rows.get("actual")),
                new PanelPicture.Series("target", new java.awt.Color(0x56, 0xA6, 0x4B), true, new float[] {10, 10}, rows.get("target")),
                new PanelPicture.Series("red beyond", new java.awt.Color(0xE0, 0x2F, 0x44), true, new float[] {2, 4}, rows.get("red beyond")));
        java.nio.file.Path png = java.nio.file.Path.of("target", "indicator-detail-teen-pregnancy.png");
        PanelPicture.draw("teen_pregnancy_rate (lbbd): actuals against target, with what the update said", series, words, shown,
                chart.get("fieldConfig").get("defaults").get("custom").get("insertNulls").asLong(), png);

        assertThat(rows.get("actual")).isNotEmpty();
        assertThat(shown).isPositive();
        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isEqualTo(960);
        if (Boolean.getBoolean("yardstick.docs-picture")) {
            java.nio.file.Path docs = Provisioning.root().resolve("docs");
            java.nio.file.Files.createDirectories(docs);
            java.nio.file.Files.copy(png, docs.resolve(png.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Set<String> firing(JsonNode rule, Instant at) {
        Set<String> out = new java.util.TreeSet<>();
        AlertRules.evaluate(rule, AlertRules.folder(rule), at, q -> run(Provisioning.DATASOURCE, q)).values().stream()
                .filter(AlertRules.Instance::firing).filter(i -> !i.key().startsWith("crafted-")).forEach(i -> out.add(i.key()));
        return out;
    }

    private static Provisioning.Dashboard dashboard(String uid) {
        return Provisioning.dashboards().stream().filter(d -> d.uid().equals(uid)).findFirst().orElseThrow();
    }

    /**
     * Values for the dashboard's variables as Grafana would offer them: each variable's own query
     * run with the values chosen before it; "All" for variables that have it, and also the first
     * value, so both kinds of substitution are exercised.
     */
    private List<Map<String, GrafanaMacros.Value>> variableSettings(Provisioning.Dashboard d, Instant from, Instant to) {
        List<Map<String, GrafanaMacros.Value>> settings = new ArrayList<>();
        for (String preference : List.of("lbbd/teen_pregnancy_rate", "lbbd/neet_quintile", "lbbd/schools_good_or_better",
                CORPUS_ORGANISATION + "/" + ENGLAND_QUOTED))
        for (boolean preferAll : new boolean[] {true, false}) {
            String preferredOrganisation = preference.substring(0, preference.indexOf('/'));
            String preferredIndicator = preference.substring(preference.indexOf('/') + 1);
            boolean corpus = !preferredOrganisation.equals("lbbd");
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
                if (name.equals("organisation") && values.contains(preferredOrganisation)) {
                    values.add(0, preferredOrganisation);
                }
                boolean all = preferAll && v.get("includeAll").asBoolean() && v.has("allValue") && !v.get("allValue").isNull()
                        && !(corpus && (name.equals("organisation") || name.equals("indicator")));
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
