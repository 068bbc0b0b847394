package dev.yardstick.bench;

import dev.yardstick.ingest.ExtractedUpdate;
import dev.yardstick.ingest.UpdateExtraction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Single-thread throughput of reading, extracting and matching, through the same
 * {@link UpdateExtraction} the service and the commands use (catalogue, standard library and
 * provisional naming), on a generated corpus held in memory as bytes (so disk speed is not measured). Warms up first
 * ({@link #warmUp}) so the JIT has compiled the hot paths, then times corpora of N/4, N/2 and N
 * documents: equal MB/s across the three shows linear scaling with document count.
 *
 * <p>{@link #scan} is the yardstick extraction is held against: a single-thread regular-expression
 * scan over the same documents (decoded from the same bytes) for runs of digits
 * ({@link #DIGIT_RUN}) or for numbers as written, separators included ({@link #NUMBER}), about the
 * least any reader of numbers in text must do.
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

    /** Every run of digits. */
    public static final Pattern DIGIT_RUN = Pattern.compile("\\d+");
    /** Every number as written, with its thousands separators and decimal point ("7,587", "27.1"). */
    public static final Pattern NUMBER = Pattern.compile("[0-9][0-9,.]*");

    /** A scan's figures: the bytes it read, the matches it found and its time. */
    public record Scan(Pattern pattern, int documents, long bytes, long matches, double seconds) {
        public double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }
    }

    private final List<byte[]> corpus;
    private final UpdateExtraction extraction;

    public ExtractionBenchmark(CorpusGenerator generator, int documents, UpdateExtraction extraction) {
        this.corpus = new ArrayList<>(documents);
        for (int i = 0; i < documents; i++) {
            corpus.add(generator.document(i).getBytes(StandardCharsets.UTF_8));
        }
        this.extraction = extraction;
    }

    public Result run(int documents) {
        long bytes = 0;
        long observations = 0;
        long matched = 0;
        long start = System.nanoTime();
        for (int i = 0; i < documents; i++) {
            byte[] doc = corpus.get(i);
            bytes += doc.length;
            ExtractedUpdate update = extraction.extract("generated-" + i + ".txt", "generated", doc);
            observations += update.observations().size();
            matched += update.matched();
        }
        return new Result(documents, bytes, observations, matched, (System.nanoTime() - start) / 1e9);
    }

    /** A warm-up's figures: how many passes over the corpus it made, its time, and the last pass. */
    public record WarmUp(int passes, double seconds, Result last) {
    }

    /**
     * Extracts the first {@code documents} documents over and over, at least once and until
     * {@code seconds} have passed, so that what is timed after it is code the JIT has compiled
     * (as JMH warms up by time): on a busy two-core machine the optimising compiler finishes the
     * hot extraction methods well after a single pass.
     */
    public WarmUp warmUp(int documents, double seconds) {
        long start = System.nanoTime();
        int passes = 0;
        Result last;
        do {
            last = run(documents);
            passes++;
        } while ((System.nanoTime() - start) / 1e9 < seconds);
        return new WarmUp(passes, (System.nanoTime() - start) / 1e9, last);
    }

    /** Decodes the first {@code documents} documents and finds every match of {@code pattern} in them, on this thread. */
    public Scan scan(Pattern pattern, int documents) {
        long bytes = 0;
        long matches = 0;
        long start = System.nanoTime();
        for (int i = 0; i < documents; i++) {
            byte[] doc = corpus.get(i);
            bytes += doc.length;
            Matcher m = pattern.matcher(new String(doc, StandardCharsets.UTF_8));
            while (m.find()) {
                matches++;
            }
        }
        return new Scan(pattern, documents, bytes, matches, (System.nanoTime() - start) / 1e9);
    }

    public int size() {
        return corpus.size();
    }
}
