package dev.yardstick.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * A sentence lower-cased and cut into words once, with, for each word, the cue families a cue of
 * which may start there. Every family asking about the same sentence shares it (the last sentence
 * per thread), so a family's scan looks only at the few words where one of its cues can start
 * instead of trying every cue at every word.
 *
 * @param spans  start and end offsets of the words (runs of letters and digits), in pairs
 * @param starts per word, the bits of the families ({@link #register}) a cue of which may start there
 * @param anywhere the bits of the families a cue of which may start at some word: most families have none in a sentence
 * @param scanned  per family ({@link CueFamily#count}), its cues found in the sentence once asked for, else null: kept
 *                 here, with the one sentence each thread has, rather than by each family for itself
 */
record CueWords(String text, String lower, int[] spans, long[] starts, long anywhere, Object[] scanned) {

    /** A family's first word: exact, or (open) the literal start of a word that takes any ending. */
    private record First(String literal, boolean open, long families) {
        boolean matches(String lower, int start, int end) {
            return CueFamily.wordMatches(lower, start, end, literal, open);
        }
    }

    /**
     * Every family's first words, as an immutable snapshot replaced when a family registers: for
     * ASCII (every cue so far), by a word's first two characters (a second index of 0 for a
     * one-letter word, {@value #NON_ASCII} for a non-ASCII second character), the rest in one list.
     */
    private record FirstWords(List<First> all, First[][][] byAscii, First[] other) {
        private static final int NON_ASCII = 128;

        static FirstWords of(List<First> registered) {
            // a word several families open with ("the", "compared") is looked at once for all of them
            java.util.Map<String, First> merged = new java.util.LinkedHashMap<>();
            for (First f : registered) {
                merged.merge((f.open() ? "*" : "=") + f.literal(), f, (a, b) -> new First(a.literal(), a.open(), a.families() | b.families()));
            }
            List<First> all = List.copyOf(merged.values());
            First[][][] byAscii = new First[128][NON_ASCII + 1][];
            for (char c = 0; c < 128; c++) {
                final char first = c;
                List<First> starting = all.stream().filter(f -> f.literal().isEmpty() || f.literal().charAt(0) == first).toList();
                for (int second = 0; second <= NON_ASCII; second++) {
                    if (starting.isEmpty()) {
                        byAscii[c][second] = new First[0];
                        continue;
                    }
                    final int s = second;
                    byAscii[c][second] = starting.stream().filter(f -> f.literal().length() < 2 || s != 0
                            && (s == NON_ASCII ? f.literal().charAt(1) >= 128 : f.literal().charAt(1) == s)).toArray(First[]::new);
                }
            }
            First[] other = all.stream().filter(f -> f.literal().isEmpty() || f.literal().charAt(0) >= 128).toArray(First[]::new);
            return new FirstWords(List.copyOf(registered), byAscii, other);
        }

        long families(String lower, int start, int end) {
            char c = lower.charAt(start);
            First[] candidates;
            if (c < 128) {
                int second = end - start < 2 ? 0 : Math.min(lower.charAt(start + 1), NON_ASCII);
                candidates = byAscii[c][second];
            } else {
                candidates = other;
            }
            long families = 0;
            for (First f : candidates) {
                if (f.matches(lower, start, end)) {
                    families |= f.families();
                }
            }
            return families;
        }
    }

    private static volatile FirstWords firstWords = FirstWords.of(List.of());
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
        List<First> all = new ArrayList<>(firstWords.all());
        exact.forEach(word -> all.add(new First(word, false, bit)));
        openStarts.forEach(literal -> all.add(new First(literal, true, bit)));
        firstWords = FirstWords.of(all);
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
            long anywhere = 0;
            for (int k = 0; k < starts.length; k++) {
                starts[k] = first.families(lower, spans[2 * k], spans[2 * k + 1]);
                anywhere |= starts[k];
            }
            w = new CueWords(text, lower, spans, starts, anywhere, new Object[CueFamily.count()]);
            LAST.set(w);
        }
        return w;
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
