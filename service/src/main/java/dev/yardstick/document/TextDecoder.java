package dev.yardstick.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes of an uploaded or exported file to text. Exports from Word and PDF tools arrive as UTF-8,
 * UTF-8 with a byte-order mark, UTF-16 or Windows-1252; anything with NUL bytes or many control
 * characters is binary and rejected.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    public static String decode(String source, byte[] bytes) {
        if (bytes.length == 0) {
            throw new DocumentRejectedException(source, "the file is empty; export the update table as text and try again");
        }
        String text;
        boolean utf16 = startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE);
        if (utf16) {
            text = new String(bytes, StandardCharsets.UTF_16);
        } else {
            text = utf8OrWindows1252(bytes);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (isBinary(text, !utf16)) {
            throw binary(source);
        }
        return text;
    }

    private static String utf8OrWindows1252(byte[] bytes) {
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast; // valid UTF-8: the lenient decoder replaced nothing
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static DocumentRejectedException binary(String source) {
        return new DocumentRejectedException(source,
                "the file is binary, not text; export the update table to plain text (UTF-8) first");
    }

    private static boolean startsWith(byte[] bytes, int b0, int b1) {
        return bytes.length >= 2 && (bytes[0] & 0xFF) == b0 && (bytes[1] & 0xFF) == b1;
    }

    /**
     * More than 1 % control characters, or (for a byte encoding) a NUL at all. A NUL byte decodes to
     * U+0000 in UTF-8 and Windows-1252 alike, and U+0000 comes from nothing else (an overlong UTF-8
     * form is malformed), so it is looked for in the one pass over the text rather than over the bytes first.
     */
    private static boolean isBinary(String text, boolean nulIsBinary) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= ' ' && c < '\u007F') {
                continue; // printable ASCII: no control character, one range test
            }
            if (c == 0 && nulIsBinary) {
                return true;
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return !text.isEmpty() && (double) control / text.length() > 0.01;
    }
}
