package dev.yardstick.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word, figure or punctuation mark of a sentence, lower case, with its place; for reading status summaries. */
record StatusToken(String text, int start, int end) {

    static final Pattern TOKEN = Pattern.compile(
            "£?\\d+(?:,\\d{3})*(?:\\.\\d+)?%?|[\\p{L}][\\p{L}\\d'’-]*|[(),;:.!?/–—]");
    static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "none", "no");

    /** The tokens of the last sentence read on this thread: every value of a sentence asks about the same one. */
    private static final ThreadLocal<Read> LAST = new ThreadLocal<>();

    private record Read(String sentence, List<StatusToken> tokens) {
    }

    /** The sentence's tokens, read once however many of its values ask (the list is not to be changed). */
    static List<StatusToken> of(String sentence) {
        Read last = LAST.get();
        if (last != null && last.sentence() == sentence) {
            return last.tokens();
        }
        List<StatusToken> out = read(sentence);
        List<StatusToken> tokens = Collections.unmodifiableList(out);
        LAST.set(new Read(sentence, tokens));
        return tokens;
    }

    /**
     * The sentence's tokens, not kept for the values after: for a sentence read once (a row's earlier
     * sentence, asked for the items it counts), which must not push out the one its values ask about.
     */
    static List<StatusToken> readOnce(String sentence) {
        return read(sentence);
    }

    /** {@link #TOKEN} followed by hand, character by character; a sentence with a surrogate pair goes through the pattern. */
    private static List<StatusToken> read(String sentence) {
        List<StatusToken> out = new ArrayList<>();
        int n = sentence.length();
        // an ASCII token lower-cases letter by letter, whatever surrounds it: it is cut from the sentence lower-cased once
        String lower = sentence.toLowerCase(Locale.ROOT);
        boolean sameOffsets = lower.length() == sentence.length();
        boolean allAscii = isAscii(sentence, 0, n);
        int i = 0;
        while (i < n) {
            char c = sentence.charAt(i);
            int end;
            if (isDigit(c) || c == '£' && i + 1 < n && isDigit(sentence.charAt(i + 1))) {
                end = figureEnd(sentence, c == '£' ? i + 1 : i);
            } else if (Character.isLetter(c)) {
                end = i + 1;
                while (end < n && isWordPart(sentence.charAt(end))) {
                    end++;
                }
            } else if ("(),;:.!?/–—".indexOf(c) >= 0) {
                end = i + 1;
            } else if (Character.isSurrogate(c)) {
                return byPattern(sentence);
            } else {
                i++;
                continue;
            }
            String text = sameOffsets && (allAscii || isAscii(sentence, i, end)) ? lower.substring(i, end)
                    : sentence.substring(i, end).toLowerCase(Locale.ROOT).replace('’', '\'');
            out.add(new StatusToken(text, i, end));
            i = end;
        }
        return out;
    }

    /** The end of {@code \\d+(?:,\\d{3})*(?:\\.\\d+)?%?} from the digit at {@code i}. */
    private static int figureEnd(String s, int i) {
        int n = s.length();
        int end = i + 1;
        while (end < n && isDigit(s.charAt(end))) {
            end++;
        }
        while (end + 3 < n && s.charAt(end) == ',' && isDigit(s.charAt(end + 1)) && isDigit(s.charAt(end + 2))
                && isDigit(s.charAt(end + 3))) {
            end += 4; // "1,507": a thousands separator; "45, a position": a comma after the figure
        }
        if (end + 1 < n && s.charAt(end) == '.' && isDigit(s.charAt(end + 1))) {
            end += 2;
            while (end < n && isDigit(s.charAt(end))) {
                end++;
            }
        }
        return end < n && s.charAt(end) == '%' ? end + 1 : end;
    }

    private static boolean isAscii(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.charAt(k) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code [\\p{L}\\d'’-]} */
    private static boolean isWordPart(char c) {
        return isDigit(c) || c == '\'' || c == '’' || c == '-' || Character.isLetter(c);
    }

    static List<StatusToken> byPattern(String sentence) {
        List<StatusToken> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            out.add(new StatusToken(m.group().toLowerCase(Locale.ROOT).replace('’', '\''), m.start(), m.end()));
        }
        return out;
    }

    static boolean isNumberWord(String w) {
        return NUMBER_WORDS.contains(w);
    }

    boolean isFigure() {
        return Character.isDigit(text.charAt(0)) || text.charAt(0) == '£' || isNumberWord(text) && !text.equals("no")
                && !text.equals("none");
    }

    boolean isWord() {
        return Character.isLetter(text.charAt(0));
    }

    boolean isPunctuation() {
        return !isWord() && !isFigure();
    }
}
