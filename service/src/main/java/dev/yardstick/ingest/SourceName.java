package dev.yardstick.ingest;

/**
 * The name an update was uploaded under ({@code source=} or the multipart file name): kept as
 * evidence beside every value, never used as a path. At most 255 characters, no control characters.
 */
public final class SourceName {

    public static final int MAX_LENGTH = 255;

    private SourceName() {
    }

    public static String checked(String source) {
        if (source == null || source.isBlank()) {
            throw new InvalidParameterException("source", "the source name is empty: name the file, e.g. source=lbbd-2019-20-q2.txt");
        }
        if (source.length() > MAX_LENGTH || source.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidParameterException("source", "the source name " + OrganisationId.describe(source) + " is not valid: use at most "
                    + MAX_LENGTH + " characters and no control characters, e.g. source=lbbd-2019-20-q2.txt");
        }
        return source;
    }
}
