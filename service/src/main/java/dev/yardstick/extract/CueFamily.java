package dev.yardstick.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
    /** Every cue, for {@link #mayBeIn}. */
    private final List<Cue> all = new ArrayList<>();
    /** Cues whose first word is open-ended ("forecast*"); the others by their first word, below. */
    private final List<Cue> openFirstWord = new ArrayList<>();
    /*
     * The same cues by the length of their first word, to find a word's among the few of its length
     * by comparing it in place: the words a family is asked about need no substring or hash of their own.
     */
    private final String[][] firstWordsByLength;
    private final Cue[][][] cuesByLength;
    /** This family's bit in {@link CueWords#starts}; 0 past the 64th family, which then looks at every word. */
    private final long bit;
    /** Families made so far: each has its place in a sentence's {@link CueWords#scanned}. */
    private static final java.util.concurrent.atomic.AtomicInteger FAMILIES = new java.util.concurrent.atomic.AtomicInteger();
    private final int index = FAMILIES.getAndIncrement();

    /** A cue's words, split and marked once: a word's literal part and whether it takes any ending. */
    private record Cue(String[] literals, boolean[] open) {
        static Cue of(String[] words) {
            String[] literals = new String[words.length];
            boolean[] open = new boolean[words.length];
            for (int k = 0; k < words.length; k++) {
                open[k] = words[k].endsWith("*");
                literals[k] = open[k] ? words[k].substring(0, words[k].length() - 1) : words[k];
            }
            return new Cue(literals, open);
        }
    }

    private CueFamily(String name, List<String> cues) {
        this.name = name;
        Map<String, List<Cue>> byFirstWord = new HashMap<>();
        for (String cue : cues) {
            if (!cue.equals(cue.toLowerCase(Locale.ROOT)) || cue.isBlank()) {
                throw new IllegalArgumentException(name + ": cue must be lower-case words: '" + cue + "'");
            }
            Cue compiled = Cue.of(cue.split("[ '-]+"));
            all.add(compiled);
            if (compiled.open()[0]) {
                openFirstWord.add(compiled);
            } else {
                byFirstWord.computeIfAbsent(compiled.literals()[0], k -> new ArrayList<>()).add(compiled);
            }
        }
        this.bit = CueWords.register(byFirstWord.keySet(), openFirstWord.stream().map(c -> c.literals()[0]).toList());
        int longest = byFirstWord.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.firstWordsByLength = new String[longest + 1][];
        this.cuesByLength = new Cue[longest + 1][][];
        for (int length = 0; length <= longest; length++) {
            final int n = length;
            firstWordsByLength[length] = byFirstWord.keySet().stream().filter(w -> w.length() == n).toArray(String[]::new);
            cuesByLength[length] = java.util.Arrays.stream(firstWordsByLength[length]).map(w -> byFirstWord.get(w).toArray(Cue[]::new))
                    .toArray(Cue[][]::new);
        }
    }

    static CueFamily of(String name, String... cues) {
        return new CueFamily(name, List.of(cues));
    }

    /** A family of {@code shared} (a list several families hold) and its own cues. */
    static CueFamily of(String name, List<String> shared, String... cues) {
        List<String> all = new java.util.ArrayList<>(shared);
        all.addAll(List.of(cues));
        return new CueFamily(name, all);
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
        List<Hit> hits = hits(text);
        if (hits.isEmpty()) {
            return List.of(); // most families have no cue in a sentence
        }
        List<Hit> out = new ArrayList<>();
        for (Hit h : hits) {
            if (h.start() >= from && h.end() <= to) {
                out.add(h);
            }
        }
        return out;
    }

    boolean in(String text) {
        return !hits(text).isEmpty();
    }

    /**
     * Whether a cue may be in a text asked about once (a row's name, not a sentence whose words the
     * families share): every word of some cue stands somewhere in its lower case. A cheap test before
     * {@link #in}, which cuts the text into words and looks up each word's families; false means no cue is.
     */
    boolean mayBeIn(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Cue cue : all) {
            boolean every = true;
            for (String literal : cue.literals()) {
                if (lower.indexOf(literal) < 0) {
                    every = false;
                    break;
                }
            }
            if (every) {
                return true;
            }
        }
        return false;
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

    /** How many families there are, each with its index into a sentence's scans. */
    static int count() {
        return FAMILIES.get();
    }

    /** The hits of this family in the text, scanned once per sentence and kept with the sentence's words. */
    @SuppressWarnings("unchecked")
    private List<Hit> hits(String text) {
        CueWords words = CueWords.of(text);
        Object[] scanned = words.scanned();
        if (index >= scanned.length) {
            return scan(words); // a family made after the sentence's words were: scanned each time it asks
        }
        if (scanned[index] == null) {
            scanned[index] = scan(words);
        }
        return (List<Hit>) scanned[index];
    }

    /**
     * The cues of the text, left to right, the longest where several start at one word: a cue's
     * words must each be a whole word of the text (an open-ended word a word start), separated by
     * spaces, hyphens or an apostrophe. One pass over the words where this family's cues can start.
     */
    private List<Hit> scan(CueWords shared) {
        String lower = shared.lower();
        int[] words = shared.spans();
        long[] starts = shared.starts();
        if (bit != 0 && (shared.anywhere() & bit) == 0) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>(2);
        int n = words.length / 2;
        for (int w = 0; w < n; w++) {
            if (bit != 0 && (starts[w] & bit) == 0) {
                continue;
            }
            int bestEnd = -1;
            Cue[] exact = cuesStartingWith(lower, words[2 * w], words[2 * w + 1]);
            if (exact != null) {
                for (Cue cue : exact) {
                    bestEnd = Math.max(bestEnd, matchFrom(lower, words, w, cue, 1)); // their first word is this word
                }
            }
            for (Cue cue : openFirstWord) {
                bestEnd = Math.max(bestEnd, matchFrom(lower, words, w, cue, 0));
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

    /** The cues whose first word is the word [start, end) of the lower-cased text, or null. */
    private Cue[] cuesStartingWith(String lower, int start, int end) {
        int length = end - start;
        if (length >= firstWordsByLength.length) {
            return null;
        }
        String[] words = firstWordsByLength[length];
        for (int k = 0; k < words.length; k++) {
            if (lower.startsWith(words[k], start)) {
                return cuesByLength[length][k];
            }
        }
        return null;
    }

    /** End of the cue matched from word {@code w} on, or -1; its words before {@code matched} are known to match. */
    private static int matchFrom(String lower, int[] words, int w, Cue cue, int matched) {
        int n = words.length / 2;
        String[] literals = cue.literals();
        for (int k = matched; k < literals.length; k++) {
            int at = w + k;
            if (at >= n) {
                return -1;
            }
            // the word first: most cues sharing a first word part at the second, and its length rules it out at once
            if (!wordMatches(lower, words[2 * at], words[2 * at + 1], literals[k], cue.open()[k])) {
                return -1;
            }
            if (k > 0 && !joined(lower, words[2 * (at - 1) + 1], words[2 * at])) {
                return -1;
            }
        }
        return words[2 * (w + literals.length - 1) + 1];
    }

    /** The word [start, end) is the literal, or (open) starts with it. */
    static boolean wordMatches(String lower, int start, int end, String literal, boolean open) {
        int length = end - start;
        return (open ? length >= literal.length() : length == literal.length()) && lower.startsWith(literal, start);
    }

    /** Only spaces, hyphens or an apostrophe between two words of a cue. */
    private static boolean joined(String s, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(c == ' ' || Character.isWhitespace(c) || c == '-' || c == '\'' || c == '’')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return name;
    }
}
