package dev.yardstick.catalogue;

import java.util.ArrayList;
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

    static List<StatusToken> of(String sentence) {
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
