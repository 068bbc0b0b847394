package dev.yardstick.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a paragraph into sentences at . ! ? followed by a capital, digit, quote or currency
 * sign, but not after abbreviations common in council reports ("approx.", "c.", "e.g.", "St.").
 */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "approx", "c", "ca", "e.g", "eg", "i.e", "ie", "etc", "dr", "mr", "mrs", "ms", "st", "no", "nos",
            "vs", "cllr", "inc", "ltd", "est", "fig", "para", "ref", "cf", "al", "govt", "dept", "ext", "tel");

    private SentenceSplitter() {
    }

    static List<String> split(String paragraph) {
        List<String> sentences = new ArrayList<>();
        int from = 0;
        int n = paragraph.length();
        // the stops are found by string search, which is much faster than reading each character
        int dot = paragraph.indexOf('.');
        int bang = paragraph.indexOf('!');
        int question = paragraph.indexOf('?');
        int i = 0;
        while (true) {
            dot = dot >= 0 && dot < i ? paragraph.indexOf('.', i) : dot;
            bang = bang >= 0 && bang < i ? paragraph.indexOf('!', i) : bang;
            question = question >= 0 && question < i ? paragraph.indexOf('?', i) : question;
            int stop = first(first(dot, bang), question);
            if (stop < 0) {
                break;
            }
            if (isBoundary(paragraph, stop)) {
                int end = stop + 1;
                while (end < n && (paragraph.charAt(end) == ')' || paragraph.charAt(end) == '"' || paragraph.charAt(end) == '”')) {
                    end++;
                }
                add(sentences, paragraph, from, end);
                from = end;
                i = end;
            } else {
                i = stop + 1;
            }
        }
        add(sentences, paragraph, from, n);
        return sentences;
    }

    /** The smaller of two offsets, -1 meaning none. */
    private static int first(int a, int b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    private static boolean isBoundary(String s, int dot) {
        int next = dot + 1;
        while (next < s.length() && (s.charAt(next) == ')' || s.charAt(next) == '"' || s.charAt(next) == '”')) {
            next++;
        }
        if (next >= s.length()) {
            return true;
        }
        if (s.charAt(next) != ' ') {
            return false;
        }
        int k = next;
        while (k < s.length() && s.charAt(k) == ' ') {
            k++;
        }
        if (k >= s.length()) {
            return true;
        }
        char following = s.charAt(k);
        boolean opens = Character.isUpperCase(following) || Character.isDigit(following) || following == '£'
                || following == '"' || following == '“' || following == '\'' || following == '(';
        if (!opens || s.charAt(dot) != '.') {
            return opens;
        }
        int w = dot;
        while (w > 0 && (Character.isLetter(s.charAt(w - 1)) || s.charAt(w - 1) == '.')) {
            w--;
        }
        if (dot - w > LONGEST_ABBREVIATION) {
            return true; // most words before a stop: lower-casing never shortens a word, so it is no abbreviation
        }
        String word = s.substring(w, dot).toLowerCase();
        return !ABBREVIATIONS.contains(word) && !(word.length() == 1 && Character.isUpperCase(s.charAt(w)));
    }

    private static final int LONGEST_ABBREVIATION = ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

    /**
     * The longest sentence analysed whole. Council sentences stay far below it; a longer "sentence"
     * (a run-on export, or hostile input holding thousands of numbers) is cut at its last clause
     * boundary before the limit, so that what each value's analysis reads is bounded and
     * extraction stays linear in the size of the input.
     */
    static final int MAX_SENTENCE = 2_000;

    /** Adds [from, to) of the paragraph stripped of white space, cut once rather than cut and then stripped. */
    private static void add(List<String> sentences, String paragraph, int from, int to) {
        int start = from;
        int end = to;
        while (start < end && Character.isWhitespace(paragraph.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(paragraph.charAt(end - 1))) {
            end--;
        }
        if (end - start > MAX_SENTENCE) {
            add(sentences, paragraph.substring(start, end));
        } else if (end > start) {
            sentences.add(paragraph.substring(start, end));
        }
    }

    private static void add(List<String> sentences, String piece) {
        String s = piece.strip();
        while (s.length() > MAX_SENTENCE) {
            int cut = cutPoint(s);
            sentences.add(s.substring(0, cut).strip());
            s = s.substring(cut).strip();
        }
        if (!s.isEmpty()) {
            sentences.add(s);
        }
    }

    private static int cutPoint(String s) {
        for (String boundary : new String[] {"; ", ", ", " "}) {
            int at = s.lastIndexOf(boundary, MAX_SENTENCE - boundary.length());
            if (at > MAX_SENTENCE / 2) {
                return at + boundary.length();
            }
        }
        return MAX_SENTENCE;
    }
}
