package dev.yardstick.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Figures tables say with a column heading what prose says in words. Rows from Maidstone Borough
 * Council's Third Quarter Performance Monitoring 2019/20 (Open Government Licence) and from
 * comparator tables in the style councils publish.
 */
class FigureRowTest {

    private static List<Observation> extract(String text) {
        return Sentences.fromText("maidstone", text);
    }

    @Test
    void theValueColumnIsTheQuartersActualAndTheTargetColumnTheFinancialYearsTarget() {
        List<Observation> found = extract("Third Quarter Performance Monitoring 2019/20\nSafe, Clean and Green\n"
                + "Performance Indicator\tQ3 2019/20 Value\tTarget\tStatus\n"
                + "Percentage of fly tips resulting in enforcement action\t82.1%\t80.0%\tGreen\n");

        assertThat(found).extracting(o -> o.quantity().value(), Observation::kind, o -> o.period().start().toString(), o -> o.period().end().toString())
                .containsExactly(tuple(82.1, Kind.ACTUAL, "2019-10-01", "2019-12-31"), tuple(80.0, Kind.TARGET, "2019-04-01", "2020-03-31"));
        assertThat(found).allSatisfy(o -> assertThat(o.sentence())
                .isEqualTo("Percentage of fly tips resulting in enforcement action\t82.1%\t80.0%\tGreen"));
        Quantity first = found.get(0).quantity();
        assertThat(found.get(0).sentence().substring(first.start(), first.end())).isEqualTo("82.1%");
    }

    @Test
    void numbersInTheIndicatorsNameAndCellsThatAreNoFigureAreNotRead() {
        List<Observation> found = extract("Third Quarter Performance Monitoring 2019/20\n"
                + "Performance Indicator\tQ3 2019/20 Value\tTarget\n"
                + "Percentage of unauthorised encampments on Council owned land removed within 5 working days\tDIV/0\t90%\n");

        assertThat(found).extracting(o -> o.quantity().value(), Observation::kind).containsExactly(tuple(90.0, Kind.TARGET));
    }

    @Test
    void totalAndNotApplicableColumnsCountTheFrameworkAndAreNotMeasurements() {
        List<Observation> found = extract("Third Quarter Performance Monitoring 2019/20\n"
                + "RAG Rating\tGreen\tAmber\tRed\tN/A\tTotal\nKPIs\t8\t1\t0\t4\t13\n");

        assertThat(found).extracting(o -> o.quantity().value()).containsExactly(8.0, 1.0, 0.0);
        assertThat(found).extracting(Observation::kind).containsOnly(Kind.ACTUAL);
    }

    @Test
    void aTableOfYearsDownTheSideDatesEachRowByItsYearAndReadsTheOlderRowsAsPriors() {
        List<Observation> found = extract("NEET report\nEnd of November figures:\nNEET figures\nYear\tY12\tY13\tTotal\n"
                + "2012\t94\t171\t605\n2013\t59\t170\t531\n");

        assertThat(found).extracting(o -> o.quantity().value(), Observation::kind, o -> o.period().end().getYear())
                .containsExactly(tuple(94.0, Kind.PRIOR, 2012), tuple(171.0, Kind.PRIOR, 2012), tuple(605.0, Kind.PRIOR, 2012),
                        tuple(59.0, Kind.ACTUAL, 2013), tuple(170.0, Kind.ACTUAL, 2013), tuple(531.0, Kind.ACTUAL, 2013));
        assertThat(found).extracting(Observation::label).as("each column is a measure of the table's, whatever the year")
                .containsExactly("NEET figures Y12", "NEET figures Y13", "NEET figures Total", "NEET figures Y12", "NEET figures Y13",
                        "NEET figures Total");
    }

    @Test
    void moneyColumnsInThousandsAreReadInPoundsABudgetIsTheTargetBracketsTakeOffAndAVarianceBeforeYearEndIsForecast() {
        List<Observation> found = extract("Quarter 3 2019/20 Budget Monitoring\nService\t2019/20 Budget £000\tForecast £000\tVariance £000\n"
                + "Waste\t8,120\t7,990\t(130)\n");

        assertThat(found).extracting(o -> o.quantity().value(), o -> o.quantity().unit(), Observation::kind)
                .containsExactly(tuple(8_120_000.0, dev.yardstick.extract.Unit.GBP, Kind.TARGET),
                        tuple(7_990_000.0, dev.yardstick.extract.Unit.GBP, Kind.FORECAST),
                        tuple(-130_000.0, dev.yardstick.extract.Unit.GBP, Kind.FORECAST));
    }

    @Test
    void aStatusTablesCellsOfACountAndItsShareAfterASlashAreBothRead() {
        List<Observation> found = extract("Annual Performance Report 2020/21\n"
                + "Directorate\tNumber of actions / activities assigned\tGreen\tAmber\tRed\n"
                + "Community, Health and Leisure Directorate\t7 / 35\t26 / 74%\t7 / 20%\t2 / 6%\n");

        assertThat(found).extracting(o -> o.quantity().value()).containsExactly(26.0, 74.0, 7.0, 20.0, 2.0, 6.0);
    }

    @Test
    void aRowCountingThePlansOwnMeasuresIsNoMeasurement() {
        assertThat(extract("Quarter 4 2016/17 Performance Report\nMeasure\t2016/17\t2015/16\nNumber of measures\t94\t90\n"
                + "Homes built\t310\t280\n")).extracting(o -> o.quantity().value()).containsExactly(310.0, 280.0);
    }

    @Test
    void aYearToDateColumnRunsFromTheFinancialYearsStartToTheReportsQuarter() {
        List<Observation> found = extract("Quarter 2 2019/20 Performance\n"
                + "Measure\tQ2 2018/19\tQ2 2019/20\tYTD 2019/20\tYTD Target\n"
                + "Average days to re-let council homes\t28.4\t24.1\t25.2\t25\n");

        assertThat(found).extracting(o -> o.quantity().value(), Observation::kind, o -> o.period().start().toString(), o -> o.period().end().toString())
                .containsExactly(tuple(28.4, Kind.PRIOR, "2018-07-01", "2018-09-30"), tuple(24.1, Kind.ACTUAL, "2019-07-01", "2019-09-30"),
                        tuple(25.2, Kind.ACTUAL, "2019-04-01", "2019-09-30"), tuple(25.0, Kind.TARGET, "2019-04-01", "2019-09-30"));
    }

    @Test
    void aColumnHeadedByAMonthAloneIsThatMonthOfTheReportsFinancialYear() {
        List<Observation> found = extract("Monthly Performance Report, February 2020\n"
                + "Indicator\tDec\tJan\tFeb\tTarget\n"
                + "Calls answered within 60 seconds\t81%\t83%\t79%\t85%\n");

        assertThat(found).extracting(o -> o.quantity().value(), o -> o.period().start().toString(), o -> o.period().end().toString())
                .containsExactly(tuple(81.0, "2019-12-01", "2019-12-31"), tuple(83.0, "2020-01-01", "2020-01-31"),
                        tuple(79.0, "2020-02-01", "2020-02-29"), tuple(85.0, "2019-04-01", "2020-03-31"));
    }

    @Test
    void aRowNamedForTargetsInATableOfPeriodsHoldsTargets() {
        List<Observation> found = extract("Q4 2018-2019 Performance report\n"
                + "Business Rates Collection\tQ1\tQ2\tQ3\tQ4\n"
                + "2018/19\t£10,313,258\t£20,189,166\t£28,860,184\t£33,655,722\n"
                + "Target\t£9,886,350\t£19,116,141\t£27,886,463\t£33,414,639\n");

        assertThat(found).filteredOn(o -> o.sentence().startsWith("Target")).extracting(Observation::kind).containsOnly(Kind.TARGET);
        assertThat(found).filteredOn(o -> o.sentence().startsWith("2018/19")).extracting(Observation::kind).doesNotContain(Kind.TARGET);
    }

    @Test
    void aMeasuresLabelledValuesUnderItsNameAreLabelledByTheName() {
        List<Observation> found = extract("Quarter 2 2019/20 Performance Scorecard\nCalls answered within 60 seconds\n"
                + "Target: 90%\nQ2 Actual: 87%\nQ1 Actual: 85%\nStatus: Amber\n");

        assertThat(found).extracting(o -> o.quantity().value(), Observation::kind, Observation::label, o -> o.period().end().toString())
                .containsExactly(tuple(90.0, Kind.TARGET, "Calls answered within 60 seconds", "2020-03-31"),
                        tuple(87.0, Kind.ACTUAL, "Calls answered within 60 seconds", "2019-09-30"),
                        tuple(85.0, Kind.ACTUAL, "Calls answered within 60 seconds", "2019-06-30"));
        assertThat(Sentences.extract("Q3: 64% of staff had no absence at all.")).extracting(Observation::label).containsOnlyNulls();
    }

    @Test
    void aTableOfYearsIsReadForItsNewestOutturnAndAComparatorsLatestYearIsItsActual() {
        List<Observation> found = extract("Adult social care outcomes\n"
                + "KPI\t2021/22 Outturn\t2022/23 Outturn Prov.\t2021/22 Target\t2021/22 England Average\n"
                + "ASC 1B: The proportion of people who use services who have control over their daily life\t78.90%\t80.60%\t82.00%\t76.90%\n");

        assertThat(found).extracting(o -> o.quantity().value(), Observation::kind, Observation::scope, o -> o.period().end().toString())
                .containsExactly(tuple(78.9, Kind.PRIOR, Scope.OWN, "2022-03-31"), tuple(80.6, Kind.ACTUAL, Scope.OWN, "2023-03-31"),
                        tuple(82.0, Kind.TARGET, Scope.OWN, "2022-03-31"), tuple(76.9, Kind.ACTUAL, Scope.ENGLAND, "2022-03-31"));
    }

    @Test
    void aRowNamedForAComparatorGivesItsFiguresThatScope() {
        List<Observation> found = extract("Prosperity outcomes 2011/12 outturn\n"
                + "Employment rate\t2010/11\t2011/12\n"
                + "Staffordshire\t72.1%\t73.4%\nWest Midlands\t68.9%\t69.2%\nGreat Britain\t70.3%\t70.4%\n");

        assertThat(found).extracting(o -> o.quantity().value(), Observation::kind, Observation::scope)
                .containsExactly(tuple(72.1, Kind.PRIOR, Scope.OWN), tuple(73.4, Kind.ACTUAL, Scope.OWN),
                        tuple(68.9, Kind.PRIOR, Scope.REGION), tuple(69.2, Kind.ACTUAL, Scope.REGION),
                        tuple(70.3, Kind.PRIOR, Scope.ENGLAND), tuple(70.4, Kind.ACTUAL, Scope.ENGLAND));
    }

    @Test
    void aColumnOfTheMedianOfSimilarCouncilsIsAComparator() {
        List<Observation> found = extract("Super Key Performance Indicators 2025-26, position at August 2025\n"
                + "Measure\tCalderdale\tMetro median\nAdults who are physically active\t65.6%\t58.9%\n");

        assertThat(found).extracting(o -> o.quantity().value(), Observation::scope)
                .containsExactly(tuple(65.6, Scope.OWN), tuple(58.9, Scope.NEIGHBOURS));
    }

    @Test
    void aQuartersRowUnderYearColumnsHoldsThatQuarterOfEachYear() {
        List<Observation> found = extract("Quarter 3 Performance Report 2019/20\nRecycling rate\n"
                + "Quarter\t2017/18\t2018/19\nQ1 (April to June)\t52.3%\t55.6%\n");

        assertThat(found).extracting(o -> o.period().start().toString(), o -> o.period().end().toString())
                .containsExactly(tuple("2017-04-01", "2017-06-30"), tuple("2018-04-01", "2018-06-30"));
    }

    @Test
    void aCountWithItsShareInBracketsIsBothValues() {
        List<Observation> found = extract("Quarter 3 Performance Report 2019/20\n"
                + "Number (and %) of indicators\tQ3 2019/20\nImproving performance\t39 (39%)\n");

        assertThat(found).extracting(o -> o.quantity().value(), o -> o.quantity().unit().measure())
                .containsExactly(tuple(39.0, Measure.COUNT), tuple(39.0, Measure.PERCENT));
    }

    @Test
    void aYearEndReportsOutturnColumnIsTheActualAndNextYearsTargetColumnComparesNothing() {
        List<Observation> found = extract("Environment Performance, 2021/22 Outturn and 2022/23 Targets\n"
                + "Performance indicator\t2021/22 value\t2022/23 target\n"
                + "Household waste sent for reuse, recycling and composting (%)\t31.4%\t33%\n"
                + "Requests for bulky waste collection, cumulative in year\t1,204\t1,100\n");

        assertThat(found).extracting(o -> o.quantity().value(), Observation::kind, o -> o.period().end().toString())
                .containsExactly(tuple(31.4, Kind.ACTUAL, "2022-03-31"), tuple(33.0, Kind.TARGET, "2023-03-31"),
                        tuple(1204.0, Kind.ACTUAL, "2022-03-31"), tuple(1100.0, Kind.TARGET, "2023-03-31"));
        assertThat(found.get(2).quantity().unit().measure()).as("'in year' says when, not a unit").isEqualTo(Measure.COUNT);
    }

    @Test
    void withoutAColumnForTheReportsQuarterTheNewestYearIsTheActualAndEarlierYearsItsPriors() {
        List<Observation> found = extract("Quarter 1 Performance Report 2021/22\nAnnual indicators\n"
                + "Performance Indicator\t2018/19\t2019/20\t2020/21\nMinor applications decided within 8 weeks\t71%\t78%\t84%\n");

        assertThat(found).extracting(o -> o.quantity().value(), Observation::kind, o -> o.period().end().toString())
                .containsExactly(tuple(71.0, Kind.PRIOR, "2019-03-31"), tuple(78.0, Kind.PRIOR, "2020-03-31"),
                        tuple(84.0, Kind.ACTUAL, "2021-03-31"));
    }

    @Test
    void aRowsNameGivesItsBareFiguresTheirUnitButAStandardInItIsNoUnit() {
        List<Observation> found = extract("Quarter 2 Performance Report 2022/23\n"
                + "Performance Indicator\t2021/22\tQ2 2022/23\n"
                + "Complaints received per 1,000 population\t3.92\t1.87\n"
                + "Major applications: average weeks taken to decide\t41\t36\n"
                + "Applications decided within 8 weeks\t212\t118\n");

        assertThat(found).extracting(o -> o.quantity().value(), o -> o.quantity().unit().measure()).containsExactly(
                tuple(3.92, Measure.RATE), tuple(1.87, Measure.RATE), tuple(41.0, Measure.DURATION), tuple(36.0, Measure.DURATION),
                tuple(212.0, Measure.COUNT), tuple(118.0, Measure.COUNT));
    }

    @Test
    void anOutOfColumnIsTheWholeAndAPositionColumnOfWordsIsNoUpdateTable() {
        List<Observation> found = extract("Corporate performance - position at mid-year 2021-22\n\nAre we meeting our targets?\n"
                + "Status\tMeasures\tOut of\tPosition\nGreen\t11\t17\tmid-year\nRed\t4\t17\tmid-year\n");

        assertThat(found).extracting(o -> o.quantity().value(), Observation::kind, o -> o.period().end().toString())
                .containsExactly(tuple(11.0, Kind.ACTUAL, "2021-09-30"), tuple(4.0, Kind.ACTUAL, "2021-09-30"));
    }

    @Test
    void anEarlierYearsColumnBesideThisQuartersIsThePriorSideAndAComparatorColumnKeepsItsScope() {
        List<Observation> found = extract("Quarter 2 2019/20 Performance Report\n"
                + "Measure\t2018/19 Outturn\tQ2 2019/20\tEngland average\n"
                + "Household waste sent for reuse, recycling and composting\t41.2%\t43.5%\t43.8%\n");

        assertThat(found).extracting(o -> o.quantity().value(), Observation::kind, Observation::scope, o -> o.period().end().toString())
                .containsExactly(
                        tuple(41.2, Kind.PRIOR, Scope.OWN, "2019-03-31"),
                        tuple(43.5, Kind.ACTUAL, Scope.OWN, "2019-09-30"),
                        tuple(43.8, Kind.ACTUAL, Scope.ENGLAND, "2019-09-30"));
    }

    @Test
    void aColumnHeadedPerCentGivesItsBareFiguresTheirUnitAndASectionTitledByADateIsStillASection() {
        List<Observation> found = extract("Council Performance Report, Year End 2016/17\n"
                + "Corporate Plan performance measures at 31 March 2017\n"
                + "Result\tNumber\tPer cent\n"
                + "On target\t42\t60\n");

        assertThat(found).extracting(o -> o.quantity().value(), o -> o.quantity().unit().measure())
                .containsExactly(tuple(42.0, Measure.COUNT), tuple(60.0, Measure.PERCENT));
        assertThat(found).allSatisfy(o -> {
            assertThat(o.label()).isEqualTo("On target");
            assertThat(o.provenance().theme()).isEqualTo("Corporate Plan performance measures at 31 March 2017");
        });
    }

    @Test
    void aColumnOfDifferencesFromTargetIsNoLevelButAMoneyVarianceIsTheOverspend() {
        List<Observation> found = extract("Council tax report 2019/20\nCouncil tax collected in year\nYear\tTarget\tActual\tAgainst target\n"
                + "2018/19\t95.00%\t97.05%\t2.05%\n2019/20\t95.00%\t97.15%\t2.15%\n"
                + "Revenue budget\nService\tBudget\tVariance\nAdults\t£2.369m\t£0.225m\n");

        assertThat(found).extracting(o -> o.quantity().value()).containsExactly(95.0, 97.05, 95.0, 97.15, 2369000.0, 225000.0);
    }

    @Test
    void aTableOfYearsWithAnActualColumnGivesEachYearItsActualUnderTheMeasureNamedAboveIt() {
        List<Observation> found = extract("Council tax report 2019/20\nKPI 1.1 Percentage of council tax collected in year\n"
                + "Year\tTarget\tActual\n2017/18\t98.30%\t94.49%\n2018/19\t95.00%\t97.05%\n2019/20\t95.00%\t97.15%\n");

        assertThat(found).filteredOn(o -> o.kind() != Kind.TARGET)
                .extracting(o -> o.quantity().value() + " " + o.kind() + " " + o.period().label())
                .containsExactly("94.49 ACTUAL 2017/18", "97.05 ACTUAL 2018/19", "97.15 ACTUAL 2019/20");
        assertThat(found).allSatisfy(o -> assertThat(o.provenance().theme()).isEqualTo("KPI 1.1 Percentage of council tax collected in year"));
    }

    @Test
    void aTableOfYearsWithoutAnActualColumnComparesItsEarlierRowsWithTheNewest() {
        List<Observation> found = extract("School places report 2013\nYear\tY12\tY13\n2011\t137\t220\n2013\t152\t241\n");

        assertThat(found).extracting(o -> o.quantity().value() + " " + o.kind())
                .containsExactly("137.0 PRIOR", "220.0 PRIOR", "152.0 ACTUAL", "241.0 ACTUAL");
    }

    @Test
    void aTableOfPeriodColumnsEndingInTheQuartersCommentaryIsAFiguresTableNotAnUpdateTable() {
        List<Observation> found = extract("Council Performance Report 2019/20, Appendix 1\nAdults\n"
                + "Performance indicator\tGood is\t2018/19\tQ1 2019/20 actual\tQ1 2019/20 target\tPerformance\tQ1 2019/20 Commentary\n"
                + "Admissions to care homes, per 100,000 population\tLower\t473\t419\t482\tGreen\tAdmissions continue to fall.\n");

        assertThat(found).extracting(o -> o.quantity().value() + " " + o.kind() + " " + o.period().label())
                .containsExactly("473.0 PRIOR 2018/19", "419.0 ACTUAL Q1 2019/20", "482.0 TARGET Q1 2019/20");
    }

    @Test
    void aFigureWithItsComparatorInBracketsIsThatComparatorsValue() {
        List<Observation> found = extract("Council Performance Report Q1 2019/20\nAdults\n"
                + "Performance indicator\tQ1 2019/20 actual\tBenchmark\n"
                + "Admissions to care homes, per 100,000 population\t419\t382 (CIPFA UQ)\n");

        assertThat(found).extracting(o -> o.quantity().value() + " " + o.scope())
                .containsExactly("419.0 OWN", "382.0 NEIGHBOURS");
    }

    @Test
    void aColumnOfIndicatorsAfterColumnsCountingThemByQuartileIsTheirWholeButAColumnOfMeasuresByStatusIsNot() {
        List<Observation> byQuartile = extract("Benchmarking report 2015/16\nService area\tTop quartile\tSecond quartile\tThird quartile"
                + "\tBottom quartile\tIndicators\nChildren's services\t7\t3\t2\t1\t13\n");
        List<Observation> byStatus = extract("Performance report Q2 2019/20\nStatus\tMeasures\nGreen\t7\nAmber\t2\n");

        assertThat(byQuartile).extracting(o -> o.quantity().value()).containsExactly(7.0, 3.0, 2.0, 1.0);
        assertThat(byStatus).extracting(o -> o.quantity().value()).containsExactly(7.0, 2.0);
    }
}
