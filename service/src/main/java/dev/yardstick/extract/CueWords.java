package dev.yardstick.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A sentence lower-cased and cut into words once, with, for each word, the cue families a cue of
 * which may start there. Every family asking about the same sentence shares it (the last sentence
 * per thread), so a family's scan looks only at the few words where one of its cues can start
 * instead of trying every cue at every word.
 *
 * @param spans  start and end offsets of the words (runs of letters and digits), in pairs
 * @param starts per word, the bits of the families ({@link #register}) a cue of which may start there
 */
record CueWords(String text, String lower, int[] spans, long[] starts) {

    private record Open(String literal, long families) {
    }

    /** Every family's first words, as an immutable snapshot replaced when a family registers. */
    private record FirstWords(Map<String, Long> exact, List<Open> open) {
    }

    private static volatile FirstWords firstWords = new FirstWords(Map.of(), List.of());
    private static int registered;
    private static final ThreadLocal<CueWords> LAST = new ThreadLocal<>();

    /**
     * Registers a family's first words (exact words, and literal starts of open-ended ones) and
     * returns its bit; 0 past the 64th family, which must then look at every word.
     */
    static synchronized long register(Collection<String> exact, Collection<String> openStarts) {
        if (registered >= Long.SIZE) {
            return 0;
        }
        long bit = 1L << registered++;
        Map<String, Long> words = new HashMap<>(firstWords.exact());
        exact.forEach(word -> words.merge(word, bit, (a, b) -> a | b));
        List<Open> open = new ArrayList<>(firstWords.open());
        openStarts.forEach(literal -> open.add(new Open(literal, bit)));
        firstWords = new FirstWords(Map.copyOf(words), List.copyOf(open));
        return bit;
    }

    /** The words of {@code text}, worked out once for the last sentence asked about on this thread. */
    static CueWords of(String text) {
        CueWords w = LAST.get();
        if (w == null || w.text() != text) {
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.length() != text.length()) {
                lower = text; // a character whose lower case is longer: keep offsets, lose case folding
            }
            int[] spans = spans(lower);
            long[] starts = new long[spans.length / 2];
            FirstWords first = firstWords;
            for (int k = 0; k < starts.length; k++) {
                starts[k] = families(first, lower, spans[2 * k], spans[2 * k + 1]);
            }
            w = new CueWords(text, lower, spans, starts);
            LAST.set(w);
        }
        return w;
    }

    private static long families(FirstWords first, String lower, int start, int end) {
        Long exact = first.exact().get(lower.substring(start, end));
        long families = exact == null ? 0 : exact;
        char c = lower.charAt(start);
        for (Open o : first.open()) {
            if ((o.literal().isEmpty() || o.literal().charAt(0) == c) && CueFamily.wordMatches(lower, start, end, o.literal(), true)) {
                families |= o.families();
            }
        }
        return families;
    }

    /** Start and end offsets of the words (runs of letters and digits) of the text. */
    private static int[] spans(String s) {
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
                out = Arrays.copyOf(out, out.length * 2);
            }
            out[n++] = start;
            out[n++] = i;
        }
        return Arrays.copyOf(out, n);
    }
}
