package dev.yardstick.cli;

import dev.yardstick.bench.CorpusGenerator;
import dev.yardstick.document.FinancialQuarter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code generate}: writes a corpus of synthetic updates for benchmarks, one file per document,
 * named {@code council-NNN-YYYY-YY-qN.txt} so each council reports consecutive quarters and the
 * organisation comes from the file name. Documents are written one at a time, never all held in memory.
 */
final class GenerateCommand {

    private final PrintStream out;

    GenerateCommand(PrintStream out) {
        this.out = out;
    }

    int run(CommandLine cl) {
        int documents = cl.intOption("--documents", 1000);
        int councils = cl.intOption("--councils", Math.max(1, documents / 40));
        String dir = cl.options().get("--out");
        if (dir == null) {
            throw new UsageException("generate needs --out DIR");
        }
        CorpusGenerator generator = new CorpusGenerator(BenchmarkCommand.seedDocuments(), cl.intOption("--seed", 42));
        Path target = Path.of(dir);
        long bytes = 0;
        try {
            Files.createDirectories(target);
            FinancialQuarter first = new FinancialQuarter(2014, 1);
            for (int i = 0; i < documents; i++) {
                FinancialQuarter quarter = first;
                for (int k = 0; k < i / councils; k++) {
                    quarter = quarter.next();
                }
                String name = String.format("council-%03d-%s-q%d.txt", i % councils,
                        FinancialQuarter.fyLabel(quarter.startYear()).replace('/', '-'), quarter.quarter());
                byte[] text = generator.document(i, quarter).getBytes(StandardCharsets.UTF_8);
                Files.write(target.resolve(name), text);
                bytes += text.length;
            }
        } catch (IOException e) {
            throw new UsageException("cannot write to " + dir + ": " + e.getMessage());
        }
        out.printf("wrote %d documents (%d councils, %.1f MB) to %s%n", documents, councils, bytes / 1e6, dir);
        return Cli.OK;
    }
}
