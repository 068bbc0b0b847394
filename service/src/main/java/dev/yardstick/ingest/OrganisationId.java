package dev.yardstick.ingest;

import java.util.regex.Pattern;

/**
 * An organisation as Yardstick names it: 1 to 64 ASCII letters, digits, {@code -} and {@code _}
 * ({@code lbbd}, {@code barking-and-dagenham}). It becomes an InfluxDB tag and part of queries,
 * so anything else is refused where it enters (HTTP parameter, command line, seed file name)
 * rather than escaped later.
 */
public final class OrganisationId {

    public static final int MAX_LENGTH = 64;
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_LENGTH + "}");

    private OrganisationId() {
    }

    /** The name unchanged when it is valid; otherwise {@link InvalidParameterException} saying what is allowed. */
    public static String checked(String organisation) {
        if (organisation == null || !VALID.matcher(organisation).matches()) {
            throw new InvalidParameterException("org", "the organisation " + describe(organisation) + " is not a valid name: use 1 to "
                    + MAX_LENGTH + " letters, digits, '-' or '_', e.g. org=lbbd");
        }
        return organisation;
    }

    /** Null when absent (a filter that is optional), else {@link #checked}. */
    public static String checkedIfPresent(String organisation) {
        return organisation == null ? null : checked(organisation);
    }

    /** The value as a person can read it in an error: control characters shown as escapes, long values cut. */
    static String describe(String value) {
        if (value == null) {
            return "(none)";
        }
        StringBuilder out = new StringBuilder("'");
        value.codePoints().limit(40).forEach(c -> out.append(Character.isISOControl(c) ? "\\u%04x".formatted(c) : Character.toString(c)));
        return out.append(value.codePointCount(0, value.length()) > 40 ? "...'" : "'").toString();
    }
}
