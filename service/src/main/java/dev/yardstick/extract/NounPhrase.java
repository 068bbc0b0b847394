package dev.yardstick.extract;

import java.util.List;

/**
 * The words naming what a count counts: "22 local charities have registered" gives
 * "local charities"; "650 tickets per week" gives "tickets per week".
 */
record NounPhrase(String text, int lastToken) {

    private static final int MAX_WORDS = 3;
    /** Further than a phrase ever reaches in practice: its words, hyphenated ("one-to-one"), and a "per" after them. */
    static final int MAX_TOKENS = 40;

    static NounPhrase after(List<Token> tokens, int from) {
        StringBuilder text = new StringBuilder();
        int last = from - 1;
        int words = 0;
        for (int i = from; i < tokens.size() && words < MAX_WORDS; i++) {
            Token k = tokens.get(i);
            if (!k.isWord()) {
                break;
            }
            String lower = k.lower();
            // "the 7.5 day target", "a 250 homes target": the target word says what the value is, it is no part of its unit
            if (Lexicon.PHRASE_STOPS.contains(lower) || NumberWords.cardinal(lower) > 0 || lower.equals("target") || lower.equals("targets")
                    || lower.length() > 4 && (lower.endsWith("ed") && !(words == 0 && nounFollows(tokens, i)) || lower.endsWith("ly"))
                    || words > 0 && Character.isUpperCase(k.text().charAt(0)) && !isAcronym(k.text())) {
                break;
            }
            if (words > 0) {
                text.append(' ');
            }
            text.append(lower.equals(k.text()) || isAcronym(k.text()) ? k.text() : lower);
            last = i;
            words++;
            // "fly-tips", "one-to-one": a hyphenated word is one word
            while (last + 2 < tokens.size() && tokens.get(last + 1).is("-") && !tokens.get(last + 1).spaced()
                    && tokens.get(last + 2).isWord() && !tokens.get(last + 2).spaced()) {
                text.append('-').append(tokens.get(last + 2).lower());
                last += 2;
                i = last;
            }
        }
        if (words > 0 && last + 2 < tokens.size() && tokens.get(last + 1).is("per") && tokens.get(last + 2).isWord()
                && !Lexicon.PHRASE_STOPS.contains(tokens.get(last + 2).lower())) {
            text.append(" per ").append(tokens.get(last + 2).lower());
            last += 2;
        }
        return new NounPhrase(text.toString(), last);
    }

    /** "1,234 missed bin collections": an -ed word first is an adjective when a noun follows it. */
    private static boolean nounFollows(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return next.isWord() && Character.isLowerCase(next.text().charAt(0)) && !Lexicon.PHRASE_STOPS.contains(next.lower())
                && !(next.lower().length() > 4 && next.lower().endsWith("ed"));
    }

    private static boolean isAcronym(String word) {
        int upper = 0;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                upper++;
            }
        }
        return upper >= 2;
    }

    /**
     * "73 Strategic Plan activities", "12 Green Flag parks": the index of the plural noun a
     * capitalised name at {@code from} qualifies (what the number counts, not a name it belongs
     * to), or -1.
     */
    static int namedCountEnd(List<Token> tokens, int from) {
        int k = from;
        while (k < from + 4 && k < tokens.size() && tokens.get(k).isWord() && Character.isUpperCase(tokens.get(k).text().charAt(0))) {
            k++;
        }
        Token head = k < tokens.size() ? tokens.get(k) : null;
        boolean plural = k > from && head != null && head.isWord() && Character.isLowerCase(head.text().charAt(0))
                && (head.lower().length() > 3 && head.lower().endsWith("s") || IRREGULAR_PLURALS.contains(head.lower()))
                && !Lexicon.PHRASE_STOPS.contains(head.lower());
        return plural ? k : -1;
    }

    /** Plurals without an s that count people: "649 Leeds children", "40 Council staff". */
    private static final java.util.Set<String> IRREGULAR_PLURALS = java.util.Set.of("children", "people", "men", "women", "staff");
}
