package dev.yardstick.document;

import java.util.function.Consumer;

/**
 * The one way into Yardstick for an update file: tells the format from the bytes (text export,
 * Word .docx or PDF) and reads it with the matching reader, each giving the same
 * {@link UpdateDocument} for the same update. Anything else is refused with a
 * {@link DocumentRejectedException} naming the file, the problem and the fix.
 */
public final class UpdateReader {

    private final ReadLimits limits;
    private final TextExportReader text = new TextExportReader();

    public UpdateReader() {
        this(ReadLimits.DEFAULT);
    }

    public UpdateReader(ReadLimits limits) {
        this.limits = limits;
    }

    public UpdateDocument read(String source, String organisation, byte[] bytes) {
        return read(source, organisation, bytes, text -> { });
    }

    /**
     * Reads the update and shows {@code textCheck} its text before anything else works on it, so
     * a caller can refuse an update over a content limit (lines, sentence length) by throwing. A
     * text export's text is checked as decoded, before it is parsed. A Word or PDF file's text is
     * known only by reading it, which {@link ReadLimits} bounds; it is checked as read: each row's
     * theme, accountability, director and paragraphs on lines of their own, then the notes.
     */
    public UpdateDocument read(String source, String organisation, byte[] bytes, Consumer<String> textCheck) {
        if (bytes.length == 0) {
            throw new DocumentRejectedException(source, "the file is empty; upload the update as .docx, PDF or a text export");
        }
        return switch (FileFormat.of(bytes)) {
            case TEXT -> {
                String decoded = TextDecoder.decode(source, bytes);
                if (decoded.length() > limits.maxTextCharacters()) {
                    // the same bound on the text as a Word or PDF file has, whatever the upload size limit allows
                    throw new DocumentRejectedException(source, "the text export holds more than " + limits.maxTextCharacters()
                            + " characters of text, beyond any update; upload the update table alone");
                }
                textCheck.accept(decoded);
                yield text.read(source, organisation, decoded);
            }
            case ZIP, DOCX -> checked(new WordUpdateReader(limits).read(source, organisation, bytes), textCheck);
            case PDF -> checked(new PdfUpdateReader(limits).read(source, organisation, bytes), textCheck);
            case OLE2 -> throw DocxPackage.refuseOle2(source, bytes);
            case OTHER_BINARY -> throw new DocumentRejectedException(source, "the file is an image, not an update; upload the "
                    + "update as .docx, as a PDF with a text layer, or as a text export");
        };
    }

    private static UpdateDocument checked(UpdateDocument document, Consumer<String> textCheck) {
        StringBuilder text = new StringBuilder();
        for (UpdateRow row : document.rows()) {
            text.append(row.theme()).append('\n').append(row.accountability()).append('\n').append(row.director()).append('\n');
            row.paragraphs().forEach(p -> text.append(p).append('\n'));
        }
        document.notes().forEach(n -> text.append(n).append('\n'));
        textCheck.accept(text.toString());
        return document;
    }
}
