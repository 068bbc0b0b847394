package dev.yardstick.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The rate rose. Complaints fell to 12.                          | 2
            Performance was outstanding. 12 schools improved.              | 2
            Spend was approx. £4m this quarter.                            | 1
            It covers roads, e.g. Station Road and High Street.            | 1
            Raised by Cllr. Smith at the meeting.                          | 1
            Led by J. Smith since May.                                     | 1
            Costs were set out by the Dept. Finance staff agreed.          | 1
            The council's departments. Finance staff agreed.               | 2
            It rose to 12.5 per cent. Then it fell.                        | 2
            """)
    void splitsAtAStopBeforeACapitalOrDigitButNotAfterAnAbbreviationOrInitial(String paragraph, int sentences) {
        assertThat(SentenceSplitter.split(paragraph)).hasSize(sentences);
    }
}
