package dev.yardstick.ingest;

import dev.yardstick.catalogue.CatalogueException;
import dev.yardstick.catalogue.IndicatorCatalogue;
import dev.yardstick.catalogue.ReviewDecisions;
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
import java.util.function.Supplier;
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
    private final Supplier<ReviewDecisions> decisions;
    private final Path apiFile;
    private final TargetBook fileBook;
    private final AtomicReference<TargetBook> book;
    private final Map<String, ObjectNode> apiEntries = new LinkedHashMap<>();

    public TargetService(IndicatorCatalogue catalogue, String file, Path apiFile) {
        this(catalogue, file, apiFile, ReviewDecisions::none);
    }

    /** With the review decisions: an indicator accepted on review can have a target, as a catalogued one can. */
    public TargetService(IndicatorCatalogue catalogue, String file, Path apiFile, Supplier<ReviewDecisions> decisions) {
        this.catalogue = catalogue;
        this.decisions = decisions;
        this.apiFile = apiFile;
        IndicatorCatalogue known = known();
        this.fileBook = file == null || file.isBlank() ? bundled(known) : TargetBook.load(Path.of(file), known);
        TargetBook base = fileBook;
        if (apiFile != null && Files.isRegularFile(apiFile)) {
            TargetBook fromApi = TargetBook.load(apiFile, known);
            base = base.overlaidWith(fromApi);
            readApiEntries();
        }
        this.book = new AtomicReference<>(base);
    }

    /** The catalogue followed by the indicators accepted on review. */
    private IndicatorCatalogue known() {
        return catalogue.followedBy(decisions.get().accepted());
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
        Target target = TargetBook.read("target for " + indicator + " of " + organisation, body, indicator, organisation, known());
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.put("indicator", indicator);
        entry.put("organisation", organisation);
        body.properties().forEach(e -> entry.set(e.getKey(), e.getValue()));
        apiEntries.put(indicator + "\u0000" + organisation, entry);
        saveApiEntries();
        book.set(book.get().with(target));
        return target;
    }

    /** True when the targets file (not the API) sets a target for the indicator and organisation. */
    public boolean inTargetsFile(String indicator, String organisation) {
        return fileBook.find(indicator, organisation).isPresent();
    }

    /**
     * Removes the target set through the API for one indicator and organisation, if any (the
     * targets file's, if it has one, is in force again).
     *
     * @return true when there was one
     */
    public synchronized boolean removeApiTarget(String indicator, String organisation) {
        if (apiEntries.remove(indicator + "\u0000" + organisation) == null) {
            return false;
        }
        saveApiEntries();
        TargetBook without = book.get().without(indicator, organisation);
        book.set(fileBook.find(indicator, organisation).map(without::with).orElse(without));
        return true;
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
