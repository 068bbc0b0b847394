package dev.yardstick.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One line of line protocol as UTF-8 bytes, reused line after line: text is encoded straight
 * into it, escaping as it goes, rather than built as UTF-16 in a StringBuilder, copied into a
 * String and encoded again (a write request carries megabytes of sentences). Encodes as
 * {@link String#getBytes} with UTF-8 and okio do: a surrogate that is not half of a pair becomes
 * {@code ?}.
 */
final class Utf8Line {

    private byte[] bytes = new byte[1024];
    private int length;

    void clear() {
        length = 0;
    }

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    Utf8Line ascii(char c) {
        room(1);
        bytes[length++] = (byte) c;
        return this;
    }

    /** A name Yardstick chose, already checked to be plain ASCII ({@link LineProtocol#name}). */
    Utf8Line ascii(String s) {
        room(s.length());
        for (int i = 0; i < s.length(); i++) {
            bytes[length++] = (byte) s.charAt(i);
        }
        return this;
    }

    /** A whole number in decimal, as {@link Long#toString(long)} writes it. */
    Utf8Line decimal(long v) {
        if (v == Long.MIN_VALUE) {
            return ascii(Long.toString(v));
        }
        room(20);
        if (v < 0) {
            bytes[length++] = '-';
            v = -v;
        }
        int digits = 1;
        for (long rest = v / 10; rest > 0; rest /= 10) {
            digits++;
        }
        for (int i = length + digits - 1; i >= length; i--) {
            bytes[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        length += digits;
        return this;
    }

    /** Escapes nothing: {@link #escaped} compares only ASCII characters with those it escapes. */
    private static final char NOTHING = '\u0080';

    /** {@code s} in UTF-8 as it is, {@code null} as {@code StringBuilder} appends it. */
    Utf8Line text(String s) {
        return s == null ? ascii("null") : escaped(s, NOTHING, NOTHING, NOTHING);
    }

    /** {@code s} in UTF-8, each of the ASCII characters {@code a}, {@code b} and {@code c} preceded by a backslash. */
    Utf8Line escaped(String s, char a, char b, char c) {
        int n = s.length();
        room(3 * n); // the most one char takes: three bytes, or two for an escaped one; a surrogate pair takes four for two
        byte[] out = bytes;
        int at = length;
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            if (ch < 0x80) {
                if (ch == a || ch == b || ch == c) {
                    out[at++] = '\\';
                }
                out[at++] = (byte) ch;
            } else if (ch < 0x800) {
                out[at++] = (byte) (0xC0 | ch >> 6);
                out[at++] = (byte) (0x80 | ch & 0x3F);
            } else if (!Character.isSurrogate(ch)) {
                out[at++] = (byte) (0xE0 | ch >> 12);
                out[at++] = (byte) (0x80 | ch >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | ch & 0x3F);
            } else if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(ch, s.charAt(++i));
                out[at++] = (byte) (0xF0 | cp >> 18);
                out[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | cp & 0x3F);
            } else {
                out[at++] = '?';
            }
        }
        length = at;
        return this;
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }
}
