package dev.yardstick.document;

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
        if (bytes.length == 0) {
            throw new DocumentRejectedException(source, "the file is empty; upload the update as .docx, PDF or a text export");
        }
        return switch (FileFormat.of(bytes)) {
            case TEXT -> text.read(source, organisation, bytes);
            case ZIP, DOCX -> new WordUpdateReader(limits).read(source, organisation, bytes);
            case PDF -> new PdfUpdateReader(limits).read(source, organisation, bytes);
            case OLE2 -> throw DocxPackage.refuseOle2(source, bytes);
            case OTHER_BINARY -> throw new DocumentRejectedException(source, "the file is an image, not an update; upload the "
                    + "update as .docx, as a PDF with a text layer, or as a text export");
        };
    }
}
