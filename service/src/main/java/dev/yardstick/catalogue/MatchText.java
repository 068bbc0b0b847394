package dev.yardstick.catalogue;

import dev.yardstick.extract.Observation;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The texts an observation's cues are looked for in, lower-cased once per sentence rather than
 * once per value: the sentence, the sentence with its sub-heading (where cues count), and those
 * with the row's accountability and theme (where context rules look). With each, which letters
 * start its words, so the hundreds of library cues can be ruled out without a search: a cue
 * matches only at a word start ({@link IndicatorMatcher#indexOfWord}), so its first two
 * characters must open a word of the text.
 */
final class MatchText {

    private static final ThreadLocal<MatchText> LAST = new ThreadLocal<>();
    /** How many keys {@link #pairKey} has: the size of the bit sets of openings. */
    static final int KEYS = 1024;

    final String sentence;
    final String cueText;
    /**
     * The cue text with the row's accountability and theme, made when a context rule first asks:
     * few indicators have one, and the row's text is often longer than the sentence.
     */
    private String contextText;
    /** What the texts were made from, compared by identity: the values of one sentence share them. */
    private final Observation source;
    /** The openings of the sentence and the cue text, and of the context text, each worked out when first asked. */
    private Openings[] openings;
    private Openings contextOpenings;
    private int[] cueTextPairKeys;
    /**
     * Per group of indicators (by identity), those the texts alone let through: every value of the
     * sentence asks the same of each group, and only what lies outside the texts differs by value.
     */
    private final Map<Object, int[]> inText = new IdentityHashMap<>(4);

    private MatchText(Observation o) {
        this.source = o;
        this.sentence = o.sentence().toLowerCase(Locale.ROOT);
        this.cueText = sentence + "\n" + o.heading().toLowerCase(Locale.ROOT);
    }

    private MatchText(String title) {
        this.source = null;
        this.sentence = title;
        this.cueText = title;
        this.contextText = title;
    }

    /** The texts of a row's title ({@link RowTitle}), already lower-cased: it is its own sentence, cue text and context. */
    static MatchText ofTitle(String lowerTitle) {
        return new MatchText(lowerTitle);
    }

    /** The texts of {@code o}, shared with the values before it from the same sentence, heading and row. */
    static MatchText of(Observation o) {
        MatchText last = LAST.get();
        if (last != null && last.source.sentence() == o.sentence() && last.source.heading() == o.heading()
                && last.source.provenance().accountability() == o.provenance().accountability()
                && last.source.provenance().theme() == o.provenance().theme()) {
            return last;
        }
        MatchText text = new MatchText(o);
        LAST.set(text);
        return text;
    }

    /** {@code work} applied to these texts for {@code group}, worked out once per group. */
    int[] inText(Object group, Function<MatchText, int[]> work) {
        int[] found = inText.get(group);
        if (found == null) {
            found = work.apply(this);
            inText.put(group, found);
        }
        return found;
    }

    boolean anyInSentence(List<String> words) {
        return anyFound(words, sentence, openings()[0]);
    }

    boolean anyInCueText(List<String> words) {
        return anyFound(words, cueText, openings()[1]);
    }

    boolean anyInContextText(List<String> words) {
        if (contextOpenings == null) {
            if (source == null) {
                contextOpenings = Openings.ofPrefixes(contextText, contextText.length())[0];
            } else {
                // the row's part is lower-cased and read once for all the row's sentences; its word starts and the cue
                // text's, with the pair across the line break between them, hold every opening of the whole (some more,
                // which only lets a search run that finds nothing)
                RowText row = RowText.of(source);
                contextText = cueText + row.text();
                char last = cueText.isEmpty() ? '\n' : cueText.charAt(cueText.length() - 1);
                contextOpenings = openings()[1].with(row.openings(), Openings.pair(last, '\n'));
            }
        }
        return anyFound(words, contextText, contextOpenings);
    }

    /**
     * The row's accountability and theme as the context text ends with them, each after a line
     * break, lower-cased, with their openings; kept for the row's next sentence, which has the same.
     */
    private record RowText(String accountability, String theme, String text, Openings openings) {
        private static final ThreadLocal<RowText> LAST_ROW = new ThreadLocal<>();

        static RowText of(Observation o) {
            RowText last = LAST_ROW.get();
            if (last != null && last.accountability == o.provenance().accountability() && last.theme == o.provenance().theme()) {
                return last;
            }
            String text = "\n" + o.provenance().accountability().toLowerCase(Locale.ROOT) + "\n"
                    + o.provenance().theme().toLowerCase(Locale.ROOT);
            RowText row = new RowText(o.provenance().accountability(), o.provenance().theme(), text,
                    Openings.ofPrefixes(text, text.length())[0]);
            LAST_ROW.set(row);
            return row;
        }
    }

    /** The keys ({@link #pairKey}) of the first two characters of the words of the cue text. */
    int[] cueTextPairKeys() {
        if (cueTextPairKeys == null) {
            cueTextPairKeys = openings()[1].pairKeys();
        }
        return cueTextPairKeys;
    }

    /** The first two characters of a word, hashed to one of {@link #KEYS} keys. */
    static int pairKey(char a, char b) {
        return (a * 31 + b) & (KEYS - 1);
    }

    /**
     * The openings of the sentence and the cue text in one pass over the cue text: the sentence is
     * a prefix of it, so a word start of one is a word start of the other.
     */
    private Openings[] openings() {
        if (openings == null) {
            openings = Openings.ofPrefixes(cueText, sentence.length(), cueText.length());
        }
        return openings;
    }

    private static boolean anyFound(List<String> words, String text, Openings openings) {
        for (String w : words) {
            if (openings.mayOpen(w) && IndicatorMatcher.indexOfWord(text, w, 0) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first character, and the first two, of every word start of a text (a position not after
     * a letter or digit), hashed into bit sets: a necessary condition for a word to be found there.
     */
    private record Openings(long[] singles, long[] pairs) {
        private static final int BITS = KEYS;

        /** The openings of {@code text}'s prefixes of the given lengths, shortest first. */
        static Openings[] ofPrefixes(String text, int... lengths) {
            Openings[] out = new Openings[lengths.length];
            for (int k = 0; k < out.length; k++) {
                out[k] = new Openings(new long[BITS / 64], new long[BITS / 64]);
            }
            boolean afterLetterOrDigit = false;
            for (int at = 0; at < text.length(); at++) {
                char c = text.charAt(at);
                if (!afterLetterOrDigit) {
                    int pair = at + 1 < text.length() ? pair(c, text.charAt(at + 1)) : -1;
                    for (int k = 0; k < out.length; k++) {
                        if (at < lengths[k]) {
                            set(out[k].singles, c);
                            if (at + 1 < lengths[k]) {
                                set(out[k].pairs, pair);
                            }
                        }
                    }
                }
                afterLetterOrDigit = c < 128 ? c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z'
                        : Character.isLetterOrDigit(c);
            }
            return out;
        }

        boolean mayOpen(String word) {
            if (word.isEmpty()) {
                return true;
            }
            return word.length() == 1 ? isSet(singles, word.charAt(0)) : isSet(pairs, pair(word.charAt(0), word.charAt(1)));
        }

        private static int pair(char a, char b) {
            return pairKey(a, b);
        }

        /** The openings of both, and the pair key {@code extraPair}. */
        Openings with(Openings other, int extraPair) {
            long[] s = singles.clone();
            long[] p = pairs.clone();
            for (int k = 0; k < s.length; k++) {
                s[k] |= other.singles[k];
                p[k] |= other.pairs[k];
            }
            set(p, extraPair);
            return new Openings(s, p);
        }

        /** The pair keys set, in order. */
        int[] pairKeys() {
            int count = 0;
            for (long word : pairs) {
                count += Long.bitCount(word);
            }
            int[] keys = new int[count];
            int n = 0;
            for (int w = 0; w < pairs.length; w++) {
                for (long bits = pairs[w]; bits != 0; bits &= bits - 1) {
                    keys[n++] = w * 64 + Long.numberOfTrailingZeros(bits);
                }
            }
            return keys;
        }

        private static void set(long[] bits, int key) {
            int k = key & (BITS - 1);
            bits[k >>> 6] |= 1L << k;
        }

        private static boolean isSet(long[] bits, int key) {
            int k = key & (BITS - 1);
            return (bits[k >>> 6] & 1L << k) != 0;
        }
    }
}
