package dev.yardstick.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.document.FinancialQuarter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NearestYearsTest {

    @ParameterizedTest(name = "{0} in Q{1} {2}/..: {3}")
    @CsvSource(delimiter = '|', value = {
            "3 | 3 | 2019 | 2020", // "in March", written in October to December 2019: the March to come
            "6 | 3 | 2019 | 2019", // "by 30 June": the June just gone
            "11| 3 | 2019 | 2019", // inside the quarter
            "1 | 1 | 2017 | 2017", // January is nearer April to June 2017 from before it
            "12| 4 | 2016 | 2016", // December, just before January to March 2017
    })
    void aMonthWithoutAYearTakesTheYearNearestTheReportingQuarter(int month, int quarter, int startYear, int year) {
        NearestYears years = new NearestYears(new FinancialQuarter(startYear, quarter));

        assertThat(years.of(month)).isEqualTo(year);
        assertThat(years.of(month)).as("asked again").isEqualTo(year);
    }
}
