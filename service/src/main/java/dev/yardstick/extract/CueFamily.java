package dev.yardstick.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A family of cue words written once (comparison, target, forecast, benchmark, breakdown...). The
 * same list is the one place each vocabulary lives, for every rule that reads it.
 *
 * <p>A cue is lower-case words separated by single spaces; a trailing {@code *} on a word lets it
 * take any ending ("forecast*" finds "forecasts" and "forecasting"). Where cues overlap, the
 * longest wins ("met or exceeded their target" over "met or exceeded").
 *
 * <p>The rules ask about the same sentence many times, for each of its values and for stretches
 * of it; a sentence is therefore scanned once per family and the answers read from its hits.
 */
final class CueFamily {

    /** Where a cue was found: [start, end) in the sentence. */
    record Hit(int start, int end) {
    }

    private final String name;
    /** Cues by their first word; cues whose first word is open-ended ("forecast*") apart. */
    private final java.util.Map<String, List<String[]>> byFirstWord = new java.util.HashMap<>();
    private final List<String[]> openFirstWord = new ArrayList<>();
    private final ThreadLocal<Scanned> last = new ThreadLocal<>();

    private record Scanned(String text, List<Hit> hits) {
    }

    private CueFamily(String name, List<String> cues) {
        this.name = name;
        for (String cue : cues) {
            if (!cue.equals(cue.toLowerCase(Locale.ROOT)) || cue.isBlank()) {
                throw new IllegalArgumentException(name + ": cue must be lower-case words: '" + cue + "'");
            }
            String[] words = cue.split("[ '-]+");
            if (words[0].endsWith("*")) {
                openFirstWord.add(words);
            } else {
                byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
            }
        }
    }

    static CueFamily of(String name, String... cues) {
        return new CueFamily(name, List.of(cues));
    }

    /** The first cue lying wholly inside [from, to) of {@code text}, or null. */
    Hit find(String text, int from, int to) {
        for (Hit h : hits(text)) {
            if (h.start() >= from && h.end() <= to) {
                return h;
            }
            if (h.start() >= to) {
                break;
            }
        }
        return null;
    }

    /** Every cue lying wholly inside [from, to), in order. */
    List<Hit> within(String text, int from, int to) {
        List<Hit> out = new ArrayList<>();
        for (Hit h : hits(text)) {
            if (h.start() >= from && h.end() <= to) {
                out.add(h);
            }
        }
        return out;
    }

    boolean in(String text) {
        return !hits(text).isEmpty();
    }

    /** Offset just past the last cue inside [from, to), or -1. */
    int lastEnd(String text, int from, int to) {
        int last = -1;
        for (Hit h : hits(text)) {
            if (h.start() >= to) {
                break;
            }
            if (h.start() >= from && h.end() <= to) {
                last = h.end();
            }
        }
        return last;
    }

    /** A cue opens {@code text} (after spaces). */
    boolean startsWith(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        List<Hit> hits = hits(text);
        return !hits.isEmpty() && hits.get(0).start() == i;
    }

    private List<Hit> hits(String text) {
        Scanned scanned = last.get();
        if (scanned != null && scanned.text() == text) {
            return scanned.hits();
        }
        List<Hit> hits = scan(text);
        last.set(new Scanned(text, hits));
        return hits;
    }

    /**
     * The cues of the text, left to right, the longest where several start at one word: a cue's
     * words must each be a whole word of the text (an open-ended word a word start), separated by
     * spaces, hyphens or an apostrophe. One pass over the words, looking up only the cues that can
     * start at each.
     */
    /** The text lower-cased and cut into words, shared by every family asking about the same sentence. */
    private record Words(String text, String lower, int[] spans, String[] tokens) {
    }

    private static final ThreadLocal<Words> WORDS = new ThreadLocal<>();

    private static Words wordsOf(String text) {
        Words w = WORDS.get();
        if (w == null || w.text() != text) {
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.length() != text.length()) {
                lower = text; // a character whose lower case is longer: keep offsets, lose case folding
            }
            int[] spans = words(lower);
            String[] tokens = new String[spans.length / 2];
            for (int k = 0; k < tokens.length; k++) {
                tokens[k] = lower.substring(spans[2 * k], spans[2 * k + 1]);
            }
            w = new Words(text, lower, spans, tokens);
            WORDS.set(w);
        }
        return w;
    }

    private List<Hit> scan(String text) {
        Words shared = wordsOf(text);
        String lower = shared.lower();
        int[] words = shared.spans();
        List<Hit> hits = new ArrayList<>(2);
        int n = words.length / 2;
        for (int w = 0; w < n; w++) {
            int bestEnd = -1;
            List<String[]> exact = byFirstWord.get(shared.tokens()[w]);
            if (exact != null) {
                for (String[] cue : exact) {
                    bestEnd = Math.max(bestEnd, matchFrom(lower, words, w, cue));
                }
            }
            for (String[] cue : openFirstWord) {
                bestEnd = Math.max(bestEnd, matchFrom(lower, words, w, cue));
            }
            if (bestEnd >= 0) {
                hits.add(new Hit(words[2 * w], bestEnd));
                while (w + 1 < n && words[2 * (w + 1)] < bestEnd) {
                    w++;
                }
            }
        }
        return hits;
    }

    /** End of the cue matched from word {@code w} on, or -1. */
    private static int matchFrom(String lower, int[] words, int w, String[] cue) {
        int n = words.length / 2;
        for (int k = 0; k < cue.length; k++) {
            int at = w + k;
            if (at >= n) {
                return -1;
            }
            if (k > 0 && !joined(lower, words[2 * (at - 1) + 1], words[2 * at])) {
                return -1;
            }
            String word = cue[k];
            int start = words[2 * at];
            int end = words[2 * at + 1];
            boolean open = word.endsWith("*");
            String literal = open ? word.substring(0, word.length() - 1) : word;
            boolean ok = open ? end - start >= literal.length() && lower.startsWith(literal, start)
                    : end - start == literal.length() && lower.startsWith(literal, start);
            if (!ok) {
                return -1;
            }
        }
        return words[2 * (w + cue.length - 1) + 1];
    }

    /** Only spaces, hyphens or an apostrophe between two words of a cue. */
    private static boolean joined(String s, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(Character.isWhitespace(c) || c == '-' || c == '\'' || c == '’')) {
                return false;
            }
        }
        return true;
    }

    /** Start and end offsets of the words (runs of letters and digits) of the text. */
    private static int[] words(String s) {
        int[] out = new int[16];
        int n = 0;
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            if (i >= s.length()) {
                break;
            }
            int start = i;
            while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            if (n + 2 > out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            out[n++] = start;
            out[n++] = i;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    @Override
    public String toString() {
        return name;
    }
}
