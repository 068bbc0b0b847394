package dev.yardstick.ingest;

import dev.yardstick.catalogue.CatalogueException;
import dev.yardstick.catalogue.IndicatorCatalogue;
import dev.yardstick.catalogue.Target;
import dev.yardstick.catalogue.TargetBook;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The targets in force: the targets file, with targets set through the API laid over it. API
 * targets are kept in their own YAML file (same format) so they survive a restart; setting one
 * re-assesses its organisation.
 */
public final class TargetService {

    /** Bundled copy of {@code seed-data/targets.yaml}. */
    public static final String BUNDLED = "/targets.yaml";

    private final IndicatorCatalogue catalogue;
    private final Path apiFile;
    private final AtomicReference<TargetBook> book;
    private final Map<String, ObjectNode> apiEntries = new LinkedHashMap<>();

    public TargetService(IndicatorCatalogue catalogue, String file, Path apiFile) {
        this.catalogue = catalogue;
        this.apiFile = apiFile;
        TargetBook base = file == null || file.isBlank() ? bundled(catalogue) : TargetBook.load(Path.of(file), catalogue);
        if (apiFile != null && Files.isRegularFile(apiFile)) {
            TargetBook fromApi = TargetBook.load(apiFile, catalogue);
            base = base.overlaidWith(fromApi);
            readApiEntries();
        }
        this.book = new AtomicReference<>(base);
    }

    public static TargetBook bundled(IndicatorCatalogue catalogue) {
        try (InputStream in = TargetService.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new CatalogueException("the bundled targets file is missing from the jar; rebuild with ./mvnw package");
            }
            return TargetBook.parse("bundled targets.yaml", in, catalogue);
        } catch (IOException e) {
            throw new CatalogueException("cannot read the bundled targets file: " + e.getMessage(), e);
        }
    }

    public TargetBook book() {
        return book.get();
    }

    public Optional<Target> find(String indicator, String organisation) {
        return book.get().find(indicator, organisation);
    }

    /**
     * Validates and sets the target of one indicator for one organisation, replacing any other.
     *
     * @throws CatalogueException when the target is invalid; nothing changes then
     */
    public synchronized Target put(String indicator, String organisation, JsonNode body) {
        Target target = TargetBook.read("target for " + indicator + " of " + organisation, body, indicator, organisation, catalogue);
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.put("indicator", indicator);
        entry.put("organisation", organisation);
        body.properties().forEach(e -> entry.set(e.getKey(), e.getValue()));
        apiEntries.put(indicator + "\u0000" + organisation, entry);
        saveApiEntries();
        book.set(book.get().with(target));
        return target;
    }

    private void readApiEntries() {
        JsonNode root = YAMLMapper.builder().build().readTree(apiFile.toFile());
        for (JsonNode n : root.get("targets")) {
            apiEntries.put(n.get("indicator").asString() + "\u0000" + n.get("organisation").asString(), (ObjectNode) n);
        }
    }

    private void saveApiEntries() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode list = root.putArray("targets");
        apiEntries.values().forEach(list::add);
        try {
            Path dir = apiFile.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "targets", ".tmp");
            Files.writeString(tmp, "# Targets set through PUT /api/indicators/{id}/targets; laid over the targets file.\n"
                    + YAMLMapper.builder().build().writeValueAsString(root));
            Files.move(tmp, apiFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the target to " + apiFile + ": " + e.getMessage()
                    + "; set yardstick.targets.api-file to a writable path", e);
        }
    }
}
