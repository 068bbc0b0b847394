package dev.yardstick.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yardstick.SeedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF made by LibreOffice from the Word version of a seed: a table over many pages, rows cut by page breaks. */
class PdfUpdateReaderTest {

    private static final String SENTENCE = "B and D Lottery – Average sales 650 tickets per week between July - September 2019.";

    private static Path fixture(String name) {
        return SeedData.dir().getParent().resolve("service/src/test/resources/fixtures/office").resolve(name);
    }

    private static UpdateDocument read(String name) throws IOException {
        return new UpdateReader().read(name, "lbbd", Files.readAllBytes(fixture(name)));
    }

    @Test
    void theFixtureCutsTheSentenceWithAPageBreak() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(fixture("lbbd-2019-20-q2.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf).replaceAll("\\s+", " ");
                if (text.contains("650 tickets per week")) {
                    assertThat(text).doesNotContain("July - September 2019");
                    return;
                }
            }
        }
        throw new AssertionError("the fixture no longer holds the sentence");
    }

    @Test
    void stitchesSentenceCutByAPageBreak() throws IOException {
        UpdateDocument doc = read("lbbd-2019-20-q2.pdf");

        assertThat(doc.rows()).flatExtracting(UpdateRow::paragraphs).contains(SENTENCE);
    }

    @Test
    void dropsRepeatedHeadersAndPageNumbers() throws IOException {
        UpdateDocument doc = read("lbbd-2019-20-q2.pdf");

        assertThat(doc.rows()).hasSameSizeAs(SeedData.read(SeedData.Q2_2019_20).rows());
        assertThat(doc.rows()).allSatisfy(row -> {
            assertThat(row.updateText()).doesNotContainPattern("Page \\d+ of \\d+").doesNotContain("Strategic Director");
            assertThat(row.accountability()).doesNotContain("Key Accountability");
        });
        assertThat(doc.issues()).isEmpty();
        assertThat(doc.notes()).contains("What we will deliver in 2019/20").noneMatch(n -> n.startsWith("Page "));
    }

    @Test
    void stitchesTheSameSentenceInATableWithoutBorders() throws IOException {
        UpdateDocument doc = read("lbbd-2017-18-q2-borderless.pdf");

        assertThat(doc.rows()).hasSameSizeAs(SeedData.read(SeedData.Q2_2017_18).rows());
        assertThat(doc.rows()).flatExtracting(UpdateRow::paragraphs).anyMatch(p -> p.startsWith(
                "The name and shaming campaign which commenced in April has resulted in the publication of images of flytipper"));
    }

    @Test
    void readsPagesTurnedByTheirRotateEntry() throws IOException {
        byte[] turned;
        try (PDDocument pdf = Loader.loadPDF(fixture("h02.pdf").toFile())) {
            pdf.getPages().forEach(page -> page.setRotation(90));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            pdf.save(out);
            turned = out.toByteArray();
        }

        UpdateDocument doc = new UpdateReader().read("h02-turned.pdf", "devshire", turned);

        assertThat(doc.rows()).isEqualTo(read("h02.pdf").rows());
    }
}
