package dev.yardstick.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every review decision in force, one per organisation and subject (a later decision on the same
 * subject replaces the earlier one). Immutable; {@link #with} gives a new set. {@link #apply}
 * is how every ingest consults them, so a decision holds for updates not yet written.
 *
 * <p>Kept as YAML ({@link #save}, {@link #load}), written to a temporary file and moved over the
 * old one, so a crash leaves either the old decisions or the new, never half a file.
 */
public final class ReviewDecisions {

    private static final ReviewDecisions NONE = new ReviewDecisions(Map.of());
    private final Map<String, ReviewDecision> bySubject;

    private ReviewDecisions(Map<String, ReviewDecision> bySubject) {
        this.bySubject = bySubject;
    }

    public static ReviewDecisions none() {
        return NONE;
    }

    public static ReviewDecisions of(List<ReviewDecision> decisions) {
        ReviewDecisions out = NONE;
        for (ReviewDecision d : decisions) {
            out = out.with(d);
        }
        return out;
    }

    /** These decisions with {@code d}, which replaces any earlier decision on its organisation and subject. */
    public ReviewDecisions with(ReviewDecision d) {
        Map<String, ReviewDecision> next = new LinkedHashMap<>(bySubject);
        next.remove(key(d.organisation(), d.subject()));
        next.put(key(d.organisation(), d.subject()), d);
        return new ReviewDecisions(java.util.Collections.unmodifiableMap(next));
    }

    /** These decisions without the one on {@code subject} of {@code organisation} (undone). */
    public ReviewDecisions without(String organisation, String subject) {
        Map<String, ReviewDecision> next = new LinkedHashMap<>(bySubject);
        next.remove(key(organisation, subject));
        return new ReviewDecisions(java.util.Collections.unmodifiableMap(next));
    }

    public List<ReviewDecision> all() {
        return List.copyOf(bySubject.values());
    }

    public Optional<ReviewDecision> find(String organisation, String subject) {
        return Optional.ofNullable(bySubject.get(key(organisation, subject)));
    }

    /**
     * The indicators accepted into the council's catalogue, in the order they were accepted. The
     * measure is the provisional indicator's: its id ends in its unit class.
     */
    public List<Indicator> accepted() {
        Map<String, Indicator> out = new LinkedHashMap<>();
        for (ReviewDecision d : bySubject.values()) {
            if (d.action() == ReviewDecision.Action.ACCEPT) {
                out.putIfAbsent(d.indicator(), acceptedIndicator(d));
            }
        }
        return List.copyOf(out.values());
    }

    /** The indicators one organisation accepted: its part of the council's catalogue. */
    public List<Indicator> accepted(String organisation) {
        return bySubject.values().stream().filter(d -> d.action() == ReviewDecision.Action.ACCEPT && d.organisation().equals(organisation))
                .map(ReviewDecisions::acceptedIndicator).toList();
    }

    public Optional<Indicator> findAccepted(String id) {
        return accepted().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The name an organisation gave a provisional indicator, if it renamed it. */
    public Optional<String> renamed(String organisation, String id) {
        return find(organisation, id).filter(d -> d.action() == ReviewDecision.Action.RENAME).map(ReviewDecision::name);
    }

    /**
     * One organisation's matched observations with the decisions applied: a provisional indicator
     * accepted or merged takes the indicator decided on; one marked as not a measure, and a
     * rejected candidate, are left out. A value no decision names, which neither the council's
     * own catalogue claims (a candidate, a provisional or a library indicator's value), goes to an
     * indicator the organisation accepted when that one's cues claim it: accepted indicators are
     * the council's own, so they are matched before the library. Every value a decision moves
     * keeps the id or key it had ({@link MatchedObservation#reviewedFrom}), for an undo.
     * {@code known} resolves the indicator merged into.
     */
    public List<MatchedObservation> apply(String organisation, List<MatchedObservation> matched, IndicatorCatalogue known) {
        if (bySubject.isEmpty()) {
            return matched;
        }
        List<Indicator> accepted = accepted(organisation);
        IndicatorMatcher acceptedCues = accepted.isEmpty() ? null : new IndicatorMatcher(new IndicatorCatalogue(accepted));
        List<MatchedObservation> out = new ArrayList<>(matched.size());
        for (MatchedObservation m : matched) {
            String subject = m.isCandidate() ? candidateKey(m.observation().sentence(), m.observation().quantity().text(),
                    m.observation().period().end().toString()) : m.indicatorId();
            ReviewDecision d = bySubject.get(key(organisation, subject));
            if (d == null) {
                Optional<Indicator> claimed = acceptedCues == null || m.isCatalogued() && known.isOwn(m.indicatorId())
                        ? Optional.empty() : acceptedCues.claim(m.observation());
                out.add(claimed.map(i -> new MatchedObservation(i, m.observation(), subject)).orElse(m));
            } else if (d.action() == ReviewDecision.Action.RENAME) {
                out.add(m);
            } else if (d.action() != ReviewDecision.Action.REJECT) {
                out.add(new MatchedObservation(target(d, known).orElse(m.indicator()), m.observation(), subject));
            }
        }
        return out;
    }

    /** The indicator a decision sends values to: the accepted one, or the one merged into. */
    public Optional<Indicator> target(ReviewDecision d, IndicatorCatalogue known) {
        return switch (d.action()) {
            case ACCEPT -> Optional.of(acceptedIndicator(d));
            case MERGE -> known.find(d.indicator()).or(() -> findAccepted(d.indicator()))
                    .or(() -> ProvisionalIndicators.fromId(d.indicator(), null));
            default -> Optional.empty();
        };
    }

    /**
     * A candidate has no id, so it is known by what it says: its sentence, the quantity as
     * written and its period end. The same value in a re-uploaded update gets the same key.
     */
    public static String candidateKey(String sentence, String text, String periodEnd) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((sentence + "\u0000" + text + "\u0000" + periodEnd).getBytes(StandardCharsets.UTF_8));
            return "c_" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private static Indicator acceptedIndicator(ReviewDecision d) {
        Indicator provisional = ProvisionalIndicators.fromId(d.subject(), null).orElseThrow();
        return new Indicator(d.indicator(), d.name(), d.unit(), provisional.measure(), d.polarity(), d.theme(), d.cues(),
                List.of(), List.of(), List.of());
    }

    private static String key(String organisation, String subject) {
        return organisation + "\u0000" + subject;
    }

    /** Reads the decisions file; a missing file is no decisions. */
    public static ReviewDecisions load(Path file) {
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        JsonNode root;
        try {
            root = YAMLMapper.builder().build().readTree(file.toFile());
        } catch (JacksonException e) {
            throw new CatalogueException("review decisions " + file + " is not valid YAML: " + e.getOriginalMessage(), e);
        }
        JsonNode list = root == null ? null : root.get("decisions");
        if (list == null || !list.isArray()) {
            throw new CatalogueException("review decisions " + file + " must have a top-level 'decisions:' list");
        }
        List<ReviewDecision> out = new ArrayList<>();
        int position = 0;
        for (JsonNode n : list) {
            position++;
            try {
                List<String> cues = new ArrayList<>();
                if (n.has("cues")) {
                    n.get("cues").forEach(c -> cues.add(c.asString()));
                }
                out.add(new ReviewDecision(ReviewDecision.Action.valueOf(text(n, "action").toUpperCase(java.util.Locale.ROOT)),
                        text(n, "organisation"), text(n, "subject"), text(n, "indicator"), text(n, "name"), text(n, "unit"),
                        n.has("polarity") ? Polarity.of(text(n, "polarity")) : Polarity.NEUTRAL, text(n, "theme"), cues,
                        Instant.parse(text(n, "decided_at"))));
            } catch (RuntimeException e) {
                throw new CatalogueException("review decisions " + file + ", decision #" + position + ": " + e.getMessage()
                        + "; correct or remove it and restart", e);
            }
        }
        return of(out);
    }

    /** Writes the decisions to {@code file} atomically: a temporary file beside it, then a move. */
    public void save(Path file) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode list = root.putArray("decisions");
        for (ReviewDecision d : bySubject.values()) {
            ObjectNode n = list.addObject();
            n.put("action", d.action().id());
            n.put("organisation", d.organisation());
            n.put("subject", d.subject());
            n.put("indicator", d.indicator());
            n.put("name", d.name());
            n.put("unit", d.unit());
            n.put("polarity", d.polarity().id());
            n.put("theme", d.theme());
            ArrayNode cues = n.putArray("cues");
            d.cues().forEach(cues::add);
            n.put("decided_at", d.decidedAt().toString());
        }
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "review-decisions", ".tmp");
            Files.writeString(tmp, "# Review decisions from /review and /api/review; applied to every ingest.\n"
                    + YAMLMapper.builder().build().writeValueAsString(root));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the review decisions to " + file + ": " + e.getMessage()
                    + "; set yardstick.review.decisions-file to a writable path", e);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asString();
    }
}
