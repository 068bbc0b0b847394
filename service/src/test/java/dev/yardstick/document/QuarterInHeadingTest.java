package dev.yardstick.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reporting quarters as other councils write them in their update tables' headers. */
class QuarterInHeadingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Key Accountability	Lead Member	Quarter 2 2019/20 Update | 2019 | 2
            Priority	Lead Officer	Q3 2018-19 Progress        | 2018 | 3
            Commitment	Owner	Quarter Two 2019/20 Update       | 2019 | 2
            Action	Director	Third Quarter 2020/21 Commentary   | 2020 | 3
            Action	Director	4th quarter 2016/17 position       | 2016 | 4
            Key Accountability	Director	2019/20 Q1 Update        | 2019 | 1
            Key Accountability	Director	2019-20, Quarter 4 Update | 2019 | 4
            Key Accountability	Director	Quarter 2 Update 2019/20 | 2019 | 2
            Key Accountability	Director	Q2 19/20 Update          | 2019 | 2
            Key Accountability	Director	Quarter 2 (July - September 2019) Update | 2019 | 2
            Key Accountability	Director	Q4 (Jan-Mar 2020) progress update  | 2019 | 4
            Key Accountability	Director	2018/19 Year End Update  | 2018 | 4
            Key Accountability	Director	Mid-year 2021-22 Update  | 2021 | 2
            Key Accountability	Lead Officer	Update July - September 2019 | 2019 | 2
            Priority	Lead	Position at 30 September 2019    | 2019 | 2
            Priority	Lead	Update as at end of December 2019 | 2019 | 3
            Priority	Lead	Position as at 31/03/2020         | 2019 | 4
            Objective	Portfolio Holder	Six month update 2019/20 | 2019 | 2
            Objective	Portfolio Holder	Update Sep-19          | 2019 | 2
            Objective	Portfolio Holder	Q2 19-20 update        | 2019 | 2
            Objective	Portfolio Holder	Half year progress April - September 2019 | 2019 | 2
            Objective	Portfolio Holder	Progress Update January 2020 | 2019 | 4
            Key Accountability	Cabinet Member	Month 2 2017/18 Update | 2017 | 1
            Key Accountability	Cabinet Member	2019/20 Period 9 Update | 2019 | 3
            Indicator	Lead	Youth Justice Plan 2014/15 Update | 2014 | 4
            """)
    void readsTheQuarterHoweverTheHeaderWritesIt(String header, int startYear, int quarter) {
        assertThat(HeaderLine.quarterOf(header)).contains(new FinancialQuarter(startYear, quarter));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Key Accountability\tDirector\tQuarter 3 (July - September 2019) Update",
            "Key Accountability\tDirector\tQuarter 2 2019/22 Update",
            "We will update the plan in the second quarter of next year, as agreed in 2019 with partners across the borough and beyond.",
            "Thriving Communities: our priorities and resources - position at mid-year 2019-20",
            "Key Accountability\tDirector\tUpdate (data as at 30 September 2019)",
    })
    void doesNotTrustAQuarterItsOwnMonthsOrYearsContradict(String line) {
        assertThat(HeaderLine.quarterOf(line)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2017-18 End of Year Performance Report: Key Measures       | 2017 | 4
            Corporate performance - year-end position 2020/21           | 2020 | 4
            Our finances are well managed - position at mid-year 2018-19 | 2018 | 2
            Half Year Performance Report 2016/17                        | 2016 | 2
            EA Performs Key Statistics, Period 9 2011/12 (November 2011) | 2011 | 3
            Monthly performance digest, Period 11 2019/20               | 2019 | 4
            Key statistics (May 2020)                                   | 2020 | 1
            Waste and Recycling Performance, 2017/18 Outturn and 2018/19 Targets | 2017 | 4
            Annual Performance Report 2018/19                           | 2018 | 4
            Corporate scorecard: full year 2016-17                      | 2016 | 4
            Super Key Performance Indicators 2025-26, position at August 2025 | 2025 | 2
            Waste and recycling performance, 2019/20 so far (April to October 2019) | 2019 | 3
            Performance summary April - September 2019                  | 2019 | 2
            Planning figures for 1 April to 30 September 2023            | 2023 | 2
            Corporate performance as at the end of December 2019         | 2019 | 3
            Corporate Performance Report 2019/20 - Quarter 3          | 2019 | 3
            Performance & Customer Feedback Report: 2021/22 (Q1)      | 2021 | 1
            """)
    void aTitleAtTheYearsEndOrMiddleOrOfAMonthNamesItsQuarter(String title, int startYear, int quarter) {
        assertThat(QuarterInHeading.includingYearEnd(title)).contains(new FinancialQuarter(startYear, quarter));
    }

    @org.junit.jupiter.api.Test
    void aWordThatMerelyStartsLikeAMonthOpensNoSpanOfMonths() {
        assertThat(MonthInHeading.reported("Market to June 2019 review")).isEmpty();
        assertThat(MonthInHeading.reported("Decision to March 2020 on the depot")).isEmpty();
        assertThat(MonthInHeading.reported("Review of March to June 2019")).contains(new FinancialQuarter(2019, 1));
    }

    @org.junit.jupiter.api.Test
    void whenTheDataWereDrawnIsNoPositionAndATitleNamingOnlyAYearReportsItsEnd() {
        String title = "Local Government Benchmarking Framework 2023-24, summary of our results (data as at January 2025)";

        assertThat(QuarterInHeading.includingYearEnd(title)).isEmpty();
        assertThat(QuarterInHeading.yearOfTitle(title)).contains(new FinancialQuarter(2023, 4));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Corporate Performance Report, September 2019                 | 2019 | 2
            Performance for the period ending 30 June 2021               | 2021 | 1
            Key measures dashboard: January 2020 (data as at 14 February 2020) | 2019 | 4
            """)
    void aTitleNamingItsMonthReportsThatMonthsQuarter(String title, int startYear, int quarter) {
        assertThat(MonthInHeading.ofMonth(title)).contains(new FinancialQuarter(startYear, quarter));
    }
}
