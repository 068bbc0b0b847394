package dev.yardstick.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * A performance report without a "Key Accountability | Director | Quarter N Update" table, as a
 * district council publishes it (lines from Maidstone Borough Council's Third Quarter
 * Performance Monitoring 2019/20, Open Government Licence).
 */
class FreeLayoutReaderTest {

    private static final String REPORT = """
            Third Quarter Performance Monitoring 2019/20 – Communities, Housing and Environment Committee

            Performance Summary
            RAG Rating\tGreen\tAmber\tRed\tN/A\tTotal
            KPIs\t8\t1\t0\t4\t13
            Direction\tUp\tNo Change\tDown\tN/A\tTotal
            Last Year\t8\t1\t2\t2\t13
            PIs classified as N/A are not included in the summary calculations.
            The headlines from Quarter 3 are as follows:
            • 88.9% (8) of the targetable quarterly Key Performance Indicators (KPIs) reportable to this Committee achieved their Quarter 3 target.
            • 54.5% (6) of KPIs show improved performance compared with Quarter 2.
            Safe, Clean and Green
            Performance Indicator\tQ3 2019/20 Value\tTarget\tStatus\tLong Trend\tShort Trend
            Percentage of unauthorised encampments on Council owned land removed within 5 working days\tDIV/0\t90%\tN/A\tN/A\tN/A
            Percentage of fly tips resulting in enforcement action\t82.1%\t80.0%\t\t\t
            """;

    private final TextExportReader reader = new TextExportReader();

    private UpdateDocument read(String text) {
        return reader.read("report.txt", "maidstone", text);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Corporate Performance Report, September 2019                           | Q2 2019/20
            Local Government Benchmarking Framework 2018-19, summary of our results | Q4 2018/19
            Quarter 3 Performance Report\\nFinancial year 2019/20                   | Q3 2019/20
            Policy and Resources Committee, 21 March 2017, Local Government Benchmarking Framework 2015/16 | Q4 2015/16
            Progress update on council plan measures at quarter 1 of 2017 to 2018 | Q1 2017/18
            """)
    void aReportWhoseTitleNamesOnlyItsMonthOrItsYearIsReadForTheQuarterTheyEnd(String title, String quarter) {
        UpdateDocument doc = read(title.replace("\\n", "\n") + "\n\nHousing\nWe rehoused 312 families.\n");

        assertThat(doc.quarter().label()).isEqualTo(quarter);
        assertThat(doc.rows()).isNotEmpty();
    }

    @Test
    void aFiguresRowWithACommentaryCellGivesItsFiguresByColumnAndItsCommentaryAsProse() {
        UpdateDocument doc = read("Corporate Performance Scorecard\nQ2 2019-2020\nMeasure\tQ2 Actual\tTarget\tRAG\tCommentary\n"
                + "Recycling rate\t45%\t47%\tAmber\tRecycling reached 45% this quarter, up from 42%, and the new food waste service "
                + "started in 12 wards; the garden waste scheme now has 23,400 subscribers.\n");

        assertThat(doc.rows()).hasSize(2);
        assertThat(doc.rows().get(0).figures()).extracting(FigureCell::heading).containsExactly("Q2 Actual", "Target", "RAG");
        assertThat(doc.rows().get(1).accountability()).isEqualTo("Recycling rate");
        assertThat(doc.rows().get(1).paragraphs()).singleElement().asString().startsWith("Recycling reached 45%");
    }

    @Test
    void aTitleNamingTheMonthsReportedOutranksTheQuartersOfASeriesListedBelowIt() {
        UpdateDocument doc = read("Performance Indicators Report April 2022 – March 2023\nRecycling\nStatus: Red\n"
                + "Q1 2021/22: 56.5%\nQ2 2021/22: 55.7%\nQ3 2022/23: 54.5%\nQ4 2022/23: To be reported\n");

        assertThat(doc.quarter()).isEqualTo(new FinancialQuarter(2022, 4));
        assertThat(doc.issues()).isEmpty();
        assertThat(doc.rows()).singleElement().satisfies(row -> {
            assertThat(row.theme()).isEqualTo("Recycling"); // "Status: Red" is the measure's status, no heading
            assertThat(row.paragraphs()).contains("Q1 2021/22: 56.5%", "Q3 2022/23: 54.5%"); // a series' lines, no subtitles
        });
    }

    @Test
    void aScorecardWithColumnsOfPeriodsAndACommentIsAFiguresTableNamedByItsMeasureNotItsReference() {
        UpdateDocument doc = read("Performance Scorecard - Quarter 2 2021/22\n"
                + "Ref\tMeasure\tQ2 2020/21\tQ1 2021/22\tQ2 2021/22\tTarget\tStatus\tComment\n"
                + "HS01\tHouseholds in temporary accommodation\t198\t176\t169\t180\tGreen\tNumbers continue to fall as prevention work takes effect.\n");

        assertThat(doc.quarter()).isEqualTo(new FinancialQuarter(2021, 2));
        UpdateRow figures = rowNamed(doc, "Households in temporary accommodation");
        assertThat(figures.figures()).extracting(FigureCell::heading).startsWith("Q2 2020/21", "Q1 2021/22", "Q2 2021/22", "Target");
    }

    @Test
    void aLineNamingTheIndicatorNamesTheLabelledFiguresUnderIt() {
        UpdateDocument doc = read("Quarterly Performance Report\nApril to June 2022\nHousing\n"
                + "Indicator: Households prevented from becoming homeless\nPerformance this quarter: 142\nTarget: 150\n"
                + "Indicator: Average days in temporary accommodation\nPerformance this quarter: 61 days\n");

        assertThat(doc.rows()).extracting(UpdateRow::theme)
                .containsExactly("Households prevented from becoming homeless", "Average days in temporary accommodation");
    }

    @Test
    void aLayoutExportLiningUpItsColumnsWithSpacesIsReadByColumn() {
        UpdateDocument doc = read("Quarter 2 2019/20 Performance Report\n\n"
                + "Measure                      Q2 2019/20    Target    RAG\n"
                + "Council tax collected        56.2%         56.0%     Green\n");

        assertThat(rowNamed(doc, "Council tax collected").figures())
                .containsExactly(new FigureCell("Q2 2019/20", "56.2%"), new FigureCell("Target", "56.0%"), new FigureCell("RAG", "Green"));
    }

    @Test
    void aTableOfContentsIsNoProse() {
        UpdateDocument doc = read("Anglia Revenues Partnership\nQ4 2018-2019 Performance report\nCONTENTS Page\n"
                + "Combined Partner Performance 1\nBreckland Performance Reports 2-6\nFenland Performance Reports 12-16\nPage 2\n"
                + "Breckland\nCollection reached 98.1% of the business rates due, against a target of 98%.\n");

        assertThat(doc.notes()).contains("CONTENTS Page", "Breckland Performance Reports 2-6", "Fenland Performance Reports 12-16");
        assertThat(doc.rows()).singleElement().extracting(UpdateRow::theme).isEqualTo("Breckland");
    }

    @Test
    void aTabbedTableOfContentsWithAPageColumnIsNoFigures() {
        UpdateDocument doc = read("Annual Performance Report 2019/20\nTitle\tPage\nIntroduction\t2\nHousing\t6 - 9\n"
                + "Housing\nWe built 310 homes, against a target of 300.\n");

        assertThat(doc.notes()).contains("Title Page", "Introduction 2", "Housing 6 - 9");
        assertThat(doc.rows()).singleElement().extracting(UpdateRow::theme).isEqualTo("Housing");
    }

    @Test
    void aListWrittenOneFigureALineKeepsEachFigureInAParagraphOfItsOwn() {
        UpdateDocument doc = read("Progress update on council plan measures at quarter 1 of 2017 to 2018\n\nAt Quarter 1:\n"
                + "28 Council Plan Measures were monitored\n18 measures had a result available to report\n4 (22.2%) succeeding target\n"
                + "9 (50.0%) on track of target\n2 (11.1%) within acceptable tolerance levels\n3 (16.7%) off track, below target\n");

        assertThat(doc.rows()).flatExtracting(UpdateRow::paragraphs).contains("18 measures had a result available to report",
                "4 (22.2%) succeeding target", "9 (50.0%) on track of target", "2 (11.1%) within acceptable tolerance levels",
                "3 (16.7%) off track, below target");
    }

    @Test
    void aChartsBandsAndAxisTicksLeftOneLineEachAreNoProse() {
        UpdateDocument doc = read("Bradford District in figures 2017\n\nExisting population\n"
                + "Male and female population by five year age groups 2016\n90+\n85-89\n80-84\n5-9\n0-4\n0 5000 10000 15000 20000 25000\n"
                + "Females Males\nThe most recent population figures show 534,300 people living in Bradford District.\n");

        assertThat(doc.rows()).flatExtracting(UpdateRow::paragraphs).noneMatch(p -> p.matches(".*(85-89|5000|90\\+).*"))
                .anyMatch(p -> p.contains("534,300 people"));
    }

    @Test
    void aFigureOfMoneyOpeningALineIsAListItemToo() {
        UpdateDocument doc = read("South Hams in numbers 2019/20\n\nOur district\n10,265 businesses\n£25,104 average annual income\n"
                + "8014.2 metric tonnes of CO2 equivalent a year\n669 households on the housing register\n");

        assertThat(doc.rows()).flatExtracting(UpdateRow::paragraphs).contains("£25,104 average annual income",
                "8014.2 metric tonnes of CO2 equivalent a year", "669 households on the housing register");
    }

    @Test
    void aFigureLineLeadingOnToTheNextIsContinuedByIt() {
        UpdateDocument doc = read("Council plan measures: quarter 1 of 2017 to 2018\n\nHousing\n312 families were rehoused in\n"
                + "2017, against 280 the year before.\n");

        assertThat(doc.rows()).singleElement().extracting(UpdateRow::paragraphs).asList()
                .containsExactly("312 families were rehoused in 2017, against 280 the year before.");
    }

    @Test
    void aParagraphsFirstLineWrappedShortIsNoHeadingWhenItLeadsOnOrTheNextLineCarriesItOnInLowerCase() {
        UpdateDocument doc = read("Population Isle of Wight Geography\nGeography\nThe 2011 Census gives an average density of\n"
                + "3.6 persons per hectare, against an average of\n4.1 persons per hectare for England.\nPopulation\n"
                + "With a mid-2014 usually resident population\nestimate of 139,105 people, the Island ranked eleventh.\n");

        assertThat(doc.rows()).extracting(UpdateRow::accountability).containsExactly("Geography", "Population");
        assertThat(doc.rows()).flatExtracting(UpdateRow::paragraphs).containsExactly(
                "The 2011 Census gives an average density of 3.6 persons per hectare, against an average of 4.1 persons per hectare for England.",
                "With a mid-2014 usually resident population estimate of 139,105 people, the Island ranked eleventh.");
    }

    @Test
    void aParagraphWhoseNumberIsInACellOfItsOwnIsProseNotARowNamedByTheNumber() {
        UpdateDocument doc = read("Finance and Performance Improvement Report: 2015/16 Quarter 4\nEXECUTIVE SUMMARY\n"
                + "3.\tOur service measures are performing well overall, with 89% (34 out of 38) close to their targets.\n");

        assertThat(doc.rows()).singleElement().satisfies(r -> {
            assertThat(r.accountability()).isEqualTo("EXECUTIVE SUMMARY");
            assertThat(r.paragraphs()).containsExactly("Our service measures are performing well overall, with 89% (34 out of 38) close to their targets.");
        });
    }

    @Test
    void aReportWhoseTitleNamesTheQuarterIsReadForThatQuarter() {
        UpdateDocument doc = read(REPORT);

        assertThat(doc.quarter()).isEqualTo(new FinancialQuarter(2019, 3));
        assertThat(doc.notes()).containsExactly("Third Quarter Performance Monitoring 2019/20 – Communities, Housing and Environment Committee");
        assertThat(doc.issues()).isEmpty();
    }

    @Test
    void eachLineOfAFiguresTableKeepsItsCellsUnderTheirColumnHeadings() {
        UpdateRow row = rowNamed(read(REPORT), "Percentage of fly tips resulting in enforcement action");

        assertThat(row.theme()).isEqualTo("Safe, Clean and Green");
        assertThat(row.figures()).containsExactly(new FigureCell("Q3 2019/20 Value", "82.1%"), new FigureCell("Target", "80.0%"));
        assertThat(row.figuresLine()).isEqualTo("Percentage of fly tips resulting in enforcement action\t82.1%\t80.0%");
    }

    @Test
    void aSourceLineUnderATableIsTheSourceOfItsRowsAboveAndNoHeading() {
        UpdateDocument doc = read("""
                Facts and Figures, October 2014
                Religion and belief
                Religion\tHackney\tLondon\tEngland
                Christian\t38.6%\t48.4%\t59.4%
                Source: Census 2011, % resident population
                Households
                Owner occupied\t31.2%
                """);

        assertThat(rowNamed(doc, "Christian").source()).isEqualTo("Source: Census 2011, % resident population");
        assertThat(rowNamed(doc, "Christian").theme()).isEqualTo("Religion and belief");
        assertThat(rowNamed(doc, "Owner occupied").source()).isEmpty();
        assertThat(rowNamed(doc, "Owner occupied").theme()).isEqualTo("Households");
    }

    @Test
    void aSecondLineOfHeadingsStartsANewTable() {
        UpdateDocument doc = read(REPORT);

        assertThat(rowNamed(doc, "KPIs").figures()).extracting(FigureCell::heading)
                .containsExactly("Green", "Amber", "Red", "N/A", "Total");
        assertThat(rowNamed(doc, "Last Year").figures()).extracting(FigureCell::heading)
                .containsExactly("Up", "No Change", "Down", "N/A", "Total");
    }

    @Test
    void proseUnderAHeadingIsARowNamedByTheHeadingWithOneParagraphPerBullet() {
        UpdateDocument doc = read(REPORT);

        UpdateRow summary = doc.rows().stream().filter(r -> r.figures().isEmpty()).findFirst().orElseThrow();
        assertThat(summary.accountability()).isEqualTo("Performance Summary");
        assertThat(summary.paragraphs()).containsExactly(
                "PIs classified as N/A are not included in the summary calculations.",
                "The headlines from Quarter 3 are as follows:",
                "88.9% (8) of the targetable quarterly Key Performance Indicators (KPIs) reportable to this Committee achieved their Quarter 3 target.",
                "54.5% (6) of KPIs show improved performance compared with Quarter 2.");
    }

    @Test
    void aTabbedLineWithProseInItIsANarrativeRow() {
        UpdateDocument doc = read("Quarter 2 2019/20 Performance Report\nHousing\n"
                + "Reduce homelessness\t\tWe prevented 412 households from becoming homeless between July and September, against 380 in the same quarter last year.\n");

        UpdateRow row = rowNamed(doc, "Reduce homelessness");
        assertThat(row.figures()).isEmpty();
        assertThat(row.paragraphs()).hasSize(1);
        assertThat(row.theme()).isEqualTo("Housing");
    }

    @Test
    void aStandingPageOfIndicatorsNamingNoPeriodIsReadUndatedAndSaysSo() {
        UpdateDocument doc = read("Council performance information\nCorporate Services\nIndicator\tResult\n"
                + "Cost of collecting council tax per dwelling\t£10.65\nSickness Absence Days per Teacher (CUMULATIVE)\t5.5 days\n");

        assertThat(doc.dated()).isFalse();
        assertThat(rowNamed(doc, "Cost of collecting council tax per dwelling").figures())
                .containsExactly(new FigureCell("Result", "£10.65"));
        assertThat(doc.issues()).singleElement().extracting(ReadIssue::problem).asString().contains("no title, heading or date names");
    }

    @Test
    void aFormExportedOneCellALineKeepsEachLabelWithItsValue() {
        UpdateDocument doc = read("Self-Assessment Report 2024-25\nStatutory performance indicator results (2024/25)\n"
                + "Indicator: The number of jobs promoted through business start interventions\nTarget:\nMinimum 111 jobs\n"
                + "Year-end result:\n144 jobs\nStatus:\nAchieved\n");

        assertThat(rowNamed(doc, "The number of jobs promoted through business start interventions").paragraphs())
                .containsExactly("Target: Minimum 111 jobs", "Year-end result: 144 jobs", "Status: Achieved");
    }

    @Test
    void aColumnOfCodesWithFiguresRightAfterItIsTheMeasuresNameAndNoFigureIsLost() {
        UpdateDocument doc = read("LAA 2008/09 - Quarterly Performance Report\nPI Code\t2007/08 Value\tQ4 2008/09 Value\tQ4 Target\n"
                + "NI 117\t5.52%\t6.20%\t6.35%\n");

        assertThat(rowNamed(doc, "NI 117").figures()).extracting(FigureCell::text).containsExactly("5.52%", "6.20%", "6.35%");
    }

    @Test
    void textNamingNoQuarterIsStillRefusedWithWhatToDo() {
        assertThatThrownBy(() -> read("These are meeting notes.\nActions\tOwner\nBook a room\tJo\n"))
                .isInstanceOf(DocumentRejectedException.class)
                .hasMessageContaining("no table header or title naming the reporting quarter")
                .hasMessageContaining("Quarter 2 2019/20 Performance Report");
    }

    private static UpdateRow rowNamed(UpdateDocument doc, String name) {
        return doc.rows().stream().filter(r -> r.accountability().equals(name)).findFirst().orElseThrow();
    }
}
