package dev.yardstick.grafana;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Everything a panel names a field by (transformations, overrides, data links, sort order),
 * resolved against the fields Grafana would give it ({@link GrafanaFrames}). Grafana does nothing
 * when such a name matches no field, so a name that never resolves is a silent bug.
 *
 * <p>Transformations run first, in order: {@code organize} excludes and renames by display name,
 * so overrides and sorting after it see the new names; {@code configFromData} takes the fields of
 * its config query out of the panel and reads a setting (a unit, a display name) from one of them. Data links find a field by its name or by
 * its display name ({@code getFieldDisplayValuesProxy} in {@code @grafana/data}), so a link may
 * keep naming a column a rename relabelled.
 */
final class PanelFieldCheck {

    private static final Pattern LINK_FIELD = Pattern.compile("__data\\.fields(?:\\.(\\w+)|\\[\"([^\"]+)\"])");

    private PanelFieldCheck() {
    }

    /** One name a panel uses, and where. */
    record Reference(String dashboard, String panel, String where, String name) {
        @Override
        public String toString() {
            return dashboard + " / " + panel + " / " + where + " '" + name + "'";
        }
    }

    /** Each reference of a panel, true when it names a field the panel has; and the names the panel shows, in order. */
    record Result(Map<Reference, Boolean> references, List<String> shown) {
    }

    /** Resolves the panel's references against the fields each of its queries (by refId) yields. */
    static Result resolve(String dashboard, JsonNode panel, Map<String, List<GrafanaFrames.Field>> fieldsByRefId) {
        String title = panel.get("title").asString();
        Map<Reference, Boolean> out = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        List<String> refIds = new ArrayList<>();
        fieldsByRefId.forEach((refId, fields) -> fields.forEach(f -> {
            names.add(f.name());
            shown.add(f.displayName());
            refIds.add(refId);
        }));
        for (JsonNode tr : panel.path("transformations")) {
            String id = tr.get("id").asString();
            JsonNode o = tr.path("options");
            switch (id) {
                case "merge" -> {
                    // one frame of all fields: names are unchanged
                }
                case "configFromData" -> {
                    String configRefId = o.get("configRefId").asString();
                    List<String> configFields = new ArrayList<>();
                    fieldsByRefId.getOrDefault(configRefId, List.of()).forEach(f -> configFields.add(f.displayName()));
                    out.put(new Reference(dashboard, title, "configFromData.configRefId", configRefId), !configFields.isEmpty());
                    o.path("mappings").forEach(m -> out.put(new Reference(dashboard, title, "configFromData." + m.get("handlerKey").asString()
                            + " from", m.get("fieldName").asString()), configFields.contains(m.get("fieldName").asString())));
                    for (int i = refIds.size() - 1; i >= 0; i--) {
                        if (refIds.get(i).equals(configRefId)) {
                            names.remove(i);
                            shown.remove(i);
                            refIds.remove(i);
                        }
                    }
                    JsonNode applyTo = o.path("applyTo");
                    if (applyTo.path("id").asString("").equals("byName")) {
                        out.put(new Reference(dashboard, title, "configFromData.applyTo byName", applyTo.get("options").asString()),
                                shown.contains(applyTo.get("options").asString()));
                    }
                }
                case "organize" -> {
                    for (String kind : List.of("excludeByName", "indexByName", "renameByName")) {
                        o.path(kind).properties().forEach(e -> out.put(new Reference(dashboard, title, "organize." + kind, e.getKey()),
                                shown.contains(e.getKey())));
                    }
                    o.path("excludeByName").properties().forEach(e -> {
                        if (e.getValue().asBoolean()) {
                            int i = shown.indexOf(e.getKey());
                            if (i >= 0) {
                                names.remove(i);
                                shown.remove(i);
                                refIds.remove(i);
                            }
                        }
                    });
                    o.path("renameByName").properties().forEach(e -> {
                        int i = shown.indexOf(e.getKey());
                        if (i >= 0 && !e.getValue().asString().isEmpty()) {
                            shown.set(i, e.getValue().asString());
                        }
                    });
                }
                default -> out.put(new Reference(dashboard, title, "transformation the test does not model", id), false);
            }
        }
        for (JsonNode o : panel.path("fieldConfig").path("overrides")) {
            String matcher = o.get("matcher").get("id").asString();
            String option = o.get("matcher").path("options").asString("");
            boolean resolved = switch (matcher) {
                case "byName" -> shown.contains(option);
                case "byRegexp" -> shown.stream().anyMatch(n -> GrafanaFrames.jsRegex(option).matcher(n).find());
                default -> false;
            };
            out.put(new Reference(dashboard, title, "override " + matcher, option), resolved);
            links(o.path("properties").toString(), dashboard, title, names, shown, out);
        }
        links(panel.path("fieldConfig").path("defaults").path("links").toString(), dashboard, title, names, shown, out);
        for (JsonNode sort : panel.path("options").path("sortBy")) {
            String name = sort.get("displayName").asString();
            out.put(new Reference(dashboard, title, "sortBy", name), shown.contains(name));
        }
        return new Result(out, shown);
    }

    private static void links(String json, String dashboard, String title, List<String> names, List<String> shown,
                              Map<Reference, Boolean> out) {
        Matcher m = LINK_FIELD.matcher(json);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            out.put(new Reference(dashboard, title, "data link field", name), names.contains(name) || shown.contains(name));
        }
    }
}
