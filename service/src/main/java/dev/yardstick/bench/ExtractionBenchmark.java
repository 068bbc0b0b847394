package dev.yardstick.bench;

import dev.yardstick.catalogue.IndicatorCatalogue;
import dev.yardstick.catalogue.IndicatorMatcher;
import dev.yardstick.catalogue.MatchedObservation;
import dev.yardstick.document.TextExportReader;
import dev.yardstick.document.UpdateDocument;
import dev.yardstick.extract.Extractor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Single-thread throughput of reading, extracting and matching, on a generated corpus held in
 * memory as bytes (so disk speed is not measured). Runs a warm-up pass first so the JIT has
 * compiled the hot paths, then times corpora of N/4, N/2 and N documents: equal MB/s across the
 * three shows linear scaling with document count.
 */
public final class ExtractionBenchmark {

    public record Result(int documents, long bytes, long observations, long matched, double seconds) {
        public double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }

        public double documentsPerSecond() {
            return documents / seconds;
        }
    }

    private final List<byte[]> corpus;
    private final IndicatorMatcher matcher;

    public ExtractionBenchmark(CorpusGenerator generator, int documents, IndicatorCatalogue catalogue) {
        this.corpus = new ArrayList<>(documents);
        for (int i = 0; i < documents; i++) {
            corpus.add(generator.document(i).getBytes(StandardCharsets.UTF_8));
        }
        this.matcher = new IndicatorMatcher(catalogue);
    }

    public Result run(int documents) {
        TextExportReader reader = new TextExportReader();
        Extractor extractor = new Extractor(matcher);
        long bytes = 0;
        long observations = 0;
        long matched = 0;
        long start = System.nanoTime();
        for (int i = 0; i < documents; i++) {
            byte[] doc = corpus.get(i);
            bytes += doc.length;
            UpdateDocument d = reader.read("generated-" + i + ".txt", "generated", doc);
            var found = matcher.match(extractor.extract(d));
            observations += found.size();
            matched += found.stream().filter(MatchedObservation::isCatalogued).count();
        }
        return new Result(documents, bytes, observations, matched, (System.nanoTime() - start) / 1e9);
    }

    public int size() {
        return corpus.size();
    }
}
