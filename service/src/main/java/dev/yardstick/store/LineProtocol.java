package dev.yardstick.store;

import java.math.BigDecimal;

/**
 * Points as InfluxDB 1.x line protocol text (line protocol reference, "Syntax" and "Special
 * characters"): {@code measurement,tag=v field=1.0,text="x" time}. Tag values escape comma,
 * equals sign and space; string field values escape double quote and backslash; measurement
 * names, tag keys and field keys are Yardstick's own plain constants and need no escaping.
 *
 * <p>Line protocol cannot carry a newline in a tag value at all, and has no escape for a
 * backslash itself, so one before an escaped space or at the end of a value swallows the
 * separator that follows (influxdata/influxdb#5231). Unchecked, a value such as
 * {@code x\ndocument} ends the line and starts a forged point. So {@link #tagValue} first replaces
 * what cannot be escaped: every control character (C0, DEL, C1) by a space, a backslash by the
 * fullwidth reverse solidus U+FF3C. The mapping is idempotent and what InfluxDB stores is exactly
 * its result, so a tag read back and written again stays the same.
 */
public final class LineProtocol {

    static final char BACKSLASH_STAND_IN = '\uFF3C';

    private LineProtocol() {
    }

    /** The tag value as line protocol can carry it; {@link #append} then escapes comma, equals and space. */
    public static String tagValue(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            char safe = Character.isISOControl(c) ? ' ' : c == '\\' ? BACKSLASH_STAND_IN : c;
            if (safe != c && out == null) {
                out = new StringBuilder(value.length()).append(value, 0, i);
            }
            if (out != null) {
                out.append(safe);
            }
        }
        return out == null ? value : out.toString();
    }

    /**
     * A measurement name, tag key or field key: plain ({@code [a-z][a-z0-9_]*}), or refused. Checked
     * character by character, not by a regular expression: it runs for every tag and field of
     * every point.
     */
    static String name(String name) {
        boolean plain = !name.isEmpty() && name.charAt(0) >= 'a' && name.charAt(0) <= 'z';
        for (int i = 1; plain && i < name.length(); i++) {
            char c = name.charAt(i);
            plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
        }
        if (!plain) {
            throw new IllegalArgumentException("not a plain InfluxDB name: '" + name + "'");
        }
        return name;
    }

    /** Appends one point as a line (without the newline), its time in microseconds, encoded as UTF-8. */
    static Utf8Line append(Utf8Line out, PointRecord p) {
        out.ascii(p.measurement());
        for (int i = 0; i < p.tagCount(); i++) {
            out.ascii(',').ascii(p.tagKey(i)).ascii('=').escaped(p.tagValue(i), ',', '=', ' ');
        }
        char separator = ' ';
        for (int i = 0; i < p.fieldCount(); i++) {
            out.ascii(separator).ascii(p.fieldKey(i)).ascii('=');
            separator = ',';
            if (p.fieldValue(i) instanceof Double d) {
                number(out, d);
            } else {
                out.ascii('"').escaped((String) p.fieldValue(i), '"', '\\', '"').ascii('"');
            }
        }
        return out.ascii(' ').decimal(p.epochMicros());
    }

    /** One point's line, for tests and messages. */
    static String line(PointRecord p) {
        return append(new Utf8Line(), p).toString();
    }

    /** A float without exponent (as influxdb-java writes it): {@code 7000.0}, {@code 0.25}. */
    private static void number(Utf8Line out, double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            out.decimal((long) d).ascii(".0");
            return;
        }
        String s = Double.toString(d);
        out.ascii(s.indexOf('E') < 0 ? s : BigDecimal.valueOf(d).toPlainString());
    }
}
