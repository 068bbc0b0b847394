package dev.yardstick.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a Word table becomes rows: the same rules as the text export, read from real cells. */
class WordUpdateReaderTest {

    private static final List<String> HEADER = List.of("Key Accountability", "Strategic Director", "Quarter 2 2019/20 Update");
    private final UpdateReader reader = new UpdateReader();

    private UpdateDocument read(byte[] docx) {
        return reader.read("q2.docx", "testshire", docx);
    }

    @Test
    void readsSectionRowsMergedAcrossTheTableAsThemes() {
        UpdateDocument doc = read(OfficeFiles.word(List.of(), List.of(HEADER,
                List.of("Community Leadership and Engagement"),
                List.of("Deliver the Cohesion Strategy.", "Mark Tyson", "The strategy was agreed."),
                List.of("Social Care", "", ""),
                List.of("Support carers.", "Elaine Allegretti", "1,200 carers were supported."))));

        assertThat(doc.quarter()).isEqualTo(new FinancialQuarter(2019, 2));
        assertThat(doc.rows()).extracting(UpdateRow::theme).containsExactly("Community Leadership and Engagement", "Social Care");
        assertThat(doc.rows()).extracting(UpdateRow::director).containsExactly("Mark Tyson", "Elaine Allegretti");
    }

    @Test
    void keepsEachParagraphAndListItemOfTheUpdateCell() {
        UpdateDocument doc = read(OfficeFiles.word(List.of(), List.of(HEADER,
                List.of("Support the sector.", "Mark Tyson", "Practical measures:\n* Crowdfunding launched\n* Lottery launched\nSales average 650 tickets per week."))));

        assertThat(doc.rows().get(0).paragraphs())
                .containsExactly("Practical measures:", "Crowdfunding launched", "Lottery launched", "Sales average 650 tickets per week.");
    }

    @Test
    void keepsTextOutsideTheTableAsNotesNotRows() {
        UpdateDocument doc = read(OfficeFiles.wordTables(List.of("Corporate Plan performance", "What we will deliver in 2019/20"),
                List.of(List.of(HEADER, List.of("Do it.", "A Person", "Done."))), List.of("RAG ratings are set by the director.")));

        assertThat(doc.rows()).hasSize(1);
        assertThat(doc.notes()).containsExactly("Corporate Plan performance", "What we will deliver in 2019/20", "RAG ratings are set by the director.");
        assertThat(doc.issues()).isEmpty();
    }

    @Test
    void readsATableContinuedAsASecondTableWithItsHeaderRepeated() {
        UpdateDocument doc = read(OfficeFiles.wordTables(List.of(), List.of(
                List.of(HEADER, List.of("Support the sector.", "Mark Tyson", "The Lottery launched on the 12th September. To date 22")),
                List.of(HEADER, List.of("", "", "local charities have registered."), List.of("Keep streets clean.", "Claire Symonds", "Done."))),
                List.of()));

        assertThat(doc.rows()).hasSize(2);
        assertThat(doc.rows().get(0).updateText()).isEqualTo("The Lottery launched on the 12th September. To date 22 local charities have registered.");
    }

    @Test
    void readsRowsWithAnEmptyDirectorCell() {
        UpdateDocument doc = read(OfficeFiles.word(List.of(), List.of(HEADER,
                List.of("Reduce missed bins.", "", "Missed bins fell to 120."), List.of("Keep parks clean.", "", "92% of parks were clean."))));

        assertThat(doc.rows()).extracting(UpdateRow::accountability).containsExactly("Reduce missed bins.", "Keep parks clean.");
        assertThat(doc.rows()).extracting(UpdateRow::director).containsExactly("", "");
    }

    @Test
    void readsACouncilLayoutWithRefAndRagColumnsAndNoDirector() {
        UpdateDocument doc = read(OfficeFiles.word(List.of(), List.of(
                List.of("Ref", "Priority", "RAG", "Q3 2019/20 progress"),
                List.of("Housing"),
                List.of("4.", "Build 500 new homes.", "Amber", "212 homes were completed by December."))));

        UpdateRow row = doc.rows().get(0);
        assertThat(doc.quarter()).isEqualTo(new FinancialQuarter(2019, 3));
        assertThat(row.number()).isEqualTo("4");
        assertThat(row.accountability()).isEqualTo("Build 500 new homes.");
        assertThat(row.director()).isEmpty();
        assertThat(row.theme()).isEqualTo("Housing");
        assertThat(row.paragraphs()).containsExactly("212 homes were completed by December.");
    }

    @Test
    void cleansDirectorCellsAndThemesAsTheTextReaderDoes() {
        UpdateDocument doc = read(OfficeFiles.word(List.of(), List.of(HEADER,
                List.of("Do one.", "Anne Bristow", "Done."),
                List.of("Do two.", "Anne Bristow / Growth & Homes", "Done."))));

        assertThat(doc.rows()).extracting(UpdateRow::director).containsExactly("Anne Bristow", "Anne Bristow");
        assertThat(doc.rows().get(1).directorAsWritten()).isEqualTo("Anne Bristow / Growth & Homes");
    }

    @Test
    void readsTheQuarterFromATitleRowAboveTheColumnHeadingsAndDropsTheirRepeats() {
        UpdateDocument doc = read(OfficeFiles.word(List.of(), List.of(
                List.of("Corporate Plan: Quarter 1 2020/21 Update"),
                List.of("Ref", "Priority", "Lead Officer", "RAG", "Progress"),
                List.of("1", "Cut waiting times.", "Jo Bloggs", "Green", "Waits fell to 12 days."),
                List.of("Ref", "Priority", "Lead Officer", "RAG", "Progress"))));

        assertThat(doc.quarter()).isEqualTo(new FinancialQuarter(2020, 1));
        assertThat(doc.rows()).singleElement().satisfies(row -> {
            assertThat(row.accountability()).isEqualTo("Cut waiting times.");
            assertThat(row.director()).isEqualTo("Jo Bloggs");
            assertThat(row.paragraphs()).containsExactly("Waits fell to 12 days.");
        });
    }

    @Test
    void joinsAThemeSplitByATabAsTheTextReaderDoes() {
        UpdateDocument doc = read(OfficeFiles.word(List.of(), List.of(HEADER,
                List.of("Socia\tal Care and Health Integration"),
                List.of("Support adults.", "A Person", "Social workers saw 300 adults."),
                List.of("Priority 1:\tA Clean Borough"),
                List.of("Keep streets clean.", "A Person", "Done."))));

        assertThat(doc.rows()).extracting(UpdateRow::theme).containsExactly("Social Care and Health Integration", "Priority 1: A Clean Borough");
        assertThat(doc.rows().get(0).themeAsWritten()).isEqualTo("Socia\tal Care and Health Integration");
    }

    @Test
    void readsTheTableInsideALayoutTable() throws Exception {
        byte[] docx;
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            var frame = doc.createTable(1, 1).getRow(0).getCell(0);
            var inner = frame.insertNewTbl(frame.getParagraphs().get(0).getCTP().newCursor());
            List<List<String>> rows = List.of(HEADER, List.of("Keep streets clean.", "A Director", "Missed bins fell to 120."));
            for (List<String> cells : rows) {
                var row = inner.createRow();
                for (int c = 0; c < cells.size(); c++) {
                    var cell = c < row.getTableCells().size() ? row.getCell(c) : row.createCell();
                    cell.addParagraph().createRun().setText(cells.get(c));
                }
            }
            doc.write(out);
            docx = out.toByteArray();
        }

        UpdateDocument doc = read(docx);

        assertThat(doc.rows()).singleElement().satisfies(row -> {
            assertThat(row.accountability()).isEqualTo("Keep streets clean.");
            assertThat(row.paragraphs()).containsExactly("Missed bins fell to 120.");
        });
    }

    @Test
    void aHeadingBetweenTablesHeadsTheRowsBelowIt() {
        byte[] docx;
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Corporate Plan progress");
            fill(doc.createTable(2, 3), List.of(HEADER, List.of("Do one.", "A Person", "Done.")));
            doc.createParagraph().createRun().setText("Housing and Homes");
            fill(doc.createTable(2, 3), List.of(HEADER, List.of("Build homes.", "B Person", "212 homes were built.")));
            doc.createParagraph().createRun().setText("Ratings are agreed with each director before publication.");
            doc.write(out);
            docx = out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        UpdateDocument doc = read(docx);

        assertThat(doc.rows()).extracting(UpdateRow::theme).containsExactly("", "Housing and Homes");
        assertThat(doc.notes()).containsExactly("Corporate Plan progress", "Ratings are agreed with each director before publication.");
    }

    private static void fill(org.apache.poi.xwpf.usermodel.XWPFTable table, List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                table.getRow(r).getCell(c).getParagraphs().get(0).createRun().setText(rows.get(r).get(c));
            }
        }
    }

    @Test
    void aWordReportWithoutAnUpdateTableIsReadByItsTitleAndFiguresTable() {
        UpdateDocument doc = read(OfficeFiles.word(List.of("Third Quarter Performance Monitoring 2019/20", "Safe, Clean and Green"), List.of(
                List.of("Performance Indicator", "Q3 2019/20 Value", "Target", "Status"),
                List.of("Percentage of fly tips resulting in enforcement action", "82.1%", "80.0%", "Green"))));

        assertThat(doc.quarter()).isEqualTo(new FinancialQuarter(2019, 3));
        assertThat(doc.rows()).singleElement().satisfies(row -> {
            assertThat(row.accountability()).isEqualTo("Percentage of fly tips resulting in enforcement action");
            assertThat(row.theme()).isEqualTo("Safe, Clean and Green");
            assertThat(row.figures()).extracting(FigureCell::heading).containsExactly("Q3 2019/20 Value", "Target", "Status");
        });
    }

    @Test
    void aWordReportKeepsItsProseAfterAFiguresTableInReadingOrder() {
        // the heading and prose after the table belong below it: read in the file's order, as its text export is
        UpdateDocument doc = read(OfficeFiles.wordTables(List.of("Third Quarter Performance Monitoring 2019/20", "Safe, Clean and Green"),
                List.of(List.of(List.of("Performance Indicator", "Q3 2019/20 Value", "Target"),
                        List.of("Percentage of fly tips resulting in enforcement action", "82.1%", "80.0%"))),
                List.of("Housing", "Households in temporary accommodation fell to 212 at the end of December.")));

        assertThat(doc.rows()).extracting(UpdateRow::theme).containsExactly("Safe, Clean and Green", "Housing");
        assertThat(doc.rows().get(1).paragraphs()).containsExactly("Households in temporary accommodation fell to 212 at the end of December.");
    }

    @Test
    void aWordTableWhoseFirstCellsAreEmptyKeepsItsColumnsWhenReadAsAReport() {
        // "2014/15" over "Target": the second heading row leaves the name and code columns empty
        UpdateDocument doc = read(OfficeFiles.word(List.of("Service Standards Report 2014/15"), List.of(
                List.of("Performance Indicators", "Code", "2013/14", "2014/15", "2014/15"),
                List.of("", "", "Actual", "Target", "Actual"),
                List.of("Council tax collected", "LPI0541", "98.57%", "98.65%", "98.62%"))));

        assertThat(doc.rows()).singleElement().extracting(UpdateRow::figures).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.list(FigureCell.class)).extracting(FigureCell::heading)
                .containsExactly("Code", "2013/14 Actual", "2014/15 Target", "2014/15 Actual");
    }
}
