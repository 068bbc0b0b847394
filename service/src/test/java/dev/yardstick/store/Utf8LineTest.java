package dev.yardstick.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Line protocol encoded straight into UTF-8 must be the bytes the JDK's encoder gives for the same text. */
class Utf8LineTest {

    static Stream<String> texts() {
        Random random = new Random(14);
        // ASCII, Latin-1, the rest of the BMP, surrogate pairs, and surrogates on their own or in the wrong order
        char[] pool = {'a', 'Z', '0', '\u0000', ' ', ',', '=', '"', '\\', '\n', '\u00a3', '\u00e9', '\u07ff', '\u0800', '\u2013', '\u2026', '\uFF3C',
                '\uFFFF', '\uD83D', '\uDCC8', '\uD800', '\uDFFF'};
        Stream<String> random50 = IntStream.range(0, 50).mapToObj(i -> {
            char[] cs = new char[random.nextInt(40)];
            for (int j = 0; j < cs.length; j++) {
                cs[j] = pool[random.nextInt(pool.length)];
            }
            return new String(cs);
        });
        return Stream.concat(Stream.of("", "plain", "£1.1 million \u2026 \uD83D\uDCC8", "\uD83D", "\uDCC8\uD83D", "x\uD83Dy"), random50);
    }

    @ParameterizedTest
    @MethodSource("texts")
    void encodesTextAsTheJdksUtf8EncoderDoes(String text) {
        Utf8Line line = new Utf8Line();
        line.ascii('[').text(text).ascii(']');

        assertThat(Arrays.copyOf(line.bytes(), line.length())).isEqualTo(("[" + text + "]").getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void escapesEachOfItsCharactersWithABackslash(String text) {
        Utf8Line line = new Utf8Line();
        line.escaped(text, ',', '=', ' ');

        String expected = text.replace(",", "\\,").replace("=", "\\=").replace(" ", "\\ ");
        assertThat(line.toString()).isEqualTo(new String(expected.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, -1, 9, 10, 99, 100, -100, 1_000_000, 1_567_296_000_000_001L, -999_999_999_999_999L, Long.MAX_VALUE, Long.MIN_VALUE})
    void writesWholeNumbersAsLongToStringDoes(long value) {
        assertThat(new Utf8Line().decimal(value).toString()).isEqualTo(Long.toString(value));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void growsAsALongLineNeeds(String text) {
        Utf8Line line = new Utf8Line();
        String longText = text.repeat(100);
        LongStream.range(0, 3).forEach(i -> line.escaped(longText, '"', '\\', '"'));

        assertThat(line.length()).isGreaterThanOrEqualTo(3 * longText.getBytes(StandardCharsets.UTF_8).length);
    }
}
