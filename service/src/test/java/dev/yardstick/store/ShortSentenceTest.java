package dev.yardstick.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The hover text of an annotation: short sentences whole, long ones cut at a word and marked. */
class ShortSentenceTest {

    @Test
    void keepsAShortSentenceWhole() {
        String s = "Our rate dropped by 4% between Q1 and Q2 to 27.1 per 1,000.";

        assertThat(ShortSentence.of(s)).isEqualTo(s);
    }

    @Test
    void cutsALongSentenceAtAWordBoundaryAndMarksTheCut() {
        String s = "The number of households in temporary accommodation fell from 1,912 at the end of March to 1,850 at the end of "
                + "September, the lowest level since 2016, because more families were helped to stay in their homes by the prevention team.";

        String shortened = ShortSentence.of(s);

        assertThat(shortened).hasSizeLessThanOrEqualTo(ShortSentence.LIMIT).endsWith("\u2026");
        String kept = shortened.substring(0, shortened.length() - 1);
        assertThat(s).startsWith(kept);
        assertThat(s.charAt(kept.length())).isIn(' ', ',');
    }

    /** Whitespace runs collapse as the regular expression {@code \\s+} collapses them; other spaces (no-break) stay. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Rate  fell\tto 4%.", "Rate\r\nfell \u000B\fto 4%.", "Rate fell\u00A0to 4%.",
            "Rate fell to 4%.", " a  b ", "a \t \n b", "a\u2003\u2003b  c"})
    void collapsesWhitespaceAsTheRegularExpressionDoes(String sentence) {
        assertThat(ShortSentence.of(sentence)).isEqualTo(sentence.strip().replaceAll("\\s+", " "));
    }

    @Test
    void cutsInsideAWordOnlyWhenOneWordFillsTheRoom() {
        String s = "x".repeat(400);

        assertThat(ShortSentence.of(s)).hasSize(ShortSentence.LIMIT).endsWith("\u2026");
    }

    /** Every character class the cut may end in, line terminators the pattern's {@code $} treats specially among them. */
    static java.util.stream.Stream<String> cuts() {
        java.util.Random random = new java.util.Random(160);
        char[] pool = {'a', 'b', ' ', ',', ';', ':', '(', ')', '-', '\u2013', '\u2014', '.', '\t', '\n', '\r', '\u000B', '\f', '\u0085',
                '\u2028', '\u2029', '\u00A0'};
        return java.util.stream.IntStream.range(0, 300).mapToObj(i -> {
            char[] cs = new char[random.nextInt(8)];
            for (int j = 0; j < cs.length; j++) {
                cs[j] = pool[random.nextInt(pool.length)];
            }
            return new String(cs);
        });
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("cuts")
    void takesTrailingPunctuationOffAsThePatternDid(String cut) {
        assertThat(ShortSentence.withoutTrailingPunctuation(cut)).isEqualTo(cut.replaceAll("[\\s,;:(\\u2013\\u2014-]+$", ""));
    }
}
