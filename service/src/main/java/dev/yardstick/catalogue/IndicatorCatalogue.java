package dev.yardstick.catalogue;

import dev.yardstick.extract.Measure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The indicators, in file order, loaded from {@code indicators.yaml}; with {@link #withLibrary}
 * the standard library's after them. Matching tries the tiers in order: the council's own
 * catalogue first, then the library.
 */
public final class IndicatorCatalogue {

    /** Bundled copy of {@code seed-data/indicators.yaml}, used when no file is given. */
    public static final String BUNDLED = "/indicators.yaml";
    /** Bundled copy of {@code seed-data/indicator-library.yaml}: indicators English councils report most. */
    public static final String LIBRARY = "/indicator-library.yaml";

    private final Map<String, Indicator> byId;
    private final List<List<Indicator>> tiers;

    public IndicatorCatalogue(List<Indicator> indicators) {
        this(byId(List.of(indicators)), List.of(indicators));
    }

    private IndicatorCatalogue(Map<String, Indicator> byId, List<List<Indicator>> tiers) {
        this.byId = byId;
        this.tiers = tiers.stream().map(List::copyOf).toList();
    }

    private static Map<String, Indicator> byId(List<List<Indicator>> tiers) {
        Map<String, Indicator> map = new LinkedHashMap<>();
        for (List<Indicator> tier : tiers) {
            for (Indicator i : tier) {
                if (map.put(i.id(), i) != null) {
                    throw new CatalogueException("indicator id '" + i.id() + "' appears twice; ids must be unique");
                }
            }
        }
        return map;
    }

    /**
     * This catalogue followed by the library. A library indicator whose id the council's
     * catalogue already uses is left out: the council's own definition wins.
     */
    public IndicatorCatalogue withLibrary(IndicatorCatalogue library) {
        return followedBy(library.indicators());
    }

    /** This catalogue followed by a tier of {@code more}; one whose id is here already is left out. */
    public IndicatorCatalogue followedBy(List<Indicator> more) {
        List<List<Indicator>> all = new ArrayList<>(tiers);
        all.add(more.stream().filter(i -> !byId.containsKey(i.id())).toList());
        return new IndicatorCatalogue(byId(all), all);
    }

    /** True when {@code id} is in the first tier, the council's own catalogue (not the library). */
    boolean isOwn(String id) {
        return !tiers.isEmpty() && tiers.get(0).stream().anyMatch(i -> i.id().equals(id));
    }

    /** The indicators in matching order: each tier is tried only when the ones before match nothing. */
    List<List<Indicator>> tiers() {
        return tiers;
    }

    /** The bundled standard library; every entry names its framework. */
    public static IndicatorCatalogue library() {
        try (InputStream in = IndicatorCatalogue.class.getResourceAsStream(LIBRARY)) {
            if (in == null) {
                throw new CatalogueException("the bundled indicator library is missing from the jar; rebuild with ./mvnw package");
            }
            return parseLibrary("bundled indicator-library.yaml", in);
        } catch (IOException e) {
            throw new CatalogueException("cannot read bundled indicator library: " + e.getMessage(), e);
        }
    }

    /** Parses a library file: a catalogue in which every indicator names the framework it comes from. */
    static IndicatorCatalogue parseLibrary(String name, InputStream in) {
        IndicatorCatalogue library = parse(name, in);
        int position = 0;
        for (Indicator i : library.indicators()) {
            position++;
            if (i.framework().isEmpty()) {
                throw new CatalogueException(name + ", indicator #" + position + " (" + i.id() + "): a library indicator needs "
                        + "'framework' (ASCOF, PHOF, NI, DfE, DLUHC, DEFRA, DWP, Corporate) and, where the framework has one, 'code'");
            }
        }
        return library;
    }

    public static IndicatorCatalogue load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(file.toString(), in);
        } catch (IOException e) {
            throw new CatalogueException("cannot read indicator catalogue " + file + ": " + e.getMessage(), e);
        }
    }

    public static IndicatorCatalogue bundled() {
        try (InputStream in = IndicatorCatalogue.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new CatalogueException("the bundled indicator catalogue is missing from the jar; rebuild with ./mvnw package");
            }
            return parse("bundled indicators.yaml", in);
        } catch (IOException e) {
            throw new CatalogueException("cannot read bundled indicator catalogue: " + e.getMessage(), e);
        }
    }

    static IndicatorCatalogue parse(String name, InputStream in) {
        JsonNode root;
        try {
            root = YAMLMapper.builder().build().readTree(in);
        } catch (JacksonException e) {
            throw new CatalogueException(name + " is not valid YAML: " + e.getOriginalMessage(), e);
        }
        JsonNode list = root == null ? null : root.get("indicators");
        if (list == null || !list.isArray()) {
            throw new CatalogueException(name + " must have a top-level 'indicators:' list");
        }
        List<Indicator> indicators = new ArrayList<>();
        Set<String> known = Set.of("id", "name", "unit", "measure", "polarity", "theme", "cues", "near", "context", "exclude",
                "description", "framework", "code");
        int position = 0;
        for (JsonNode node : list) {
            position++;
            String where = name + ", indicator #" + position + (node.has("id") ? " (" + node.get("id").asString() + ")" : "");
            Set<String> unknown = new HashSet<>(node.propertyNames());
            unknown.removeAll(known);
            if (!unknown.isEmpty()) {
                throw new CatalogueException(where + ": unknown field(s) " + unknown + "; allowed: " + known);
            }
            try {
                indicators.add(new Indicator(text(node, "id"), text(node, "name"), text(node, "unit"),
                        measure(text(node, "measure")), Polarity.of(text(node, "polarity")), text(node, "theme"),
                        strings(node, "cues"), strings(node, "near"), strings(node, "context"), strings(node, "exclude"),
                        text(node, "framework"), text(node, "code"), false));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new CatalogueException(where + ": " + e.getMessage(), e);
            }
        }
        return new IndicatorCatalogue(indicators);
    }

    private static Measure measure(String value) {
        if (value == null) {
            throw new IllegalArgumentException("measure is required (count, percent, money, rate, rank, duration)");
        }
        try {
            return Measure.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("measure must be one of count, percent, percentage_points, money, rate, rank, duration; was '" + value + "'");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static List<String> strings(JsonNode node, String field) {
        JsonNode v = node.get(field);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException(field + " must be a list of words");
        }
        v.forEach(e -> out.add(e.asString()));
        return out;
    }

    public List<Indicator> indicators() {
        return List.copyOf(byId.values());
    }

    public Optional<Indicator> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return byId.size();
    }
}
