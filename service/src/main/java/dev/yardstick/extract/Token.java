package dev.yardstick.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A word, number or symbol of a sentence, with its offsets and whether a space precedes it.
 *
 * <p>Its text and lower case are cut from the sentence only when asked for: every sentence with a
 * value is cut into tokens, most of which the rules only compare with a word ({@link #is}) or
 * never read, so making two strings for each was most of what tokenizing allocated.
 */
final class Token {

    enum Type { NUMBER, WORD, SYMBOL }

    private final Type type;
    private final String sentence;
    /** The sentence lower-cased at the same offsets, or null. */
    private final String lowerSentence;
    private final int start;
    private final int end;
    private final boolean spaced;
    /** Lower-case ASCII letters and apostrophes only (or a number or symbol): its text is its lower case. */
    private final boolean lowerCase;
    private final boolean ascii;
    /** Whether the word holds an apostrophe ("O'Brien", "council’s"). */
    private final boolean apostrophe;
    /** {@link #lowerCase}, or ASCII with the lower-cased sentence at hand: its lower case is read in place. */
    private final boolean inPlace;
    private String text;
    private String lower;

    private Token(Type type, String sentence, String lowerSentence, int start, int end, boolean spaced, boolean lowerCase,
                  boolean ascii, boolean apostrophe) {
        this.type = type;
        this.sentence = sentence;
        this.lowerSentence = lowerSentence;
        this.start = start;
        this.end = end;
        this.spaced = spaced;
        this.lowerCase = lowerCase;
        this.ascii = ascii;
        this.apostrophe = apostrophe;
        this.inPlace = lowerCase || ascii && lowerSentence != null;
    }

    Type type() {
        return type;
    }

    String text() {
        if (text == null) {
            text = sentence.substring(start, end);
        }
        return text;
    }

    String lower() {
        if (lower == null) {
            // an ASCII word lower-cases letter by letter, whatever surrounds it: its stretch of the lower-cased sentence is its lower case
            lower = lowerCase ? text() : ascii && lowerSentence != null ? lowerSentence.substring(start, end)
                    : text().toLowerCase(java.util.Locale.ROOT);
        }
        return lower;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    boolean spaced() {
        return spaced;
    }

    int length() {
        return end - start;
    }

    /** Whether its lower case has its own length, so {@link #lowerCharAt} reads it in place. */
    boolean lowerKeepsOffsets() {
        return inPlace;
    }

    /** The {@code k}th character of its lower case, read in place; only where {@link #lowerKeepsOffsets()}. */
    char lowerCharAt(int k) {
        return (lowerCase ? sentence : lowerSentence).charAt(start + k);
    }

    /**
     * Case-insensitive for a lower-case argument ("from"); exact for a capitalised one ("London").
     * Kept this small so that it is inlined where it is asked: most words asked about have
     * another length, which settles it.
     */
    boolean is(String word) {
        return (word.length() == end - start || !inPlace) && isAtLength(word);
    }

    private boolean isAtLength(String word) {
        if (lowerCase) {
            return sentence.startsWith(word, start); // its own lower case: one comparison
        }
        if (inPlace) {
            return lowerSentence.startsWith(word, start) || sentence.startsWith(word, start);
        }
        return lower().equals(word) || word.length() == end - start && sentence.startsWith(word, start);
    }

    /** Whether the word holds an apostrophe, straight or curly: where else a name inside it may start. */
    boolean hasApostrophe() {
        return apostrophe;
    }

    boolean isWord() {
        return type == Type.WORD;
    }

    boolean isNumber() {
        return type == Type.NUMBER;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && type == t.type && start == t.start && end == t.end && spaced == t.spaced
                && text().equals(t.text()) && lower().equals(t.lower());
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(type, text(), lower(), start, end, spaced);
    }

    @Override
    public String toString() {
        return "Token[type=" + type + ", text=" + text() + ", lower=" + lower() + ", start=" + start + ", end=" + end
                + ", spaced=" + spaced + "]";
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
        // about one token per five characters in council prose: the list is seldom copied as it grows
        List<Token> tokens = new ArrayList<>(Math.max(10, s.length() / 5));
        int i = 0;
        int n = s.length();
        boolean spaced = true;
        while (i < n) {
            char c = s.charAt(i);
            byte kind = kindOf(c);
            if (kind == SPACE) {
                spaced = true;
                i++;
                continue;
            }
            int start = i;
            Type type;
            boolean lowerCase = true;
            boolean ascii = true;
            boolean apostrophe = false;
            if (kind == DIGIT) {
                i = numberEnd(s, i);
                type = Type.NUMBER;
            } else if (kind == LOWER || kind == UPPER) {
                // a word of lower-case ASCII letters (most words) is its own lower case: no second pass to find that out
                while (i < n) {
                    c = s.charAt(i);
                    kind = kindOf(c);
                    if (kind == LOWER) {
                        i++;
                        continue;
                    }
                    if (kind != UPPER && !((c == '\'' || c == '’') && i + 1 < n && isLetter(s.charAt(i + 1)))) {
                        break;
                    }
                    lowerCase &= c == '\'';
                    ascii &= c < 128;
                    apostrophe |= c == '\'' || c == '’';
                    i++;
                }
                type = Type.WORD;
            } else {
                i++;
                type = Type.SYMBOL;
            }
            tokens.add(new Token(type, s, lowerSentence, start, i, spaced, lowerCase, ascii, apostrophe));
            spaced = false;
        }
        return tokens;
    }

    /*
     * What a character is to the tokenizer, by one table look-up for ASCII (most characters):
     * white space, a digit, a lower-case ASCII letter, another letter, or anything else. Outside
     * ASCII it is what Character says; "UPPER" there stands for any letter but a-z.
     */
    private static final byte OTHER = 0;
    private static final byte SPACE = 1;
    private static final byte DIGIT = 2;
    private static final byte LOWER = 3;
    private static final byte UPPER = 4;
    private static final byte[] ASCII_KIND = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_KIND[c] = Character.isWhitespace(c) ? SPACE : Character.isDigit(c) ? DIGIT : c >= 'a' && c <= 'z' ? LOWER
                    : Character.isLetter(c) ? UPPER : OTHER;
        }
    }

    private static byte kindOf(char c) {
        if (c < 128) {
            return ASCII_KIND[c];
        }
        return Character.isWhitespace(c) ? SPACE : Character.isDigit(c) ? DIGIT : Character.isLetter(c) ? UPPER : OTHER;
    }

    private static boolean isLetter(char c) {
        return c < 128 ? ASCII_KIND[c] >= LOWER : Character.isLetter(c);
    }

    private static boolean isDigit(char c) {
        return c < 128 ? ASCII_KIND[c] == DIGIT : Character.isDigit(c);
    }

    private static int numberEnd(String s, int i) {
        int n = s.length();
        int j = i;
        while (j < n && isDigit(s.charAt(j))) {
            j++;
        }
        // thousands groups: only when the leading group has at most three digits
        if (j - i <= 3) {
            while (j < n && s.charAt(j) == ',' && allDigits(s, j + 1, j + 4)
                    && (j + 4 >= n || !isDigit(s.charAt(j + 4)))) {
                j += 4;
            }
        }
        if (j + 1 < n && s.charAt(j) == '.' && isDigit(s.charAt(j + 1))) {
            j++;
            while (j < n && isDigit(s.charAt(j))) {
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
            if (!isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    static double parseNumber(String text) {
        return Double.parseDouble(text.replace(",", ""));
    }
}
