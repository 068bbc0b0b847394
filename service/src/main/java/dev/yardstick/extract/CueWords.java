package dev.yardstick.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

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
    }

    /**
     * Every family's first words, as an immutable snapshot replaced when a family registers, in
     * two hash tables: exact words, and the literal starts of open-ended ones. A word's families
     * are found in one pass over its characters, hashing it and, on the way, each of its starts
     * as long as an open-ended literal: no comparison with the many first words that share its
     * opening letters.
     */
    private record FirstWords(List<First> all, Table exact, Table open, long[] openLengthsByFirst, long[] exactShapes) {

        /** The slot of {@link #openLengthsByFirst} for a word opening with a character outside ASCII. */
        private static final int NON_ASCII = 128;
        /** How many keys {@link #shape} has: the size of the bit set of exact first words' shapes. */
        private static final int SHAPES = 4096;

        static FirstWords of(List<First> registered) {
            Table exact = new Table(registered.stream().filter(f -> !f.open()).toList());
            long[] shapes = new long[SHAPES / 64];
            for (First f : registered) {
                if (!f.open() && !f.literal().isEmpty()) {
                    int key = shape(f.literal(), 0, f.literal().length());
                    shapes[key >>> 6] |= 1L << key;
                }
            }
            Table open = new Table(registered.stream().filter(First::open).toList());
            // per first character, the lengths of the open-ended literals opening with it (bit 63: 63 or longer)
            long[] byFirst = new long[NON_ASCII + 1];
            for (First f : registered) {
                if (f.open()) {
                    String literal = f.literal();
                    long bit = 1L << Math.min(literal.length(), 63);
                    if (literal.isEmpty()) {
                        java.util.Arrays.fill(byFirst, bit);
                    } else {
                        byFirst[Math.min(literal.charAt(0), NON_ASCII)] |= bit;
                    }
                }
            }
            return new FirstWords(List.copyOf(registered), exact, open, byFirst, shapes);
        }

        /**
         * A word's first two characters and length, hashed to one of {@link #SHAPES} keys: an exact
         * first word the word is has its shape, so most words (of a sentence's hundreds, against
         * the families' few hundred first words) are ruled out without hashing their characters.
         */
        private static int shape(String s, int start, int length) {
            int second = length > 1 ? s.charAt(start + 1) : 0;
            return ((s.charAt(start) * 31 + second) * 31 + length) & (SHAPES - 1);
        }

        long families(String lower, int start, int end) {
            int length = end - start;
            long lengths = openLengthsByFirst[Math.min(lower.charAt(start), NON_ASCII)];
            // the open literals no longer than the word: only those can open it
            long openUpTo = length >= 63 ? lengths : lengths & ((1L << (length + 1)) - 1);
            int key = shape(lower, start, length);
            boolean mayBeExact = (exactShapes[key >>> 6] & 1L << key) != 0;
            if (openUpTo == 0 && !mayBeExact) {
                return 0; // most words
            }
            long families = (lengths & 1L) != 0 ? open.get(lower, start, 0, 0) : 0; // an empty open literal opens every word
            int hash = 0;
            for (int k = 0; k < length; k++) {
                hash = 31 * hash + lower.charAt(start + k);
                if ((lengths & 1L << Math.min(k + 1, 63)) != 0) {
                    families |= open.get(lower, start, k + 1, hash); // a start as long as an open literal opening with this letter
                }
            }
            return mayBeExact ? families | exact.get(lower, start, length, hash) : families;
        }
    }

    /** Literals and the families they open, by open addressing on their {@link String#hashCode}; the same literal twice is merged. */
    private static final class Table {
        private final String[] keys;
        private final long[] families;

        Table(List<First> firsts) {
            int size = Integer.highestOneBit(Math.max(4, firsts.size() * 4) - 1) << 1;
            keys = new String[size];
            families = new long[size];
            for (First f : firsts) {
                int i = slot(f.literal(), spread(f.literal().hashCode()));
                keys[i] = f.literal();
                families[i] |= f.families();
            }
        }

        /** The families of the literal that is [start, start + length) of the text, or 0. */
        long get(String text, int start, int length, int hash) {
            int mask = keys.length - 1;
            for (int i = spread(hash) & mask; keys[i] != null; i = (i + 1) & mask) {
                String key = keys[i];
                if (key.length() == length && text.startsWith(key, start)) {
                    return families[i];
                }
            }
            return 0;
        }

        private int slot(String literal, int hash) {
            int mask = keys.length - 1;
            int i = hash & mask;
            while (keys[i] != null && !keys[i].equals(literal)) {
                i = (i + 1) & mask;
            }
            return i;
        }

        private static int spread(int hash) {
            return hash ^ (hash >>> 16);
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

    /**
     * The families a cue of which may start at the word [start, end) of the lower-cased text,
     * found by comparing the word with every first word in turn: what the tables answer, the
     * slow way (for tests).
     */
    static long familiesByComparison(String lower, int start, int end) {
        long families = 0;
        for (First f : firstWords.all()) {
            if (CueFamily.wordMatches(lower, start, end, f.literal(), f.open())) {
                families |= f.families();
            }
        }
        return families;
    }

    /** The words of {@code text}, worked out once for the last sentence asked about on this thread. */
    static CueWords of(String text) {
        CueWords w = LAST.get();
        if (w == null || w.text() != text) {
            String lower = LastLowerCase.of(text);
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
            while (i < s.length() && !isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            if (i >= s.length()) {
                break;
            }
            int start = i;
            while (i < s.length() && isLetterOrDigit(s.charAt(i))) {
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

    /** {@link Character#isLetterOrDigit(char)}, with the ASCII answer first: most characters are. */
    private static boolean isLetterOrDigit(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' : Character.isLetterOrDigit(c);
    }
}
