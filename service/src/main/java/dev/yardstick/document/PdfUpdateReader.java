package dev.yardstick.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a PDF update with PDFBox: each page's table recovered from its ruling lines and text
 * positions ({@link PdfPageTable}), repeated header rows and page numbers left out, and a row cut
 * by a page break joined to its start by the same {@link PageBreakStitcher} the text export
 * uses, so a sentence split by the break comes out whole.
 */
final class PdfUpdateReader {

    private final ReadLimits limits;

    PdfUpdateReader(ReadLimits limits) {
        this.limits = limits;
    }

    UpdateDocument read(String source, String organisation, byte[] bytes) {
        if (!endsWithEofMarker(bytes)) {
            throw new DocumentRejectedException(source, "the PDF is incomplete: it does not end with the end-of-file marker every "
                    + "PDF ends with (%%EOF), so the upload or download was probably cut short; upload the whole file again");
        }
        List<GridRow> grid = new ArrayList<>();
        Set<String> context = new LinkedHashSet<>();
        List<String> flow = new ArrayList<>();
        try (PDDocument pdf = open(source, bytes)) {
            int pages = pdf.getNumberOfPages();
            if (pages > limits.maxPages()) {
                throw new DocumentRejectedException(source, "the PDF has " + pages + " pages, more than the " + limits.maxPages()
                        + " an update may have; it may be built to exhaust the server, so it was not read. Upload the update table alone");
            }
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new DocumentRejectedException(source, "the PDF is encrypted and its permissions forbid copying its text; "
                        + "save or print it again without security (or export the update from the original document) and upload that");
            }
            checkContentSize(source, pdf);
            PdfGlyphCollector collector = new PdfGlyphCollector(limits.maxTextCharacters());
            boolean images = false;
            PdfBorderlessTable borderless = new PdfBorderlessTable();
            for (int p = 1; p <= pages; p++) {
                List<PdfGlyph> glyphs = collector.page(pdf, p);
                PdfPageContent content = PdfPageContent.of(pdf.getPage(p - 1));
                images |= content.hasImages();
                // a page turned by /Rotate has its text positions turned too but not its drawing: rules would not line up
                boolean turned = pdf.getPage(p - 1).getRotation() % 360 != 0;
                PdfPageTable.Page page = PdfPageTable.read(glyphs, turned ? List.of() : content.rulings());
                if (page.rows().isEmpty()) {
                    PdfPageTable.Page drawnWithoutBorders = borderless.read(glyphs);
                    if (!drawnWithoutBorders.rows().isEmpty()) {
                        page = drawnWithoutBorders; // else the page is prose, its paragraphs as the ruled reading joined them
                    }
                }
                boolean first = true;
                for (List<GridCell> cells : page.rows()) {
                    grid.add(new GridRow(cells, grid.size() + 1, first && p > 1));
                    first = false;
                }
                context.addAll(page.context());
                PageBreakStitcher.joinPages(flow, page.flow());
            }
            if (collector.characters() == 0) {
                throw new DocumentRejectedException(source, "the PDF has no text layer" + (images ? " (its pages are images: a scan)" : "")
                        + ", so there is nothing to read; run it through OCR, or better export the PDF from the original "
                        + "Word document, and upload that");
            }
        } catch (PdfGlyphCollector.TooMuchText e) {
            throw new DocumentRejectedException(source, "the PDF holds more than " + limits.maxTextCharacters()
                    + " characters of text, beyond any update; upload the update table alone");
        } catch (IOException | RuntimeException e) {
            if (e instanceof DocumentRejectedException rejected) {
                throw rejected;
            }
            throw damaged(source, e);
        }
        return new GridAssembler(source, "PDF").assemble(organisation, grid, List.copyOf(context), flow);
    }

    /**
     * Inflates every page's content streams once, counting, and stops at the limit: a page whose
     * compressed drawing instructions inflate to gigabytes (a PDF bomb) is refused before it is
     * interpreted, at the cost of at most the limit's worth of inflating.
     */
    private void checkContentSize(String source, PDDocument pdf) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        for (org.apache.pdfbox.pdmodel.PDPage page : pdf.getPages()) {
            try (java.io.InputStream in = page.getContents()) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    total += n;
                    if (total > limits.maxUnzippedBytes()) {
                        throw new DocumentRejectedException(source, "the PDF's pages inflate to more than "
                                + limits.maxUnzippedBytes() / (1024 * 1024) + " MB of drawing instructions, beyond any update; it may "
                                + "be built to exhaust the server, so it was not read. Export the update again as PDF and upload that");
                    }
                }
            }
        }
    }

    /** ISO 32000-1, 7.5.5: the last line of a PDF file holds only %%EOF (readers look for it near the end). */
    private static boolean endsWithEofMarker(byte[] bytes) {
        byte[] marker = "%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int from = Math.max(0, bytes.length - 1024);
        outer:
        for (int i = bytes.length - marker.length; i >= from; i--) {
            for (int j = 0; j < marker.length; j++) {
                if (bytes[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private PDDocument open(String source, byte[] bytes) {
        try {
            // the parsed document is held in memory up to the limit, never spilled to temporary files
            return Loader.loadPDF(bytes, "", null, null, MemoryUsageSetting.setupMainMemoryOnly(limits.maxUnzippedBytes()).streamCache);
        } catch (InvalidPasswordException e) {
            throw new DocumentRejectedException(source, "the PDF is encrypted with a password to open it, so its text cannot be "
                    + "read; remove the password (or export the update again without one) and upload that");
        } catch (IOException | RuntimeException e) {
            throw damaged(source, e);
        }
    }

    private static DocumentRejectedException damaged(String source, Exception e) {
        return new DocumentRejectedException(source, "the PDF is damaged and cannot be read (" + Text.printable(e.getMessage(), 160)
                + "); export it again from the original document and upload that");
    }
}
