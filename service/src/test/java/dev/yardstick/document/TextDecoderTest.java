package dev.yardstick.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextDecoderTest {

    private static final String HEADER = "Key Accountability\tStrategic Director\tQuarter 2 2019/20 Update\n";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-8", "windows-1252"})
    void oneNulByteInAnOtherwiseGoodTextMarksItBinary(String charset) {
        // far below the 1 % of control characters that marks a text binary: the NUL alone must refuse it ("£" tells the encodings apart)
        String text = HEADER + "Theme\t\t\nDo it.\tA Person\tSpent £12 on it.\n".repeat(50);
        byte[] good = text.getBytes(Charset.forName(charset));
        byte[] withNul = (text + "\u0000").getBytes(Charset.forName(charset));

        assertThat(TextDecoder.decode("good.txt", good)).isEqualTo(text);
        assertThat(new UpdateReader().read("good.txt", "x", good).rows()).hasSize(50);
        assertThatThrownBy(() -> new UpdateReader().read("nul.txt", "x", withNul))
                .isInstanceOf(DocumentRejectedException.class).hasMessageContaining("nul.txt").hasMessageContaining("binary");
    }
}
