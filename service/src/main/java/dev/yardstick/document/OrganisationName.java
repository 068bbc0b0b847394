package dev.yardstick.document;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The organisation a file name implies: everything before its first year ("lbbd-2017-18-q2.txt" gives lbbd). */
public final class OrganisationName {

    private static final Pattern BEFORE_YEAR = Pattern.compile("^(.+?)[-_ ]+(?:19|20)\\d{2}");

    private OrganisationName() {
    }

    public static Optional<String> fromFileName(String fileName) {
        Matcher m = BEFORE_YEAR.matcher(fileName);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
