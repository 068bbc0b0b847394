package dev.yardstick.extract;

import java.util.List;

/**
 * Numbers that name rather than measure: a list's label ("2)"), a numbered thing ("Stage 2",
 * "Quarters 1, 2 and 3", "indicators 16 to 19") or an item's code ("NI 155"). Part of
 * {@link NumberContext}.
 */
final class NumberLabels {

    private final List<Token> t;

    NumberLabels(List<Token> tokens) {
        this.t = tokens;
    }

    /** "2)" or "2." opening a line: a list's label. */
    boolean listLabel(int i) {
        Token next = tok(i + 1);
        boolean atStart = i == 0 || (i == 1 && t.get(0).is("("));
        return atStart && next != null && (next.is(")") || (next.is(".") && tok(i + 2) != null && tok(i + 2).spaced()));
    }

    /** "Round two", "Stage 2", "cohorts 2 and 3", "top 50": a name, not a measurement. */
    boolean labelled(int i) {
        Token prev = tok(i - 1);
        if (prev == null) {
            return false;
        }
        if (word(i + 1, "%") || word(i + 1, "per")) {
            return false;
        }
        Token unit = tok(i + 1);
        if (unit != null && unit.isWord() && unit.lower().endsWith("s") && Lexicon.DURATION_UNITS.contains(unit.lower())) {
            return false; // "callers to the English line 45 seconds": a time taken, whatever word stands before it
        }
        if (t.get(i).text().indexOf('.') >= 0 && !(prev.isWord() && Lexicon.NUMBERED_PARTS.contains(prev.lower()))) {
            return false; // "previous year 8.7 days": labels are whole numbers, but for the parts of a document ("section 3.2")
        }
        Token prev2 = tok(i - 2);
        if (prev.isWord() && Lexicon.LABEL_WORDS.contains(prev.lower())) {
            // "Of the 22 indicators 12 met target": a counted noun is no label of the number after it
            // "During the year 12 school projects were completed": "the year" in lower case is a time, not Year 12
            boolean theYear = prev2 != null && prev2.is("the") && prev.text().equals("year");
            return withinScale(prev, i) && !theYear && (prev2 == null || !(prev2.is("this") || prev2.is("last") || prev2.is("next")
                    || prev2.is("that") || prev2.isNumber()));
        }
        Token next = tok(i + 1);
        if (isCode(prev) && (next == null || !next.isWord() || next.is("to") || next.is("and"))) {
            return true; // "measures DMD 1 to 5", "NI 155,": an item's code, not a value
        }
        if (prev.is(",") && prev2 != null && prev2.isWord() && Lexicon.LABEL_WORDS.contains(prev2.lower()) && next != null
                && (next.is("and") || next.is("to") || next.is("&")) && tok(i + 2) != null && tok(i + 2).isNumber()) {
            return withinScale(prev2, i); // "the two homelessness indicators, 26 and 27, are green": named in apposition
        }
        boolean joined = prev.is("and") || prev.is(",") || prev.is("&") || prev.is("to") || prev.is("-");
        // "For quarter 1, 19 out of 25 measures": after a comma, a label list goes on or ends ("Quarters 1, 2 and 3")
        // ("At Quarter 3, 23 (77%) of ..." ends it too: a value with its aside)
        boolean listGoesOn = !prev.is(",") || next == null || next.is("and") || next.is("or") || next.is("&") || next.is(",")
                || next.is(".") || next.is(";");
        Token labelWord = tok(i - 3);
        if (labelWord != null && labelWord.isWord() && Lexicon.LABEL_WORDS.contains(labelWord.lower()) && !withinScale(labelWord, i)) {
            return false; // "from 75 in quarter 1 to 90 this quarter": past the label's scale, the value the change reached
        }
        // the list's first number was labelled: "Quarters 1, 2 and 3", "indicators 16 to 19", "indicators, 26 and 27"
        return joined && listGoesOn && prev2 != null && prev2.isNumber() && labelled(i - 2);
    }

    /** A code of capitals ("DMD", "NI", "PAM"): what councils number their measures by. */
    private static boolean isCode(Token k) {
        String text = k.text();
        if (!k.isWord() || text.length() < 2 || text.length() > 5) {
            return false;
        }
        for (int c = 0; c < text.length(); c++) {
            if (!Character.isUpperCase(text.charAt(c))) {
                return false;
            }
        }
        return true;
    }

    /** "at the end of the quarter 4976 tenants": a quarter, quintile or school year is numbered only so far. */
    private boolean withinScale(Token labelWord, int i) {
        Integer most = Lexicon.LABEL_SCALES.get(labelWord.lower());
        // a number written as a word ("Quarter Two", "Year Three") is a small one: within any scale
        return most == null || !t.get(i).isNumber() || Token.parseNumber(t.get(i).text()) <= most;
    }

    private boolean word(int index, String w) {
        Token k = tok(index);
        return k != null && k.is(w);
    }

    private Token tok(int index) {
        return index >= 0 && index < t.size() ? t.get(index) : null;
    }
}
