package dev.yardstick.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.document.ReportingPeriod;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Column headings write periods with two-digit years, which a sentence's time phrases do not read. */
class HeadingPeriodsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Q4 12/13         | 2013-01-01 | 2013-03-31
            Qtr 1 19/20      | 2019-04-01 | 2019-06-30
            Apr 12 - Mar 13  | 2012-04-01 | 2013-03-31
            Oct 12 - Sep 13  | 2012-10-01 | 2013-09-30
            Apr 13 - Mar14   | 2013-04-01 | 2014-03-31
            """)
    void readsAShortFormOfAPeriod(String heading, String start, String end) {
        ReportingPeriod p = HeadingPeriods.of(heading);

        assertThat(p.start()).isEqualTo(LocalDate.parse(start));
        assertThat(p.end()).isEqualTo(LocalDate.parse(end));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Q4 12/14", "Mar 13 - Apr 12", "Apr 12", "Q3 2019/20 Value", "12/13"})
    void leavesAnythingElseToTheTimePhrases(String heading) {
        assertThat(HeadingPeriods.of(heading)).isNull();
    }

    @Test
    void aDashboardsColumnsOfShortPeriodsDateItsFiguresAndTheNewestIsTheActual() {
        List<Observation> found = Sentences.fromText("manchester", "Performance dashboard Q4 2013/14\n"
                + "Resident employment rate based on population aged 16 to 64\n"
                + "Period\tApr 12 - Mar 13\tJul 12 - Jun 13\tJan 13 - Dec 13\tApr 13 - Mar 14\n"
                + "Employment rate\t61.3%\t60.8%\t61.7%\t-\n");

        assertThat(found).extracting(o -> o.quantity().value() + " " + o.kind() + " " + o.period().end())
                .containsExactly("61.3 PRIOR 2013-03-31", "60.8 PRIOR 2013-06-30", "61.7 ACTUAL 2013-12-31");
    }
}
