package dev.yardstick.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cells of the people's table: periods written short, text cut to fit at word boundaries. */
class TableCellsTest {

    @ParameterizedTest(name = "{0}..{1} is {2}")
    @CsvSource({
            "2019-07-01, 2019-09-30, Q2 2019/20",
            "2020-01-01, 2020-03-31, Q4 2019/20",
            "2019-04-01, 2020-03-31, 2019/20",
            "2009-04-01, 2010-03-31, 2009/10",
            "2019-01-01, 2019-12-31, 2019",
            "2019-07-01, 2019-07-31, Jul 2019",
            "2019-03-01, 2019-09-30, Mar-Sep 2019",
            "2019-11-01, 2020-02-29, Nov 2019-Feb 2020",
            "2019-08-31, 2019-08-31, 31 Aug 2019",
            "2019-03-15, 2019-09-30, 15 Mar-30 Sep 2019",
            "2018-12-15, 2019-01-14, 15 Dec 2018-14 Jan 2019"
    })
    void periodsReadAsAReportWritesThem(String start, String end, String label) {
        assertThat(PeriodLabel.of(LocalDate.parse(start), LocalDate.parse(end))).isEqualTo(label);
    }

    @ParameterizedTest
    @CsvSource({"100000000, '100,000,000'", "7587, '7,587'", "27.1, 27.1", "0.125, 0.13", "-1500.5, '-1,500.5'"})
    void numbersAreGroupedInThousands(double value, String text) {
        assertThat(ReadableValue.grouped(value, 2)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The council secured £7.4 million for the football hub from the national fund this year.|£7.4 million|40|...secured £7.4 million for the...",
            "Short sentence with £5.|£5|40|Short sentence with £5.",
            "£950,000 for a new roof on the library and the community hall next door.|£950,000|30|£950,000 for a new roof on..."
    })
    void contextKeepsTheValueWholeAndCutsAtWords(String sentence, String value, int width, String expected) {
        int start = sentence.indexOf(value);
        String context = TextFit.around(sentence, start, start + value.length(), width);

        assertThat(context).isEqualTo(expected).contains(value);
        assertThat(context.length()).isLessThanOrEqualTo(width);
    }
}
