package dev.yardstick.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.catalogue.Indicator;
import dev.yardstick.catalogue.Polarity;
import dev.yardstick.extract.Scope;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ComparatorGapTest {

    private static IndicatorStatus at(Indicator indicator, String quarterEnd, double value) {
        return StatusEvaluator.at(indicator, "lbbd", Indicators.quarterly(LocalDate.parse(quarterEnd), value), null);
    }

    private static ComparatorGap.Quoted quoted(String scope, String periodEnd, double value) {
        return new ComparatorGap.Quoted(scope, LocalDate.parse(periodEnd), value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            HIGHER_BETTER | 87.2 | 82.7 |  1 | 4.5 percentage points above England, better
            HIGHER_BETTER | 4.5  | 5.8  | -1 | 1.3 percentage points below England, worse
            LOWER_BETTER  | 30   | 28   | -1 | 2 percentage points above England, worse
            LOWER_BETTER  | 27   | 28   |  1 | 1 percentage point below England, better
            NEUTRAL       | 30   | 28   |  0 | 2 percentage points above England, neither better nor worse
            HIGHER_BETTER | 28   | 28   |  0 | level with England, same
            """)
    void judgesTheGapByPolarityNotBySign(Polarity polarity, double own, double england, int judgement, String words) {
        IndicatorStatus s = at(Indicators.of("some_rate", "Some rate", "%", polarity), "2017-03-31", own);
        List<ComparatorGap> gaps = ComparatorGap.at(s, List.of(quoted("england", "2017-03-31", england)));
        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.judgement()).isEqualTo(judgement);
            assertThat(g.words()).isEqualTo(words);
            assertThat(g.gap()).isCloseTo(own - england, org.assertj.core.data.Offset.offset(1e-9));
        });
    }

    @Test
    void aGapInAnotherUnitNamesTheUnit() {
        IndicatorStatus s = at(Indicators.of("some_rate", "Some rate", "per 1,000", Polarity.LOWER_BETTER), "2017-03-31", 27.1);
        assertThat(ComparatorGap.at(s, List.of(quoted("neighbours", "2017-03-31", 25))))
                .singleElement().extracting(ComparatorGap::words).isEqualTo("2.1 per 1,000 above statistical neighbours, worse");
    }

    @Test
    void takesTheLatestValueQuotedByThePeriodEndAndTheLastQuotedForAPeriod() {
        IndicatorStatus s = at(Indicators.of("some_rate", "Some rate", "%", Polarity.HIGHER_BETTER), "2017-06-30", 50);
        List<ComparatorGap> gaps = ComparatorGap.at(s, List.of(
                quoted("england", "2016-03-31", 40), quoted("england", "2017-03-31", 44), quoted("england", "2017-03-31", 45),
                quoted("england", "2017-12-31", 60), quoted("region", "2016-03-31", 52), quoted("other", "2017-03-31", 1)));
        assertThat(gaps).extracting(ComparatorGap::scope, ComparatorGap::value, ComparatorGap::periodEnd).containsExactly(
                org.assertj.core.groups.Tuple.tuple("england", 45.0, LocalDate.parse("2017-03-31")),
                org.assertj.core.groups.Tuple.tuple("region", 52.0, LocalDate.parse("2016-03-31")));
        assertThat(gaps.get(1).words()).isEqualTo("2 percentage points below the region, worse");
    }

    @Test
    void nothingQuotedByThePeriodEndGivesNoGap() {
        IndicatorStatus s = at(Indicators.of("some_rate", "Some rate", "%", Polarity.HIGHER_BETTER), "2017-06-30", 50);
        assertThat(ComparatorGap.at(s, List.of(quoted("england", "2017-09-30", 40)))).isEmpty();
    }

    @Test
    void comparesTheExtractorsComparatorScopes() {
        assertThat(ComparatorGap.SCOPES).containsExactly(Scope.ENGLAND.id(), Scope.REGION.id(), Scope.NEIGHBOURS.id());
    }
}
