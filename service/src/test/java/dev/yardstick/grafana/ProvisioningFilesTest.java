package dev.yardstick.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.analysis.Direction;
import dev.yardstick.store.Schema;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What Grafana would load, checked without Grafana: parse, uids, references, names, variables, rule metadata. */
class ProvisioningFilesTest {

    private static final Pattern QUOTED = Pattern.compile("(AS\\s+)?\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern FROM = Pattern.compile("FROM\\s+\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?(\\w+)");
    private static final Set<String> GRAFANA_BUILT_INS = Set.of("timeFilter", "__interval", "__timeFilter", "__data", "__url_time_range");

    @Test
    void everyProvisioningFileParsesAndDeclaresApiVersion1() {
        for (String dir : List.of("datasources", "dashboards", "alerting")) {
            List<Path> files = Provisioning.files(Provisioning.grafana().resolve("provisioning").resolve(dir), ".yaml");
            assertThat(files).as(dir).isNotEmpty();
            files.forEach(f -> assertThat(Provisioning.yaml(f).get("apiVersion").asInt()).as(f.toString()).isEqualTo(1));
        }
        assertThat(Provisioning.dashboards()).hasSize(4);
    }

    @Test
    void dashboardsHaveFixedUniqueUidsAndAreFilesNotUiEdits() {
        Set<String> uids = new HashSet<>();
        Set<String> titles = new HashSet<>();
        for (Provisioning.Dashboard d : Provisioning.dashboards()) {
            assertThat(d.uid()).as(d.file().toString()).matches("yardstick-[a-z-]+");
            assertThat(uids.add(d.uid())).as("uid %s is unique", d.uid()).isTrue();
            assertThat(titles.add(d.json().get("title").asString())).isTrue();
            assertThat(d.json().get("editable").asBoolean()).isFalse();
            assertThat(d.json().get("tags").size()).isPositive();
            // quarters follow the April-March financial year (month index 3 = April)
            assertThat(d.json().get("fiscalYearStartMonth").asInt()).isEqualTo(3);
            assertThat(d.json().get("time").get("from").asString()).isNotBlank();
        }
        JsonNode provider = Provisioning.yaml(Provisioning.grafana().resolve("provisioning/dashboards/yardstick.yaml")).get("providers").get(0);
        assertThat(provider.get("allowUiUpdates").asBoolean()).isFalse();
        assertThat(provider.get("options").get("path").asString()).isEqualTo("/etc/grafana/dashboards");
    }

    /** Moving between indicator dashboards keeps the same span; DashboardQueriesTest checks it reaches the oldest value. */
    @Test
    void indicatorDashboardsShowTheSameSeveralFinancialYearsByDefault() {
        Set<String> ranges = new HashSet<>();
        for (Provisioning.Dashboard d : Provisioning.dashboards()) {
            if (!d.uid().equals("yardstick-pipeline")) {
                ranges.add(d.json().get("time").get("from").asString());
            }
        }
        assertThat(ranges).hasSize(1);
        assertThat(ranges.iterator().next()).matches("now-(1\\d|[2-9]\\d)y");
    }

    @Test
    void everyDatasourceReferenceIsAProvisionedUid() {
        Set<String> provisioned = new HashSet<>();
        Provisioning.yaml(Provisioning.grafana().resolve("provisioning/datasources/influxdb.yaml")).get("datasources")
                .forEach(ds -> provisioned.add(ds.get("uid").asString()));
        assertThat(provisioned).containsExactlyInAnyOrder(Provisioning.DATASOURCE, Provisioning.METRICS_DATASOURCE);
        for (Provisioning.Dashboard d : Provisioning.dashboards()) {
            for (JsonNode p : d.panels()) {
                if (p.has("datasource")) {
                    assertThat(provisioned).as("%s panel %s", d.uid(), p.get("title")).contains(p.get("datasource").get("uid").asString());
                }
                if (p.has("targets")) {
                    p.get("targets").forEach(t -> assertThat(provisioned).contains(t.get("datasource").get("uid").asString()));
                }
            }
            d.variables().forEach(v -> assertThat(provisioned).contains(v.get("datasource").get("uid").asString()));
        }
        for (JsonNode rule : Provisioning.alertRules()) {
            rule.get("data").forEach(q -> assertThat(q.get("datasourceUid").asString()).isIn(Provisioning.DATASOURCE, "__expr__"));
        }
    }

    @Test
    void everyMeasurementTagAndFieldNamedInAQueryIsInTheSchema() throws Exception {
        Set<String> measurements = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Class<?> c : Schema.class.getDeclaredClasses()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                    (f.getName().equals("MEASUREMENT") ? measurements : names).add((String) f.get(null));
                }
            }
        }
        List<String> queries = new ArrayList<>();
        for (Provisioning.Dashboard d : Provisioning.dashboards()) {
            for (JsonNode p : d.panels()) {
                if (p.has("targets") && p.get("datasource").get("uid").asString().equals(Provisioning.DATASOURCE)) {
                    p.get("targets").forEach(t -> queries.add(t.get("query").asString()));
                }
            }
            d.variables().forEach(v -> queries.add(v.get("query").asString()));
        }
        Provisioning.alertRules().forEach(r -> queries.add(r.get("data").get(0).get("model").get("query").asString()));

        for (String q : queries) {
            Matcher from = FROM.matcher(q);
            while (from.find()) {
                assertThat(measurements).as("measurement in: %s", q).contains(from.group(1));
            }
            Set<String> aliases = new HashSet<>();
            Matcher a = QUOTED.matcher(q);
            while (a.find()) {
                if (a.group(1) != null) {
                    aliases.add(a.group(2)); // a subquery's alias, usable by the outer query
                }
            }
            Matcher m = QUOTED.matcher(q);
            while (m.find()) {
                if (m.group(1) == null && !measurements.contains(m.group(2)) && !aliases.contains(m.group(2))) {
                    assertThat(names).as("tag or field in: %s", q).contains(m.group(2));
                }
            }
        }
        assertThat(queries).hasSizeGreaterThan(20);
    }

    @Test
    void everyVariableAQueryUsesIsDefined() {
        for (Provisioning.Dashboard d : Provisioning.dashboards()) {
            Set<String> defined = new HashSet<>(GRAFANA_BUILT_INS);
            d.variables().forEach(v -> defined.add(v.get("name").asString()));
            List<String> texts = new ArrayList<>();
            for (JsonNode p : d.panels()) {
                texts.add(p.get("title").asString());
                if (p.has("targets")) {
                    p.get("targets").forEach(t -> texts.add(t.get("query").asString()));
                }
                if (p.has("repeat")) {
                    texts.add("$" + p.get("repeat").asString());
                }
            }
            d.variables().forEach(v -> texts.add(v.get("query").asString()));
            for (String text : texts) {
                Matcher m = VARIABLE.matcher(text);
                while (m.find()) {
                    assertThat(defined).as("%s uses $%s in: %s", d.uid(), m.group(1), text).contains(m.group(1));
                }
            }
        }
    }

    /**
     * Every direction of travel the service writes has a label and arrow in every table showing
     * it (overrides and links are checked against Grafana's field names in DashboardQueriesTest).
     */
    @Test
    void everyDirectionTheServiceWritesIsMappedWhereverDirectionIsShown() {
        int tables = 0;
        for (Provisioning.Dashboard d : Provisioning.dashboards()) {
            for (JsonNode p : d.panels()) {
                for (JsonNode o : p.path("fieldConfig").path("overrides")) {
                    if (o.get("matcher").get("options").asString().equals("Direction")) {
                        Set<String> mapped = new HashSet<>();
                        o.get("properties").forEach(prop -> prop.path("value").forEach(m -> m.path("options").propertyNames().forEach(mapped::add)));
                        for (Direction direction : Direction.values()) {
                            assertThat(mapped).as("%s / %s", d.uid(), p.get("title").asString()).contains(direction.label());
                        }
                        tables++;
                    }
                }
            }
        }
        assertThat(tables).as("overview (catalogued and provisional tables), challenge session").isEqualTo(3);
    }

    /** An indicator without a target has no RAG: the cell says so rather than staying empty. */
    @Test
    void everyRagCellSaysNoTargetWhenThereIsNone() {
        int rag = 0;
        for (Provisioning.Dashboard d : Provisioning.dashboards()) {
            for (JsonNode p : d.panels()) {
                List<JsonNode> mappingLists = new ArrayList<>();
                p.path("fieldConfig").path("overrides").forEach(o -> {
                    if (o.get("matcher").get("options").asString().equals("RAG")) {
                        o.get("properties").forEach(prop -> {
                            if (prop.get("id").asString().equals("mappings")) {
                                mappingLists.add(prop.get("value"));
                            }
                        });
                    }
                });
                if (p.get("title").asString().equals("RAG")) {
                    mappingLists.add(p.get("fieldConfig").get("defaults").get("mappings"));
                }
                for (JsonNode mappings : mappingLists) {
                    assertThat(mappings.toString()).as("%s / %s", d.uid(), p.get("title").asString())
                            .contains("\"match\":\"null\"").contains("no target");
                    rag++;
                }
            }
        }
        assertThat(rag).isEqualTo(3);
    }

    @Test
    void everyAlertRuleHasASummaryAForLabelsAndADashboardLinkAndNeverFiresOnNoData() throws Exception {
        Set<String> dashboards = new HashSet<>();
        Provisioning.dashboards().forEach(d -> dashboards.add(d.uid()));
        Set<String> uids = new HashSet<>();
        List<JsonNode> rules = Provisioning.alertRules();
        assertThat(rules).extracting(r -> r.get("uid").asString())
                .containsExactlyInAnyOrder("yardstick-indicator-red", "yardstick-forecast-miss", "yardstick-spc-concern", "yardstick-indicator-stale");
        for (JsonNode r : rules) {
            String uid = r.get("uid").asString();
            assertThat(uid).matches("[A-Za-z0-9_-]{1,40}");
            assertThat(uids.add(uid)).isTrue();
            assertThat(r.get("annotations").get("summary").asString()).as(uid).contains("{{ $labels.indicator }}").endsWith(".");
            assertThat(r.get("for").asString()).isNotBlank();
            assertThat(r.get("labels").get("severity").asString()).isNotBlank();
            assertThat(dashboards).contains(r.get("annotations").get("__dashboardUid__").asString());
            assertThat(r.get("annotations").get("dashboard").asString()).contains("var-indicator={{ $labels.indicator }}");
            assertThat(r.get("noDataState").asString()).isEqualTo("OK");
            assertThat(r.get("data").get(0).get("model").get("query").asString())
                    .contains("GROUP BY \"organisation\", \"indicator\", \"theme\", \"director\"");
        }
        JsonNode policy = Provisioning.yaml(Provisioning.grafana().resolve("provisioning/alerting/policies.yaml")).get("policies").get(0);
        assertThat(policy.get("group_by").toString()).contains("director");
        assertThat(Files.readString(Provisioning.grafana().resolve("provisioning/alerting/contact-points.yaml"))).contains("$YARDSTICK_ALERT_EMAILS");
    }

    /**
     * Grafana's Alertmanager forgets a sent notification after its notification log retention
     * (default 5 days, grafana/grafana#85605) and then sends it again, so a repeat interval
     * longer than the retention repeats every 5 days (grafana/grafana#72308). The quarterly
     * repeat holds only because the stack keeps the log longer than every repeat interval.
     */
    @Test
    void everyRepeatIntervalIsShorterThanTheNotificationLogGrafanaKeeps() {
        JsonNode grafana = Provisioning.yaml(Provisioning.root().resolve("docker-compose.yml")).get("services").get("grafana").get("environment");
        Duration retention = NotificationPolicy.duration(grafana.get("GF_UNIFIED_ALERTING_NOTIFICATION_LOG_RETENTION").asString());
        List<NotificationPolicy.Route> routes = NotificationPolicy.provisioned().routes();
        assertThat(routes).hasSizeGreaterThan(1);
        for (NotificationPolicy.Route r : routes) {
            assertThat(r.repeatInterval()).as(r.path()).isGreaterThanOrEqualTo(Duration.ofDays(90));
            assertThat(r.repeatInterval().plus(r.groupInterval())).as(r.path() + " repeats before Grafana forgets it sent it").isLessThan(retention);
        }
    }

    /** Alert e-mails link to dashboards under Grafana's root URL; left unset, they point at localhost. */
    @Test
    void grafanaKnowsTheAddressItsAlertLinksStartWith() throws Exception {
        JsonNode grafana = Provisioning.yaml(Provisioning.root().resolve("docker-compose.yml")).get("services").get("grafana").get("environment");
        assertThat(grafana.get("GF_SERVER_ROOT_URL").asString()).startsWith("${GRAFANA_ROOT_URL");
        assertThat(Files.readString(Provisioning.root().resolve(".env.example"))).containsPattern("(?m)^GRAFANA_ROOT_URL=https?://");
    }
}
