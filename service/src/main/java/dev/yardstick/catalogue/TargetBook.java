package dev.yardstick.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every target, by indicator and organisation, checked against the catalogue: a target for an
 * unknown indicator, in another unit, with overlapping periods or a negative tolerance is refused
 * with the file, the entry and the fix. Immutable; {@link #with(Target)} returns a new book.
 */
public final class TargetBook {

    private static final Set<String> FIELDS = Set.of("indicator", "organisation", "unit", "tolerance", "source", "steps",
            "trajectory", "reporting_interval");

    private final IndicatorCatalogue catalogue;
    private final Map<String, Target> byKey;

    private TargetBook(IndicatorCatalogue catalogue, Map<String, Target> byKey) {
        this.catalogue = catalogue;
        this.byKey = Map.copyOf(byKey);
    }

    public static TargetBook empty(IndicatorCatalogue catalogue) {
        return new TargetBook(catalogue, Map.of());
    }

    public static TargetBook load(Path file, IndicatorCatalogue catalogue) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(file.toString(), in, catalogue);
        } catch (IOException e) {
            throw new CatalogueException("cannot read targets file " + file + ": " + e.getMessage()
                    + "; set yardstick.targets.file to the targets YAML", e);
        }
    }

    public static TargetBook parse(String name, InputStream in, IndicatorCatalogue catalogue) {
        JsonNode root;
        try {
            root = YAMLMapper.builder().build().readTree(in);
        } catch (JacksonException e) {
            throw new CatalogueException(name + " is not valid YAML: " + e.getOriginalMessage(), e);
        }
        JsonNode list = root == null ? null : root.get("targets");
        if (list == null || !list.isArray()) {
            throw new CatalogueException(name + " must have a top-level 'targets:' list");
        }
        TargetBook book = empty(catalogue);
        int position = 0;
        for (JsonNode node : list) {
            position++;
            String where = name + ", target #" + position + " (" + text(node, "indicator") + " for " + text(node, "organisation") + ")";
            Target target = read(where, node, text(node, "indicator"), text(node, "organisation"), catalogue);
            if (book.find(target.indicator(), target.organisation()).isPresent()) {
                throw new CatalogueException(where + ": a second target for the same indicator and organisation; "
                        + "put all its periods in one entry's 'steps'");
            }
            book = book.with(target);
        }
        return book;
    }

    /**
     * Reads one target entry (the YAML file's or the API's JSON), checked against the catalogue.
     *
     * @throws CatalogueException naming {@code where}, what is wrong and how to fix it
     */
    public static Target read(String where, JsonNode node, String indicatorId, String organisation, IndicatorCatalogue catalogue) {
        if (node == null || !node.isObject()) {
            throw new CatalogueException(where + ": a target must be an object with unit, tolerance, source and steps or trajectory");
        }
        Set<String> unknown = new HashSet<>(node.propertyNames());
        unknown.removeAll(FIELDS);
        if (!unknown.isEmpty()) {
            throw new CatalogueException(where + ": unknown field(s) " + unknown + "; allowed: " + FIELDS);
        }
        Indicator indicator = catalogue.find(indicatorId).orElseThrow(() -> new CatalogueException(where
                + ": unknown indicator '" + indicatorId + "'; use an id from the indicator catalogue"));
        String unit = text(node, "unit");
        if (unit == null || !unit.equals(indicator.unit())) {
            throw new CatalogueException(where + ": unit '" + unit + "' disagrees with the indicator's unit '"
                    + indicator.unit() + "'; state the target in '" + indicator.unit() + "'");
        }
        try {
            Target.TargetLine line = line(node);
            String interval = text(node, "reporting_interval");
            return new Target(indicator.id(), organisation, unit, line, tolerance(node.get("tolerance")), text(node, "source"),
                    interval == null ? null : Period.parse(interval));
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            throw new CatalogueException(where + ": " + e.getMessage(), e);
        }
    }

    private static Target.TargetLine line(JsonNode node) {
        JsonNode steps = node.get("steps");
        JsonNode trajectory = node.get("trajectory");
        if ((steps == null) == (trajectory == null)) {
            throw new IllegalArgumentException("give either 'steps' (a list of {from, to, value}) or 'trajectory' "
                    + "({start, start_value, end, end_value}), not both or neither");
        }
        if (steps != null) {
            if (!steps.isArray()) {
                throw new IllegalArgumentException("'steps' must be a list of {from, to, value}");
            }
            List<Target.Step> out = new ArrayList<>();
            for (JsonNode s : steps) {
                out.add(new Target.Step(date(s, "from"), date(s, "to"), number(s, "value")));
            }
            return new Target.Steps(out);
        }
        return new Target.Trajectory(date(trajectory, "start"), number(trajectory, "start_value"),
                date(trajectory, "end"), number(trajectory, "end_value"));
    }

    /** A number is an absolute tolerance; a string ending in % is a percentage of the target. */
    private static Tolerance tolerance(JsonNode node) {
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException("tolerance is required: a number in the indicator's unit, or a percentage such as \"5%\"");
        }
        if (node.isNumber()) {
            return Tolerance.absolute(node.asDouble());
        }
        String s = node.asString().trim();
        try {
            return s.endsWith("%") ? Tolerance.percent(Double.parseDouble(s.substring(0, s.length() - 1).trim()))
                    : Tolerance.absolute(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("tolerance must be a number or a percentage such as \"5%\", was '" + s + "'");
        }
    }

    private static LocalDate date(JsonNode node, String field) {
        String s = text(node, field);
        if (s == null) {
            throw new IllegalArgumentException("'" + field + "' (an ISO date such as 2018-03-31) is required");
        }
        return LocalDate.parse(s);
    }

    private static double number(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || !v.isNumber()) {
            throw new IllegalArgumentException("'" + field + "' must be a number");
        }
        return v.asDouble();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static String key(String indicator, String organisation) {
        return indicator + "\u0000" + organisation;
    }

    public Optional<Target> find(String indicator, String organisation) {
        return Optional.ofNullable(byKey.get(key(indicator, organisation)));
    }

    /** A book with {@code target} added, replacing any target for the same indicator and organisation. */
    public TargetBook with(Target target) {
        Map<String, Target> copy = new LinkedHashMap<>(byKey);
        copy.put(key(target.indicator(), target.organisation()), target);
        return new TargetBook(catalogue, copy);
    }

    /** A book without the target for {@code indicator} and {@code organisation}, if it had one. */
    public TargetBook without(String indicator, String organisation) {
        Map<String, Target> copy = new LinkedHashMap<>(byKey);
        copy.remove(key(indicator, organisation));
        return new TargetBook(catalogue, copy);
    }

    /** This book with every target of {@code other} laid over it. */
    public TargetBook overlaidWith(TargetBook other) {
        TargetBook out = this;
        for (Target t : other.targets()) {
            out = out.with(t);
        }
        return out;
    }

    public List<Target> targets() {
        return byKey.values().stream()
                .sorted(java.util.Comparator.comparing(Target::indicator).thenComparing(Target::organisation)).toList();
    }
}
