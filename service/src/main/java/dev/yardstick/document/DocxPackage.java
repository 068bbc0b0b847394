package dev.yardstick.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Checks a zip or OLE2 upload before POI parses it: what it holds (a Word document, a
 * spreadsheet, a password-protected file) and whether it would inflate past the
 * {@link ReadLimits}. Inflating is counted as it happens and stopped at the limit, so a zip
 * bomb costs at most the limit's worth of work, whatever it claims.
 */
final class DocxPackage {

    private static final String DOCUMENT_PART = "word/document.xml";

    private DocxPackage() {
    }

    /** Refuses anything but a Word document within the limits. */
    static void check(String source, byte[] bytes, ReadLimits limits) {
        long total = 0;
        int entries = 0;
        boolean word = false;
        String other = null;
        long ceiling = Math.min(limits.maxUnzippedBytes(), (long) limits.maxInflateRatio() * Math.max(bytes.length, 4096));
        byte[] buffer = new byte[16 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > limits.maxZipEntries()) {
                    throw bomb(source, "holds more than " + limits.maxZipEntries() + " parts");
                }
                String name = entry.getName();
                word |= name.equals(DOCUMENT_PART);
                if (name.startsWith("xl/")) {
                    other = "an Excel workbook";
                } else if (name.startsWith("ppt/")) {
                    other = "a PowerPoint presentation";
                }
                long part = 0;
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    total += n;
                    part += n;
                    if (total > ceiling || name.equals(DOCUMENT_PART) && part > limits.maxUnzippedBytes() / 4) {
                        throw bomb(source, "inflates to more than " + Math.min(total, ceiling) / (1024 * 1024)
                                + " MB from " + bytes.length / 1024 + " KB");
                    }
                }
            }
        } catch (IOException e) {
            throw new DocumentRejectedException(source, "the file is a damaged zip archive (" + Text.printable(e.getMessage(), 160)
                    + "); open it in Word, save it again as .docx and upload that");
        }
        if (entries == 0) {
            throw new DocumentRejectedException(source, "the file is a damaged or empty zip archive; open it in Word, "
                    + "save it again as .docx and upload that");
        }
        if (!word) {
            throw new DocumentRejectedException(source, "the file is " + (other != null ? other : "a zip archive")
                    + ", not a Word document; upload the update as .docx, PDF or a text export");
        }
    }

    /** An OLE2 file is either a password-protected Office file or an old binary one (.doc). */
    static DocumentRejectedException refuseOle2(String source, byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                return new DocumentRejectedException(source, "the Word file is password-protected, so its text cannot be read; "
                        + "remove the password (File > Info > Protect Document > Encrypt with Password, clear it), save and upload again");
            }
        } catch (IOException | RuntimeException e) {
            return new DocumentRejectedException(source, "the file is a damaged Office file; open it in Word, "
                    + "save it as .docx and upload that");
        }
        return new DocumentRejectedException(source, "the file is an old-style Office file (Word 97-2003 .doc or similar), "
                + "which Yardstick does not read; open it in Word, save it as .docx and upload that");
    }

    private static DocumentRejectedException bomb(String source, String what) {
        return new DocumentRejectedException(source, "the Word file " + what + ", beyond what an update needs; it may be built "
                + "to exhaust the server, so it was not read. Save the update again as a plain .docx (or PDF) and upload that");
    }
}
