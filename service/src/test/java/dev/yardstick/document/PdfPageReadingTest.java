package dev.yardstick.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a PDF page's text is put back together when it is a council's own report: lists, wrapped
 * figures, paragraphs cut by page breaks, and tables ruled differently on one page.
 */
class PdfPageReadingTest {

    private static final float SIZE = 10f;
    private static final float CHAR = 5f;
    private static final float SPACE = 2.8f;

    /** The glyphs of {@code text} set from {@code x} on the baseline {@code y}, one per character. */
    private static List<PdfGlyph> words(String text, float x, float y) {
        return words(text, x, y, "Arial@10");
    }

    private static List<PdfGlyph> words(String text, float x, float y, String style) {
        List<PdfGlyph> glyphs = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            glyphs.add(new PdfGlyph(x + i * CHAR, y, CHAR, SIZE, SPACE, String.valueOf(text.charAt(i)), style));
        }
        return glyphs;
    }

    @Test
    void aBulletSetOffFromItsTextByATabStopOpensAListItemNotAColumn() {
        List<PdfGlyph> glyphs = new ArrayList<>(words("•", 50, 100));
        glyphs.addAll(words("77 affordable homes were delivered.", 68, 100)); // Word puts a tab stop after the bullet

        assertThat(PdfLines.lines(glyphs)).singleElement().extracting(PdfLines.Line::text)
                .isEqualTo("• 77 affordable homes were delivered.");
    }

    @Test
    void columnsSetApartByATabStopStayApart() {
        List<PdfGlyph> glyphs = new ArrayList<>(words("Council tax collected", 50, 100));
        glyphs.addAll(words("98.62%", 300, 100));

        assertThat(PdfLines.lines(glyphs)).singleElement().extracting(PdfLines.Line::text).isEqualTo("Council tax collected\t98.62%");
    }

    @Test
    void aPercentSignWrappedAwayFromItsNumberInANarrowCellIsJoinedToIt() {
        StringBuilder cell = new StringBuilder("98.78");
        PdfLines.joinWrapped(cell, "%");
        StringBuilder words = new StringBuilder("rose to");
        PdfLines.joinWrapped(words, "98%");

        assertThat(cell).hasToString("98.78%");
        assertThat(words).hasToString("rose to 98%");
    }

    @Test
    void aLineEndingShortOfThePagesMarginEndsItsParagraphThoughItIsTheLongestOfItsRun() {
        List<PdfLines.Line> lines = PdfLines.lines(concat(words("PIs classified as N/A are not included.", 50, 100),
                words("The headlines are as follows:", 50, 112)));

        assertThat(PdfLines.paragraphs(lines, 545)).containsExactly("PIs classified as N/A are not included.",
                "The headlines are as follows:");
        assertThat(PdfLines.paragraphs(lines)).as("measured against its own lines, the first one looks wrapped").hasSize(1);
    }

    @Test
    void aLineInAnotherFontStartsAParagraphThoughTheLineBeforeFilledTheMeasure() {
        List<PdfLines.Line> lines = PdfLines.lines(concat(words("The report is written for the public and all members.", 50, 100),
                words("Financial Summary", 50, 112, "Arial-Bold@10"), words("At the end of June the outturn was 5.2m.", 50, 124)));

        assertThat(PdfLines.paragraphs(lines, 50 + 53 * CHAR)).containsExactly("The report is written for the public and all members.",
                "Financial Summary", "At the end of June the outturn was 5.2m.");
    }

    @Test
    void aParagraphCutByAPageBreakIsJoinedAgainButARowOrAFinishedSentenceIsNot() {
        List<String> cut = new ArrayList<>(List.of("Housing", "The number of households in"));
        PageBreakStitcher.joinPages(cut, List.of("temporary accommodation fell to 212.", "Planning"));
        List<String> finished = new ArrayList<>(List.of("Numbers fell to 212."));
        PageBreakStitcher.joinPages(finished, List.of("rates are shown below", "x"));
        List<String> row = new ArrayList<>(List.of("Council tax collected\t98.62%"));
        PageBreakStitcher.joinPages(row, List.of("business rates\t98.56%"));

        assertThat(cut).containsExactly("Housing", "The number of households in temporary accommodation fell to 212.", "Planning");
        assertThat(finished).containsExactly("Numbers fell to 212.", "rates are shown below", "x");
        assertThat(row).containsExactly("Council tax collected\t98.62%", "business rates\t98.56%");
    }

    @Test
    void twoTablesRuledDifferentlyOnOnePageEachCountTheirOwnColumns() {
        List<PdfRuling> rulings = new ArrayList<>();
        table(rulings, new float[] {50, 340, 442, 756, 771}, 70, 130);   // four columns
        table(rulings, new float[] {50, 360, 461, 771}, 160, 220);       // three, the last wide
        List<PdfGlyph> glyphs = concat(words("Recycling", 55, 90), words("Anne", 345, 90), words("Rose to 45%.", 450, 90),
                words("Of these, 70% were on time.", 470, 190));

        PdfPageTable.Page page = PdfPageTable.read(glyphs, rulings);

        List<GridCell> lastRow = page.rows().get(page.rows().size() - 1);
        assertThat(lastRow).hasSize(3);
        assertThat(lastRow.get(2).text()).isEqualTo("Of these, 70% were on time.");
        assertThat(lastRow.get(2).span()).as("a cell of the narrower table is not merged across the other's columns").isEqualTo(1);
    }

    @Test
    void aPagesFlowPutsTheTextAroundItsTableInReadingOrder() {
        List<PdfRuling> rulings = new ArrayList<>();
        table(rulings, new float[] {50, 300, 545}, 100, 160);
        List<PdfGlyph> glyphs = concat(words("Safe, Clean and Green", 50, 80), words("Fly tips", 55, 120), words("82.1%", 305, 120),
                words("Housing", 50, 190));

        PdfPageTable.Page page = PdfPageTable.read(glyphs, rulings);

        assertThat(page.flow()).containsExactly("Safe, Clean and Green", "Fly tips\t82.1%", "Housing");
    }

    /** A ruled table: vertical rules at {@code xs} from {@code top} to {@code bottom}, a horizontal rule every 30 points. */
    private static void table(List<PdfRuling> rulings, float[] xs, float top, float bottom) {
        for (float y = top; y <= bottom; y += 30) {
            rulings.add(PdfRuling.between(xs[0], y, xs[xs.length - 1], y));
        }
        for (float x : xs) {
            rulings.add(PdfRuling.between(x, top, x, bottom));
        }
    }

    @SafeVarargs
    private static List<PdfGlyph> concat(List<PdfGlyph>... parts) {
        List<PdfGlyph> all = new ArrayList<>();
        for (List<PdfGlyph> part : parts) {
            all.addAll(part);
        }
        return all;
    }
}
