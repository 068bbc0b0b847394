package dev.yardstick;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the launcher does with its arguments: serve, run a command, or print help. */
class YardstickTest {

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "help", "--server.port=9090 --help", "extract --help"})
    void askingForHelpPrintsUsageAndNeverStartsTheServer(String line) {
        String[] args = line.split(" ");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(Yardstick.startsServer(args)).isFalse();
        assertThat(Cli.run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage:").contains("start the HTTP service").contains("extract");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--server.port=9090", "--yardstick.ingest.seed-on-startup=true --server.port=0"})
    void noCommandOrOnlyPropertiesStartsTheServer(String line) {
        assertThat(Yardstick.startsServer(line.isEmpty() ? new String[0] : line.split(" "))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"extract x.txt", "ingest x.txt", "benchmark", "generate --out d"})
    void aCommandRunsWithoutTheServer(String line) {
        assertThat(Yardstick.startsServer(line.split(" "))).isFalse();
    }
}
