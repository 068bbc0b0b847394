package dev.yardstick.cli;

import dev.yardstick.catalogue.MatchedObservation;
import dev.yardstick.document.UpdateDocument;
import java.util.List;

/** A document and what was extracted from it, ready to print. */
record ExtractedDocument(UpdateDocument document, List<MatchedObservation> observations) {
}
