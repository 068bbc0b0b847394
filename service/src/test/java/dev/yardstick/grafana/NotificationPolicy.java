package dev.yardstick.grafana;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The provisioned notification policy tree, routing alert instances as Grafana's Alertmanager
 * does: the first child route whose matchers all match takes the alert (no {@code continue} in
 * ours), a route without one of the settings inherits it from its parent, and alerts are grouped
 * by the values of the route's {@code group_by} labels. Each group is one notification when it
 * first fires (after {@code group_wait}), then one per {@code group_interval} while alerts join it,
 * then one per {@code repeat_interval}.
 */
record NotificationPolicy(JsonNode root) {

    static NotificationPolicy provisioned() {
        return new NotificationPolicy(Provisioning.yaml(Provisioning.grafana().resolve("provisioning/alerting/policies.yaml"))
                .get("policies").get(0));
    }

    /** A route with its settings resolved (inherited where the route does not set them). */
    record Route(String path, List<String> groupBy, Duration groupWait, Duration groupInterval, Duration repeatInterval) {
    }

    Route route(Map<String, String> labels) {
        Route r = settings("root", root, null);
        for (JsonNode child : root.path("routes")) {
            if (matches(child, labels)) {
                return settings("route " + child.get("object_matchers"), child, r);
            }
        }
        return r;
    }

    /** Every route of the tree, settings resolved. */
    List<Route> routes() {
        List<Route> out = new ArrayList<>();
        Route r = settings("root", root, null);
        out.add(r);
        root.path("routes").forEach(c -> out.add(settings("route " + c.get("object_matchers"), c, r)));
        return out;
    }

    /** The notification groups a set of firing alerts forms: each sends its own first notification. */
    Set<String> groups(List<Map<String, String>> firing) {
        Set<String> out = new TreeSet<>();
        for (Map<String, String> labels : firing) {
            Route r = route(labels);
            StringBuilder key = new StringBuilder(r.path());
            r.groupBy().forEach(l -> key.append(" ").append(l).append('=').append(labels.getOrDefault(l, "")));
            out.add(key.toString());
        }
        return out;
    }

    private static Route settings(String path, JsonNode node, Route parent) {
        List<String> groupBy = new ArrayList<>();
        if (node.has("group_by")) {
            node.get("group_by").forEach(g -> groupBy.add(g.asString()));
        } else if (parent != null) {
            groupBy.addAll(parent.groupBy());
        }
        return new Route(path, groupBy,
                duration(node, "group_wait", parent == null ? Duration.ofSeconds(30) : parent.groupWait()),
                duration(node, "group_interval", parent == null ? Duration.ofMinutes(5) : parent.groupInterval()),
                duration(node, "repeat_interval", parent == null ? Duration.ofHours(4) : parent.repeatInterval()));
    }

    private static boolean matches(JsonNode route, Map<String, String> labels) {
        for (JsonNode m : route.path("object_matchers")) {
            String value = labels.getOrDefault(m.get(0).asString(), "");
            String op = m.get(1).asString();
            String expected = m.get(2).asString();
            boolean ok = switch (op) {
                case "=" -> value.equals(expected);
                case "!=" -> !value.equals(expected);
                case "=~" -> Pattern.matches(expected, value);
                case "!~" -> !Pattern.matches(expected, value);
                default -> throw new AssertionError("unknown matcher operator " + op);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Alertmanager durations: 90s, 10m, 2160h, 4d (one unit per value in ours). */
    static Duration duration(JsonNode node, String key, Duration fallback) {
        if (!node.has(key)) {
            return fallback;
        }
        return duration(node.get(key).asString());
    }

    static Duration duration(String text) {
        var m = java.util.regex.Pattern.compile("(\\d+)(ms|s|m|h|d|w|y)").matcher(text.trim());
        if (!m.matches()) {
            throw new AssertionError("not a duration Grafana reads the way this test does: " + text);
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            case "w" -> Duration.ofDays(7 * n);
            default -> Duration.ofDays(365 * n);
        };
    }
}
