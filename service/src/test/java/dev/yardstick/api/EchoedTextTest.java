package dev.yardstick.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one rule for showing request text: hidden characters escaped, long text cut within the bound, never mid-escape or mid-pair. */
class EchoedTextTest {

    @ParameterizedTest
    @ValueSource(ints = {20, 37, 38, 39, 40, 41, 42, 60, 100})
    void longTextIsCutWithinTheBoundAtACharactersEnd(int max) {
        String value = "\u202e".repeat(10) + "\uD83D\uDE00".repeat(10) + "x".repeat(200);

        String shown = EchoedText.escaped(value, max);

        assertThat(shown).hasSizeLessThanOrEqualTo(max).endsWith("...(230 characters)");
        String kept = shown.substring(0, shown.length() - "...(230 characters)".length());
        assertThat(kept).matches("(\\\\u202e)*(\uD83D\uDE00)*x*");
    }

    @org.junit.jupiter.api.Test
    void shortTextIsWholeWithItsHiddenCharactersEscaped() {
        assertThat(EchoedText.escaped("a\tb\u0000c\u2029d\u200b\uDC00 £3.7m \"q\"", 100)).isEqualTo("a\\tb\\u0000c\\u2029d\\u200b\\udc00 £3.7m \"q\"");
        assertThat(EchoedText.escaped(null, 10)).isNull();
    }
}
