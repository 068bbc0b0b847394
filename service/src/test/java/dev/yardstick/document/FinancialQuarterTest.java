package dev.yardstick.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FinancialQuarterTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Quarter 2 2019/20 Update | 2019-07-01 | 2019-09-30
            Q1 2018/19               | 2018-04-01 | 2018-06-30
            Qtr 3 2016-17            | 2016-10-01 | 2016-12-31
            Quarter 4 2016/17        | 2017-01-01 | 2017-03-31
            Q4 2020/2021             | 2021-01-01 | 2021-03-31
            """)
    void followsTheAprilToMarchFinancialYear(String label, String start, String end) {
        FinancialQuarter q = FinancialQuarter.of(label);

        assertThat(q.start()).isEqualTo(LocalDate.parse(start));
        assertThat(q.end()).isEqualTo(LocalDate.parse(end));
    }

    @Test
    void rejectsYearsThatAreNotConsecutive() {
        assertThatThrownBy(() -> FinancialQuarter.of("Quarter 2 2019/22")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findsTheQuarterContainingADate() {
        assertThat(FinancialQuarter.containing(LocalDate.of(2020, 2, 29))).isEqualTo(new FinancialQuarter(2019, 4));
        assertThat(FinancialQuarter.containing(LocalDate.of(2019, 4, 1))).isEqualTo(new FinancialQuarter(2019, 1));
    }

    @Test
    void precedingPeriodKeepsCalendarUnits() {
        assertThat(new FinancialQuarter(2019, 1).period().preceding()).isEqualTo(new FinancialQuarter(2018, 4).period());
        assertThat(ReportingPeriod.month(2017, 7).preceding()).isEqualTo(ReportingPeriod.month(2017, 6));
        assertThat(FinancialQuarter.financialYear(2016).preceding()).isEqualTo(FinancialQuarter.financialYear(2015));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "Q{1} {0}")
    @org.junit.jupiter.params.provider.CsvSource({"1999, 4", "2019, 1", "2019, 2", "2019, 3", "2019, 4", "2199, 4", "1900, 1"})
    void aQuartersPeriodIsItsLabelAndBoundsEveryTimeItIsAsked(int startYear, int quarter) {
        FinancialQuarter q = new FinancialQuarter(startYear, quarter);
        java.time.LocalDate start = java.time.LocalDate.of(startYear, 4, 1).plusMonths(3L * (quarter - 1));

        for (int i = 0; i < 2; i++) {
            assertThat(q.period()).isEqualTo(new ReportingPeriod(q.label(), start, start.plusMonths(3).minusDays(1)));
            assertThat(q.start()).isEqualTo(start);
            assertThat(q.end()).isEqualTo(start.plusMonths(3).minusDays(1));
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}-{1}")
    @org.junit.jupiter.params.provider.CsvSource({"2019, 2", "2020, 2", "1900, 1", "2199, 12", "1850, 6", "2300, 1"})
    void aMonthsPeriodIsTheSameEveryTimeItIsAsked(int year, int month) {
        java.time.LocalDate start = java.time.LocalDate.of(year, month, 1);
        ReportingPeriod expected = new ReportingPeriod(start.toString().substring(0, 7), start, start.plusMonths(1).minusDays(1));

        assertThat(ReportingPeriod.month(year, month)).isEqualTo(expected);
        assertThat(ReportingPeriod.month(year, month)).isEqualTo(expected);
    }
}
