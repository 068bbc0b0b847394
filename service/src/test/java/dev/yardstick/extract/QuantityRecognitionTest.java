package dev.yardstick.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Quantities in the general language of council performance reports, and numbers that are not measurements. */
class QuantityRecognitionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Spend this quarter was £5.517m against budget.                      | 5517000    | MONEY      | EXACT
            Ten per cent of staff left the council in the year.                 | 10         | PERCENT    | EXACT
            The average nightly cost has gone up to £81.32.                     | 81.32      | MONEY      | EXACT
            Delayed discharges fell, and the figure stood at eight in March 2019. | 8        | COUNT      | EXACT
            There were 9 reportable incidents in the half year.                 | 9          | COUNT      | EXACT
            Spending rose, lifting the council to sixth of the 32 Scottish councils. | 6       | RANK       | EXACT
            The scheme could raise up to £20,000 a year.                        | 20000      | MONEY      | UP_TO
            Around forty percent of residents recycle food waste.               | 40         | PERCENT    | APPROXIMATELY
            The programme has a £2.3bn capital budget.                          | 2300000000 | MONEY      | EXACT
            Grant funding of £1.25 million was secured.                         | 1250000    | MONEY      | EXACT
            Total bids came to just over £115k.                                 | 115000     | MONEY      | JUST_OVER
            The council committed 75K of funding to the museum.                 | 75000      | MONEY      | EXACT
            The bid was submitted for c£3.7 million.                            | 3700000    | MONEY      | APPROXIMATELY
            Income of approximately £526,000 was achieved.                      | 526000     | MONEY      | APPROXIMATELY
            Council tax collection reached 96.4% this quarter.                  | 96.4       | PERCENT    | EXACT
            Satisfaction was 71 per cent in the survey.                         | 71         | PERCENT    | EXACT
            Delayed transfers of care were 8.1 per 100,000 population.          | 8.1        | RATE       | EXACT
            The borough's rank improved to 3rd in London.                       | 3          | RANK       | EXACT
            We moved into the 2nd quartile for attainment.                      | 2          | RANK       | EXACT
            Our contact with care leavers was poor, placing us 17th of 22.      | 17         | RANK       | EXACT
            It was 6th in Wales for visits to sport and leisure facilities.     | 6          | RANK       | EXACT
            For homelessness prevention the council ranked 9th.                 | 9          | RANK       | EXACT
            That placed Caerphilly third among the Welsh local authorities.     | 3          | RANK       | EXACT
            The bulletin places Gwynedd fourth of all the councils in Wales.    | 4          | RANK       | EXACT
            The council was third in the list of Welsh local authorities.       | 3          | RANK       | EXACT
            Tenant satisfaction sits in the upper quartile nationally.          | 1          | RANK       | EXACT
            Performance now places us fourth from bottom in London.             | 4          | RANK       | EXACT
            We are now in the top quartile nationally.                          | 1          | RANK       | EXACT
            The council sits in the bottom quartile of English councils.        | 4          | RANK       | EXACT
            Sickness absence averaged 9.2 days per employee.                    | 9.2        | DURATION   | EXACT
            There were just under 500 visits to the library.                    | 500        | COUNT      | JUST_UNDER
            At least 40 volunteers took part.                                   | 40         | COUNT      | AT_LEAST
            Nearly 300 residents attended the consultation.                     | 300        | COUNT      | NEARLY
            We received in excess of 1,200 responses.                           | 1200       | COUNT      | OVER
            Around 8,000 households will benefit from the network.             | 8000       | COUNT      | APPROXIMATELY
            Seven new foster carers were approved.                              | 7          | COUNT      | EXACT
            The event drew 10,000 visitors (approx.) to the park.               | 10000      | COUNT      | APPROXIMATELY
            There were 1,234 missed bin collections.                            | 1234       | COUNT      | EXACT
            Over a third of the housing stock now meets the standard.           | 33.3       | PERCENT    | OVER
            Two fifths of residents recycle their food waste.                   | 40         | PERCENT    | EXACT
            Nearly two thirds of schools are rated good.                        | 66.7       | PERCENT    | NEARLY
            Three quarters of calls were answered within a minute.              | 75         | PERCENT    | EXACT
            Over half the tenants responded to the survey.                      | 50         | PERCENT    | OVER
            BME staff made up 12% of the workforce.                             | 12         | PERCENT    | EXACT
            Over 200,000 people visited the museum in the year.                 | 200000     | COUNT      | OVER
            Some activities have already been completed successfully (five).    | 5          | COUNT      | EXACT
            """)
    void recognisesQuantityWithUnitAndQualifier(String sentence, double value, Measure measure, Qualifier qualifier) {
        Observation o = Sentences.only(sentence);

        assertThat(o.quantity().value()).isEqualTo(value);
        assertThat(o.quantity().unit().measure()).isEqualTo(measure);
        assertThat(o.quantity().qualifier()).isEqualTo(qualifier);
        assertThat(o.sentence()).isEqualTo(sentence);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The strategy for 2020-2025 was approved by Cabinet on 3 March 2020.",
            "Phase 2 of the scheme starts in Q3.",
            "Over the next 3 years we will review every estate.",
            "Performance has stayed above target for two consecutive quarters.",
            "The scheme has now run for at least three quarters.",
            "In each of the previous two financial years the outturn improved on the mid-year position.",
            "A call counts as answered when it is picked up within 20 seconds.",
            "Visitors to the contact centre should be seen inside 15 minutes.",
            "Staff off sick for more than 4 weeks are referred to occupational health.",
            "Health visitors offer every child a review at 2 to 2.5 years of age.",
            "Energy use fell across 26 of the council's key sites.",
            "The Homelessness Reduction Act 2017 requires every council to assess applicants.",
            "The lottery gives three times the 20% legal minimum to good causes.",
            "Small businesses may claim up to the £25,000 grant ceiling.",
            "An amber arrow shows that a measure missed its target by up to 10%.",
            "Measures more than 5% below target are rated Red.",
            "A 30-year business plan was agreed in February 2019.",
            "Children aged 5-11 joined the holiday programme.",
            "Item 4 of the agenda covered the COVID-19 recovery plan.",
            "Proposed changes to the indicators are listed at paragraph 68.",
            "In the third quarter of the year the depot moved.",
            "In the first half of the year the team moved to the new depot.",
            "Half of each ticket goes to the player's chosen cause.",
            "The hub opens at 10:30 on Saturdays and the helpline runs a 24/7 service.",
            "The ratio of staff to children is 1:8 in nurseries.",
            "Version 2.1 of the app was released, as section 3.2 of the report explains.",
            "Pupils achieving grades 9-4 in English and maths took part.",
            "The detail is in Annex 1 and the key to the colours in Column 2.",
            "Round two of the fund opened on 21 st October.",
            "The budget for 2019/20 was set in line with the plan for 19/20.",
            "The team met on the 15 th of October and again on October 22 nd.",
            "Projects supporting post- 16 pathways for under 18 women continue.",
            "Services for people aged over 65 and residents aged under 20 were reviewed.",
            "Hackney's population is estimated at 246,300 people.",
            "The latest census estimate puts Camden's population at 210,100.",
            "The district serves 97,106 residents.",
            "Respondents rated the council out of a maximum of 5 stars.",
            "Recommendations 3 and 4 were accepted in the first quarter.",
            "The 40 th anniversary event took place in 2017.",
            "Indicator 14, the share of invoices paid on time, is reported from next quarter.",
            "KPIs 5 to 9 are contextual and carry no target.",
            "The statuses of measures HSG 3 to 6 come from a partner's return.",
            "A measure counts as on target when it is above target or within 5% of it.",
            "Amber means within the 10% threshold.",
            "The two planning indicators, 22 and 23, are reported annually.",
            "See Chart 1 below, and Domain 2 for the measures of safety.",
            "Most children placed outside the borough and more than 20 miles from their home are in foster care.",
            "Targets count as missed when more than 10 per cent adrift.",
            "Most of the children on a second plan had earlier cases closed 2 – 7 years before.",
            "The performance information for each priority falls into two sections.",
            "Collection is cumulative, with payments falling due monthly in 10 or 12 instalments across the year.",
            })
    void ignoresNumbersThatAreNotMeasurements(String sentence) {
        assertThat(Sentences.extract(sentence)).extracting(o -> o.quantity().text()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The number of households in temporary accommodation fell from 1,820 to 1,755. | 1820 | 1755
            Recycling improved from 3.5% to 4.5% over the year.                          | 3.5  | 4.5
            The position moved from 4th quintile to 2nd quintile.                        | 4    | 2
            Over the year business rates collection rose from 97.8 to 98.4%.             | 97.8 | 98.4
            Our overall average ranking rose sharply, from 27th to 16th place.           | 27   | 16
            The council rose from 9th strongest for efficiency to 2nd most efficient.     | 9    | 2
            The number supported rose over quarter 2, from 75 in quarter 1 to 90 this quarter. | 75 | 90
            """)
    void readsTransitionAsPriorThenLevel(String sentence, double from, double to) {
        var all = Sentences.extract(sentence);

        assertThat(all).extracting(o -> o.quantity().value(), Observation::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(from, Kind.PRIOR), org.assertj.core.groups.Tuple.tuple(to, Kind.ACTUAL));
    }

    @org.junit.jupiter.api.Test
    void keepsAMinusSignButNotARangeDash() {
        assertThat(Sentences.extract("The budget position is -2.3% against plan."))
                .extracting(o -> o.quantity().value()).containsExactly(-2.3);
        assertThat(Sentences.extract("We expect 20-30 new apprentices."))
                .extracting(o -> o.quantity().value()).doesNotContain(-30.0);
    }

    @org.junit.jupiter.api.Test
    void aHyphenatedNounIsOneWordOfTheUnit() {
        assertThat(Sentences.extract("There were 52 fly-tips reported in September 2019."))
                .extracting(o -> o.quantity().unitLabel()).containsExactly("fly-tips");
    }

    @org.junit.jupiter.api.Test
    void readsAProportionAsAPercentage() {
        assertThat(Sentences.extract("One in five residents report feeling lonely, and 3 in 10 adults are inactive."))
                .extracting(o -> o.quantity().value(), o -> o.quantity().unit().measure())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(20.0, Measure.PERCENT), org.assertj.core.groups.Tuple.tuple(30.0, Measure.PERCENT));
        assertThat(Sentences.extract("3 in every 10 children under 16 are living in poverty."))
                .extracting(o -> o.quantity().value(), o -> o.quantity().unit().measure())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(30.0, Measure.PERCENT));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            By population, Bradford is the fifth largest local authority in England.   | 5
            With 524,600 residents, Bradford is the fourth largest district in England. | 4
            The borough is now the second most deprived in the region.                 | 2
            """)
    void anOrdinalWordBeforeASuperlativeIsAPlaceInALeague(String sentence, double place) {
        assertThat(Sentences.extract(sentence)).filteredOn(o -> o.quantity().unit().measure() == Measure.RANK)
                .extracting(o -> o.quantity().value()).containsExactly(place);
    }

    @org.junit.jupiter.api.Test
    void schoolMeasureNamesAreNotValues() {
        assertThat(Sentences.extract("The Attainment 8 score was 48.2 and Progress 8 was 0.12."))
                .extracting(o -> o.quantity().value()).containsExactly(48.2, 0.12);
    }

    @org.junit.jupiter.api.Test
    void aGappedSecondValueSharesTheChangeBeforeItSoNeitherIsALevel() {
        assertThat(Sentences.extract("Electricity use was down 5.6% and gas use 7.3%.")).isEmpty();
        assertThat(Sentences.extract("Electricity use was down 5.6% and gas use was 7.3% of the total."))
                .extracting(o -> o.quantity().text()).containsExactly("7.3%");
    }

    @org.junit.jupiter.api.Test
    void theEdgeOfAStatusBandIsNoValueButTheShareInTheBandAndAnExactMarginAre() {
        assertThat(Sentences.extract("Of the KPIs with a RAG rating, 20% missed their target by more than 5%."))
                .extracting(o -> o.quantity().text()).containsExactly("20%");
        assertThat(Sentences.extract("The KPI for missed collections missed its target by 3%."))
                .extracting(o -> o.quantity().text()).containsExactly("3%");
    }

    @org.junit.jupiter.api.Test
    void aStandardWithinATimeAndTheBaseOfARateAreNotValues() {
        assertThat(Sentences.extract("The share of major applications determined within 13 weeks was 94%."))
                .extracting(o -> o.quantity().text()).containsExactly("94%");
        assertThat(Sentences.extract("We answered 95 per cent of requests within 20 working days."))
                .extracting(o -> o.quantity().text()).containsExactly("95 per cent");
        assertThat(Sentences.extract("There were 412 children in need per 10,000 population."))
                .extracting(o -> o.quantity().value()).containsExactly(412.0);
    }

    @org.junit.jupiter.api.Test
    void aCountedItemKeepsTheNumberAfterItAsAValue() {
        assertThat(Sentences.extract("Of the 40 measures 31 were on target."))
                .extracting(o -> o.quantity().value()).contains(31.0);
    }

    @org.junit.jupiter.api.Test
    void aLengthOfTimeRatedGoodIsAMeasurementNotACountOfRatedIndicators() {
        assertThat(Sentences.extract("The current rolling figure of 388 days is rated good against the national figure."))
                .extracting(o -> o.quantity().value(), o -> o.quantity().unit().measure())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(388.0, Measure.DURATION));
    }

    @org.junit.jupiter.api.Test
    void moneyWrittenOutInWordsIsMoney() {
        assertThat(Sentences.extract("The forecast is an overspend of 2.4 million pounds."))
                .extracting(o -> o.quantity().value(), o -> o.quantity().unit().measure())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2_400_000.0, Measure.MONEY));
    }

    @org.junit.jupiter.api.Test
    void aCountPerHeadIsARate() {
        assertThat(Sentences.extract("That is 2.3 complaints per 1,000 population."))
                .extracting(o -> o.quantity().value(), o -> o.quantity().unit().measure())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2.3, Measure.RATE));
    }

    @org.junit.jupiter.api.Test
    void readsDurationsThatAreTheMeasurement() {
        var all = Sentences.extract("Average days to process new claims: 18.5 days (target 20 days).");

        assertThat(all).extracting(o -> o.quantity().value(), o -> o.quantity().unit().measure(), Observation::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(18.5, Measure.DURATION, Kind.ACTUAL),
                org.assertj.core.groups.Tuple.tuple(20.0, Measure.DURATION, Kind.TARGET));
    }

    @org.junit.jupiter.api.Test
    void readsRangeAsLowerAndUpperBound() {
        var all = Sentences.extract("Pressures of circa £900k - £1m remain, with between 10 and 15 new apprentices.");

        assertThat(all).extracting(o -> o.quantity().value(), o -> o.quantity().qualifier()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(900000.0, Qualifier.APPROXIMATELY),
                org.assertj.core.groups.Tuple.tuple(1000000.0, Qualifier.UP_TO),
                org.assertj.core.groups.Tuple.tuple(10.0, Qualifier.AT_LEAST),
                org.assertj.core.groups.Tuple.tuple(15.0, Qualifier.UP_TO));
    }

    @org.junit.jupiter.api.Test
    void marksStatedChangesAsChangesNotLevels() {
        var all = Sentences.extract("Housing Benefit has decreased by 7%, or £900k, placing pressure on rents.");

        assertThat(all).allSatisfy(o -> assertThat(o.quantity().isChange()).isTrue());
        assertThat(all).extracting(Observation::kind).doesNotContain(Kind.DERIVED);
    }

    @org.junit.jupiter.api.Test
    void aChangeOfAShareWrittenInWordsIsAChange() {
        var all = Sentences.extract("Almost 50% of disadvantaged children reached the standard, four per cent more than the year before. "
                + "Attendance is 95%, one percentage point lower than last year.");

        assertThat(all).filteredOn(o -> o.kind() == Kind.DERIVED).extracting(o -> o.quantity().value()).containsExactlyInAnyOrder(46.0, 96.0);
        assertThat(all).extracting(o -> o.quantity().value()).doesNotContain(4.0, 1.0);
    }

    @org.junit.jupiter.api.Test
    void aSeriesOfValuesInAListIsReadButSizesCountingUpAreNot() {
        assertThat(Sentences.extract("Over the three years sickness fell from 17, to 16 and then 15 days, and it was 7.3, 6.5 and 6.3 days in schools."))
                .extracting(o -> o.quantity().value()).contains(7.3, 6.5, 6.3);
        assertThat(Sentences.extract("Missed collections were 17, 16 and 15 in the three quarters.")).extracting(o -> o.quantity().value())
                .containsExactly(17.0, 16.0, 15.0);
        assertThat(Sentences.extract("The scheme built flats with 1, 2, 3 and 4 beds.")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theBaseOfARateAndTheSpanOfAFirstTimeAreNoMeasurements() {
        assertThat(Sentences.extract("The council had 75.0 children in care for every 10,000 people under 18."))
                .extracting(o -> o.quantity().value()).containsExactly(75.0);
        assertThat(Sentences.extract("The comparator average has gone up for the first time in four years.")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aBudgetReportsOwnMonthOrPeriodNumberAndAnEmissionsScopeAreLabels() {
        assertThat(Sentences.extract("At Month 2 (to 30 May 2019) the General Fund is forecast to overspend by £2.896m."))
                .extracting(o -> o.quantity().value()).containsExactly(2896000.0);
        assertThat(Sentences.extract("At Period 5 the Housing directorate forecasts an underspend of £0.1m."))
                .extracting(o -> o.quantity().value()).containsExactly(-100000.0);
        assertThat(Sentences.extract("Over the month 45 claims were processed.")).extracting(o -> o.quantity().value()).containsExactly(45.0);
        assertThat(Sentences.extract("Buildings the council owns (Scope 1 and 2 emissions) gave 3,289 tonnes."))
                .extracting(o -> o.quantity().value()).containsExactly(3289.0);
        assertThat(Sentences.extract("The Covid 19 pandemic delayed repairs, with 312 repairs late."))
                .extracting(o -> o.quantity().value()).containsExactly(312.0);
    }

    @org.junit.jupiter.api.Test
    void aPlusSignMarksAChange() {
        String s = "Footfall changed by +5% on last quarter.";
        assertThat(QuantityScanner.scan(s, java.util.List.of()))
                .singleElement().satisfies(f -> assertThat(f.quantity().isChange()).isTrue());
        assertThat(Sentences.extract(s)).as("a change with no stated level is not a measurement").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Looking back, nine of our twelve adult social care KPIs met their targets.        | 12
            The analysis covered 23 of 27 GP practices.                                       | 27
            Of the 19 indicators with a RAG rating, 11 were green.                            | 19
            Of the 83 steps set to deliver our improvement priorities, 68 (82%) are on track. | 83
            Within those 25, targets were fully met by 12 (48%).                              | 25
            """)
    void theWholeAShareIsTakenOfIsNotAMeasurement(String sentence, double whole) {
        assertThat(Sentences.extract(sentence)).extracting(o -> o.quantity().value()).isNotEmpty().doesNotContain(whole);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Only 1.9% of 16 and 17-year-olds were NEET.                           | 1.9
            The employment rate of residents aged 16 to 64 rose to 71%.           | 71
            Ealing's 10 and 11 year olds did better than the national average of 75%. | 75
            """)
    void bothAgesOfAPairOrRangeAreAgesNotMeasurements(String sentence, double only) {
        assertThat(Sentences.extract(sentence)).extracting(o -> o.quantity().value()).containsExactly(only);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Young people leave education at 18 and 42% go on to university.        | 42
            The number off with stress peaked at 11 and now stands at 4.           | 11, 4
            The vacancy rate stood at 12% in September.                            | 12
            """)
    void aNumberAfterAtIsAnAgeOnlyWhereNoLevelStandsThere(String sentence, String values) {
        assertThat(Sentences.extract(sentence)).extracting(o -> o.quantity().value())
                .containsExactlyElementsOf(java.util.Arrays.stream(values.split(",\\s*")).map(Double::valueOf).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Averaged over the 12 months, the rate stands at 62.4.                  | 62.4
            The rolling 12-month average was 9.8 days per FTE.                      | 9.8
            Having stayed at 60.0 for the past four years, the average rose to 62.0. | 62.0
            """)
    void theSpanAValueIsMeasuredOverIsNoFigure(String sentence, double last) {
        assertThat(Sentences.extract(sentence)).extracting(o -> o.quantity().value()).doesNotContain(12.0, 4.0).contains(last);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "Minute 45/2024 records the decision.",
            "Supporting documents: Appendix 1 - KPI report (PDF, 245 KB).",
            "Decision 12/2019 was called in.",
            "Report author: Performance Officer, tel 01234 567890 ext. 4567.",
            "The Committee considered report OSC/19/12 of the Head of Policy.",
            "Overview and Scrutiny Committee, Tuesday, 14th January, 2020 6.30 pm.",
            "RESOLVED: That the report be noted (Vote: 7 for, 2 against, 1 abstention).",
            "The residents' survey used a sample of 1,100 households.",
            "Survey details: sample size 1,100."})
    void aRecordsReferenceAndAFilesSizeAreNoFigures(String sentence) {
        assertThat(Sentences.extract(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "Compared with mainland England, the Island has an area of 146.8 sq miles (38.016 hectares, or 380.16 km2).",
            "The District covers 57,600 hectares of countryside.",
            "The council area covers approx. 1,245 sq km",
            "948 sq km",
            "Covers 4.81 sq km (481 ha)"})
    void aPlacesLandAreaIsNoFigure(String sentence) {
        assertThat(Sentences.extract(sentence)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void landReclaimedIsMeasuredThoughInHectares() {
        assertThat(Sentences.extract("This quarter the council reclaimed 43 hectares of derelict land."))
                .extracting(o -> o.quantity().value()).containsExactly(43.0);
    }

    @org.junit.jupiter.api.Test
    void aFootnotesMarkGluedToAClosingBracketIsNoFigure() {
        assertThat(Sentences.extract("The share employed in public services is large (30.5%), compared with England (28.2%) and the "
                + "region (27.0%)1. About 29% are managers (England 28.4%)2 and 12.4% are in unskilled jobs (England 11%)12"))
                .extracting(o -> o.quantity().value()).containsExactly(30.5, 28.2, 27.0, 29.0, 28.4, 12.4, 11.0);
    }

    @org.junit.jupiter.api.Test
    void theBoundsOfStatusBandsAreNoFigures() {
        assertThat(Sentences.extract("At the end of Quarter 1, 21 (70%) were on or above target, 6 (20%) were within 10% of target "
                + "and 3 (10%) were more than 10% below target.")).extracting(o -> o.quantity().value())
                .containsExactly(21.0, 70.0, 6.0, 20.0, 3.0, 10.0);
    }

    @org.junit.jupiter.api.Test
    void bracketsAfterATargetThatSayHowFarFromItAStatusLiesDefineBandsNotValues() {
        assertThat(Sentences.extract("21 (75 per cent) met or beat their target (within 1 per cent or better): 5 statutory and "
                + "16 self-imposed. 2 (7 per cent) were slightly adrift of target (between 1 per cent and 5 per cent)."))
                .extracting(o -> o.quantity().value() + " " + o.kind())
                .containsExactly("21.0 ACTUAL", "75.0 ACTUAL", "5.0 ACTUAL", "16.0 ACTUAL", "2.0 ACTUAL", "7.0 ACTUAL");
    }

    @org.junit.jupiter.api.Test
    void aShareOfThePopulationOrAPopulationInAStateIsAValue() {
        assertThat(Sentences.extract("The share of the population claiming benefits is 4.5%; the population in employment is 151,000."))
                .extracting(o -> o.quantity().value()).containsExactly(4.5, 151000.0);
    }

    @org.junit.jupiter.api.Test
    void aChartsAxisTicksAreNoValuesButItsBarsAre() {
        assertThat(Sentences.extract("66% 28% 6% 0% 20% 40% 60% 80% 100%"))
                .extracting(o -> o.quantity().value()).containsExactly(66.0, 28.0, 6.0);
    }

    @org.junit.jupiter.api.Test
    void aScorecardsLabelledCountsAreResultsAndItsTotalOfTargetsIsItsSize() {
        assertThat(Sentences.extract("Key Priorities in numbers: Total number of targets = 18 Percentage of targets being met = 89% "
                + "Targets on track = 16 Target not started = 0 Homes built = 310 Homes empty = 45"))
                .extracting(o -> o.quantity().value() + " " + o.kind() + " " + o.quantity().unitLabel())
                .containsExactly("89.0 ACTUAL %", "16.0 ACTUAL count", "0.0 ACTUAL count", "310.0 ACTUAL count", "45.0 ACTUAL count");
    }

    @org.junit.jupiter.api.Test
    void aNumberAfterTheYearInLowerCaseIsACountNotASchoolYear() {
        assertThat(Sentences.extract("During the year 12 school infrastructure projects were completed."))
                .extracting(o -> o.quantity().value()).containsExactly(12.0);
        assertThat(Sentences.extract("Attainment of Year 12 pupils rose to 61%."))
                .extracting(o -> o.quantity().value()).containsExactly(61.0);
    }

    @org.junit.jupiter.api.Test
    void theSecondHalfOfAFinancialYearAfterADateIsNoFigure() {
        assertThat(Sentences.extract("Performance Management Report - Quarter 3 - October - December 2016/17")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Of the 59 cases referred to the ombudsman this year, 48 ended with no investigation. | 59
            Of the 1,320 assessments completed, 210 (16%) led to long-term care.                 | 1320
            """)
    void aWholeItsClauseDatesOrCountsAsWorkDoneIsAMeasurement(String sentence, double whole) {
        assertThat(Sentences.extract(sentence)).extracting(o -> o.quantity().value()).contains(whole);
    }

    @org.junit.jupiter.api.Test
    void aCountOpeningTheSentenceIsStillAMeasurement() {
        assertThat(Sentences.extract("Of 5,821 requests for street cleansing, 79% were completed on time."))
                .extracting(o -> o.quantity().value()).contains(5821.0, 79.0);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Groups wanting advice can call the funding team on 01632 960451.              | 960451
            The triggers remain 5 or more separate absences in a year.                     | 5
            Reablement: 87.2% of older people were still at home 91 days later.            | 91
            Enforcement patrols were extended to all 21 wards from October.                | 21
            Separate comparators for those two services are being drawn up.                | 2
            Tickets cost £1 and prizes range from £25 up to a £25,000 jackpot.             | 25000
            Take-up was 52% in the least deprived quintile (quintile 1).                   | 1
            For the second half of the year (Quarters 3 and 4) the average was 3.73 days.  | 4
            Good causes get three times the share of the national lottery.                 | 3
            Residents of villages up to six miles outside the city can apply.               | 6
            Tickets cost £1 and prizes range from £25 up to a £25,000 jackpot.             | 25
            """)
    void numbersThatSetARuleOrNameAThingAreNotMeasurements(String sentence, double number) {
        assertThat(Sentences.extract(sentence)).extracting(o -> o.quantity().value()).doesNotContain(number);
    }

    @org.junit.jupiter.api.Test
    void aVerbOfChangeGovernsTheAmountAfterBy() {
        assertThat(QuantityScanner.scan("Our aim is to cut delays attributable to social care by 60%, to 6.7 patients.", java.util.List.of()))
                .filteredOn(f -> f.quantity().value() == 60).singleElement().satisfies(f -> assertThat(f.quantity().isChange()).isTrue());
    }

    @org.junit.jupiter.api.Test
    void aHyphenatedCompoundIsNoChange() {
        assertThat(QuantityScanner.scan("5,204 people were checked, an average take-up of 47%.", java.util.List.of()))
                .filteredOn(f -> f.quantity().value() == 47).singleElement().satisfies(f -> assertThat(f.quantity().isChange()).isFalse());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            All 73 Strategic Plan activities were expected to be delivered. | 73 | Strategic Plan activities
            We now have 12 Green Flag parks.                                 | 12 | Green Flag parks
            In all, 649 Leeds children were on a protection plan.            | 649 | Leeds children
            """)
    void aCapitalisedNameBeforeAPluralNounIsPartOfWhatIsCounted(String sentence, double value, String unit) {
        assertThat(QuantityScanner.scan(sentence, java.util.List.of())).singleElement().satisfies(f -> {
            assertThat(f.quantity().value()).isEqualTo(value);
            assertThat(f.quantity().unit().label()).isEqualTo(unit);
        });
    }

    @org.junit.jupiter.api.Test
    void aNumberBeforeAPlaceNameIsPartOfTheName() {
        assertThat(QuantityScanner.scan("The 360 Barking scheme opened in May.", java.util.List.of())).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aCountBeforeACapitalisedStatusCountsByThatStatus() {
        assertThat(QuantityScanner.scan("Of these, 22 are rated Green and 1 Amber.", java.util.List.of()))
                .extracting(f -> f.quantity().value()).containsExactly(22.0, 1.0);
    }

    @org.junit.jupiter.api.Test
    void theLeagueACouncilIsRankedInIsNoMeasurementAndAListOfPositionsIsRanks() {
        assertThat(Sentences.extract("Among the 22 Welsh councils, Bridgend came 5th for attendance at primary schools and 7th for "
                + "attendance at secondary schools.")).extracting(o -> o.quantity().value() + " " + o.quantity().unit().measure())
                .containsExactly("5.0 RANK", "7.0 RANK");
    }

    @org.junit.jupiter.api.Test
    void anOrdinalBeforeAMonthIsNoRank() {
        assertThat(Sentences.extract("The 2nd round of grants opened in April.")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aNumberWordAfterAVerbOfLevelEndingItsClauseIsTheLevel() {
        assertThat(Sentences.extract("The number of children missing from education in Quarter 2 was three, the same as the previous quarter."))
                .extracting(o -> o.quantity().value()).contains(3.0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            For quarter 1, 19 out of 25 key measures of success were on target.          | 19
            At the end of the quarter 4976 HRA tenants were in arrears.                   | 4976
            Callers to the English language line wait 45 seconds on average.              | 45
            """)
    void aNumberBeyondALabelsScaleOrAfterAFinishedLabelIsAMeasurement(String sentence, double value) {
        assertThat(Sentences.extract(sentence)).extracting(o -> o.quantity().value()).contains(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            At Quarter Two 2025/26, 12 of 20 measures were on target.                      | 12
            Up from the 48% reported at the 2023/24 year end (Quarter Four), it is 52%.     | 52
            """)
    void aQuarterWrittenInWordsIsALabelNotAValue(String sentence, double value) {
        assertThat(Sentences.extract(sentence)).extracting(o -> o.quantity().value()).contains(value).doesNotContain(2.0, 4.0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Schools underspent by more than £7m, corporate budgets by about £1.9m.    | -7000000 | -1900000
            The council spent almost £9.5m less than its revenue budget, and £2m more than its capital budget. | -9500000 | 2000000
            Schools underspent by £7m and the HRA overspent by £2m.                  | -7000000 | 2000000
            """)
    void anUnderspendIsANegativeVarianceForEachItemOfItsListAndNoChangeOverTime(String sentence, double first, double second) {
        assertThat(Sentences.extract(sentence)).extracting(o -> o.quantity().value()).containsExactly(first, second);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Just one Priority Action is Red against its target.                       | true
            There has been one successful prosecution this quarter.                   | true
            All priorities except one are on track.                                   | true
            One of the indicators is red.                                             | false
            The one remaining project is delayed.                                     | false
            Only one year of data is available.                                       | false
            """)
    void oneIsACountOnlyWhereItsWordsIntroduceOne(String sentence, boolean counted) {
        assertThat(Sentences.extract(sentence).stream().anyMatch(o -> o.quantity().value() == 1.0)).isEqualTo(counted);
    }

    @org.junit.jupiter.api.Test
    void theSameFigureTwiceInASentenceIsTwoStatements() {
        assertThat(Sentences.extract("Of the 49 actions in progress, 21 were green (43%), 21 were amber (43%) and 7 were red (14%)."))
                .extracting(o -> o.quantity().value()).containsExactly(21.0, 43.0, 21.0, 43.0, 7.0, 14.0);
    }
}
