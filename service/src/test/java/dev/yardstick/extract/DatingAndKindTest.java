package dev.yardstick.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.document.UpdateRow;
import dev.yardstick.document.UpdateDocument;
import dev.yardstick.document.FinancialQuarter;
import java.util.List;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each value's period and kind, for an update reporting Q2 2019/20 (July to September 2019). */
class DatingAndKindTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Average sales 650 tickets per week between July - September 2019.      | 2019-07-01 | 2019-09-30 | ACTUAL
            In Q1 of this year 84% of calls were answered.                          | 2019-04-01 | 2019-06-30 | ACTUAL
            Since April 2019 we have rehoused 312 families.                         | 2019-04-01 | 2019-09-30 | ACTUAL
            As at 30 September 2019 there were 1,431 active cases.                  | 2019-09-30 | 2019-09-30 | ACTUAL
            The campaign which commenced in April has resulted in 12 prosecutions.   | 2019-04-01 | 2019-09-30 | ACTUAL
            There were 57 complaints this quarter.                                  | 2019-07-01 | 2019-09-30 | ACTUAL
            There have been over 7000 applications received for the new scheme.     | 2019-07-01 | 2019-09-30 | ACTUAL
            In 2017/18 the service handled 3,300 referrals.                         | 2017-04-01 | 2018-03-31 | ACTUAL
            We aim to reduce this to 250 by March 2021.                             | 2021-03-01 | 2021-03-31 | TARGET
            We are on track to sell 735 tickets for the first draw on the 21 st October. | 2019-10-21 | 2019-10-21 | FORECAST
            We held 5 job fairs, with a further 3 planned in quarter 3.              | 2019-10-01 | 2019-12-31 | FORECAST
            The forecast position for the full year is an overspend of £1.2m.        | 2019-04-01 | 2020-03-31 | FORECAST
            Be First plans to build over 3,000 new homes by April 2024.              | 2024-04-01 | 2024-04-30 | TARGET
            There were 312 households in temporary accommodation, down from 350 at the end of June. | 2019-06-30 | 2019-06-30 | PRIOR
            Complaints numbered 140, compared with 180 in Q4.                        | 2019-01-01 | 2019-03-31 | PRIOR
            This quarter 92% of calls were answered, up again on the 90% averaged across 2018/19. | 2018-04-01 | 2019-03-31 | PRIOR
            This quarter 92% of calls were answered, down slightly on the 93% of 2018/19. | 2018-04-01 | 2019-03-31 | PRIOR
            The share of measures exceeding target over two quarters was 71%.        | 2019-07-01 | 2019-09-30 | ACTUAL
            Sickness absence came to 2.48 days per FTE, slightly below the same period last year. | 2019-07-01 | 2019-09-30 | ACTUAL
            From April to August 2019 we collected 19,334 tonnes of general waste.    | 2019-04-01 | 2019-08-31 | ACTUAL
            There were 72 new start-ups during the last year.                        | 2018-10-01 | 2019-09-30 | ACTUAL
            Over the past 12 months we rehoused 312 families.                        | 2018-10-01 | 2019-09-30 | ACTUAL
            Of the 25 targets due this quarter, 16 were achieved.                    | 2019-07-01 | 2019-09-30 | ACTUAL
            So far 15 of the 23 affordable homes forecast for 2019/20 have been completed. | 2019-04-01 | 2020-03-31 | FORECAST
            About 15 were completed, an estimated 70,000 households across the country.    | 2019-07-01 | 2019-09-30 | ACTUAL
            Average time to re-let council homes was 32 days (Q1: 35 days) and falling. | 2019-04-01 | 2019-06-30 | PRIOR
            We have delivered 124 new homes, against an annual target of 300.        | 2019-04-01 | 2020-03-31 | TARGET
            Absence in August 2019 was 4.7%, above the council target of 4%.          | 2019-04-01 | 2020-03-31 | TARGET
            With them included, the final 2018/19 outturn shows 86% of measures were met. | 2018-04-01 | 2019-03-31 | ACTUAL
            In the first quarter of 2019/20 the rate was 29%.                       | 2019-04-01 | 2019-06-30 | ACTUAL
            Same quarter last year: 128                                              | 2018-07-01 | 2018-09-30 | PRIOR
            Residual waste was 121kg in the quarter, against a quarterly target of 125kg. | 2019-07-01 | 2019-09-30 | TARGET
            The General Fund is forecast to overspend by 1.9% of the net budget of £121m. | 2019-04-01 | 2020-03-31 | TARGET
            Potholes filled within the target time rose to 99.1% this quarter.      | 2019-07-01 | 2019-09-30 | ACTUAL
            The network recorded 94 accommodation outcomes this quarter.            | 2019-07-01 | 2019-09-30 | ACTUAL
            In the 4th quarter of 2018-19 the rate was 29%.                         | 2019-01-01 | 2019-03-31 | ACTUAL
            In the final quarter of 2018/19 the rate was 29%.                       | 2019-01-01 | 2019-03-31 | ACTUAL
            As at 31 August 2019, 7.2% of children in care were placed far from home, below the target of 10%. | 2019-04-01 | 2020-03-31 | TARGET
            The August 2019 target of 95% was met.                                   | 2019-08-01 | 2019-08-31 | TARGET
            Arrears have been reduced by 120 since April to 2,345 households.        | 2019-04-01 | 2019-09-30 | ACTUAL
            Number of new apprenticeships: 45 (target: 60).                          | 2019-04-01 | 2020-03-31 | TARGET
            Council Tax collection rate (cumulative): 57.2% vs 57.5% target.         | 2019-04-01 | 2020-03-31 | TARGET
            Sickness absence was 9.1 days per employee (previous year 8.7 days).     | 2018-04-01 | 2019-03-31 | PRIOR
            Changes of circumstances averaged 6 days, missing the target of 4.       | 2019-04-01 | 2020-03-31 | TARGET
            New claims took 18 days, beating the target of 20 days.                  | 2019-04-01 | 2020-03-31 | TARGET
            We missed the target this quarter, at 85%.                               | 2019-07-01 | 2019-09-30 | ACTUAL
            The council was meeting the expected standard in three of its disciplines. | 2019-07-01 | 2019-09-30 | ACTUAL
            Income was almost £400,000 below what had been expected.                 | 2019-07-01 | 2019-09-30 | ACTUAL
            At Quarter Two 2018/19 the rate was 71%.                                  | 2018-07-01 | 2018-09-30 | ACTUAL
            Changes took 4 days to process, better than the 5-day target.             | 2019-04-01 | 2020-03-31 | TARGET
            Business rates income is forecast at £5.05m, above the £4.86m budget.     | 2019-04-01 | 2020-03-31 | TARGET
            The fund will finish with a surplus of £1.09m, against a budgeted £299K.  | 2019-04-01 | 2020-03-31 | TARGET
            Delivery reached 29 homes, against a target of 25 for the quarter.        | 2019-07-01 | 2019-09-30 | TARGET
            For the year, claims were processed in an average of 12.9 days.           | 2019-04-01 | 2019-09-30 | ACTUAL
            In Quarter 1, 72% of indicators met their target for the quarter.         | 2019-04-01 | 2019-06-30 | ACTUAL
            Over 2019/20 so far the speed of processing has been steady, at 16.6 days. | 2019-04-01 | 2019-09-30 | ACTUAL
            The share was 78% (52 of 67) in 2018/19 and 71% (42 of 59) in 2017/18.   | 2017-04-01 | 2018-03-31 | PRIOR
            In 2018, 68% of pupils reached the expected standard at Key Stage 2.      | 2017-09-01 | 2018-08-31 | ACTUAL
            66.9% of pupils gained five good GCSEs in summer 2018.                    | 2017-09-01 | 2018-08-31 | ACTUAL
            In 13/14 the average Key Stage 5 point score reached 787.88.              | 2013-04-01 | 2014-03-31 | ACTUAL
            This quarter 68% of pupils reached the expected standard at Key Stage 2.  | 2019-07-01 | 2019-09-30 | ACTUAL
            In 2018, 1,200 people used the library service.                           | 2018-01-01 | 2018-12-31 | ACTUAL
            By the end of November 2019 the number of children on a plan was 670.      | 2019-11-01 | 2019-11-30 | ACTUAL
            Analysis for November 2019 shows 10.3% of children on plans are of mixed background. | 2019-11-01 | 2019-11-30 | ACTUAL
            Phase two: 200 homes in 2021/22.                                           | 2021-04-01 | 2022-03-31 | FORECAST
            Following the new contract, the service is on course to save £5m a year.   | 2019-04-01 | 2020-03-31 | FORECAST
            The target for 2019/20 is 85%, rising to 90% in 2020/21.                   | 2020-04-01 | 2021-03-31 | TARGET
            In 2018 the target was 639 days; by 2019 it had come down to 547 days.     | 2019-01-01 | 2019-12-31 | TARGET
            The target for this year is 426 days (14 months).                          | 2019-04-01 | 2020-03-31 | TARGET
            The council set out to prevent homelessness for 52% of households threatened with it. | 2019-04-01 | 2020-03-31 | TARGET
            The A2 target began at 213 days, came down to 182 days for 2019.          | 2019-01-01 | 2019-12-31 | TARGET
            Since April, 120 homes have been delivered.                                | 2019-04-01 | 2019-09-30 | ACTUAL
            Compared with its own results a year earlier, the council improved in 61% of the areas. | 2019-07-01 | 2019-09-30 | ACTUAL
            The target for this year is a 10% improvement in the rate, bringing it down to 511. | 2019-04-01 | 2020-03-31 | TARGET
            School streets operate in 8 places, and a further 4 are planned by the end of next March. | 2020-03-01 | 2020-03-31 | FORECAST
            Since last April the team has closed 84 cases.                             | 2019-04-01 | 2019-09-30 | ACTUAL
            Every major application was decided within the target time, 100% in both categories. | 2019-07-01 | 2019-09-30 | ACTUAL
            The highest year-end figure on record is 495 children in care, on 31st March 1998. | 1998-03-31 | 1998-03-31 | ACTUAL
            Over 17,000 tonnes less waste went to landfill than in 2018/19, saving more than £900,000. | 2019-07-01 | 2019-09-30 | ACTUAL
            We have delivered 6 outcomes so far this year, against a year-to-date target of 10. | 2019-04-01 | 2019-09-30 | TARGET
            Homes delivered reached 46, just short of the mid year target of 50.       | 2019-04-01 | 2019-09-30 | TARGET
            That builds on the 192 recorded by the end of Quarter 1, when the profiled target was 172. | 2019-04-01 | 2019-06-30 | TARGET
            Of the planned food inspections, 97% had been completed.                  | 2019-07-01 | 2019-09-30 | ACTUAL
            Of those expected to do well at age seven, 78% went on to reach level 5.  | 2019-07-01 | 2019-09-30 | ACTUAL
            Pupils did well, with 93% making the expected progress in reading.        | 2019-07-01 | 2019-09-30 | ACTUAL
            Five indicators (29%) were behind the expected performance.              | 2019-07-01 | 2019-09-30 | ACTUAL
            Over 2016 to 2018, we decided 100 percent of major applications on time. | 2016-01-01 | 2018-12-31 | ACTUAL
            In 2017 to 2018 the council built 412 affordable homes.                  | 2017-04-01 | 2018-03-31 | ACTUAL
            Budget monitoring for 2019/20 shows cash collected in the period came to £18.1m. | 2019-07-01 | 2019-09-30 | ACTUAL
            The service is estimated to have kept around 55 children out of care since July 2019. | 2019-07-01 | 2019-09-30 | ACTUAL
            Boys born today can expect to live to 77.9, against about 79.4 across England. | 2019-07-01 | 2019-09-30 | ACTUAL
            Girls born here today are expected to outlive boys, living to about 81.8.      | 2019-07-01 | 2019-09-30 | ACTUAL
            Visits are expected to reach 81,000 by the year end.                           | 2019-04-01 | 2020-03-31 | FORECAST
            With a mid-2014 population estimate of 139,105, the Island ranked as the eleventh largest. | 2014-06-30 | 2014-06-30 | ACTUAL
            Population estimates for mid-2018 show 52% of residents in work.               | 2018-06-30 | 2018-06-30 | ACTUAL
            Calls were answered in 30 seconds on average, exactly on the 30-second target. | 2019-04-01 | 2020-03-31 | TARGET
            Net completions reached 209 homes, short of the 338 profiled for this point.   | 2019-04-01 | 2020-03-31 | TARGET
            The service is estimated to keep around 80 children out of care by March 2020. | 2020-03-01 | 2020-03-31 | FORECAST
            Of the KPIs that can be compared directly with 12 months earlier, 49.3% have improved. | 2019-07-01 | 2019-09-30 | ACTUAL
            With 89% (34 out of 38) exceeding or close to their local targets, much as at Q1.  | 2019-07-01 | 2019-09-30 | ACTUAL
            The Council must find savings of £109m across 2017/18 to 2019/20.              | 2017-04-01 | 2020-03-31 | TARGET
            The 2018-19 year-end outturn had 44% of KPIs on or above target.                | 2018-04-01 | 2019-03-31 | ACTUAL
            In 2017-2018 the council received £60 million of public sector investment.    | 2017-04-01 | 2018-03-31 | ACTUAL
            During 2017-2019 the council received £60 million of public sector investment.  | 2017-01-01 | 2019-12-31 | ACTUAL
            In 2019/20 performance held steady on 54% of indicators and came close to or beat targets on 55%. | 2019-04-01 | 2020-03-31 | ACTUAL
            Absence was above the 11-day target, with staff losing an average of 11.37 days each. | 2019-07-01 | 2019-09-30 | ACTUAL
            The council rose from 9th strongest for efficiency in 2017/18 to 2nd most efficient.        | 2019-07-01 | 2019-09-30 | ACTUAL
            """)
    void datesAndClassifiesTheLastValue(String sentence, String start, String end, Kind kind) {
        var all = Sentences.extract(sentence);
        Observation o = all.get(all.size() - 1);

        assertThat(o.period().start()).isEqualTo(LocalDate.parse(start));
        assertThat(o.period().end()).isEqualTo(LocalDate.parse(end));
        assertThat(o.kind()).isEqualTo(kind);
    }

    @org.junit.jupiter.api.Test
    void aSentenceSetByComparisonAgainstTheOneBeforeGivesItsEarlierSideForAnEarlierYear() {
        java.util.List<Observation> all = Sentences.extract("In 2019/20, 39.7% of KPIs were on or above target. "
                + "By comparison, the 2018-19 year-end outturn had 44% of KPIs on or above target.");

        assertThat(all).extracting(o -> o.quantity().value() + " " + o.kind() + " " + o.period().label())
                .containsExactly("39.7 ACTUAL 2019/20", "44.0 PRIOR 2018/19");
    }

    @org.junit.jupiter.api.Test
    void aPeriodBetweenAChangesEarlierSideAndItsToIsThatSidesWhateverWordsStandBetween() {
        assertThat(Sentences.extract("The council rose from 9th strongest for efficiency in 2017/18 to 2nd most efficient."))
                .extracting(o -> o.quantity().value() + " " + o.kind() + " " + o.period().label())
                .containsExactly("9.0 PRIOR 2017/18", "2.0 ACTUAL Q2 2019/20");
    }

    @org.junit.jupiter.api.Test
    void aMoveOverTheSamePeriodRunsFromTheFirstToTheLastPeriodTheSentenceBeforeNamed() {
        java.util.List<Observation> all = Sentences.extract("Library visits have fallen from 752,304 in 2016/17 to 683,643 in 2018/19. "
                + "Over the same period museum visits fell from 59,119 to 47,000.");

        assertThat(all).extracting(o -> o.quantity().value() + " " + o.kind() + " " + o.period().label())
                .containsExactly("752304.0 PRIOR 2016/17", "683643.0 ACTUAL 2018/19", "59119.0 PRIOR 2016/17", "47000.0 ACTUAL 2018/19");
    }

    @org.junit.jupiter.api.Test
    void theEquivalentFiguresOfEarlierYearsAreTheEarlierSidesOfTheSentenceBefore() {
        java.util.List<Observation> all = Sentences.extract("In 2019/20, 81% of measures met their target. "
                + "The equivalent share was 78% in 2018/19 and 75% in 2016/17.");

        assertThat(all).extracting(o -> o.quantity().value() + " " + o.kind())
                .containsExactly("81.0 ACTUAL", "78.0 PRIOR", "75.0 PRIOR");
    }

    @org.junit.jupiter.api.Test
    void aSentenceSetAPeriodBackFromTheOneBeforeGivesItsEarlierSide() {
        var all = Sentences.extract("We collected 29.1% of council tax by the end of the quarter. "
                + "A year earlier, in Q2 2018/19, the share was 28.7%.");

        assertThat(all).extracting(o -> o.quantity().value() + " " + o.kind() + " " + o.period().label())
                .containsExactly("29.1 ACTUAL 2019-09-30", "28.7 PRIOR Q2 2018/19");
    }

    @org.junit.jupiter.api.Test
    void aListOfGoalsEachWithItsPeriodIsAListOfTargets() {
        var all = Sentences.extract("The targets were 6.10 days for 2017/18 and 6.00 days for 2018/19, and the 2019/20 target remains 5.90 days.");

        assertThat(all).extracting(o -> o.quantity().value() + " " + o.kind() + " " + o.period().label())
                .containsExactly("6.1 TARGET 2017/18", "6.0 TARGET 2018/19", "5.9 TARGET 2019/20");
    }

    @org.junit.jupiter.api.Test
    void aListOfNamedItemsWithTheirFiguresInBracketsSharesTheFirstsForecast() {
        var all = Sentences.extract("Several boroughs expect to overspend in 2019/20, among them Lambeth (£20.0m), "
                + "Redbridge (£18.3m), Westminster (£13.2m) and Haringey (£11.4m).");

        assertThat(all).extracting(Observation::kind).containsOnly(Kind.FORECAST).hasSize(4);
    }

    @org.junit.jupiter.api.Test
    void aListForThoseYearsTakesTheYearsTheMeasuredValuesBeforeWereDatedByInOrder() {
        var all = Sentences.extract("The average was 7.34 days in 2016/17, 5.93 days in 2017/18 and 6.08 days in 2018/19. "
                + "The targets were 6.10 days for 2017/18 and 6.00 days for 2018/19. "
                + "The Scottish median for those three years was 7.30, 6.50 and 6.34 days.");

        assertThat(all.subList(all.size() - 3, all.size())).extracting(o -> o.quantity().value() + " " + o.scope() + " " + o.period().label())
                .containsExactly("7.3 ENGLAND 2016/17", "6.5 ENGLAND 2017/18", "6.34 ENGLAND 2018/19");
    }

    @org.junit.jupiter.api.Test
    void theEndOfTheQuarterIsItsLastDayEvenWhenAYearFramesTheSentence() {
        assertThat(Sentences.extract("The target for 2019/20 is to bring 80 empty homes back into use, and at the end of the quarter "
                + "the count stood at 12."))
                .extracting(o -> o.quantity().value() + " " + o.kind() + " " + o.period().start() + ".." + o.period().end())
                .containsExactly("80.0 TARGET 2019-04-01..2020-03-31", "12.0 ACTUAL 2019-09-30..2019-09-30");
    }

    @org.junit.jupiter.api.Test
    void aLineOnTheSamePeriodOrPopulationTakesThePeriodOfTheLineBefore() {
        var same = paragraphs("From April to August 2019 we collected 19,334 tonnes of general waste.",
                "Blue bins brought in 8,020 tonnes of recycling from the same households.");
        var lastYear = paragraphs("From April to August 2019 we collected 19,334 tonnes of general waste.",
                "Recycling was 45%, up from 41% in the same period last year.");

        assertThat(same).extracting(o -> o.quantity().value() + " " + o.period().start() + ".." + o.period().end())
                .containsExactly("19334.0 2019-04-01..2019-08-31", "8020.0 2019-04-01..2019-08-31");
        assertThat(lastYear).extracting(o -> o.quantity().value() + " " + o.kind() + " " + o.period().label())
                .containsExactly("19334.0 ACTUAL 2019-04-01..2019-08-31", "45.0 ACTUAL Q2 2019/20", "41.0 PRIOR Q2 2018/19");
    }

    private static List<Observation> paragraphs(String... lines) {
        UpdateRow row = new UpdateRow(3, null, "Theme", "Deliver the service.", "A Director", List.of(lines));
        return new Extractor().extract(new UpdateDocument("test.txt", "testshire", Sentences.Q2_2019_20, List.of(row), List.of()));
    }

    @org.junit.jupiter.api.Test
    void aCensusYearIsCensusDayAndAYearBeforeLevelIsNoCount() {
        assertThat(Sentences.extract("At the 2021 census 30.4% of residents owned their home."))
                .extracting(o -> o.quantity().value() + " " + o.period().start() + ".." + o.period().end())
                .containsExactly("30.4 2021-03-21..2021-03-21");
        assertThat(Sentences.extract("However, the 2018 level of land reclaimed was 62.1 hectares."))
                .extracting(o -> o.quantity().value() + " " + o.period().label()).containsExactly("62.1 2018");
    }

    @org.junit.jupiter.api.Test
    void figuresUnderASourceLineNamingTheCensusAreOfCensusDayAndALondonColumnIsTheRegion() {
        var all = Sentences.fromText("hackney", """
                Facts and Figures, October 2014
                Religion and belief
                Religion\tHackney\tLondon\tEngland
                Christian\t38.6%\t48.4%\t59.4%
                Source: Census 2011, % resident population
                """);

        assertThat(all).extracting(o -> o.quantity().value() + " " + o.kind() + " " + o.scope() + " " + o.period().end())
                .containsExactly("38.6 ACTUAL OWN 2011-03-27", "48.4 ACTUAL REGION 2011-03-27", "59.4 ACTUAL ENGLAND 2011-03-27");
    }

    @org.junit.jupiter.api.Test
    void aRowTakesThePeriodOfTheSourceNamingItsMeasureElseOfTheTablesFirstSource() {
        var all = Sentences.fromText("liverpool", """
                Key statistics and data
                Every data point is the most recent available as at August 2024.
                Indicator\tLiverpool\tGreat Britain
                Employment rate\t67%\t75.50%
                Claimant count rate\t6.00%\t3.90%
                Sources: ONS Annual Population Survey (April-Mar 2024), ONS Claimant Count June 2024.
                Industrial structure, wages and earnings
                Indicator\tLiverpool\tGreat Britain
                Public sector employment\t25.8%\t17.2%
                Median annual pay - resident based (2023)\t£32,741\t£35,004
                Gross domestic household income (per head)\t£16,976\t£21,797
                ONS: Business Register and Employment Survey (BRES) 2022
                ONS: Regional Gross Disposable Household Income (GDHI) 2023
                """);

        assertThat(all).filteredOn(o -> o.scope() == Scope.OWN).extracting(o -> o.quantity().value() + " " + o.period().label())
                .containsExactly("67.0 2023-04-01..2024-03-31", "6.0 2024-06", "25.8 2022", "32741.0 2023", "16976.0 2023");
    }

    @org.junit.jupiter.api.Test
    void aVerbOfAimingReachesItsNextObjectAfterAndButNotWhatWasDone() {
        assertThat(Sentences.extract("For 2019/20 the council aims for a net cost of £56 per household and around 70 confirmed "
                + "service failures.")).extracting(Observation::kind).containsExactly(Kind.TARGET, Kind.TARGET);
        assertThat(Sentences.extract("The council aims to build 300 homes and 120 have been completed."))
                .extracting(Observation::kind).containsExactly(Kind.TARGET, Kind.ACTUAL);
    }

    @org.junit.jupiter.api.Test
    void whatWasMeantToHappenIsATargetAndTheCountBehindATargetsShareToo() {
        assertThat(Sentences.extract("Prosecutions were meant to increase from 41 to 50; instead they dropped to 28."))
                .extracting(o -> o.quantity().value() + " " + o.kind()).containsExactly("41.0 PRIOR", "50.0 TARGET", "28.0 ACTUAL");
        assertThat(Sentences.extract("That sets the 2020/21 target at 94.74% (90 of 95)."))
                .extracting(o -> o.quantity().value() + " " + o.kind()).containsExactly("94.74 TARGET", "90.0 TARGET");
    }

    @org.junit.jupiter.api.Test
    void lastYearsFigureSetAgainstAQuartersIsTheSameQuarterOfLastYearEvenAfterATarget() {
        assertThat(Sentences.extract("First-contact resolution was 66% against a 70% target, down from 69% last year."))
                .extracting(o -> o.quantity().value() + " " + o.kind() + " " + o.period().label())
                .containsExactly("66.0 ACTUAL Q2 2019/20", "70.0 TARGET 2019/20", "69.0 PRIOR Q2 2018/19");
    }

    @org.junit.jupiter.api.Test
    void aValueComparedAfterATargetWordIsNoTarget() {
        var all = Sentences.extract("In 2018/19 the council met 68% of its targets, compared with 66% in 2017/18, 59% in 2016/17 and 49% in 2015/16.");

        assertThat(all).extracting(Observation::kind).doesNotContain(Kind.TARGET);
    }

    @org.junit.jupiter.api.Test
    void lastYearsOutturnReportedOnItsOwnIsThatYearsActual() {
        var all = Sentences.extract("Last year we collected 97.1% of council tax.");

        assertThat(all).extracting(o -> o.quantity().value() + " " + o.kind() + " " + o.period().label())
                .containsExactly("97.1 ACTUAL 2018/19");
    }

    @org.junit.jupiter.api.Test
    void aForecastWordAfterTheNextValueIsThatValuesOnly() {
        var all = Sentences.extract("So far 15 of the 23 affordable homes forecast for 2019/20 have been completed.");

        assertThat(all).extracting(o -> o.quantity().value(), Observation::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(15.0, Kind.ACTUAL), org.assertj.core.groups.Tuple.tuple(23.0, Kind.FORECAST));
    }

    @org.junit.jupiter.api.Test
    void oneRatedByAStatusIsACount() {
        assertThat(Sentences.extract("Five areas are identified as Amber and one as Red.")).extracting(o -> o.quantity().value())
                .containsExactly(5.0, 1.0);
        assertThat(Sentences.extract("One of the projects was withdrawn.")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aStandardOfAQualityIsNoStandardsFigure() {
        assertThat(Sentences.only("Land inspected that was of a high or acceptable standard of cleanliness was high at 99.2%.").kind())
                .isEqualTo(Kind.ACTUAL);
        assertThat(Sentences.only("Rents must meet a standard of 95% collected.").kind()).isEqualTo(Kind.TARGET);
    }

    @org.junit.jupiter.api.Test
    void wordsAboutTheReportBeforeWhatItStatesSayNothingOfTheValuesKind() {
        var all = Sentences.extract("The latest performance report, which cabinet will debate next week, states that 81% of the "
                + "targeted indicators were meeting their target at Q2, up from 74% in Q1.");

        assertThat(all).extracting(o -> o.quantity().value(), Observation::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(81.0, Kind.ACTUAL), org.assertj.core.groups.Tuple.tuple(74.0, Kind.PRIOR));
    }

    @org.junit.jupiter.api.Test
    void theSamePeriodLastYearDatesTheValueItIntroducesNotTheOneBeforeIt() {
        var all = Sentences.extract("Year to date, 67% of complaints were answered on time, compared to the same period last year (61%).");

        assertThat(all).extracting(o -> o.quantity().value()).containsExactly(67.0, 61.0);
        assertThat(all.get(0).kind()).isEqualTo(Kind.ACTUAL);
        assertThat(all.get(0).period().start()).isEqualTo(LocalDate.of(2019, 4, 1));
        assertThat(all.get(1).kind()).isEqualTo(Kind.PRIOR);
        assertThat(all.get(1).period().start()).isEqualTo(LocalDate.of(2018, 4, 1));
    }

    @org.junit.jupiter.api.Test
    void aPeriodOpeningAParenthesisDatesOnlyTheValueInside() {
        var all = Sentences.extract("Sickness absence was 9.1 days per employee (previous year 8.7 days).");

        assertThat(all).extracting(o -> o.quantity().value()).containsExactly(9.1, 8.7);
        assertThat(all.get(0).kind()).isEqualTo(Kind.ACTUAL);
    }

    @org.junit.jupiter.api.Test
    void aTargetAValueIsMeasuredAgainstSharesItsPeriod() {
        var all = Sentences.extract("Performance for Q2 is 87.5% against a target of 90%, which is an improvement on Q1 (85.2%).");

        assertThat(all).extracting(o -> o.quantity().value()).containsExactly(87.5, 90.0, 85.2);
        assertThat(all.get(1).kind()).isEqualTo(Kind.TARGET);
        assertThat(all.get(1).period()).isEqualTo(all.get(0).period());
        assertThat(all.get(2).period().start()).isEqualTo(LocalDate.of(2019, 4, 1));
    }

    @org.junit.jupiter.api.Test
    void aLabelledEarlierValueInParenthesesDoesNotDateTheValueBeforeIt() {
        var all = Sentences.extract("Average time to re-let council homes was 32 days (Q1: 35 days).");

        assertThat(all).extracting(o -> o.quantity().value()).containsExactly(32.0, 35.0);
        assertThat(all.get(0).period()).isEqualTo(dev.yardstick.document.FinancialQuarter.of("Q2 2019/20").period());
        assertThat(all.get(1).period().start()).isEqualTo(LocalDate.of(2019, 4, 1));
    }

    @org.junit.jupiter.api.Test
    void comparesWithTheSameQuarterOfTheComparedValue() {
        var all = Sentences.extract("Q1 figures were at 78.6% compared to 80.5% in the same quarter last year.");

        assertThat(all).hasSize(2);
        assertThat(all.get(0).period().start()).isEqualTo(LocalDate.of(2019, 4, 1));
        assertThat(all.get(1).period().start()).isEqualTo(LocalDate.of(2018, 4, 1));
        assertThat(all.get(1).kind()).isEqualTo(Kind.PRIOR);
    }

    @org.junit.jupiter.api.Test
    void aTargetIsNamedBeforeItsValue() {
        var all = Sentences.extract("Number of affordable homes delivered: 142 against a target of 200 for the year.");

        assertThat(all).extracting(o -> o.quantity().value(), Observation::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(142.0, Kind.ACTUAL), org.assertj.core.groups.Tuple.tuple(200.0, Kind.TARGET));
    }

    @org.junit.jupiter.api.Test
    void earlierValueOfATransitionKeepsItsOwnDate() {
        var all = Sentences.extract("The number of rough sleepers fell from 23 in June to 17 in September.");

        assertThat(all.get(0).period().start()).isEqualTo(LocalDate.of(2019, 6, 1));
        assertThat(all.get(0).kind()).isEqualTo(Kind.PRIOR);
        assertThat(all.get(1).period().start()).isEqualTo(LocalDate.of(2019, 9, 1));
        assertThat(all.get(1).kind()).isEqualTo(Kind.ACTUAL);
    }

    @org.junit.jupiter.api.Test
    void aYearEndReportsUndatedEarlierSideIsTheYearBeforeButAQuartersIsTheQuarterBefore() {
        UpdateRow yearEnd = new UpdateRow(3, null, "Theme", "Recycle more", "A Director",
                List.of("The share of household waste recycled went up from 51.8% to 53.1%. Missed bins fell from 60 to 52 this quarter."));
        var all = new Extractor().extract(new UpdateDocument("test.txt", "testshire", new FinancialQuarter(2017, 4), List.of(yearEnd), List.of()));

        assertThat(all).extracting(o -> o.quantity().value() + " " + o.kind() + " " + o.period().label())
                .containsExactly("51.8 PRIOR 2016/17", "53.1 ACTUAL Q4 2017/18", "60.0 PRIOR Q3 2017/18", "52.0 ACTUAL Q4 2017/18");
        assertThat(Sentences.extract("Recycling went up from 51.8% to 53.1%.")).first()
                .satisfies(o -> assertThat(o.period().label()).isEqualTo("Q1 2019/20"));
    }

    @org.junit.jupiter.api.Test
    void valuesInTheAccountabilityAreTargets() {
        var all = Sentences.extract("Create 300 new places for September 2020 and 120 for September 2021.", "Places were created.");

        assertThat(all).extracting(o -> o.quantity().value(), Observation::kind, o -> o.period().start()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(300.0, Kind.TARGET, LocalDate.of(2020, 9, 1)),
                org.assertj.core.groups.Tuple.tuple(120.0, Kind.TARGET, LocalDate.of(2021, 9, 1)));
        assertThat(all).allSatisfy(o -> assertThat(o.provenance().fromAccountability()).isTrue());
    }

    @org.junit.jupiter.api.Test
    void aCountInBracketsAfterAShareTakesTheShareOwnYear() {
        var all = Sentences.extract("The share was 78% (52 of 67) in 2018/19, 71% (42 of 59) in 2017/18 and 75% (43 of 57) in 2016/17.");

        assertThat(all).extracting(o -> o.quantity().text() + " " + o.period().label())
                .containsExactly("78% 2018/19", "52 2018/19", "71% 2017/18", "42 2017/18", "75% 2016/17", "43 2016/17");
    }

    @org.junit.jupiter.api.Test
    void quartersThatWouldLieAheadOfTheReportAreOfTheYearTheSentenceNamed() {
        var all = Sentences.extract("The 2018/19 quarterly turnover figures were wrong: the correct figures are 3.3% for Q1, "
                + "4.02% for Q2, 1.5% for Q3 and 3.17% for Q4.");

        assertThat(all).extracting(o -> o.quantity().text() + " " + o.period().label())
                .containsExactly("3.3% Q1 2018/19", "4.02% Q2 2018/19", "1.5% Q3 2018/19", "3.17% Q4 2018/19");
    }

    @org.junit.jupiter.api.Test
    void quartersOfTheReportYearStayWhenNoneLiesAhead() {
        var all = Sentences.extract("In 2018/19 we saw 400 visits; this year we saw 120 in Q1 and 130 in Q2.");

        assertThat(all).extracting(o -> o.quantity().text() + " " + o.period().label())
                .contains("120 Q1 2019/20", "130 Q2 2019/20");
    }

    @org.junit.jupiter.api.Test
    void aRowNamedForAYearsOutturnDatesItsUndatedFiguresToThatYear() {
        var all = Sentences.extract("Revenue outturn 2018/19: Housing Revenue Account",
                "The Housing Revenue Account shows a provisional underspend of £0.504m. The balance was £20.1m at 30 June 2019.");

        assertThat(all).extracting(o -> o.quantity().text() + " " + o.period().label())
                .containsExactly("£0.504m 2018/19", "£20.1m 2019-06-30");
    }

    @org.junit.jupiter.api.Test
    void aRowNamingAYearWithoutItsOutturnIsNoFrame() {
        var all = Sentences.extract("Deliver 500 homes by 2021/22", "We delivered 120 homes.");

        assertThat(all).extracting(o -> o.quantity().text() + " " + o.period().label()).contains("120 homes Q2 2019/20");
    }

    @org.junit.jupiter.api.Test
    void thePeriodAChangeIsCountedFromIsNotPassedToTheNextSentence() {
        var all = Sentences.extract("Compared with 2011, 8% more pupils reached the expected levels. "
                + "Around 2,679 adult learners were supported to a Level 2 qualification.");

        assertThat(all).extracting(o -> o.quantity().text() + " " + o.period().label()).containsExactly("Around 2,679 adult learners Q2 2019/20");
    }

    @org.junit.jupiter.api.Test
    void anEarlierValuesOwnDateAfterItsVerbOrOfAYearEarlierIsNotTheNewerValues() {
        var all = Sentences.extract("Of planning enforcement cases, 77.4% were resolved within 5 weeks, beating the 75.0% target "
                + "and the 67.0% achieved by Quarter 1 of 2018/19.");
        var calls = Sentences.extract("Calls were answered in 30 seconds on average, far quicker than the 108 seconds of a year earlier.");

        assertThat(all).extracting(o -> o.quantity().text() + " " + o.kind() + " " + o.period().label())
                .containsExactly("77.4% ACTUAL Q2 2019/20", "75.0% TARGET 2019/20", "67.0% PRIOR Q1 2018/19");
        assertThat(calls).extracting(o -> o.quantity().text() + " " + o.kind() + " " + o.period().label())
                .containsExactly("30 seconds ACTUAL Q2 2019/20", "108 seconds PRIOR Q2 2018/19");
    }

    @org.junit.jupiter.api.Test
    void aComparatorsOlderDateIsItsLatestFigureAndTheNextComparatorListedSharesIt() {
        var all = Sentences.extract("Over the 12 months to September 2019, the rate reached 64.3 per 10,000. "
                + "That is below the England rate of 70.0 at 31 March 2019 and well below the 92.0 of our statistical neighbours.");

        assertThat(all).filteredOn(o -> o.scope() != Scope.OWN)
                .extracting(o -> o.quantity().text() + " " + o.kind() + " " + o.period().label())
                .containsExactly("70.0 ACTUAL 2019-03-31", "92.0 ACTUAL 2019-03-31");
    }

    @org.junit.jupiter.api.Test
    void theValueBeforeACommaAndAMoveToAnotherIsItsEarlierSide() {
        var all = Sentences.extract("In July 35 days were lost to sickness, falling to 4 in August.");

        assertThat(all).extracting(o -> o.quantity().text() + " " + o.kind() + " " + o.period().label())
                .containsExactly("35 days PRIOR 2019-07", "4 ACTUAL 2019-08");
    }

    @org.junit.jupiter.api.Test
    void anAimToRaiseFromOneLevelToAnotherTargetsOnlyTheSecondAndWhatThenHappenedIsTheActual() {
        var all = Sentences.extract("We planned to raise the share of carers assessed from 82.35% to 90%, and it rose to 88%.");

        assertThat(all).extracting(o -> o.quantity().text() + " " + o.kind()).containsExactly("82.35% PRIOR", "90% TARGET", "88% ACTUAL");
    }

    @org.junit.jupiter.api.Test
    void whatATargetMovesFromIsItsBaseUnlessTheTargetItselfMoves() {
        var rate = Sentences.extract("The target was stretching: it meant raising the recycling rate from 36% in 2018/19 to 43% in 2019/20.");
        var target = Sentences.extract("Members agreed raising the target for repairs from 87% to 93%.");

        assertThat(rate).extracting(o -> o.quantity().text() + " " + o.kind()).containsExactly("36% PRIOR", "43% TARGET");
        assertThat(target).extracting(o -> o.quantity().text() + " " + o.kind()).containsExactly("87% TARGET", "93% TARGET");
    }
}
