package dev.yardstick.document;

import java.nio.charset.StandardCharsets;

/**
 * The kind of file an upload is, told from its first bytes (its "magic"), never from its name:
 * a PDF renamed .txt is still read as a PDF, and a text export named .pdf as text.
 */
enum FileFormat {
    TEXT("text"), DOCX("Word"), PDF("PDF"), ZIP("zip"), OLE2("old-style Office"), OTHER_BINARY("binary");

    /** PDF readers accept the header within the first 1024 bytes (ISO 32000-1, annex H.3, note 3). */
    private static final int PDF_HEADER_WINDOW = 1024;

    private final String label;

    FileFormat(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static FileFormat of(byte[] bytes) {
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            return ZIP; // a .docx is a zip: DocxPackage tells whether it holds a Word document
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return OLE2;
        }
        if (indexOf(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII), PDF_HEADER_WINDOW) >= 0) {
            return PDF;
        }
        if (startsWith(bytes, 0x89, 0x50, 0x4E, 0x47) || startsWith(bytes, 0xFF, 0xD8, 0xFF)
                || startsWith(bytes, 0x49, 0x49, 0x2A, 0x00) || startsWith(bytes, 0x4D, 0x4D, 0x00, 0x2A)) {
            return OTHER_BINARY;
        }
        return TEXT;
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte[] needle, int window) {
        int end = Math.min(bytes.length, window) - needle.length;
        outer:
        for (int i = 0; i <= end; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
