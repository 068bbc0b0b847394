package dev.yardstick.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BenchmarkCommandTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--warmup-seconds -1 | --warmup-seconds must be a whole number, 0 or more, was '-1'",
            "--warmup-seconds soon | --warmup-seconds must be a whole number, 0 or more, was 'soon'",
            "--documents 0 | --documents must be a positive whole number, was '0'",
    })
    void aBadOptionIsRefusedWithWhatItMustBe(String options, String message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Cli.run(("benchmark " + options).split(" "), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8) + out.toString(StandardCharsets.UTF_8)).contains(message);
    }
}
