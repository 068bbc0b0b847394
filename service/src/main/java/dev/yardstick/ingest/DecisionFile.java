package dev.yardstick.ingest;

import dev.yardstick.catalogue.ReviewDecision;
import dev.yardstick.catalogue.ReviewDecisions;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The review decisions in force and the file that keeps them across restarts. A YAML file rather
 * than an embedded database: decisions are few (a council makes tens to hundreds), written
 * rarely and by people, read whole at start-up, and a file a person can read, diff and back up
 * beside the API targets file needs no schema, driver or migration. Each decision rewrites it
 * atomically ({@link ReviewDecisions#save}).
 */
public final class DecisionFile implements Supplier<ReviewDecisions> {

    private final Path file;
    private final AtomicReference<ReviewDecisions> current;

    public DecisionFile(Path file) {
        this.file = file;
        this.current = new AtomicReference<>(ReviewDecisions.load(file));
    }

    /**
     * The decisions in {@code decisionsFile}, or when it is blank in {@code review-decisions.yaml}
     * beside the API targets file, so one data folder holds both (service and command line alike).
     */
    public static DecisionFile at(String decisionsFile, String targetsApiFile) {
        return new DecisionFile(decisionsFile == null || decisionsFile.isBlank()
                ? Path.of(targetsApiFile).toAbsolutePath().resolveSibling("review-decisions.yaml") : Path.of(decisionsFile));
    }

    @Override
    public ReviewDecisions get() {
        return current.get();
    }

    /** Saves the decision, then puts it in force: a decision that could not be kept is not applied. */
    synchronized ReviewDecisions record(ReviewDecision decision) {
        ReviewDecisions next = current.get().with(decision);
        next.save(file);
        current.set(next);
        return next;
    }

    /** Saves the decisions without the one on {@code subject}, then puts that in force. */
    synchronized ReviewDecisions remove(String organisation, String subject) {
        ReviewDecisions next = current.get().without(organisation, subject);
        next.save(file);
        current.set(next);
        return next;
    }

    public Path path() {
        return file;
    }
}
