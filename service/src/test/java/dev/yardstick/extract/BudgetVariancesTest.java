package dev.yardstick.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.document.FinancialQuarter;
import dev.yardstick.document.UpdateDocument;
import dev.yardstick.document.UpdateRow;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Before the year ends, an overspend or underspend with no period of its own is the year's projected variance. */
class BudgetVariancesTest {

    @ParameterizedTest(name = "Q{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The main variances are an Adults Social Care overspend of £6.3m.            | 2 | FORECAST 2019/20
            Council Wide budgets show an underspend of £1.4m.                           | 3 | FORECAST 2019/20
            Home to school transport accounts for £2.1m of the pressure.                 | 1 | FORECAST 2019/20
            The main variances are an Adults Social Care overspend of £6.3m.            | 4 | ACTUAL Q4 2019/20
            Having weighed the pressures, the revised budget gap is now £16m for 2019/20. | 2 | ACTUAL 2019/20
            Overspending services saw 412 complaints.                                    | 2 | ACTUAL Q2 2019/20
            Council Wide budgets show an underspend of £1.4m because the 2019/20 pay award is lower. | 2 | FORECAST 2019/20
            """)
    void aVarianceBeforeTheYearsEndIsTheYearsForecast(String sentence, int quarter, String expected) {
        UpdateRow row = new UpdateRow(3, null, "Theme", "Balance the budget.", "A Director", List.of(sentence));
        var all = new Extractor().extract(new UpdateDocument("test.txt", "testshire", new FinancialQuarter(2019, quarter),
                List.of(row), List.of()));

        assertThat(all).extracting(o -> o.kind() + " " + o.period().label()).containsExactly(expected);
    }

    @org.junit.jupiter.api.Test
    void aMonitorsColumnsOfPressuresAndMitigationsBeforeTheYearsEndAreTheYearsForecast() {
        var all = Sentences.fromText("west-sussex", """
                TOTAL PERFORMANCE MONITOR TO END OF JUNE 2018 – QUARTER 1 2018/19
                Table - Summary of 2018/19 Pressures and Mitigations
                Theme\tPressures and Underspends (£m)\tMitigation (£m)\tVariation To Budget (£m)
                Reducing CLA numbers.\t\t(£0.150m)
                Best Start In Life- Total\t£2.369m\t(£0.225m)\t£2.144m
                """);

        assertThat(all).extracting(o -> o.quantity().value() + " " + o.kind() + " " + o.period().label())
                .containsExactly("-150000.0 FORECAST 2018/19", "2369000.0 FORECAST 2018/19", "-225000.0 FORECAST 2018/19",
                        "2144000.0 FORECAST 2018/19");
    }
}
