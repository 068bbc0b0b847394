package dev.yardstick;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Every line of every labelled corpus and seed update: real council prose to check a hand-written scanner against. */
public final class CorpusLines {

    private CorpusLines() {
    }

    /** The lines of the labelled corpora, then of the seed updates, file by file in name order. */
    public static List<String> all() {
        List<String> lines = new ArrayList<>();
        for (Path dir : List.of(Path.of("src/test/resources/corpora"), Path.of("../seed-data/updates"))) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lines;
    }
}
