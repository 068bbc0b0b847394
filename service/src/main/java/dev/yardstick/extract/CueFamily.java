package dev.yardstick.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A family of cue words written once (comparison, target, forecast, benchmark, breakdown...). The
 * same list gives the regular expression that finds a cue and the cheap substring check that lets
 * most sentences skip the expression, so the two can never disagree.
 *
 * <p>A cue is lower-case words separated by single spaces; a trailing {@code *} on a word lets it
 * take any ending ("forecast*" finds "forecasts" and "forecasting").
 */
final class CueFamily {

    private final String name;
    private final Pattern pattern;
    private final String[] keys;

    private CueFamily(String name, List<String> cues) {
        this.name = name;
        StringBuilder alternatives = new StringBuilder();
        this.keys = new String[cues.size()];
        for (int i = 0; i < cues.size(); i++) {
            String cue = cues.get(i);
            if (!cue.equals(cue.toLowerCase(Locale.ROOT)) || cue.isBlank()) {
                throw new IllegalArgumentException(name + ": cue must be lower-case words: '" + cue + "'");
            }
            if (i > 0) {
                alternatives.append('|');
            }
            alternatives.append(regex(cue));
            keys[i] = key(cue);
        }
        this.pattern = Pattern.compile("(?i)\\b(?:" + alternatives + ")(?![\\w])");
    }

    static CueFamily of(String name, String... cues) {
        // longest first: an alternation takes the first cue that matches, and "met or exceeded their
        // target" must win over "met or exceeded"
        List<String> ordered = new java.util.ArrayList<>(List.of(cues));
        ordered.sort(java.util.Comparator.comparingInt(String::length).reversed());
        return new CueFamily(name, ordered);
    }

    /** The earliest cue at or after {@code from} in {@code text}, or null. */
    Matcher find(String text, int from, int to) {
        if (!mayContain(text, from, to)) {
            return null;
        }
        // transparent bounds: a cue must be a whole word of the text, not merely of the region
        Matcher m = pattern.matcher(text).region(from, to).useTransparentBounds(true);
        return m.find() ? m : null;
    }

    boolean in(String text) {
        return find(text, 0, text.length()) != null;
    }

    /** Offset just past the last cue inside [from, to), or -1. */
    int lastEnd(String text, int from, int to) {
        Matcher m = find(text, from, to);
        int last = -1;
        while (m != null) {
            last = m.end();
            m = m.find() ? m : null;
        }
        return last;
    }

    /** A cue matches at the start of {@code text} (after spaces). */
    boolean startsWith(String text) {
        Matcher m = pattern.matcher(text);
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        m.region(i, text.length());
        return m.lookingAt();
    }

    /** A cue matches the end of {@code text} (before spaces). */
    boolean endsWith(String text) {
        String t = text.stripTrailing();
        Matcher m = find(t, 0, t.length());
        while (m != null) {
            if (m.end() == t.length()) {
                return true;
            }
            m = m.find() ? m : null;
        }
        return false;
    }

    private boolean mayContain(String text, int from, int to) {
        String lower = lower(text);
        for (String k : keys) {
            // bounded by the region: a search to the end of the text would make many small questions quadratic
            for (int at = from, last = to - k.length(); at <= last; at++) {
                if (lower.startsWith(k, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The families are asked about the same sentence many times in a row: lower-case it once per thread. */
    private static final ThreadLocal<String[]> LOWER = ThreadLocal.withInitial(() -> new String[2]);

    private static String lower(String text) {
        String[] cached = LOWER.get();
        if (cached[0] != text) {
            cached[0] = text;
            cached[1] = text.toLowerCase(Locale.ROOT);
        }
        return cached[1].length() == text.length() ? cached[1] : text.toLowerCase(Locale.ROOT);
    }

    private static String regex(String cue) {
        StringBuilder b = new StringBuilder();
        String[] words = cue.split(" ");
        for (int w = 0; w < words.length; w++) {
            if (w > 0) {
                b.append("[\\s-]+");
            }
            String word = words[w];
            boolean open = word.endsWith("*");
            b.append(Pattern.quote(open ? word.substring(0, word.length() - 1) : word));
            if (open) {
                b.append("\\w*");
            }
        }
        return b.toString();
    }

    /** The longest literal piece of the cue: every match contains it. */
    private static String key(String cue) {
        String best = "";
        for (String word : cue.split(" ")) {
            String literal = word.endsWith("*") ? word.substring(0, word.length() - 1) : word;
            if (literal.length() > best.length()) {
                best = literal;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return name;
    }
}
