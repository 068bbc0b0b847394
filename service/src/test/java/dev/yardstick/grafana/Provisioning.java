package dev.yardstick.grafana;

import dev.yardstick.SeedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The repository's Grafana files, parsed: dashboards, their panel queries, alert rules. */
final class Provisioning {

    static final String DATASOURCE = "yardstick-influx";
    static final String METRICS_DATASOURCE = "yardstick-metrics";

    private Provisioning() {
    }

    static Path root() {
        return SeedData.dir().getParent();
    }

    static Path grafana() {
        return root().resolve("grafana");
    }

    static JsonNode yaml(Path file) {
        return YAMLMapper.builder().build().readTree(file.toFile());
    }

    static JsonNode json(Path file) {
        return JsonMapper.builder().build().readTree(file.toFile());
    }

    static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A dashboard file with its parsed JSON. */
    record Dashboard(Path file, JsonNode json) {
        String uid() {
            return json.get("uid").asString();
        }

        /** Every panel, rows' nested panels included. */
        List<JsonNode> panels() {
            List<JsonNode> out = new ArrayList<>();
            for (JsonNode p : json.get("panels")) {
                out.add(p);
                if (p.has("panels")) {
                    p.get("panels").forEach(out::add);
                }
            }
            return out;
        }

        List<JsonNode> variables() {
            List<JsonNode> out = new ArrayList<>();
            json.get("templating").get("list").forEach(out::add);
            return out;
        }
    }

    static List<Dashboard> dashboards() {
        return files(grafana().resolve("dashboards"), ".json").stream().map(f -> new Dashboard(f, json(f))).toList();
    }

    /** Every alert rule of every group in the alerting folder. */
    static List<JsonNode> alertRules() {
        List<JsonNode> out = new ArrayList<>();
        for (Path f : files(grafana().resolve("provisioning/alerting"), ".yaml")) {
            JsonNode groups = yaml(f).get("groups");
            if (groups != null) {
                groups.forEach(g -> g.get("rules").forEach(out::add));
            }
        }
        return out;
    }
}
