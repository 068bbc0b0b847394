package dev.yardstick.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.CorpusLines;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The header test's cheap steps answer as the patterns alone would. */
class HeaderLineTest {

    @Test
    void theCheapTestForAnUpdateWordRulesOutNoLineThePatternFindsOneInOnEveryCorpusLine() {
        List<String> lines = new ArrayList<>(List.of("UPDATE", "Comments", "COMMENTARY", "nArrative 2019/20", "Progress:",
                "in position", "commentaries", "the updated plan", "compositions", "Key\tDirector\tQ2 2019/20 Update", ""));
        lines.addAll(CorpusLines.all());
        for (String line : lines) {
            if (HeaderLine.UPDATE_WORD.matcher(line).find()) {
                assertThat(HeaderLine.holdsUpdateWord(line)).as(line).isTrue();
            }
        }
    }

    @Test
    void aHeaderRepeatedAtAPageBreakGivesTheSameQuarterEachTime() {
        String header = "Key Accountability\tStrategic Director\tQuarter 2 2019/20 Update";
        String other = "Key Accountability\tStrategic Director\tQuarter 3 2018/19 Update";
        String prose = "Progress in 2019/20 was good.";

        assertThat(HeaderLine.quarterOf(header)).contains(new FinancialQuarter(2019, 2));
        assertThat(HeaderLine.quarterOf(new String(header))).contains(new FinancialQuarter(2019, 2));
        assertThat(HeaderLine.quarterOf(other)).contains(new FinancialQuarter(2018, 3));
        assertThat(HeaderLine.quarterOf(prose)).isEmpty();
        assertThat(HeaderLine.quarterOf(header)).contains(new FinancialQuarter(2019, 2));
        assertThat(HeaderLine.quarterOf(prose)).isEmpty();
    }
}
