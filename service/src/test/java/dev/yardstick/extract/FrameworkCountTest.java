package dev.yardstick.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A count of indicators that says how many were reported, rated or monitored sizes the
 * framework; one that says how they performed is a result. Sentences from councils' published
 * performance summaries (see the corpora's SOURCES.md).
 */
class FrameworkCountTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In Q3 2016/17, 315 indicators were reported, 244 of them with a RAG rating.                  | 315
            In Q3 2016/17, 315 indicators were reported, 244 of them with a RAG rating.                  | 244
            Of 36 indicators, 24 were RAG rated: 71% (17) Green.                                          | 24
            Of the 66 measures in this report, 35 are collected every quarter and 31 annually.            | 35
            The 28 KPMs monitored are divided between our four key priorities (Children, Health, Housing and Jobs and Skills). | 28
            The year-end report covers 88 measures, 5 of them without a target.                            | 5
            A further 5 measures have no target yet because a baseline is still being set.               | 5
            The county recorded the best result in Wales in five performance indicator categories.       | 5
            Only two authorities in the comparator group recorded a lower rate than ours.                 | 2
            Only nine local authorities have a higher rate of adoption.                                   | 9
            Only 12 of the 26 indicators reported could be RAG rated, as 14 are monitor-only.            | 12
            Only 12 of the 26 indicators reported could be RAG rated, as 14 are monitor-only.            | 14
            A further 24 indicators were data only or had no data return due in Quarter 2.               | 24
            This excludes 108 annual indicators, 38 with no result and 6 not yet due.                    | 108
            The Council Plan is monitored through 14 key delivery outcomes and 70 measures.              | 70
            Long-term direction of travel, where available (12 indicators), was mostly positive.          | 12
            77% (10) of the 13 indicators with a direction of travel improved.                            | 13
            Seven of them have been given a RAG status this quarter: two are Green and four are Red.     | 7
            36 indicators report to this scrutiny committee: six housing and thirty public health.      | 36
            A new commercial and procurement section, with three new KPIs, was added this year.          | 3
            Of the 18 Corporate Plan measures, 11 are on or above target.                                | 18
            At mid-year, 30 (71%) of the 42 measures with targets were on track.                         | 42
            There are 52 Key Performance Indicators in this year's plan.                                 | 52
            The scorecard covers 64 service measures across three directorates.                          | 64
            That compares with Quarter 1, when 33 of the then 41 measures were on track.                 | 41
            The borough plan sets out three ambitions and six key themes.                                 | 3
            The borough plan sets out three ambitions and six key themes.                                 | 6
            Of the 87 measures, 64 had targets and 23 were volumetric.                                    | 23
            """)
    void aCountOfIndicatorsReportedRatedOrMonitoredIsNotAMeasurement(String sentence, double number) {
        assertThat(Sentences.extract(sentence)).extracting(o -> o.quantity().value()).doesNotContain(number);
    }

    @Test
    void aCountOfIndicatorsThatSaysHowTheyPerformedIsAResult() {
        assertThat(Sentences.extract("17 performance indicators had met or exceeded their target, 9 were between the target "
                + "and the minimum expectation and 8 were falling short of the minimum expectation."))
                .extracting(o -> o.quantity().value()).contains(17.0, 9.0);
        assertThat(Sentences.extract("At the end of the third quarter, 24 measures had met or exceeded their target."))
                .extracting(o -> o.quantity().value()).contains(24.0);
        assertThat(Sentences.extract("At the end of Quarter 2, all 58 Council Plan activities were expected to be delivered by the year end."))
                .extracting(o -> o.quantity().value()).contains(58.0);
        assertThat(Sentences.extract("At mid-year, 30 (71%) of the 42 measures with targets were on track."))
                .extracting(o -> o.quantity().value()).contains(30.0, 71.0);
        assertThat(Sentences.extract("The 2019/20 benchmarking figures put the council in the top quartile for 22 indicators."))
                .extracting(o -> o.quantity().value()).contains(22.0);
    }

    @Test
    void aStarRatingIsTheRatingNotACountOfRatedIndicators() {
        assertThat(Sentences.extract("Dungannon Park and the Burnavon Theatre hold ratings of 4.5 stars."))
                .extracting(o -> o.quantity().value()).containsExactly(4.5);
        assertThat(Sentences.extract("The HomePlace visitor centre is rated 5 stars on TripAdvisor."))
                .extracting(o -> o.quantity().value()).containsExactly(5.0);
    }

    @Test
    void aForecastWordBeforeAColonDoesNotMakeTheListAfterItAForecast() {
        assertThat(Sentences.extract("A Direction of Travel could be given for 223 indicators: 66% (147) had improved or "
                + "stayed the same compared with the same period last year."))
                .filteredOn(o -> o.quantity().value() == 66.0).extracting(Observation::kind).containsOnly(Kind.ACTUAL);
    }

    @org.junit.jupiter.api.Test
    void peoplesOutcomesAreResultsNotThePlansItems() {
        assertThat(Sentences.extract("Brent Works has recorded 3 apprenticeship outcomes for the year to date."))
                .extracting(o -> o.quantity().value()).containsExactly(3.0);
        assertThat(Sentences.extract("The plan has 14 outcomes.")).isEmpty();
    }

    @Test
    void aCountOfAmbitionsOnPlanIsAResult() {
        assertThat(Sentences.extract("Performance was positive overall, and three of the four ambitions were on plan."))
                .extracting(o -> o.quantity().value()).contains(3.0);
    }
}
