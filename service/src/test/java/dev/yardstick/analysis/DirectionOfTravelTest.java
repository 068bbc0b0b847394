package dev.yardstick.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.catalogue.Indicator;
import dev.yardstick.catalogue.Polarity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Direction of travel compares a period only with an earlier period of the same length. */
class DirectionOfTravelTest {

    private static final Indicator SALES = Indicators.of("lottery_ticket_sales", "Local lottery ticket sales", "tickets per week",
            Polarity.HIGHER_BETTER);

    private static SeriesPoint point(String start, String end, double value) {
        return new SeriesPoint(LocalDate.parse(start), LocalDate.parse(end), value);
    }

    @Test
    void aQuarterIsNotComparedWithTheWholeYearBeforeIt() {
        // "3,300 in 2018/19 ... 628 in Q1": not a fall from 3,300 to 628
        List<SeriesPoint> series = List.of(point("2018-04-01", "2019-03-31", 3300), point("2019-04-01", "2019-06-30", 628));

        IndicatorStatus status = StatusEvaluator.at(SALES, "lbbd", series, null);

        assertThat(status.direction()).isEqualTo(Direction.NONE);
        assertThat(status.previous()).isNull();
        assertThat(status.worseningPeriods()).isZero();
        assertThat(StatusWords.summary(status)).doesNotContain("worsening").doesNotContain("since the previous period");
    }

    @Test
    void aQuarterIsComparedWithTheLatestEarlierQuarterSkippingAYearReportedBetween() {
        List<SeriesPoint> series = List.of(point("2018-01-01", "2018-03-31", 700), point("2017-04-01", "2018-03-31", 3300),
                point("2018-04-01", "2018-06-30", 650));

        IndicatorStatus status = StatusEvaluator.at(SALES, "lbbd", series, null);

        assertThat(status.previous()).isEqualTo(700);
        assertThat(status.direction()).isEqualTo(Direction.WORSENING);
        assertThat(status.worseningPeriods()).isEqualTo(1);
    }

    @Test
    void worseningRunsCountOnlyPeriodsOfTheSameLength() {
        List<SeriesPoint> series = List.of(point("2018-01-01", "2018-03-31", 800), point("2018-04-01", "2018-06-30", 700),
                point("2017-07-01", "2018-06-30", 9000), point("2018-07-01", "2018-09-30", 650));

        assertThat(StatusEvaluator.worseningPeriods(series, Polarity.HIGHER_BETTER)).isEqualTo(2);
    }

    @Test
    void theFirstValueHasNoDirection() {
        IndicatorStatus status = StatusEvaluator.at(SALES, "lbbd", List.of(point("2019-07-01", "2019-09-30", 650)), null);

        assertThat(status.direction()).isEqualTo(Direction.NONE);
    }

    @ParameterizedTest(name = "{0}..{1} vs {2}..{3}: {4}")
    @CsvSource({
            "2019-04-01, 2019-06-30, 2019-07-01, 2019-09-30, true",   // quarters of 91 and 92 days
            "2019-01-01, 2019-03-31, 2019-04-01, 2019-06-30, true",   // 90 and 91 days
            "2018-04-01, 2019-03-31, 2019-04-01, 2019-06-30, false",  // a year and a quarter
            "2019-04-01, 2019-09-30, 2019-07-01, 2019-09-30, false",  // half a year to date and a quarter
            "2019-07-01, 2019-07-31, 2019-08-01, 2019-08-31, true",   // months
            "2019-08-31, 2019-08-31, 2019-09-30, 2019-09-30, true",   // single days
            "2019-08-02, 2019-08-31, 2019-09-02, 2019-10-01, true",   // 30 days each, not whole months
            "2019-08-01, 2019-08-30, 2019-09-01, 2019-09-30, false"   // 30 days, but one is a whole month
    })
    void periodsAreTheSameLengthWhenTheyHaveAsManyWholeMonthsOrElseAsManyDays(String s1, String e1, String s2, String e2, boolean same) {
        assertThat(point(s1, e1, 1).sameLengthAs(point(s2, e2, 1))).isEqualTo(same);
        assertThat(point(s2, e2, 1).sameLengthAs(point(s1, e1, 1))).isEqualTo(same);
    }
}
