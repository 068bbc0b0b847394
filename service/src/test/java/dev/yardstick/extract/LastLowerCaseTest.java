package dev.yardstick.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The lower case kept for the last sentence asked about is that sentence's, whichever sentence came before. */
class LastLowerCaseTest {

    @Test
    void eachTextGetsItsOwnRootLocaleLowerCase() {
        String first = "Quarter TWO Performance";
        String second = "İstanbul Twinning: 4 Visits";

        assertThat(LastLowerCase.of(first)).isEqualTo(first.toLowerCase(Locale.ROOT));
        assertThat(LastLowerCase.of(second)).isEqualTo(second.toLowerCase(Locale.ROOT));
        assertThat(LastLowerCase.of(first)).isEqualTo(first.toLowerCase(Locale.ROOT));
    }

    @Test
    void anEqualTextThatIsAnotherObjectIsLowerCasedAgainToTheSameAnswer() {
        String text = "Of our 21 Priority Actions";
        String copy = new String(text.toCharArray());

        String lower = LastLowerCase.of(text);

        assertThat(LastLowerCase.of(text)).isSameAs(lower);
        assertThat(LastLowerCase.of(copy)).isEqualTo(lower);
    }
}
