package dev.yardstick.extract;

import java.util.List;

/** Reads the hedge around a number: "just over", "approx.", "c£5", "up to", "(approx.)". */
final class QualifierReader {

    record Result(Qualifier qualifier, int start) {
    }

    /** Two-word hedges first so "just over" wins over "over". */
    private static final String[][] BEFORE = {
            {"just over", "JUST_OVER"}, {"just above", "JUST_OVER"}, {"slightly more than", "JUST_OVER"},
            {"just under", "JUST_UNDER"}, {"just below", "JUST_UNDER"}, {"slightly less than", "JUST_UNDER"},
            {"more than", "OVER"}, {"in excess of", "OVER"}, {"upwards of", "OVER"},
            {"less than", "UNDER"}, {"fewer than", "UNDER"},
            {"up to", "UP_TO"}, {"no more than", "UP_TO"}, {"a maximum of", "UP_TO"}, {"at most", "UP_TO"},
            {"at least", "AT_LEAST"}, {"a minimum of", "AT_LEAST"}, {"no fewer than", "AT_LEAST"}, {"no less than", "AT_LEAST"},
            {"close to", "NEARLY"}, {"nearly", "NEARLY"}, {"almost", "NEARLY"},
            {"approximately", "APPROXIMATELY"}, {"approx .", "APPROXIMATELY"}, {"approx", "APPROXIMATELY"},
            {"around", "APPROXIMATELY"}, {"about", "APPROXIMATELY"}, {"circa", "APPROXIMATELY"},
            {"roughly", "APPROXIMATELY"}, {"an estimated", "APPROXIMATELY"}, {"estimated", "APPROXIMATELY"},
            {"c .", "APPROXIMATELY"}, {"c", "APPROXIMATELY"},
            {"over", "OVER"}, {"above", "OVER"}, {"under", "UNDER"}, {"below", "UNDER"},
    };

    private static final String[][] WORDS = java.util.Arrays.stream(BEFORE).map(h -> h[0].split(" ")).toArray(String[][]::new);

    /**
     * For each word a hedge ends with, the indices of those hedges in {@link #BEFORE}'s order: a hedge
     * can only end right before the number with its last word, so the others are not compared.
     */
    private static final java.util.Map<String, int[]> BY_LAST_WORD = byLastWord();

    private static java.util.Map<String, int[]> byLastWord() {
        java.util.Map<String, java.util.List<Integer>> byLast = new java.util.HashMap<>();
        for (int h = 0; h < WORDS.length; h++) {
            byLast.computeIfAbsent(WORDS[h][WORDS[h].length - 1], w -> new java.util.ArrayList<>()).add(h);
        }
        java.util.Map<String, int[]> out = new java.util.HashMap<>();
        byLast.forEach((w, hedges) -> out.put(w, hedges.stream().mapToInt(Integer::intValue).toArray()));
        return java.util.Map.copyOf(out);
    }

    private static final java.util.Set<String> HEDGE_WORDS = java.util.Arrays.stream(WORDS).flatMap(java.util.Arrays::stream)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Verbs that take "up": after them "up to" is where a figure moved, no ceiling. */
    private static final java.util.Set<String> MOVED_UP = java.util.Set.of("gone", "went", "go", "goes", "going", "come", "came",
            "comes", "coming", "risen", "rose", "rises", "rising", "moved", "moves", "crept", "creeping", "shot", "climbed",
            "climbs", "climbing", "edged", "ticked", "jumped", "stepped", "ramped");

    private QualifierReader() {
    }

    /** True for a word of a hedge ("more", "than", "about", "almost"...). */
    static boolean isHedgeWord(String lower) {
        return HEDGE_WORDS.contains(lower);
    }

    /**
     * @param first index of the number's first token
     * @param start offset where the quantity starts (a currency sign, if any)
     * @param last  index of the last token of the quantity and its noun phrase
     */
    static Result read(List<Token> tokens, String sentence, int first, int start, int last) {
        int firstIndex = first;
        while (firstIndex > 0 && tokens.get(firstIndex - 1).end() > start) {
            firstIndex--;
        }
        if (firstIndex > 0 && tokens.get(firstIndex - 1).is("c") && !tokens.get(firstIndex).spaced()) {
            return new Result(Qualifier.APPROXIMATELY, tokens.get(firstIndex - 1).start());
        }
        // every hedge word is lower case, and a token is a lower-case word exactly when its lower case is that word
        int[] hedges = firstIndex > 0 ? BY_LAST_WORD.get(tokens.get(firstIndex - 1).lower()) : null;
        for (int j = 0; hedges != null && j < hedges.length; j++) {
            int h = hedges[j];
            String[] hedge = BEFORE[h];
            String[] words = WORDS[h];
            int k = firstIndex - words.length;
            if (k < 0) {
                continue;
            }
            boolean match = true;
            for (int w = 0; w < words.length && match; w++) {
                match = tokens.get(k + w).is(words[w]);
            }
            if (match && words[0].equals("up") && k > 0 && MOVED_UP.contains(tokens.get(k - 1).lower())) {
                break; // "the cost has gone up to £81.32": "up" is the verb's, the figure is exact
            }
            if (match) {
                return new Result(Qualifier.valueOf(hedge[1]), tokens.get(k).start());
            }
        }
        return new Result(after(tokens, last), start);
    }

    /** "10,000 residents and visitors (approx.)", "100+", "or more". */
    private static Qualifier after(List<Token> tokens, int last) {
        int n = tokens.size();
        if (last + 1 < n && tokens.get(last + 1).is("+") && !tokens.get(last + 1).spaced()) {
            return Qualifier.AT_LEAST;
        }
        if (last + 2 < n && tokens.get(last + 1).is("or") && (tokens.get(last + 2).is("more") || tokens.get(last + 2).is("over"))) {
            return Qualifier.AT_LEAST;
        }
        for (int i = last + 1; i < Math.min(n, last + 8); i++) {
            Token k = tokens.get(i);
            if (k.is(",") || k.is(";") || k.is(".") && i + 1 < n && tokens.get(i + 1).spaced()) {
                break;
            }
            if (k.is("(") && i + 1 < n) {
                String w = tokens.get(i + 1).lower();
                if (w.equals("approx") || w.equals("approximately") || w.equals("estimated") || w.equals("est")) {
                    return Qualifier.APPROXIMATELY;
                }
            }
        }
        return Qualifier.EXACT;
    }
}
