package dev.yardstick.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yardstick.SeedData;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TextExportReaderTest {

    private static final String HEADER = "Key Accountability\tStrategic Director\tQuarter 2 2019/20 Update\n";
    private final TextExportReader reader = new TextExportReader();

    private UpdateDocument read(String text) {
        return reader.read("test.txt", "testshire", text);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"\r\n", "\r", "\f"})
    void linesBreakAtCarriageReturnsAndFormFeedsAsAtLineFeeds(String lineBreak) {
        String text = HEADER + "Theme\t\t\nDo it.\tA Person\tDone 12 times.\n\t\tAnd 14 more.\n\nRecycle.\tB Person\tAt 41.2%.\n";

        UpdateDocument doc = read(text.replace("\n", lineBreak));
        UpdateDocument byLineFeeds = read(text);

        assertThat(doc.rows()).isEqualTo(byLineFeeds.rows()).hasSize(2);
    }

    @Test
    void aTitleNamingItsQuarterIsNoTableHeaderThoughItUsesTheHeadersWords() {
        UpdateDocument doc = new TextExportReader().read("plan.txt", "epping", "Corporate Plan Key Action Plan 2016/17 – Quarter 2 Progress Report\n\n"
                + "Corporate Aim\tLead\tQuarter 2 2016/17 Progress\nKey Action Plan\tLeader of Council\tThe plan sets 12 priorities.\n");

        assertThat(doc.rows()).singleElement().satisfies(row -> {
            assertThat(row.accountability()).isEqualTo("Key Action Plan");
            assertThat(row.director()).isEqualTo("Leader of Council");
        });
    }

    @Test
    void readsQuarterFromDamagedHeader() {
        UpdateDocument doc = read("Key\tKey Accountability Strategic D\t\tQuarter 2 2017/18 Update\nDo it.\tA Person\tDone.\n");

        assertThat(doc.quarter()).isEqualTo(new FinancialQuarter(2017, 2));
        assertThat(doc.period().start()).hasToString("2017-07-01");
        assertThat(doc.period().end()).hasToString("2017-09-30");
    }

    @Test
    void aHeaderNamingItsQuarterWithoutTheYearTakesTheYearOfTheTitleAboveAndRepeatsAtPageBreaks() {
        UpdateDocument doc = read("Corporate Plan 2019/20 progress\n"
                + "Objective\tPortfolio Holder\tQtr 2 Update\n"
                + "Improve recycling\tDirector of Place\tRecycling reached 45% this quarter.\n"
                + "Objective\tPortfolio Holder\tQtr 2 Update\n"
                + "Cut waste\tDirector of Place\tResidual waste fell to 410 kg per household.\n");

        assertThat(doc.quarter()).isEqualTo(new FinancialQuarter(2019, 2));
        assertThat(doc.rows()).extracting(UpdateRow::accountability).containsExactly("Improve recycling", "Cut waste");
    }

    @Test
    void aWordProcessorsNonBreakingHyphenInTheYearIsAHyphen() {
        UpdateDocument doc = read("Key Accountability\tStrategic Director\tQuarter 2 2019\u201120 Update\n"
                + "Improve recycling\tDirector of Place\tRecycling reached 45% this quarter.\n");

        assertThat(doc.quarter()).isEqualTo(new FinancialQuarter(2019, 2));
    }

    @Test
    void aHeaderNamingItsQuarterWithoutAnyYearInTheDocumentIsReadAsNamingNoPeriod() {
        UpdateDocument doc = read("Corporate Plan progress\nObjective\tPortfolio Holder\tQtr 2 Update\n"
                + "Improve recycling\tDirector of Place\tRecycling reached 45% this quarter.\n");

        assertThat(doc.dated()).isFalse();
        assertThat(doc.rows()).extracting(UpdateRow::accountability).containsExactly("Improve recycling");
        assertThat(doc.issues()).singleElement().extracting(ReadIssue::problem).asString()
                .contains("no title, heading or date names the period", "e.g. 'Quarter 2 2019/20 Update'");
    }

    @Test
    void readsAHeaderWhoseOtherColumnsUseWordsOfTheirOwn() {
        UpdateDocument doc = read("Area\tHead of Service\tQuarter 2 2019/20 Update\nPerformance indicators\tHead of Policy\tFive were underperforming.\n");

        assertThat(doc.quarter()).isEqualTo(new FinancialQuarter(2019, 2));
        assertThat(doc.rows()).extracting(UpdateRow::accountability).containsExactly("Performance indicators");
    }

    @Test
    void readsTablesWithoutADirectorColumn() {
        UpdateDocument doc = read("Objective\tQuarter 3 2019/20 Update\nIncrease recycling\tThe rate reached 41.2%.\n"
                + "Reduce missed collections\tMissed bins fell to 52 per 100,000.\n\tMore on bins.\n");

        assertThat(doc.rows()).extracting(UpdateRow::accountability).containsExactly("Increase recycling", "Reduce missed collections");
        assertThat(doc.rows()).extracting(UpdateRow::director).containsOnly("");
        assertThat(doc.rows().get(1).updateText()).contains("52 per 100,000").contains("More on bins.");
    }

    @Test
    void leavesARagColumnOutOfTheDirectorAndTheUpdate() {
        UpdateDocument doc = read("Key Accountability\tStrategic Director\tRAG\tQuarter 3 2019/20 Update\n"
                + "1.\tIncrease recycling\tDirector of Environment\tAmber\tThe rate reached 41.2%.\n");

        UpdateRow row = doc.rows().get(0);
        assertThat(row.accountability()).isEqualTo("Increase recycling");
        assertThat(row.director()).isEqualTo("Director of Environment");
        assertThat(row.updateText()).isEqualTo("The rate reached 41.2%.");
    }

    @Test
    void readsShortHeaderVariants() {
        assertThat(read("Action\tLead\tQ3 2018/19 Update\nDo it.\tA Person\tDone.\n").quarter()).isEqualTo(new FinancialQuarter(2018, 3));
        assertThat(read("Key Accountability\tDirector\tQuarter 4 2016/17 Update\nDo it.\tA Person\tDone.\n").quarter())
                .isEqualTo(new FinancialQuarter(2016, 4));
    }

    @Test
    void stitchesSentenceAcrossPageBreak() {
        UpdateDocument doc = read(HEADER
                + "Develop a giving model.\tChris Naylor\tThe Lottery launched on the 12th September. To date 22\n"
                + "\n" + HEADER
                + "\t\tlocal charities have registered.\n");

        assertThat(doc.rows()).hasSize(1);
        assertThat(doc.rows().get(0).updateText())
                .isEqualTo("The Lottery launched on the 12th September. To date 22 local charities have registered.");
    }

    @Test
    void joinsThemeSplitByStrayTab() {
        UpdateDocument doc = read(HEADER
                + "Com\tmunity Leadership and Engagement\t\t\n"
                + "Do one.\tA Person\tDone.\n"
                + "Educ\tEducational Attainment and School Improvement\t\t\t\t\n"
                + "Do two.\tA Person\tDone.\n");

        assertThat(doc.rows()).extracting(UpdateRow::theme)
                .containsExactly("Community Leadership and Engagement", "Educational Attainment and School Improvement");
    }

    @Test
    void readsNumberedRowsAndWrappedAccountability() {
        UpdateDocument doc = read("Key\tAccountability\tStrategic Director\tQuarter 2 2017/18 Update\n"
                + "24.\tSeek to ensure all young people are in education.\tAnne Bristow\tPlan in place.\n"
                + "45. Continue to play a leading role in\tAnne Bristow\tImmunisation is improving.\n"
                + "\tdelivering greater integration.\t\tMore text follows here.\n");

        assertThat(doc.rows()).extracting(UpdateRow::number).containsExactly("24", "45");
        assertThat(doc.rows().get(1).accountability()).isEqualTo("Continue to play a leading role in delivering greater integration.");
        assertThat(doc.rows().get(1).paragraphs()).containsExactly("Immunisation is improving.", "More text follows here.");
    }

    @Test
    void dropsPageNumbersAndHeaderRemnants() {
        UpdateDocument doc = read(HEADER
                + "Renew focus including the East\tMark Tyson\tThe museum opened.\n"
                + "Page 3 of 12\n"
                + HEADER
                + "Key Accountability End Women's Museum feasibility.\t\tIt is busy.\n");

        assertThat(doc.rows()).hasSize(1);
        assertThat(doc.rows().get(0).accountability()).isEqualTo("Renew focus including the East End Women's Museum feasibility.");
        assertThat(doc.rows().get(0).paragraphs()).containsExactly("The museum opened.", "It is busy.");
    }

    @Test
    void splitsBulletsIntoParagraphs() {
        UpdateDocument doc = read(HEADER
                + "Support the sector.\tMark Tyson\tPractical measures: • Crowdfunding launched \uF0B7 Lottery launched\n"
                + "\t\t\uF0B7 B and D Lottery – Average sales 650 tickets per week.\n");

        assertThat(doc.rows().get(0).paragraphs()).containsExactly(
                "Practical measures:", "Crowdfunding launched", "Lottery launched",
                "B and D Lottery – Average sales 650 tickets per week.");
    }

    @Test
    void reportsTextThatBelongsToNoRow() {
        UpdateDocument doc = read(HEADER + "\t\tOrphan text before any row.\nDo it.\tA Person\tDone.\n");

        assertThat(doc.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.line()).isEqualTo(2);
            assertThat(issue.text()).isEqualTo("Orphan text before any row.");
        });
        assertThat(doc.rows()).hasSize(1);
    }

    @Test
    void rejectsFileWithoutHeaderNamingTheFileAndTheFix() {
        assertThatThrownBy(() -> reader.read("minutes.txt", "x", "Minutes of the meeting\nApologies were received.\n"))
                .isInstanceOf(DocumentRejectedException.class)
                .hasMessageStartingWith("minutes.txt: ")
                .hasMessageContaining("Quarter 2 2019/20");
    }

    @Test
    void rejectsEmptyAndBinaryFiles() {
        assertThatThrownBy(() -> reader.read("empty.txt", "x", new byte[0]))
                .isInstanceOf(DocumentRejectedException.class).hasMessageContaining("empty.txt").hasMessageContaining("empty");
        byte[] pdf = "%PDF-1.7\n\u0000\u0001\u0002binary".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> reader.read("update.pdf", "x", pdf))
                .isInstanceOf(DocumentRejectedException.class).hasMessageContaining("update.pdf").hasMessageContaining("binary");
    }

    @Test
    void rejectsHeaderWithoutRows() {
        assertThatThrownBy(() -> read(HEADER))
                .isInstanceOf(DocumentRejectedException.class).hasMessageContaining("no table rows");
    }

    @Test
    void decodesWindows1252Exports() {
        byte[] bytes = (HEADER + "Do it.\tA Person\tFunding of £500 was awarded.\n").getBytes(java.nio.charset.Charset.forName("windows-1252"));

        assertThat(reader.read("cp1252.txt", "x", bytes).rows().get(0).updateText()).isEqualTo("Funding of £500 was awarded.");
    }

    @Test
    void readsEveryNumberedRowOfTheSeedDocument() {
        UpdateDocument doc = SeedData.read(SeedData.Q2_2017_18);

        assertThat(doc.rows()).extracting(UpdateRow::number).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, 53).mapToObj(Integer::toString).toList());
        assertThat(doc.issues()).isEmpty();
        assertThat(doc.rows()).extracting(UpdateRow::theme).contains("Community Leadership and Engagement",
                "Educational Attainment and School Improvement", "Finance, Growth and Investment");
    }

    @Test
    void readsEveryRowOfTheUnnumberedSeedDocument() {
        UpdateDocument doc = SeedData.read(SeedData.Q2_2019_20);

        assertThat(doc.quarter()).isEqualTo(new FinancialQuarter(2019, 2));
        assertThat(doc.issues()).isEmpty();
        assertThat(doc.rows()).allSatisfy(r -> assertThat(r.director()).isNotBlank());
        List<String> themes = doc.rows().stream().map(UpdateRow::theme).distinct().toList();
        assertThat(themes).startsWith("Community Leadership and Engagement", "Equalities and Diversity", "Public Realm");
        assertThat(doc.rows()).anySatisfy(r -> assertThat(r.accountability())
                .isEqualTo("Deliver the master plans and commercialisation of Parsloes Park and Central Park."));
    }

    @Test
    void readsRowsWhoseDirectorCellIsEmpty() {
        UpdateDocument doc = read(HEADER
                + "Reduce missed bins.\t\tMissed bins fell to 120.\n"
                + "Keep parks clean.\t\tSurveys found 92% of parks clean.\n");

        assertThat(doc.rows()).extracting(UpdateRow::accountability).containsExactly("Reduce missed bins.", "Keep parks clean.");
        assertThat(doc.rows()).extracting(UpdateRow::director).containsExactly("", "");
        assertThat(doc.issues()).isEmpty();
    }

    @Test
    void keepsSubtitleBeforeTheFirstRowAsANoteNotAWarning() {
        UpdateDocument doc = read(HEADER + "Position at 30 September 2019, reported to Cabinet in November.\nDo it.\tA Person\tDone.\n");

        assertThat(doc.notes()).containsExactly("Position at 30 September 2019, reported to Cabinet in November.");
        assertThat(doc.issues()).isEmpty();
        assertThat(doc.rows()).hasSize(1);
    }

    @Test
    void joinsThemeSplitByTheExportWithoutDoublingItsLetter() {
        UpdateDocument doc = read(HEADER
                + "Socia\tal Care and Health Integration\t\t\n"
                + "Support adults.\tA Person\tSocial workers saw 300 adults. Social care costs rose.\n"
                + "Children\u2019s Soc\tial Care\t\t\n"
                + "Support children.\tA Person\tDone.\n");

        assertThat(doc.rows()).extracting(UpdateRow::theme)
                .containsExactly("Social Care and Health Integration", "Children\u2019s Social Care");
        assertThat(doc.rows().get(0).themeAsWritten()).isEqualTo("Socia\tal Care and Health Integration");
    }

    @Test
    void normalisesDirectorCellsToThePersonKeepingWhatWasWritten() {
        UpdateDocument doc = read(HEADER
                + "Do one.\tGraeme Cooke\tDone.\n"
                + "Do two.\tGraeme Cook Tess Lanning\tDone.\n"
                + "Do three.\tAnne Bristow\tDone.\n"
                + "Do four.\tAnne Bristow / Growth & Homes\tDone.\n"
                + "Do five.\tGrowth & Homes / Anne Bristow\tDone.\n");

        assertThat(doc.rows()).extracting(UpdateRow::director)
                .containsExactly("Graeme Cooke", "Graeme Cooke", "Anne Bristow", "Anne Bristow", "Anne Bristow");
        assertThat(doc.rows()).extracting(UpdateRow::directorAsWritten)
                .contains("Graeme Cook Tess Lanning", "Anne Bristow / Growth & Homes");
    }

    @Test
    void leavesADepartmentNamedAloneAsWritten() {
        UpdateDocument doc = read(HEADER + "Do one.\tGrowth & Homes\tDone.\n");

        assertThat(doc.rows().get(0).director()).isEqualTo("Growth & Homes");
    }
}
