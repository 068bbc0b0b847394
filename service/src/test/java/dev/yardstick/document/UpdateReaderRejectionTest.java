package dev.yardstick.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad and hostile Word and PDF files are refused with a problem that names the file, says what is wrong and what to do. */
class UpdateReaderRejectionTest {

    private static final List<List<String>> TABLE = List.of(
            List.of("Key Accountability", "Strategic Director", "Quarter 2 2019/20 Update"),
            List.of("Keep the streets clean.", "A Director", "Missed bins fell to 120 this quarter."));

    private final UpdateReader reader = new UpdateReader();

    private DocumentRejectedException refusal(String source, byte[] bytes) {
        DocumentRejectedException e = catchThrowableOfType(DocumentRejectedException.class, () -> reader.read(source, "testshire", bytes));
        assertThat(e).as("%s is refused", source).isNotNull();
        assertThat(e.source()).isEqualTo(source);
        return e;
    }

    @Test
    void readsAWellFormedWordTableSoTheRefusalsBelowAreAboutTheFaults() {
        assertThat(reader.read("q2.docx", "testshire", OfficeFiles.word(List.of(), TABLE)).rows()).hasSize(1);
    }

    @Test
    void refusesPasswordProtectedWordFileSayingHowToRemoveThePassword() {
        byte[] locked = OfficeFiles.passwordProtectedWord(OfficeFiles.word(List.of(), TABLE));

        assertThat(refusal("locked.docx", locked).problem()).contains("password-protected").contains("remove the password");
    }

    @Test
    void refusesEncryptedPdf() {
        byte[] locked = OfficeFiles.encryptedPdf(OfficeFiles.pdf(List.of("Quarter 2 2019/20 Update")));

        assertThat(refusal("locked.pdf", locked).problem()).contains("encrypted with a password").contains("remove the password");
    }

    @Test
    void readsWordTableWhoseHeaderNamesNoQuarterUndatedAsItsTextExportIsRead() {
        byte[] noQuarter = OfficeFiles.word(List.of("Corporate Plan 2019/20"), List.of(
                List.of("Key Accountability", "Strategic Director", "Update"), TABLE.get(1)));

        UpdateDocument word = reader.read("no-quarter.docx", "testshire", noQuarter);
        UpdateDocument text = reader.read("no-quarter.txt", "testshire", ("Corporate Plan 2019/20\n"
                + "Key Accountability\tStrategic Director\tUpdate\n" + String.join("\t", TABLE.get(1)) + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(word.dated()).isFalse();
        assertThat(word.rows()).extracting(UpdateRow::accountability).containsExactly("Keep the streets clean.");
        assertThat(word.issues()).singleElement().extracting(ReadIssue::problem).asString()
                .contains("no title, heading or date names the period", "e.g. 'Quarter 2 2019/20 Update'");
        assertThat(word.rows()).extracting(UpdateRow::paragraphs).isEqualTo(text.rows().stream().map(UpdateRow::paragraphs).toList());
    }

    @Test
    void refusesWordTableWithAHeaderButNoRows() {
        byte[] letter = OfficeFiles.word(List.of("Dear resident,"), List.of(List.of("Quarter 2 2019/20 Update")));

        assertThat(refusal("letter.docx", letter).problem()).contains("no table rows follow");
    }

    @Test
    void refusesPdfOfProseThatIsNotAnUpdate() {
        byte[] prose = OfficeFiles.pdf(List.of("Minutes of the meeting held on 4 October 2019.", "Present: the Mayor."));

        assertThat(refusal("minutes.pdf", prose).problem()).contains("has no table").contains("Key Accountability");
    }

    @Test
    void refusesScannedPdfSayingItHasNoTextLayer() {
        assertThat(refusal("scan.pdf", OfficeFiles.scannedPdf()).problem()).contains("no text layer").contains("scan").contains("OCR");
    }

    @Test
    void refusesTruncatedPdfAndDocx() {
        byte[] pdf = OfficeFiles.pdf(List.of("Quarter 2 2019/20 Update"));
        byte[] docx = OfficeFiles.word(List.of(), TABLE);

        assertThat(refusal("cut.pdf", Arrays.copyOf(pdf, pdf.length / 2)).problem()).contains("incomplete");
        assertThat(refusal("cut.docx", Arrays.copyOf(docx, docx.length / 2)).problem()).contains("damaged");
    }

    @Test
    void refusesWordPackageWhoseDocumentPartIsNotXml() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write("this is not xml".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }

        assertThat(refusal("broken.docx", out.toByteArray()).problem()).contains("damaged").contains("save it again as .docx");
    }

    @Test
    void refusesGarbageWithAPdfHeader() {
        byte[] garbage = "%PDF-1.7\n1 0 obj << /Type /Catalog >> nonsense\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThat(refusal("garbage.pdf", garbage).problem()).contains("damaged");
    }

    @Test
    void refusesOtherOfficeFilesNamingWhatTheyAre() {
        assertThat(refusal("figures.xlsx", OfficeFiles.spreadsheet()).problem()).contains("Excel workbook");
        assertThat(refusal("old.doc", OfficeFiles.legacyDoc()).problem()).contains("Word 97-2003").contains("save it as .docx");
    }

    @Test
    void tellsTheFormatFromTheBytesNotTheName() {
        byte[] docx = OfficeFiles.word(List.of(), TABLE);

        assertThat(reader.read("update.txt", "testshire", docx).rows()).hasSize(1);
        assertThatThrownBy(() -> reader.read("update.docx", "testshire", OfficeFiles.pdf(List.of("no table here"))))
                .isInstanceOf(DocumentRejectedException.class).hasMessageContaining("PDF");
    }

    @Test
    void refusesZipBombInsideDocxWithinBoundedTime() {
        byte[] bomb = OfficeFiles.zipBomb(200);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        long started = System.nanoTime();
        DocumentRejectedException e = refusal("bomb.docx", bomb);

        assertThat(e.problem()).contains("inflates to more than").contains("not read");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void refusesPdfWhosePageInflatesToAContentBombWithinBoundedTime() {
        byte[] bomb = OfficeFiles.contentBombPdf(200);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        long started = System.nanoTime();
        assertThat(refusal("bomb.pdf", bomb).problem()).contains("inflate to more than 64 MB").contains("not read");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void refusesDocxOfTooManyParts() {
        assertThat(refusal("parts.docx", OfficeFiles.zipOfManyParts(5_000)).problem()).contains("more than 2000 parts");
    }

    @Test
    void refusesPdfOfTooManyPagesBeforeReadingThem() {
        byte[] pages = OfficeFiles.blankPdf(600);

        long started = System.nanoTime();
        assertThat(refusal("pages.pdf", pages).problem()).contains("600 pages").contains("more than the 500");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void refusesFilesYieldingMoreTextThanTheLimit() {
        UpdateReader small = new UpdateReader(new ReadLimits(500, 64L << 20, 2_000, 100, 100));
        byte[] pdf = OfficeFiles.pdf(List.of("Key Accountability Strategic Director Quarter 2 2019/20 Update",
                "Keep the streets clean. A Director Missed bins fell to 120 this quarter, and more words to pass the limit."));

        assertThatThrownBy(() -> small.read("long.pdf", "testshire", pdf)).isInstanceOf(DocumentRejectedException.class)
                .hasMessageContaining("more than 100 characters");
        assertThatThrownBy(() -> small.read("long.docx", "testshire", OfficeFiles.word(List.of(), TABLE)))
                .isInstanceOf(DocumentRejectedException.class).hasMessageContaining("more than 100 characters");
        // a text export too, so a larger upload size limit never means more text to work through
        byte[] text = ("Key\tAccountability\tStrategic Director\tQuarter 2 2019/20 Update\n1.\tKeep the streets clean.\tA Director\t"
                + "Missed bins fell to 120 this quarter, and more words to pass the limit.\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> small.read("long.txt", "testshire", text)).isInstanceOf(DocumentRejectedException.class)
                .hasMessageContaining("more than 100 characters");
        assertThat(new UpdateReader().read("long.txt", "testshire", text).rows()).hasSize(1);
    }

    @Test
    void refusesImages() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};

        assertThat(refusal("photo.png", png).problem()).contains("image");
    }
}
