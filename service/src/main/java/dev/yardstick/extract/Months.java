package dev.yardstick.extract;

import java.util.Locale;

/** Month names and ordinal words as numbers. */
final class Months {

    private static final String[] PREFIXES = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private Months() {
    }

    /** Whether a capitalised month name or abbreviation may start at {@code i}: its first three letters, by a switch. */
    static boolean isPrefix(String s, int i) {
        if (i + 3 > s.length()) {
            return false;
        }
        char b = s.charAt(i + 1);
        char c = s.charAt(i + 2);
        return switch (s.charAt(i)) {
            case 'J' -> b == 'a' && c == 'n' || b == 'u' && (c == 'n' || c == 'l');
            case 'F' -> b == 'e' && c == 'b';
            case 'M' -> b == 'a' && (c == 'r' || c == 'y');
            case 'A' -> b == 'p' && c == 'r' || b == 'u' && c == 'g';
            case 'S' -> b == 'e' && c == 'p';
            case 'O' -> b == 'c' && c == 't';
            case 'N' -> b == 'o' && c == 'v';
            case 'D' -> b == 'e' && c == 'c';
            default -> false;
        };
    }

    /** Every form {@link TemporalScanner}'s month pattern takes, longest of each month first. */
    private static final String[] NAMES = {"January", "Jan", "February", "Feb", "March", "Mar", "April", "Apr", "May", "June",
            "Jun", "July", "Jul", "August", "Aug", "September", "Sept", "Sep", "October", "Oct", "November", "Nov", "December", "Dec"};

    /**
     * Whether the month pattern matches at {@code i}: a form of a month name as written ("Mar",
     * "March") not followed by an ASCII letter, unless a point ends it ("Sept."). "Market" and
     * "Decision" start like months but are not.
     */
    static boolean isNameAt(String s, int i) {
        for (String name : NAMES) {
            if (s.startsWith(name, i)) {
                int end = i + name.length();
                if (end == s.length() || !isAsciiLetter(s.charAt(end))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The second half of a financial year written after a month's year: "March 2018-19". */
    private static final java.util.regex.Pattern YEAR_PAIR_END = java.util.regex.Pattern.compile("\\s*[/\\-–]\\s*(\\d{2})(?!\\d)");

    /**
     * The month a match of a month and its year names ("March 2019"), or, when a financial year's
     * second half follows ("March 2018-19"), that month of the financial year: January to March
     * fall in its second calendar year.
     */
    static TimeMention ofYear(String s, java.util.regex.Matcher monthYear) {
        int month = number(monthYear.group(1));
        int year = Integer.parseInt(monthYear.group(2));
        java.util.regex.Matcher pair = YEAR_PAIR_END.matcher(s).region(monthYear.end(), s.length());
        boolean ofFinancialYear = pair.lookingAt() && Integer.parseInt(pair.group(1)) == (year + 1) % 100;
        int inYear = ofFinancialYear && month < 4 ? year + 1 : year;
        return new TimeMention(monthYear.start(), ofFinancialYear ? pair.end() : monthYear.end(),
                dev.yardstick.document.ReportingPeriod.month(inYear, month), null, TimeMention.Role.PERIOD);
    }

    /** 1-12 for an English month name or abbreviation. */
    static int number(String name) {
        String p = name.toLowerCase(Locale.ROOT).substring(0, 3);
        for (int i = 0; i < PREFIXES.length; i++) {
            if (PREFIXES[i].equals(p)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    /** "3", "third", "3rd", "3 rd" as 3. */
    static int ordinal(String text) {
        String t = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (Character.isDigit(t.charAt(0))) {
            return Integer.parseInt(t.replaceAll("\\D", ""));
        }
        int ordinal = NumberWords.ordinalValue(t);
        if (ordinal > 0) {
            return ordinal;
        }
        // "Quarter Two" as well as "the second quarter"; "one" is no number word elsewhere (it is too often a pronoun)
        return t.equals("one") ? 1 : NumberWords.cardinal(t);
    }
}
