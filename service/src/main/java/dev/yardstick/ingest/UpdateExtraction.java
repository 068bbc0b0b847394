package dev.yardstick.ingest;

import dev.yardstick.catalogue.IndicatorCatalogue;
import dev.yardstick.catalogue.IndicatorMatcher;
import dev.yardstick.catalogue.MatchedObservation;
import dev.yardstick.catalogue.ReviewDecisions;
import dev.yardstick.document.DocumentRejectedException;
import dev.yardstick.document.UpdateDocument;
import dev.yardstick.document.UpdateReader;
import dev.yardstick.extract.Extractor;
import dev.yardstick.extract.Observation;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The extraction use case: an update's bytes read, its prose turned into quantities, and each
 * quantity matched to an indicator (the catalogue, then the standard library, then a provisional
 * indicator named from the prose). The one place these steps are wired: the service, the
 * {@code extract} and {@code ingest} commands and the extraction benchmark all go through it, so
 * what they extract cannot drift apart. Thread-safe: the reader, extractor and matcher hold no
 * per-call state.
 */
public final class UpdateExtraction {

    private final IndicatorCatalogue catalogue;
    private final IndicatorMatcher matcher;
    private final Extractor extractor;
    private final UpdateReader reader = new UpdateReader();

    /** @param catalogue the indicators to match, usually {@link #catalogue(String)} */
    public UpdateExtraction(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
        this.matcher = IndicatorMatcher.withProvisional(catalogue);
        this.extractor = new Extractor(matcher);
    }

    /**
     * The catalogue in {@code file}, else (blank or null) the one bundled in the jar, followed by
     * the bundled standard library.
     *
     * @throws dev.yardstick.catalogue.CatalogueException when the file is not a valid catalogue
     */
    public static IndicatorCatalogue catalogue(String file) {
        return (file == null || file.isBlank() ? IndicatorCatalogue.bundled() : IndicatorCatalogue.load(Path.of(file)))
                .withLibrary(IndicatorCatalogue.library());
    }

    public IndicatorCatalogue catalogue() {
        return catalogue;
    }

    /** Reads, extracts and matches one update. */
    public ExtractedUpdate extract(String source, String organisation, byte[] bytes) {
        return extract(source, organisation, bytes, text -> { });
    }

    /**
     * Reads, extracts and matches one update; {@code textCheck} sees the text before it is
     * extracted, so a limit can refuse it early.
     *
     * @throws DocumentRejectedException when the bytes are not a readable update, or hold a value
     *         the extractor cannot represent
     */
    public ExtractedUpdate extract(String source, String organisation, byte[] bytes, Consumer<String> textCheck) {
        UpdateDocument document = reader.read(source, organisation, bytes, textCheck);
        try {
            List<MatchedObservation> matched = matcher.match(extractor.extract(document));
            return new ExtractedUpdate(document, document.dated() ? matched : matched.stream().map(m -> undated(document, m)).toList());
        } catch (IllegalArgumentException | ArithmeticException e) {
            // a value the extractor cannot hold (a number too large for a double): the update is refused, not the caller
            throw new DocumentRejectedException(source, "a value in it cannot be read (" + shortened(e.getMessage())
                    + "); correct the figure and upload it again");
        }
    }

    /**
     * Reads, extracts and matches one update within {@code limits}: its size before it is read,
     * its text before it is extracted, its observations before they are returned. The service and
     * the {@code ingest} command both check through here.
     *
     * @throws UpdateLimitExceededException naming the limit an update is over
     */
    public ExtractedUpdate extract(String source, String organisation, byte[] bytes, UpdateLimits limits) {
        limits.checkSize(source, bytes.length);
        ExtractedUpdate update = extract(source, organisation, bytes, text -> limits.checkText(source, text));
        if (!update.document().dated()) {
            // a point needs a time: nothing of an update whose period is unknown is stored
            throw new DocumentRejectedException(source, "no title, heading or date names the period this update reports; "
                    + "add the quarter to its title or table header (e.g. 'Quarter 2 2019/20 Update') and upload it again");
        }
        limits.checkObservations(source, update.observations().size());
        return update;
    }

    /** The update's observations as the review decisions in force have them (renamed, merged or dropped). */
    public ExtractedUpdate decided(ExtractedUpdate update, ReviewDecisions decisions) {
        List<MatchedObservation> decided = decisions.apply(update.document().organisation(), update.observations(), catalogue);
        return new ExtractedUpdate(update.document(), decided);
    }

    /** A value of an update that names no period keeps only a period its own words gave. */
    private static MatchedObservation undated(UpdateDocument document, MatchedObservation m) {
        Observation o = m.observation();
        return document.reckonedFromNothing(o.period()) ? new MatchedObservation(m.indicator(), o.withPeriod(null), m.reviewedFrom()) : m;
    }

    private static String shortened(String message) {
        return message == null ? "no detail" : message.length() <= 120 ? message : message.substring(0, 120) + "...";
    }
}
