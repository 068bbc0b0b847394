package dev.yardstick.store;

import java.util.regex.Pattern;
import org.influxdb.dto.Point;

/**
 * The one way a tag reaches InfluxDB. influxdb-java 2.25's {@link Point} escapes comma, equals sign
 * and space in tag values (and comma, equals, space in measurement names and keys) but passes a
 * newline, a carriage return and a backslash through untouched. Line protocol cannot carry those
 * in a tag value at all: "Line protocol does not support the newline character \n in tag values"
 * and there is no escape for a backslash itself, so one before an escaped space or at the end of a
 * value swallows the separator that follows (InfluxDB 1.x line protocol reference, "Special
 * characters"; influxdata/influxdb#5231). Unchecked, a value such as {@code x\ndocument} ends the
 * line and starts a forged point.
 *
 * <p>So before Point escapes the rest, {@link #tagValue} replaces what cannot be escaped: every
 * control character (C0, DEL, C1, which includes newline and carriage return) by a space, a
 * backslash by the fullwidth reverse solidus U+FF3C. The mapping is idempotent and what InfluxDB
 * stores is exactly its result, so a tag read back and written again (as the series rebuild does)
 * stays the same.
 */
public final class LineProtocol {

    /** Measurement names, tag keys and field keys are Yardstick's own constants, and plain. */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
    static final char BACKSLASH_STAND_IN = '\uFF3C';

    private LineProtocol() {
    }

    /** The tag value as line protocol can carry it; Point then escapes comma, equals and space. */
    public static String tagValue(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(Character.isISOControl(c) ? ' ' : c == '\\' ? BACKSLASH_STAND_IN : c);
        }
        return out.toString();
    }

    /** Adds a tag through {@link #tagValue}; a value that is missing or blank afterwards is left out, never written blank. */
    static Point.Builder tag(Point.Builder point, String key, String value) {
        if (value == null) {
            return point;
        }
        String safe = tagValue(value);
        return safe.isBlank() ? point : point.tag(name(key), safe);
    }

    /** A new point of a measurement whose name needs no escaping. */
    static Point.Builder measurement(String name) {
        return Point.measurement(name(name));
    }

    private static String name(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain InfluxDB name: '" + name + "'");
        }
        return name;
    }
}
