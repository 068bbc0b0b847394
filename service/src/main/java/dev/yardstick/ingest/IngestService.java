package dev.yardstick.ingest;

import dev.yardstick.catalogue.IndicatorCatalogue;
import dev.yardstick.catalogue.IndicatorMatcher;
import dev.yardstick.catalogue.MatchedObservation;
import dev.yardstick.document.TextExportReader;
import dev.yardstick.document.UpdateDocument;
import dev.yardstick.extract.Extractor;
import dev.yardstick.store.InfluxStore;
import dev.yardstick.store.IngestSession;
import java.util.List;
import java.util.Locale;
import dev.yardstick.document.DocumentRejectedException;
import dev.yardstick.store.StoreException;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Service;

/**
 * Reads, extracts, matches and stores one update. Everything before the write is checked first,
 * so a file that cannot be read writes nothing.
 */
@Service
public class IngestService {

    private final InfluxStore store;
    private final IndicatorMatcher matcher;
    private final Extractor extractor;
    private final TextExportReader reader = new TextExportReader();

    private final IngestMetrics metrics;

    public IngestService(InfluxStore store, IndicatorCatalogue catalogue, MeterRegistry registry) {
        this.store = store;
        this.matcher = new IndicatorMatcher(catalogue);
        this.extractor = new Extractor(matcher);
        this.metrics = new IngestMetrics(registry);
    }

    /** Serialised: one writer at a time keeps each update's replace-then-rebuild whole. */
    public synchronized DocumentIngested ingest(String source, String organisation, byte[] bytes) {
        long started = System.nanoTime();
        UpdateDocument doc;
        try {
            doc = reader.read(source, organisation, bytes);
        } catch (DocumentRejectedException e) {
            metrics.rejected();
            throw e;
        }
        List<MatchedObservation> observations = matcher.match(extractor.extract(doc));
        IngestSession.Written written;
        try {
            IngestSession session = store.session();
            written = session.add(doc, observations);
            written = new IngestSession.Written(written.outcome(), written.points() + session.finish());
        } catch (StoreException e) {
            metrics.writeFailed();
            throw e;
        }
        int matched = (int) observations.stream().filter(m -> !m.isCandidate()).count();
        metrics.ingested(written.outcome().name().toLowerCase(Locale.ROOT), observations.size(), matched, written.points(),
                System.nanoTime() - started);
        return new DocumentIngested(doc.source(), doc.organisation(), doc.quarter().label(), doc.period().start().toString(),
                doc.period().end().toString(), observations.size(), matched, observations.size() - matched,
                written.outcome().name().toLowerCase(Locale.ROOT), written.points());
    }
}
