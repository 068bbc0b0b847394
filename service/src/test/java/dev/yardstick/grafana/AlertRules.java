package dev.yardstick.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.influxdb.dto.QueryResult;
import tools.jackson.databind.JsonNode;

/**
 * Grafana-managed alert rules evaluated the way Grafana evaluates ours: query A over the rule's
 * relative time range, B = last value of each series (a series with no value is NoData, which our
 * rules map to OK), C = threshold on B. Each series is one alert instance, labelled with its tags,
 * the rule's labels, {@code alertname} (the rule title) and {@code grafana_folder}.
 */
final class AlertRules {

    private AlertRules() {
    }

    /** One alert instance: its labels and whether it fires. */
    record Instance(Map<String, String> labels, boolean firing) {
        String key() {
            return labels.get("organisation") + "/" + labels.get("indicator");
        }
    }

    static Duration range(JsonNode rule) {
        return Duration.ofSeconds(rule.get("data").get(0).get("relativeTimeRange").get("from").asLong());
    }

    static String query(JsonNode rule, Instant now) {
        JsonNode a = rule.get("data").get(0);
        return GrafanaMacros.substitute(a.get("model").get("query").asString(), now.minus(range(rule)), now, Map.of());
    }

    /** Every instance of the rule at {@code now}, by organisation/indicator. */
    static Map<String, Instance> evaluate(JsonNode rule, String folder, Instant now, Function<String, QueryResult.Result> run) {
        JsonNode data = rule.get("data");
        assertThat(data.get(1).get("model").get("type").asString()).isEqualTo("reduce");
        assertThat(data.get(1).get("model").get("reducer").asString()).isEqualTo("last");
        JsonNode evaluator = data.get(2).get("model").get("conditions").get(0).get("evaluator");
        assertThat(evaluator.get("type").asString()).isEqualTo("gt");
        double threshold = evaluator.get("params").get(0).asDouble();
        Map<String, Instance> out = new TreeMap<>();
        QueryResult.Result result = run.apply(query(rule, now));
        if (result.getSeries() == null) {
            return out;
        }
        for (QueryResult.Series s : result.getSeries()) {
            Double last = null;
            for (List<Object> row : s.getValues()) {
                if (row.get(1) != null) {
                    last = ((Number) row.get(1)).doubleValue();
                }
            }
            Map<String, String> labels = new LinkedHashMap<>(s.getTags());
            rule.get("labels").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asString()));
            labels.put("alertname", rule.get("title").asString());
            labels.put("grafana_folder", folder);
            Instance i = new Instance(labels, last != null && last > threshold);
            out.put(i.key(), i);
        }
        return out;
    }

    /** The folder of the group holding the rule. */
    static String folder(JsonNode rule) {
        for (JsonNode group : groups()) {
            for (JsonNode r : group.get("rules")) {
                if (r.get("uid").asString().equals(rule.get("uid").asString())) {
                    return group.get("folder").asString();
                }
            }
        }
        throw new AssertionError("no group holds " + rule.get("uid"));
    }

    static List<JsonNode> groups() {
        List<JsonNode> out = new ArrayList<>();
        for (var f : Provisioning.files(Provisioning.grafana().resolve("provisioning/alerting"), ".yaml")) {
            JsonNode groups = Provisioning.yaml(f).get("groups");
            if (groups != null) {
                groups.forEach(out::add);
            }
        }
        return out;
    }

    static JsonNode rule(String uid) {
        return Provisioning.alertRules().stream().filter(r -> r.get("uid").asString().equals(uid)).findFirst().orElseThrow();
    }
}
