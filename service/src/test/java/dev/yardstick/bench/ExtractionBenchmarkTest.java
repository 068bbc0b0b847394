package dev.yardstick.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.SeedData;
import dev.yardstick.ingest.UpdateExtraction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark times extraction and, over the same documents, the regular-expression scans it is held against. */
class ExtractionBenchmarkTest {

    private final CorpusGenerator generator = new CorpusGenerator(
            List.of(SeedData.read(SeedData.Q2_2017_18), SeedData.read(SeedData.Q2_2019_20)), 7);
    private final ExtractionBenchmark bench = new ExtractionBenchmark(generator, 3,
            new UpdateExtraction(UpdateExtraction.catalogue(null)));

    @Test
    void scansTheSameBytesExtractionReads() {
        ExtractionBenchmark.Result extracted = bench.run(3);
        ExtractionBenchmark.Scan scanned = bench.scan(ExtractionBenchmark.DIGIT_RUN, 3);

        assertThat(scanned.bytes()).isEqualTo(extracted.bytes()).isPositive();
        assertThat(extracted.observations()).isPositive();
    }

    @Test
    void warmUpExtractsAtLeastOnceAndUntilItsTimeHasPassed() {
        ExtractionBenchmark.WarmUp none = bench.warmUp(1, 0);
        ExtractionBenchmark.WarmUp timed = bench.warmUp(1, 0.3);

        assertThat(none.passes()).isEqualTo(1);
        assertThat(timed.seconds()).isGreaterThanOrEqualTo(0.3);
        assertThat(timed.passes()).isGreaterThanOrEqualTo(1);
        assertThat(timed.last().observations()).isEqualTo(bench.run(1).observations()).isPositive();
    }

    @Test
    void digitScanFindsEveryRunOfDigits() {
        long runs = 0;
        for (int i = 0; i < 3; i++) {
            String text = generator.document(i);
            for (int k = 0; k < text.length(); k++) {
                if (Character.isDigit(text.charAt(k)) && (k == 0 || !Character.isDigit(text.charAt(k - 1)))) {
                    runs++;
                }
            }
        }

        assertThat(bench.scan(ExtractionBenchmark.DIGIT_RUN, 3).matches()).isEqualTo(runs).isPositive();
    }

    @Test
    void numberScanTakesSeparatorsIntoTheNumber() {
        String text = generator.document(0);
        long digitRuns = bench.scan(ExtractionBenchmark.DIGIT_RUN, 1).matches();
        long numbers = bench.scan(ExtractionBenchmark.NUMBER, 1).matches();

        assertThat(text.getBytes(StandardCharsets.UTF_8)).hasSize((int) bench.scan(ExtractionBenchmark.NUMBER, 1).bytes());
        assertThat(numbers).isPositive().isLessThan(digitRuns); // "7,587" is one number, two runs of digits
    }
}
