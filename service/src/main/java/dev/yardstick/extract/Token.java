package dev.yardstick.extract;

import java.util.ArrayList;
import java.util.List;

/** A word, number or symbol of a sentence, with its offsets and whether a space precedes it. */
record Token(Type type, String text, String lower, int start, int end, boolean spaced) {

    enum Type { NUMBER, WORD, SYMBOL }

    /** Case-insensitive for a lower-case argument ("from"); exact for a capitalised one ("London"). */
    boolean is(String word) {
        return lower.equals(word) || text != lower && text.equals(word); // most words are their own lower case: one comparison
    }

    boolean isWord() {
        return type == Type.WORD;
    }

    boolean isNumber() {
        return type == Type.NUMBER;
    }

    /**
     * Numbers keep their thousands separators and decimals ("7,587", "27.1"); words keep inner
     * apostrophes; every other non-space character is a symbol of its own.
     */
    static List<Token> tokenize(String s) {
        return tokenize(s, null);
    }

    /**
     * As {@link #tokenize(String)}, with the sentence already lower-cased at the same offsets
     * (or null): an ASCII word's lower case is then cut from it instead of made anew.
     */
    static List<Token> tokenize(String s, String lowerSentence) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = s.length();
        boolean spaced = true;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                spaced = true;
                i++;
                continue;
            }
            int start = i;
            Type type;
            boolean lowerCase = true;
            boolean ascii = true;
            if (Character.isDigit(c)) {
                i = numberEnd(s, i);
                type = Type.NUMBER;
            } else if (Character.isLetter(c)) {
                // a word of lower-case ASCII letters (most words) is its own lower case: no second pass to find that out
                while (i < n && (Character.isLetter(c = s.charAt(i))
                        || ((c == '\'' || c == '’') && i + 1 < n && Character.isLetter(s.charAt(i + 1))))) {
                    lowerCase &= c >= 'a' && c <= 'z' || c == '\'';
                    ascii &= c < 128;
                    i++;
                }
                type = Type.WORD;
            } else {
                i++;
                type = Type.SYMBOL;
            }
            String text = s.substring(start, i);
            // an ASCII word lower-cases letter by letter, whatever surrounds it: its stretch of the lower-cased sentence is its lower case
            String lower = lowerCase ? text
                    : ascii && lowerSentence != null ? lowerSentence.substring(start, i) : text.toLowerCase(java.util.Locale.ROOT);
            tokens.add(new Token(type, text, lower, start, i, spaced));
            spaced = false;
        }
        return tokens;
    }

    private static int numberEnd(String s, int i) {
        int n = s.length();
        int j = i;
        while (j < n && Character.isDigit(s.charAt(j))) {
            j++;
        }
        // thousands groups: only when the leading group has at most three digits
        if (j - i <= 3) {
            while (j < n && s.charAt(j) == ',' && allDigits(s, j + 1, j + 4)
                    && (j + 4 >= n || !Character.isDigit(s.charAt(j + 4)))) {
                j += 4;
            }
        }
        if (j + 1 < n && s.charAt(j) == '.' && Character.isDigit(s.charAt(j + 1))) {
            j++;
            while (j < n && Character.isDigit(s.charAt(j))) {
                j++;
            }
        }
        return j;
    }

    private static boolean allDigits(String s, int from, int to) {
        if (to > s.length()) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    static double parseNumber(String text) {
        return Double.parseDouble(text.replace(",", ""));
    }
}
