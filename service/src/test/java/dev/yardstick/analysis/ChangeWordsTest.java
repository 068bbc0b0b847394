package dev.yardstick.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.catalogue.Indicator;
import dev.yardstick.catalogue.Polarity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The change a stat tile shows: against the previous period of the same length, its reading explicit, judged by polarity. */
class ChangeWordsTest {

    private static SeriesPoint quarter(String end, double value) {
        LocalDate e = LocalDate.parse(end);
        return new SeriesPoint(e.withDayOfMonth(1).minusMonths(2), e, value);
    }

    private static IndicatorStatus latest(Indicator indicator, double before, double now) {
        return StatusEvaluator.at(indicator, "lbbd", List.of(quarter("2019-06-30", before), quarter("2019-09-30", now)), null);
    }

    @Test
    void aChangeBetweenPercentagesIsInPercentagePointsNotPercent() {
        Indicator rate = Indicators.of("nhs_checks", "Health checks taken up", "%", Polarity.HIGHER_BETTER);

        assertThat(ChangeWords.of(latest(rate, 40, 44))).isEqualTo("+4 percentage points, improving");
    }

    @Test
    void aChangeOfACountCarriesItsUnitAndThePercentChange() {
        Indicator sales = Indicators.of("lottery_ticket_sales", "Local lottery ticket sales", "tickets per week", Polarity.HIGHER_BETTER);

        assertThat(ChangeWords.of(latest(sales, 2400, 2280))).isEqualTo("-120 tickets per week (-5%), worsening");
    }

    @Test
    void aRiseIsWorseningWhenLowerIsBetter() {
        Indicator teen = Indicators.of("teen_pregnancy_rate", "Under-18 conceptions", "per 1,000", Polarity.LOWER_BETTER);

        assertThat(ChangeWords.of(latest(teen, 27.1, 28.3))).isEqualTo("+1.2 per 1,000 (+4.4%), worsening");
        assertThat(ChangeWords.of(latest(teen, 28.3, 27.1))).endsWith(", improving");
    }

    @Test
    void thereAreNoWordsWithoutAPreviousPeriodOfTheSameLength() {
        Indicator sales = Indicators.of("lottery_ticket_sales", "Local lottery ticket sales", "tickets per week", Polarity.HIGHER_BETTER);
        IndicatorStatus first = StatusEvaluator.at(sales, "lbbd", List.of(quarter("2019-06-30", 2400)), null);

        assertThat(ChangeWords.of(first)).isNull();
    }
}
