package dev.yardstick.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.document.FinancialQuarter;
import dev.yardstick.document.UpdateDocument;
import dev.yardstick.document.UpdateRow;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A measure's results listed a period to a line under its name, as councils' indicator pages show
 * them (lines after Mole Valley District Council's Performance Indicators Report 2022/23, Open
 * Government Licence): the newest is the latest result, the lines above it earlier results.
 */
class PeriodListTest {

    private static final FinancialQuarter YEAR_END = new FinancialQuarter(2022, 4);

    private static List<Observation> extract(String... paragraphs) {
        UpdateRow row = new UpdateRow(3, null, "Waste", "Percentage of waste recycled", "", List.of(paragraphs));
        return new Extractor().extract(new UpdateDocument("pi.txt", "mole-valley", YEAR_END, List.of(row), List.of()));
    }

    @Test
    void theNewestLineWithAFigureIsTheActualAndTheLinesBeforeItArePriors() {
        List<Observation> all = extract("Q1 2021/22: 56.5%", "Q2 2021/22: 55.7%", "Q3 2022/23: 54.5%", "Q4 2022/23: To be reported");

        assertThat(all).extracting(o -> o.quantity().value() + " " + o.kind() + " " + o.period().label())
                .containsExactly("56.5 PRIOR Q1 2021/22", "55.7 PRIOR Q2 2021/22", "54.5 ACTUAL Q3 2022/23");
    }

    @Test
    void yearsListedInAnyOrderAreReadAgainstTheNewest() {
        List<Observation> all = extract("2021/22: 3289 tonnes", "2018/19: 4162 tonnes");

        assertThat(all).extracting(o -> o.quantity().value() + " " + o.kind())
                .containsExactly("3289.0 ACTUAL", "4162.0 PRIOR");
    }

    @Test
    void aListMayGiveEachYearWithAnEqualsSign() {
        List<Observation> all = extract("2021 = 5.2%", "2022 = 3.9%");

        assertThat(all).extracting(o -> o.quantity().value() + " " + o.kind()).containsExactly("5.2 PRIOR", "3.9 ACTUAL");
    }

    @Test
    void aLineAloneOrALabelThatIsMoreThanAPeriodMakesNoList() {
        List<Observation> all = extract("Current Target: 58.0%", "Q2 2021/22: 55.7%", "The rate was 54.3% in Q3 2022/23.");

        assertThat(all).filteredOn(o -> o.quantity().value() == 55.7).singleElement()
                .extracting(Observation::kind).isEqualTo(Kind.ACTUAL);
    }
}
