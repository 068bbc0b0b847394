package dev.yardstick.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether a month named without a year ("in March", "by the end of June") stands after a time
 * preposition, the only place the {@link TemporalScanner} reads it as a date. {@link #PREFIX} says
 * what may stand before it; {@link #prefixEndsAt} answers as that pattern would, reading back from
 * the month over the few words it can end with instead of trying the pattern at every position
 * of its reach, which every capitalised month name of a sentence paid.
 */
final class BareMonths {

    /** The time prepositions a month without a year may follow. */
    static final List<String> PREPOSITIONS = List.of("in", "by", "from", "since", "until", "till", "during", "at",
            "of", "for", "early", "late", "mid", "throughout", "across", "before", "after");
    /** What must stand right before the month, in the region searched. */
    static final Pattern PREFIX = Pattern.compile(
            "(?i)\\b(?:" + String.join("|", PREPOSITIONS) + ")\\s+(?:the\\s+)?(?:(?:end|start|beginning)\\s+of\\s+)?$");
    /** The words {@link #PREFIX} may end with, right before the month. */
    static final Set<String> LAST_WORDS = Stream.concat(PREPOSITIONS.stream(), Stream.of("the", "of"))
            .collect(Collectors.toUnmodifiableSet());

    private BareMonths() {
    }

    /**
     * Whether {@link #PREFIX} finds a match in [from, at) of {@code s} (opaque bounds, as a fresh
     * matcher's region has). Read backwards: the words end in white space ({@code \s}) at {@code at}, or
     * before a line terminator there, where {@code $} also matches;
     * either a preposition ends there, or "the" after a preposition. "(end|start|beginning) of" needs
     * no reading of its own: it ends in "of", itself a preposition standing after a space. Where the
     * character before a preposition is not ASCII, {@code \b}'s reading of it is left to the pattern.
     */
    static boolean prefixEndsAt(String s, int from, int at) {
        // $ also matches before a line terminator closing the region, and these three are no \s
        int spacesEnd = at > from && isTerminatorOnly(s.charAt(at - 1)) ? at - 1 : at;
        int wordEnd = skipSpaceBack(s, from, spacesEnd);
        if (wordEnd == spacesEnd) {
            return false;
        }
        for (String p : PREPOSITIONS) {
            Boolean opens = prepositionEndsAt(s, from, wordEnd, p);
            if (opens == null) {
                return PREFIX.matcher(s).region(from, at).find();
            }
            if (opens) {
                return true;
            }
        }
        int theStart = wordEnd - 3;
        if (theStart < from || !equalsAscii(s, theStart, "the")) {
            return false;
        }
        int prepositionEnd = skipSpaceBack(s, from, theStart);
        if (prepositionEnd == theStart) {
            return false;
        }
        for (String p : PREPOSITIONS) {
            Boolean opens = prepositionEndsAt(s, from, prepositionEnd, p);
            if (opens == null) {
                return PREFIX.matcher(s).region(from, at).find();
            }
            if (opens) {
                return true;
            }
        }
        return false;
    }

    /** Whether preposition {@code p} ends at {@code end} after a word boundary; null where that boundary is for the pattern to judge. */
    private static Boolean prepositionEndsAt(String s, int from, int end, String p) {
        int start = end - p.length();
        if (start < from || !equalsAscii(s, start, p)) {
            return false;
        }
        if (start == from) {
            return true; // opaque bounds: nothing before the region, so a boundary
        }
        char before = s.charAt(start - 1);
        if (before >= 128) {
            return null;
        }
        return !(before == '_' || before >= '0' && before <= '9' || before >= 'a' && before <= 'z' || before >= 'A' && before <= 'Z');
    }

    /** {@code (?i)} without Unicode case: ASCII letters match either case, nothing else folds. */
    private static boolean equalsAscii(String s, int at, String lowerWord) {
        for (int k = 0; k < lowerWord.length(); k++) {
            char c = s.charAt(at + k);
            if (c >= 128 || (c | 0x20) != lowerWord.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The offset where the run of {@code \s} characters ending at {@code at} starts, not before {@code from}. */
    private static int skipSpaceBack(String s, int from, int at) {
        int i = at;
        while (i > from && isSpace(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean isTerminatorOnly(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** The regular-expression {@code \s}: [ \t\n\x0B\f\r]. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
