package dev.yardstick.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reports whose title and headings name no period, as councils publish their standing pages and committee reports. */
class UndatedReportTest {

    private final TextExportReader reader = new TextExportReader();

    @Test
    void aTableOfYearsIsReadForTheEndOfTheNewestYearItGivesAnActualForNotItsFutureTargets() {
        UpdateDocument doc = reader.read("standards.txt", "winchester", """
                Winchester City Council: Our Service Standards
                Performance Indicators\tNPI/LPI\t2012/13\t2013/14\t2014/15\t2014/15\t2015/16
                \t\tActual\tActual\tTarget\tActual\tTarget
                Benefits
                Average time to process new claims (days)\tLPI0538\t16.18\t18.93\t18\t19.51\t18
                Taxes
                Council tax collected\tLPI0541\t98.76%\t98.57%\t98.65%\t98.62%\t98.63%
                """);

        assertThat(doc.quarter()).isEqualTo(new FinancialQuarter(2014, 4));
        assertThat(doc.issues()).singleElement().extracting(ReadIssue::problem).asString()
                .contains("read as Q4 2014/15", "latest period its figures tables give an actual for");
        assertThat(doc.rows()).extracting(UpdateRow::theme).containsExactly("Benefits", "Taxes");
        assertThat(doc.rows().get(1).figures()).extracting(FigureCell::heading)
                .containsExactly("NPI/LPI", "2012/13 Actual", "2013/14 Actual", "2014/15 Target", "2014/15 Actual", "2015/16 Target");
    }

    @Test
    void aDashboardWhoseColumnIsHeadedByAMonthIsReadForTheQuarterHoldingIt() {
        UpdateDocument doc = reader.read("dashboard.txt", "x", "Performance Dashboard\nIndicator\tSep-19\tTarget\tRAG\n"
                + "Recycling rate\t45%\t47%\tAmber\nMissed bins per 100,000\t52\t60\tGreen\n");

        assertThat(doc.quarter()).isEqualTo(new FinancialQuarter(2019, 2));
        assertThat(doc.rows()).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            New figures for 2010-11, published today by the Data Unit, show that performance is still improving. | Q4 2010/11
            The latest quarterly report, covering the final three months of 2024, describes strong results. | Q3 2024/25
            The report covers the first six months of 2019 across every service. | Q1 2019/20
            """)
    void aNewsReleaseIsReadForThePeriodItsOpeningParagraphNames(String opening, String quarter) {
        UpdateDocument doc = reader.read("news.txt", "x", "Carmarthenshire County Council\nNews\nFigures boost for the county\n"
                + opening + " It was welcomed by the leader of the council, who thanked staff across every service for their work"
                + " through a difficult year for councils across the country.\nFly-tipping incidents that led to enforcement action reached 69.22%, the highest in Wales.\n");

        assertThat(doc.quarter().label()).isEqualTo(quarter);
        assertThat(doc.issues()).singleElement().extracting(ReadIssue::problem).asString().contains("its opening paragraphs name");
    }

    @Test
    void anOpeningLineWhoseYearIsTheEarlierSideOfAChangeNamesNoPeriodOfTheReport() {
        UpdateDocument doc = reader.read("observatory.txt", "x", "Wakefield Observatory\nState of the District Report\n02 October 2015\n"
                + "Registrations to higher education have dipped, from 3,355 people in 2011/12 to 2,745 people in 2013/14.\n"
                + "In 2014/15, 298 affordable homes and 910 private homes were completed.\n"
                + "Boys born today can expect to live to 77.9, compared with about 79.4 across England as a whole.\n");

        assertThat(doc.quarter()).isEqualTo(new FinancialQuarter(2014, 4));
        assertThat(doc.issues()).singleElement().extracting(ReadIssue::problem).asString()
                .contains("its opening paragraphs name: In 2014/15, 298 affordable homes");
    }

    @Test
    void aNewsPageDatedOnlyByItsYearIsReadForThatYearsLastQuarterAndSaysSo() {
        UpdateDocument doc = reader.read("news.txt", "x", "Ceredigion County Council\nNews, 2025\n"
                + "Ceredigion comes out joint-top in the Welsh performance table\n"
                + "The profile puts the council in the top half of Welsh councils for 25 of its 34 key performance indicators.\n");

        assertThat(doc.quarter()).isEqualTo(new FinancialQuarter(2025, 3));
        assertThat(doc.issues()).singleElement().extracting(ReadIssue::problem).asString().contains("read as Q3 2025/26", "dateline");
    }

    @Test
    void aDatelineNamingItsMonthIsReadForTheQuarterHoldingThatMonth() {
        UpdateDocument doc = reader.read("profile.txt", "x", "A profile of Hackney, its people and place\nLB Hackney Policy Team\n"
                + "May 2013\nPopulation characteristics\nPeople aged over 55 make up only 14% of the population.\n");

        assertThat(doc.quarter()).isEqualTo(new FinancialQuarter(2013, 1));
        assertThat(doc.issues()).singleElement().extracting(ReadIssue::problem).asString().contains("May 2013", "dateline");
    }

    @Test
    void aReleaseNamingItsQuarterWithoutAYearIsReadForThatQuarterOfTheYearItsDatesName() {
        UpdateDocument doc = reader.read("news.txt", "x", "Recent council achievements set out in performance report\n"
                + "The district council has published its first quarter performance report, looking back at 1st April to 30th June.\n"
                + "In the first quarter 77 affordable homes were delivered, well on course for the target of 250 by March 2024.\n"
                + "10 community grants, worth £6,080 altogether, have been made.\nThe scheme drew over 200 visitors.\n");

        assertThat(doc.quarter()).isEqualTo(new FinancialQuarter(2023, 1));
        assertThat(doc.issues()).singleElement().extracting(ReadIssue::problem).asString().contains("its opening names the quarter");
    }

    @Test
    void aTableOfYearsDownTheSideIsReadForItsNewestRowAndNoRowOfItIsADateline() {
        UpdateDocument doc = reader.read("neet.txt", "x", "Stockton-on-Tees Borough Council\nNEET – How are we doing?\n"
                + "End of November figures, history against current performance:\n"
                + "Year\tY12 (2282)\tY13 (2325)\tTotal\tTotal %\n2011\t137\t220\t709\t10.5\n2012\t94\t171\t605\t8.9\n"
                + "2013\t59\t170\t531\t7.9\n");

        assertThat(doc.quarter()).isEqualTo(new FinancialQuarter(2013, 3));
        assertThat(doc.issues()).singleElement().extracting(ReadIssue::problem).asString().contains("figures tables");
    }

    @Test
    void aReleaseOfFiguresWithNoDatelineIsReadForTheNewestDateItsTextNamesAndSaysSo() {
        UpdateDocument doc = reader.read("ks2.txt", "x", "Ealing School Children are Better Than Average\n"
                + "At key stage 2, 77% of 10-11 year olds reached the expected level four.\n"
                + "22% of pupils reached level five or above, better than the national average.\n"
                + "The latest Ofsted figures, published in December 2013, show that 92.6% of pupils attend good schools.\n");

        assertThat(doc.quarter()).isEqualTo(new FinancialQuarter(2013, 3));
        assertThat(doc.issues()).singleElement().extracting(ReadIssue::problem).asString().contains("December 2013", "newest date");
    }

    @Test
    void aTableOfUpdatesNamingNoPeriodIsReadForTheYearItsTextNamesMostOftenNotAFarTarget() {
        UpdateDocument doc = reader.read("plan.txt", "x", "Council Plan measures\nMeasure\tLead\tPosition\n"
                + "Recycling\tDirector\tIn 2022/23 we recycled 52% of household waste, up from 49% in 2021/22.\n"
                + "Homes\tDirector\tWe built 310 homes in 2022/23 and aim for 2,000 by 2030.\n"
                + "Jobs\tDirector\t2022/23 saw 1,200 new jobs, 8% of them apprenticeships.\n");

        assertThat(doc.quarter()).isEqualTo(new FinancialQuarter(2022, 4));
        assertThat(doc.issues()).singleElement().extracting(ReadIssue::problem).asString().contains("most often", "2022/23");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            REPORT TO: POLICY AND RESOURCES COMMITTEE – 27 JUNE 2011 | Q4 2010/11
            Cabinet, 12 December 2019                                 | Q2 2019/20
            Date of meeting: 20 July 2023                             | Q4 2022/23
            Date: 03/03/2020                                          | Q3 2019/20
            """)
    void aCommitteeReportNamingNoPeriodIsReadForTheLastQuarterEndedAMonthBeforeItsMeeting(String frontMatter, String quarter) {
        UpdateDocument doc = reader.read("report.txt", "x", "Dundee City Council\n" + frontMatter + "\nREPORT ON: COUNCIL PLAN PROGRESS\n"
                + "1 PURPOSE OF REPORT\n1.1 To report progress on the Council Plan, in which 212 families were rehoused.\n");

        assertThat(doc.quarter().label()).isEqualTo(quarter);
        assertThat(doc.issues()).singleElement().extracting(ReadIssue::problem).asString().contains("a month before the date");
    }

    @Test
    void frontMatterPageNumbersAndParagraphNumbersAreNoPartOfTheProse() {
        UpdateDocument doc = reader.read("report.txt", "x", """
                Dundee City Council
                REPORT TO: POLICY AND RESOURCES COMMITTEE – 27 JUNE 2011
                REPORT NO: 277-2011
                1 PURPOSE OF REPORT
                1.1 To report progress on the Council Plan.
                2
                4.1.2 These indicators show 12 improving trends.
                """);

        assertThat(doc.notes()).contains("REPORT TO: POLICY AND RESOURCES COMMITTEE – 27 JUNE 2011", "REPORT NO: 277-2011");
        assertThat(doc.rows()).singleElement().satisfies(row -> {
            assertThat(row.theme()).isEqualTo("PURPOSE OF REPORT");
            assertThat(String.join(" ", row.paragraphs())).isEqualTo("To report progress on the Council Plan. These indicators show 12 improving trends.");
        });
    }
}
