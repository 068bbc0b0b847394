package dev.yardstick.extract;

import java.util.List;

/**
 * Reads whose value each quantity is. The words leading up to a quantity (back to the previous
 * quantity) and the few words right after it name its subject: "the national average of 59",
 * "England 28.1%", "35% of 40-44 year olds", "37% in quintile 5". The cue nearest the number
 * wins, so "while England's rate rose, ours fell to 25.3" stays the council's own.
 */
final class ScopeReader {

    /** How far back a subject may be named: about a clause. */
    private static final int LEAD_REACH = 70;
    /** How far after the number a comparator or breakdown may be named: "64% nationally". */
    private static final int TAIL_REACH = 30;

    /** Words that start a new subject after a number: "59 and the statistical neighbour average of 88". */
    static final java.util.regex.Pattern NEXT_SUBJECT = java.util.regex.Pattern.compile("(?i)\\b(and|or|with|which|who|where)\\b");

    /** The scopes cue words name, in the order they are tried: the council's own first where it is named. */
    private static final Scope[] NAMED = {Scope.OWN, Scope.ENGLAND, Scope.REGION, Scope.NEIGHBOURS, Scope.SUBGROUP, Scope.OTHER};
    private static final Scope[] OTHERS_THAN_OWN = {Scope.ENGLAND, Scope.REGION, Scope.NEIGHBOURS, Scope.SUBGROUP, Scope.OTHER};

    private ScopeReader() {
    }

    static Scope[] read(String s, List<Found> found) {
        Scope[] scopes = new Scope[found.size()];
        for (int i = 0; i < found.size(); i++) {
            scopes[i] = scopeOf(s, found, i);
            if (scopes[i] == Scope.OWN && i > 0 && scopes[i - 1] != Scope.OWN && listedAfter(s, found, i)) {
                scopes[i] = scopes[i - 1]; // "The Scottish median for those three years was 7.30, 6.50 and 6.34 days"
            } else if (scopes[i] == Scope.OWN && i > 0 && partOfThePrevious(s, found, scopes, i)) {
                scopes[i] = Scope.SUBGROUP;
            }
        }
        return scopes;
    }

    /** The value follows the one before with nothing but a comma or "and" between: the next of a list. */
    private static boolean listedAfter(String s, List<Found> found, int i) {
        String between = s.substring(found.get(i - 1).quantity().end(), found.get(i).quantity().start()).strip();
        return between.equals(",") || between.equals("and") || between.equals(", and");
    }

    /**
     * ", of which 572 were within the Enterprise Zone", "totalled £47.2m, including over £24.5m on
     * highways" (a quantity starts at its qualifier, so none stands between).
     */
    private static final java.util.regex.Pattern PART_OF = java.util.regex.Pattern.compile(
            "(?i)^(?:\\s*[a-z]+){0,3}\\s*,?\\s*(?:of\\s+which|including|includes|included)\\s+$");
    /** The most characters either pattern below can span: most values stand further apart and are not looked at. */
    private static final int PART_REACH = 64;
    /** "... and 12 in the social enterprise sector": the next item of the same list of parts. */
    private static final java.util.regex.Pattern NEXT_PART = java.util.regex.Pattern.compile("(?i)^[^.;:()]{0,58}?(?:,|\\band)\\s*$");

    /**
     * A part of the whole just given is a breakdown of it: the value after "of which" or
     * "including" right behind a value of the same measure, and the further items of that list.
     */
    private static boolean partOfThePrevious(String s, List<Found> found, Scope[] scopes, int i) {
        Quantity q = found.get(i).quantity();
        Quantity before = found.get(i - 1).quantity();
        if (before.unit().measure() != q.unit().measure() || before.isChange() || q.isChange() || before.end() > q.start()
                || q.start() - before.end() > PART_REACH) {
            return false;
        }
        // both patterns end in a word or a comma, then white space: what is not so ended needs neither pattern run
        int end = endOfWords(s, before.end(), q.start());
        if (endsWithAny(s, before.end(), end, PART_OF_LAST_WORDS)) {
            String between = s.substring(before.end(), q.start());
            if (PART_OF.matcher(between).find()) {
                return scopes[i - 1] == Scope.OWN;
            }
        }
        return scopes[i - 1] == Scope.SUBGROUP && endsWithAny(s, before.end(), end, NEXT_PART_LAST_WORDS)
                && NEXT_PART.matcher(s.substring(before.end(), q.start())).find();
    }

    /** The words {@link #PART_OF} and {@link #NEXT_PART} can end with, before white space. */
    private static final String[] PART_OF_LAST_WORDS = {"which", "including", "includes", "included"};
    private static final String[] NEXT_PART_LAST_WORDS = {",", "and"};

    /**
     * Where [from, to) of {@code s} ends once the white space ({@code \s}) a pattern's closing
     * {@code \s*$} may take is left off, and the one line terminator {@code $} may stand before.
     */
    private static int endOfWords(String s, int from, int to) {
        int end = to;
        if (end > from && (s.charAt(end - 1) == '\u0085' || s.charAt(end - 1) == '\u2028' || s.charAt(end - 1) == '\u2029')) {
            end--;
        }
        while (end > from && isRegexSpace(s.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** {@code \s} of a pattern without the Unicode flags. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** [from, end) ends with one of the words, compared ignoring case (so never stricter than the patterns' ASCII case folding). */
    private static boolean endsWithAny(String s, int from, int end, String[] words) {
        for (String w : words) {
            if (end - from >= w.length() && s.regionMatches(true, end - w.length(), w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The scope a label names on its own, such as a figures-table column heading ("England
     * average", "Statistical neighbours", "Under 18s"): the council's own when it names none.
     */
    static Scope ofLabel(String label) {
        Scope area = AreaNames.scopeOf(label);
        if (area != null) {
            return area; // a column headed "London" beside the borough's own and "England"
        }
        for (Scope scope : OTHERS_THAN_OWN) {
            if (lastCue(label, scope, 0, label.length()) >= 0) {
                return scope;
            }
        }
        return Scope.OWN;
    }

    /**
     * The scope a figures table's row name gives its figures: a row named for a comparator alone
     * ("West Midlands", "Great Britain", "England average", "Statistical neighbours"); the
     * council's own for a row naming a measure, even one that mentions an area ("Visitors to
     * the West Midlands' parks").
     */
    static Scope ofRowName(String name) {
        Scope area = AreaNames.scopeOf(name);
        return area != null ? area : name.split("\\s+").length <= ROW_LABEL_WORDS ? ofLabel(name) : Scope.OWN;
    }


    /** A row named for a comparator is short: "Statistical neighbour average", "CIPFA family group median". */
    private static final int ROW_LABEL_WORDS = 4;

    private static Scope scopeOf(String s, List<Found> found, int i) {
        Quantity q = found.get(i).quantity();
        if (q.unit().measure() == Measure.RANK) {
            return Scope.OWN; // "top quartile for England": the council's position among others
        }
        int leadFrom = Math.max(i == 0 ? 0 : found.get(i - 1).quantity().end(), q.start() - LEAD_REACH);
        int tailTo = tailEnd(s, found, i);
        Scope tail = nearestAfter(s, q.end(), tailTo);
        if (tail != null) {
            return tail;
        }
        return nearestBefore(s, Math.min(leadFrom, q.start()), q.start());
    }

    /** The tail stops at the next quantity, a clause boundary or a word that moves on to something else. */
    private static int tailEnd(String s, List<Found> found, int i) {
        int from = found.get(i).quantity().end();
        int to = Math.min(s.length(), from + TAIL_REACH);
        if (i + 1 < found.size()) {
            to = Math.min(to, found.get(i + 1).quantity().start());
        }
        for (int k = from; k < to; k++) {
            if (",;:()".indexOf(s.charAt(k)) >= 0) {
                to = k;
                break;
            }
        }
        CueFamily.Hit moveOn = Cues.CONTRAST.find(s, from, to);
        if (moveOn != null) {
            to = moveOn.start();
        }
        if (!mayNameNextSubject(s, from, to)) {
            return to;
        }
        java.util.regex.Matcher next = NEXT_SUBJECT.matcher(s).region(from, to);
        return next.find() ? next.start() : to;
    }

    /**
     * Whether [from, to) holds, in ASCII letters of either case as {@link #NEXT_SUBJECT} reads them,
     * the opening of one of its words: "or", "and", "wh", "wi". Most tails hold none, and the
     * pattern is not tried at each of their characters.
     */
    static boolean mayNameNextSubject(String s, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            // an ASCII letter's lower case is itself with bit 0x20 set; no other character gives an ASCII letter so
            char a = (char) (s.charAt(k) | 0x20);
            char b = (char) (s.charAt(k + 1) | 0x20);
            if (a == 'o' && b == 'r' || a == 'w' && (b == 'h' || b == 'i')
                    || a == 'a' && b == 'n' && k + 2 < to && (s.charAt(k + 2) | 0x20) == 'd') {
                return true;
            }
        }
        return false;
    }

    private static Scope nearestAfter(String s, int from, int to) {
        if (to <= from) {
            return null;
        }
        // only a comparator or breakdown named right away counts after the number: "64% nationally", "35% of 40-44 year olds"
        Scope best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Scope scope : OTHERS_THAN_OWN) {
            for (CueFamily.Hit h : family(scope).within(s, from, to)) {
                if (!partOfName(s, h.start())) {
                    if (h.start() < bestAt) {
                        bestAt = h.start();
                        best = scope;
                    }
                    break;
                }
            }
        }
        return best;
    }

    private static Scope nearestBefore(String s, int from, int to) {
        Scope best = Scope.OWN;
        int bestEnd = -1;
        for (Scope scope : NAMED) {
            int end = lastCue(s, scope, from, to);
            if (end > bestEnd) {
                bestEnd = end;
                best = scope;
            }
        }
        return best;
    }

    private static int lastCue(String s, Scope scope, int from, int to) {
        int last = -1;
        for (CueFamily.Hit h : family(scope).within(s, from, to)) {
            if (!partOfName(s, h.start())) {
                last = h.end();
            }
        }
        return last;
    }

    /**
     * "Arts Council England", "Sport England", "the Regional Development Fund": a capitalised word
     * right before the cue makes it part of a name, not a comparator.
     */
    private static boolean partOfName(String s, int at) {
        int end = at;
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        if (start == end || !Character.isUpperCase(s.charAt(start))) {
            return false;
        }
        String word = s.substring(start, end);
        boolean sentenceStart = start == 0;
        return !sentenceStart && !NAME_BREAKERS.contains(word);
    }

    /** Capitalised words that do not make a name with the cue after them: "In England", "The national ...". */
    private static final java.util.Set<String> NAME_BREAKERS = java.util.Set.of("In", "For", "Across", "The", "Of", "And", "With", "Than", "England");

    private static CueFamily family(Scope scope) {
        return switch (scope) {
            case OWN -> Cues.OWN;
            case ENGLAND -> Cues.ENGLAND;
            case REGION -> Cues.REGION;
            case NEIGHBOURS -> Cues.NEIGHBOURS;
            case SUBGROUP -> Cues.SUBGROUP;
            case OTHER -> Cues.OTHER_COMPARATOR;
        };
    }
}
