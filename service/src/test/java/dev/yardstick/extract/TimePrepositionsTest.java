package dev.yardstick.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.document.FinancialQuarter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the words right before a date do to it, however the space before the date is written. */
class TimePrepositionsTest {

    private final TemporalScanner scanner = new TemporalScanner(new FinancialQuarter(2019, 2));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "We aim to reach 95% by April 2020|BY",
            "We aim to reach 95% BY  April 2020|BY",
            "Visits have risen since April 2019 to 5,000|SINCE",
            "The scheme, which commenced in April 2019, has 40 members|SINCE",
            "We aim to reach 95% nearby April 2020|PERIOD",
            "We aim to reach 95% by(April 2020)|PERIOD",
    })
    void aPrepositionRightBeforeADateSetsItsRole(String sentence, TimeMention.Role role) {
        List<TimeMention> mentions = scanner.scan(sentence);

        assertThat(mentions).extracting(TimeMention::role).contains(role);
    }

    @ParameterizedTest(name = "line terminator {0}")
    @CsvSource({"2028", "2029", "0085"})
    void aLineTerminatorAfterThePrepositionsSpaceStillLetsItApply(String hex) {
        String sentence = "We aim to reach 95% by " + (char) Integer.parseInt(hex, 16) + "April 2020";

        assertThat(scanner.scan(sentence)).extracting(TimeMention::role).contains(TimeMention.Role.BY);
    }
}
