package dev.yardstick.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.yardstick.SeedData;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TargetBookTest {

    private static final IndicatorCatalogue CATALOGUE = SeedData.catalogue();

    private static TargetBook parse(String yaml) {
        return TargetBook.parse("targets.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), CATALOGUE);
    }

    @Test
    void theProjectsTargetsFileIsValidAndCoversTheHeadlineIndicators() {
        TargetBook book = TargetBook.load(SeedData.dir().resolve("targets.yaml"), CATALOGUE);

        for (String id : new String[] {"lottery_ticket_sales", "licence_applications", "neet_quintile", "teen_pregnancy_rate",
                "schools_good_or_better"}) {
            assertThat(book.find(id, "lbbd")).as(id).isPresent();
        }
        assertThat(book.find("schools_good_or_better", "lbbd").orElseThrow().source()).contains("good' or 'outstanding");
    }

    @Test
    void trajectoryIsInterpolatedAtTheEndOfEachQuarter() {
        Target.Trajectory t = new Target.Trajectory(LocalDate.of(2017, 4, 1), 100, LocalDate.of(2018, 3, 31), 200);

        // 2017-05-15 is in the quarter ending 2017-06-30: 90 of the trajectory's 364 days
        assertThat(t.valueAt(LocalDate.of(2017, 5, 15)).getAsDouble()).isCloseTo(100 + 100.0 * 90 / 364, within(1e-9));
        assertThat(t.valueAt(LocalDate.of(2017, 6, 30)).getAsDouble()).isCloseTo(100 + 100.0 * 90 / 364, within(1e-9));
        assertThat(t.valueAt(LocalDate.of(2018, 3, 31)).getAsDouble()).isEqualTo(200);
        assertThat(t.valueAt(LocalDate.of(2017, 3, 31))).isEmpty();
        assertThat(t.drawingDates()).contains(LocalDate.of(2017, 4, 1), LocalDate.of(2017, 9, 30), LocalDate.of(2018, 3, 31));
    }

    @Test
    void stepTargetHoldsEachValueOverItsPeriod() {
        TargetBook book = parse("""
                targets:
                  - indicator: teen_pregnancy_rate
                    organisation: lbbd
                    unit: per 1,000
                    tolerance: "5%"
                    source: Illustrative
                    steps:
                      - {from: 2018-04-01, to: 2019-03-31, value: 26}
                      - {from: 2017-04-01, to: 2018-03-31, value: 28}
                """);
        Target t = book.find("teen_pregnancy_rate", "lbbd").orElseThrow();

        assertThat(t.valueAt(LocalDate.of(2017, 9, 30)).getAsDouble()).isEqualTo(28);
        assertThat(t.valueAt(LocalDate.of(2018, 9, 30)).getAsDouble()).isEqualTo(26);
        assertThat(t.valueAt(LocalDate.of(2019, 4, 1))).isEmpty();
        assertThat(t.tolerance().width(28)).isCloseTo(1.4, within(1e-12));
        assertThat(t.targetDate()).isEqualTo(LocalDate.of(2019, 3, 31));
        assertThat(t.illustrative()).isTrue();
    }

    @Test
    void unknownIndicatorIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> parse("""
                targets:
                  - {indicator: no_such, organisation: lbbd, unit: x, tolerance: 1, source: s, steps: [{from: 2017-04-01, to: 2018-03-31, value: 1}]}
                """)).isInstanceOf(CatalogueException.class)
                .hasMessageContaining("target #1").hasMessageContaining("unknown indicator 'no_such'");
    }

    @Test
    void overlappingPeriodsAreRefused() {
        assertThatThrownBy(() -> parse("""
                targets:
                  - indicator: teen_pregnancy_rate
                    organisation: lbbd
                    unit: per 1,000
                    tolerance: 2
                    source: s
                    steps:
                      - {from: 2017-04-01, to: 2018-03-31, value: 28}
                      - {from: 2018-03-01, to: 2019-03-31, value: 26}
                """)).isInstanceOf(CatalogueException.class).hasMessageContaining("overlap");
    }

    @Test
    void negativeToleranceIsRefused() {
        assertThatThrownBy(() -> parse("""
                targets:
                  - {indicator: teen_pregnancy_rate, organisation: lbbd, unit: "per 1,000", tolerance: -2, source: s, steps: [{from: 2017-04-01, to: 2018-03-31, value: 28}]}
                """)).isInstanceOf(CatalogueException.class).hasMessageContaining("tolerance must be zero or positive");
    }

    @Test
    void unitThatDisagreesWithTheIndicatorIsRefused() {
        assertThatThrownBy(() -> parse("""
                targets:
                  - {indicator: teen_pregnancy_rate, organisation: lbbd, unit: "%", tolerance: 2, source: s, steps: [{from: 2017-04-01, to: 2018-03-31, value: 28}]}
                """)).isInstanceOf(CatalogueException.class).hasMessageContaining("unit '%' disagrees with the indicator's unit 'per 1,000'");
    }
}
