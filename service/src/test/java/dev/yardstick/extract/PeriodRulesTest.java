package dev.yardstick.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.yardstick.document.FinancialQuarter;
import dev.yardstick.document.UpdateDocument;
import dev.yardstick.document.UpdateRow;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each named rule that dates a value, with the sentences it exists for (report: Quarter 2 2019/20). */
class PeriodRulesTest {

    @ParameterizedTest(name = "{0}: {2} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            own phrase, not another value's | People supported: 2,882 against a target of 2,800, up from 2,358 in 2017/18. | 2358 | 2018-03-31 | PRIOR
            own phrase, not another value's | People supported: 2,882 against a target of 2,800, up from 2,358 in 2017/18. | 2882 | 2019-09-30 | ACTUAL
            compared value, for its year    | People supported: 2,882 against a target of 2,800, up from 2,358 in 2017/18. | 2800 | 2020-03-31 | TARGET
            framing phrase                  | Looking back at 2018/19, nine of our KPIs (75%) met their year-end targets.   | 75   | 2019-03-31 | ACTUAL
            framing phrase                  | As at 30th June 2019, 87% of schools were good, compared with 89% at the end of March. | 87 | 2019-06-30 | ACTUAL
            a year before a target is the target's | Empty homes brought back into use reached 61 against an annual target of 80. | 61 | 2019-09-30 | ACTUAL
            a later clause pointing back has its own time | Of the rest, 4 are Amber and 7 are Red, and those 7 are expected to miss target at the year end. | 4 | 2019-09-30 | ACTUAL
            the plan's year dates no status    | Of our 18 corporate priorities for 2019/20, 12 are rated Green and 4 Amber.    | 12   | 2019-09-30 | ACTUAL
            a comparison's base frames nothing | Compared with the same quarter last year, 61% of our measures improved and 9% stayed the same. | 9 | 2019-09-30 | ACTUAL
            own phrase after framing        | As at 30th June 2019, 87% of schools were good, compared with 89% at the end of March. | 89 | 2019-03-31 | PRIOR
            publication date is no period   | The ONS figures for calendar year 2018, released on 28th February 2019, record 333 conceptions. | 333 | 2018-12-31 | ACTUAL
            an earlier outturn on its own is actual | Reports of missed collections totalled 4,287 in 2018/19. | 4287 | 2019-03-31 | ACTUAL
            a target governs what follows it | Reports totalled 4,287 in 2018/19; the target for this year is to roughly halve that, to 2,114. | 2114 | 2020-03-31 | TARGET
            forecast as at a passed day is for the year | As at the end of June, portfolio budgets are forecast to overspend by c.£5.2m. | 5200000 | 2020-03-31 | FORECAST
            a forecast the text gives no period is of the year | Modelling suggests it could pay out around £78,000 a year to local good causes. | 78000 | 2020-03-31 | FORECAST
            the year before a later value   | Carers supported reached 31.80% (target 30%; 29.61% the year before). | 29.61 | 2018-09-30 | PRIOR
            a label after a value is that value's | Of these, 70% were completed, short of our 75% target but a big step up from 40% in 2016. | 40 | 2016-12-31 | PRIOR
            a forecast made at a past quarter | That is a big improvement on the potential overspend of £5.1m reported at Quarter 1. | 5100000 | 2020-03-31 | FORECAST
            a forecast is newer than what it is set against | The projected recycling rate for Q2 is 55.6%, up on the 54% recorded in Q2 2018/19. | 54 | 2018-09-30 | PRIOR
            plans issued in a year are dated by it | Only 40% of new EHC plans issued in 2018 met the 20-week statutory timescale. | 40 | 2018-12-31 | ACTUAL
            a change's reference does not date the level | Of the 39 KPIs reported for Q2, 18 were rated Green (2 fewer than the previous quarter). | 18 | 2019-09-30 | ACTUAL
            the same point last year is the earlier side's | Of cases, 77.4% were resolved, beating the 75.0% target and up from 67.0% at this stage last year. | 77.4 | 2019-09-30 | ACTUAL
            the same point last year is the earlier side's | Of cases, 77.4% were resolved, beating the 75.0% target and up from 67.0% at this stage last year. | 67.0 | 2018-09-30 | PRIOR
            last year after "of" is the value's before it | Of incoming calls, 95% were answered, above the 90% target and the 80% of last year. | 95 | 2019-09-30 | ACTUAL
            last year after "of" is the value's before it | Of incoming calls, 95% were answered, above the 90% target and the 80% of last year. | 80 | 2019-03-31 | PRIOR
            the same period of another year is that part of it | Sickness absence stood at 4.2 days, compared with 3.9 days in the same period of 2018/19. | 3.9 | 2018-09-30 | PRIOR
            the same period of another year is that part of it | From April to June 2019, 65% of absence was long term, against 61% in the same period of 2018. | 61 | 2018-06-30 | PRIOR
            a share's own date after its whole | The count rose to 3.4% of the working-age population in June (3.2% in March). | 3.2 | 2019-03-31 | PRIOR
            a share's own date after its whole | The count rose to 3.4% of the working-age population in June (3.2% in March). | 3.4 | 2019-06-30 | ACTUAL
            a bare figure compared is in the unit of the other | Delayed transfers averaged 8.2 per 100,000 adults in August, compared with 10.1 in March. | 10.1 | 2019-03-31 | PRIOR
            the year end just passed | Re-referrals fell to 19.5% from 22.1% at year end; the target is 20% or less. | 22.1 | 2019-03-31 | PRIOR
            a level a value is a multiple of dates nothing else | The number in bed and breakfast fell to 12, half the number at the start of April. | 12 | 2019-09-30 | ACTUAL
            a quarter of last year is one phrase | The number of empty homes brought back into use was 14, compared with 9 in Quarter 1 last year. | 9 | 2018-06-30 | PRIOR
            a quarter of last year is one phrase | The number of empty homes brought back into use was 14, compared with 9 in Quarter 1 last year. | 14 | 2019-09-30 | ACTUAL
            a delivery deadline dates nothing counted | Of its 226 milestones, 199 (88%) were complete or on track for delivery by the end of the financial year. | 199 | 2019-09-30 | ACTUAL
            the month of a meeting dates nothing | According to the report, taken at the July meeting of Council, 13 (40.6%) of the commitments were fully met. | 13 | 2019-09-30 | ACTUAL
            what a value is the same as dates nothing else | At the 2019-20 half year (30th September) we had 448 children in care, the same number as at the end of 2018-19. | 448 | 2019-09-30 | ACTUAL
            a change's reference dates the level it implies | Of the 39 KPIs reported for Q2, 18 were rated Green (2 fewer than the previous quarter). | 20 | 2019-06-30 | DERIVED
            in the last quarter is the quarter reported | There were 5,614 incidents of fly tipping in the last quarter. | 5614 | 2019-09-30 | ACTUAL
            a position after the quarter is a late actual | As of 27 October 2019, 65% (60) of the activities were complete. | 65 | 2019-10-27 | ACTUAL
            a figure in parentheses is an aside | Of the 399 actions, 69.92% (279) were Green at Quarter 1, up on last year. | 69.92 | 2019-06-30 | ACTUAL
            a target met is no target       | 24 measures had met or exceeded their target, 42% of the total. | 42 | 2019-09-30 | ACTUAL
            a list of quarters is no comparison | Days lost per employee were 2.456 at Q1 and 5.69 at Q2. | 2.456 | 2019-06-30 | ACTUAL
            what a value is compared with dates no other value | Of nine indicators, one improved compared with the same period last year and 8 declined. | 8 | 2019-09-30 | ACTUAL
            a standard's target word behind a new subject | 94% were determined within the 13 week target and 87% of minor applications in 8 weeks. | 87 | 2019-09-30 | ACTUAL
            an underspend is a negative variance | At the end of Quarter 1, budget holders were projecting a £195k underspend on the 2019/20 budget. | -195000 | 2020-03-31 | FORECAST
            a target's change leads to its level | Our target for 2019/20 is to cut delays by 60%, to 6.7 patients per day. | 6.7 | 2020-03-31 | TARGET
            a forecast keeps its deadline   | The caseload was projected to reach 834 plans by the end of March 2019. | 834 | 2019-03-31 | FORECAST
            a count with its share in parentheses | Of the 19 indicators, 11 (58%) were green, three (16%) amber and five (26%) red. | 5 | 2019-09-30 | ACTUAL
            a number word with a scale      | Attendances at leisure venues fell below nine million in 2018/19. | 9000000 | 2019-03-31 | ACTUAL
            the period compared with dates a transition's start | Missing episodes fell compared with Quarter 2 2018/19 (from 31 episodes to 18). | 31 | 2018-09-30 | PRIOR
            a unit written against the number | Residual waste per household was 114kg against a target of 127kg. | 114 | 2019-09-30 | ACTUAL
            indicators with targets is no target | Of the performance indicators with targets, 5 were underperforming. | 5 | 2019-09-30 | ACTUAL
            a forecast's deadline outranks year-end words | The caseload was projected to reach 834 plans by the end of March 2019; the year-end figure follows. | 834 | 2019-03-31 | FORECAST
            a transition compared with the same period last year | Days lost per employee have risen from 6.71 days to 7.84 days compared with the same period last year. | 6.71 | 2018-09-30 | PRIOR
            a target missed is no target    | Residual household waste per household missed its target, at 114kg against a target of 127kg. | 114 | 2019-09-30 | ACTUAL
            a length of time as a target     | Sickness absence averaged 6.71 days per employee, comfortably inside the 7.5 day target. | 7.5 | 2020-03-31 | TARGET
            a target of a length of time     | Sickness absence averaged 6.71 days per employee against a target of 7.5 days. | 7.5 | 2020-03-31 | TARGET
            an expectation is a standard, no forecast | 17 indicators had met their target and 8 were falling short of the minimum expectation. | 8 | 2019-09-30 | ACTUAL
            a week commencing a day         | For the week commencing 2 September 2019, 83.8% of calls were answered in time. | 83.8 | 2019-09-08 | ACTUAL
            a rolling year to a day         | On the 12 month rolling average to 2 September 2019, 80.6% of calls were answered in time. | 80.6 | 2019-09-02 | ACTUAL
            at the half-year point          | At the half-year point there were six dementia cafes across the county. | 6 | 2019-09-30 | ACTUAL
            a target for part of the year is that part's | Household recycling, at 50%, was slightly below the April to June target of 57%. | 57 | 2019-06-30 | TARGET
            a target for this year is the year's | Satisfaction this year is 81% against a target of 85% for this year. | 85 | 2020-03-31 | TARGET
            a count's date after its whole  | 33 out of 62 key measures were on target, compared with 44 out of 79 in 2012/13. | 33 | 2019-09-30 | ACTUAL
            a framing week and an aside's week | For the week commencing 2 September 2019, the rate was 83.8% (against 82.7% for the week commencing 1 July 2019). | 83.8 | 2019-09-08 | ACTUAL
            an aside owns its week          | For the week commencing 2 September 2019, the rate was 83.8% (against 82.7% for the week commencing 1 July 2019). | 82.7 | 2019-07-07 | PRIOR
            calls reaching the target is no target | In the week commencing 2 September 2019, the share of calls reaching the target time rose to 83.8%. | 83.8 | 2019-09-08 | ACTUAL
            an aside's week is not the comparator's | For the week commencing 2 September 2019, the rate was 83.8% (against 82.7% for the week commencing 1 July 2019), slightly below the overall BCU average of 84.96%. | 84.96 | 2019-09-08 | ACTUAL
            to A from B is a transition     | Business rates collection edged up in 2018/19, to 99.0% from 98.9%. | 98.9 | 2018-03-31 | PRIOR
            next year is the next financial year | Next year we hope to welcome 50,000 visitors. | 50000 | 2021-03-31 | TARGET
            next quarter is the quarter after | The target for next quarter is 88%. | 88 | 2019-12-31 | TARGET
            a plan's figure is a target     | The plan is to cut this to 25 days. | 25 | 2020-03-31 | TARGET
            what we want is a target        | We want to get this down to 20 days by the end of the year. | 20 | 2020-03-31 | TARGET
            a participle before the date    | There were four SCIL bids submitted in July 2019: East End Women's Museum: £490,000. | 4 | 2019-07-31 | ACTUAL
            a count after this year         | This year 1971 EHCP requests have been received, compared with 1418 last year. | 1971 | 2019-09-30 | ACTUAL
            a count's phrase ends at a time phrase | The average re-let time was 23 days, compared with 19 days last year. | 19 | 2019-03-31 | PRIOR
            a month of a financial year     | In March 2018-19 collection reached 98.2%. | 98.2 | 2019-03-31 | ACTUAL
            a bare earlier side takes the later's unit | Missed collections fell to 48 per 100,000 from 61 in Quarter 1. | 61 | 2019-06-30 | PRIOR
            the earlier side owns its period | Recycling has improved from 42% in Quarter 1 to 45%. | 45 | 2019-09-30 | ACTUAL
            the earlier side keeps its period | Recycling has improved from 42% in Quarter 1 to 45%. | 42 | 2019-06-30 | PRIOR
            a later side named before it | The count went from a low of 1,918 in December 2007 to a peak of 4,363 in 2013. | 1918 | 2007-12-31 | PRIOR
            """)
    void datesEachValueByTheFirstRuleThatApplies(String rule, String sentence, double value, String end, Kind kind) {
        List<Observation> all = Sentences.extract(sentence);
        Observation o = all.stream().filter(x -> x.quantity().value() == value).findFirst()
                .orElseThrow(() -> new AssertionError(value + " not found in " + all));
        assertThat(o.period().end()).as(rule).isEqualTo(LocalDate.parse(end));
        assertThat(o.kind()).as(rule).isEqualTo(kind);
    }

    @Test
    void aSentenceThatContinuesThePreviousOneSharesItsPeriod() {
        List<Observation> all = row("The ONS figures for calendar year 2018 record 333 conceptions to girls under 18.",
                "That is a rate of 34.8 per 1000 women.", "Roughly 53% of these conceptions ended in a termination.");
        assertThat(all).extracting(o -> o.period().end()).containsOnly(LocalDate.of(2018, 12, 31));
    }

    @Test
    void aSentenceAddingToWhatTheOneBeforeCountedSharesItsPeriod() {
        List<Observation> all = row("The 2011 Census put the number of residents aged 16-74 in work at 75,800.",
                "A further 5,100 people were unemployed and looking for work.", "The remaining 9,200 were retired.");
        assertThat(all).extracting(o -> o.period().end()).containsOnly(LocalDate.of(2011, 3, 27));
    }

    @Test
    void aSentenceContinuingOneAboutTheReportsQuarterIsAboutThatQuarterNotThePeriodOfWhatItWasSetAgainst() {
        List<Observation> all = row("In total 1033 contacts were logged from Councillors or MPs, against 899 in the previous quarter.",
                "Technical Services received 78% of them.");
        LocalDate quarterEnd = all.stream().filter(o -> o.quantity().value() == 1033).findFirst().orElseThrow().period().end();
        assertThat(all).filteredOn(o -> o.quantity().value() == 78).singleElement()
                .satisfies(o -> assertThat(o.period().end()).isEqualTo(quarterEnd));
    }

    @Test
    void aSentenceComparingItselfWithThePreviousOneGivesPriors() {
        List<Observation> all = row("As of 27 October 2019, 65% of the activities were complete.",
                "That compares with 32% complete at 25 August 2019.");
        assertThat(all).filteredOn(o -> o.quantity().value() == 32).singleElement()
                .satisfies(o -> assertThat(o.kind()).isEqualTo(Kind.PRIOR));
    }

    @Test
    void aFramingSentenceClosingItsParagraphDatesTheBulletsUnderIt() {
        List<Observation> all = row("Looking back at 2018/19, most adult social care KPIs met their targets.",
                "People supported to live independently: 2,882.", "Reviews were completed for 87.32% of clients.");
        assertThat(all).extracting(o -> o.period().end()).containsOnly(LocalDate.of(2019, 3, 31));
    }

    @Test
    void aSentenceComparingTheQuarterWithAnEarlierOneGivesThePriorSide() {
        List<Observation> all = row("Of our 40 measures, 31 are on track and 9 are behind target.",
                "That compares with Quarter 1, when 28 were on track and 12 were behind target.");

        assertThat(all).filteredOn(o -> o.quantity().value() == 28.0)
                .extracting(Observation::kind, o -> o.period().end()).containsExactly(tuple(Kind.PRIOR, LocalDate.of(2019, 6, 30)));
        assertThat(all).filteredOn(o -> o.quantity().value() == 31.0).extracting(Observation::kind).containsExactly(Kind.ACTUAL);
    }

    @Test
    void aSentenceInThePresentIsTheReportsNotTheFramedYears() {
        List<Observation> all = row("Last year, our figures improved slowly (from 3.5% to 4.5%) and performance has improved to 5.8%.");
        assertThat(all).filteredOn(o -> o.quantity().value() == 5.8).singleElement()
                .satisfies(o -> assertThat(o.period()).isEqualTo(new FinancialQuarter(2019, 2).period()));
    }

    @Test
    void anEventDateOpeningAParagraphDoesNotDateLaterParagraphs() {
        List<Observation> all = row("In September 2019, a pop up gallery opened on Abbey Road for the partnership work, hosting six events.",
                "Successful funding from the Heritage Lottery Fund (£400,000) supports the programme.");
        assertThat(all).filteredOn(o -> o.quantity().value() == 400000).singleElement()
                .satisfies(o -> assertThat(o.period()).isEqualTo(new FinancialQuarter(2019, 2).period()));
    }

    @Test
    void aRollingYearAndAWeekSpanTheirWholePeriod() {
        Observation rolling = Sentences.only("On the 12 month rolling average to 2 September 2019, 80.6% of calls were answered in time.");
        assertThat(rolling.period().start()).isEqualTo(LocalDate.of(2018, 9, 3));
        Observation week = Sentences.only("For the week ending 8 September 2019, 83.8% of calls were answered in time.");
        assertThat(week.period().start()).isEqualTo(LocalDate.of(2019, 9, 2));
        Observation byMidYear = Sentences.only("By mid-year, 86% of business enquiries had been converted into investment.");
        assertThat(byMidYear.period().start()).isEqualTo(LocalDate.of(2019, 4, 1));
    }

    @Test
    void aListItemTakesThePeriodOfTheParagraphThatIntroducedTheList() {
        UpdateDocument doc = new dev.yardstick.document.TextExportReader().read("test.txt", "testshire",
                "Key Accountability\tStrategic Director\tQuarter 2 2019/20 Update\n"
                        + "Increase take-up of NHS Health Checks.\tA Director\tThe most recent full-year analysis (2017/18) found "
                        + "11,085 people invited and 5,204 checked, an average take-up of 47%.\n"
                        + "\t\t• Take-up was 52% in the least deprived quintile but only 37% in the most deprived.\n"
                        + "\t\tInvitations went to 2,110 people.\n");
        List<Observation> all = new Extractor().extract(doc);
        assertThat(all).filteredOn(o -> o.quantity().value() == 52 || o.quantity().value() == 47).extracting(o -> o.period().end())
                .containsOnly(LocalDate.of(2018, 3, 31));
        assertThat(all).filteredOn(o -> o.quantity().value() == 2110).singleElement()
                .satisfies(o -> assertThat(o.period()).isEqualTo(new FinancialQuarter(2019, 2).period()));
    }

    @Test
    void aListAfterAnUndatedSentenceTakesNoEarlierPeriod() {
        UpdateDocument doc = new dev.yardstick.document.TextExportReader().read("test.txt", "testshire",
                "Key Accountability\tStrategic Director\tQuarter 2 2019/20 Update\n"
                        + "Open the museum.\tA Director\tThe last payment of 20K was made on 31 March 2019. "
                        + "We attended DAGFEST and the summer fete.\n"
                        + "\t\t• The Museum has established a Trustee team of seven.\n");
        assertThat(new Extractor().extract(doc)).filteredOn(o -> o.quantity().value() == 7).singleElement()
                .satisfies(o -> assertThat(o.period()).isEqualTo(new FinancialQuarter(2019, 2).period()));
    }

    private static List<Observation> row(String... paragraphs) {
        UpdateRow row = new UpdateRow(3, null, "Theme", "Deliver the service.", "A Director", List.of(paragraphs));
        return new Extractor().extract(new UpdateDocument("test.txt", "testshire", Sentences.Q2_2019_20, List.of(row), List.of()));
    }
}
