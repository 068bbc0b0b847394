package dev.yardstick.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cleans theme headings and director cells once, at reading time, so that filters and alerts
 * grouped by theme or director do not split: a heading split by the export ("Socia&lt;TAB&gt;al Care",
 * "Com&lt;TAB&gt;munity") is joined and its doubled letter dropped, and a director cell naming a
 * department beside the person ("Anne Bristow / Growth &amp; Homes") or two people run together
 * ("Graeme Cook Tess Lanning") gives the person, spelt as the document spells that person most
 * often. Spellings are judged against the document's own words, not a list of known names,
 * so councils nobody tuned for are cleaned the same way. The original stays on the row as evidence.
 */
final class NameCleaner {

    private final List<UpdateRow> rows;
    /** The document's words, counted only when a theme needs repairing: most documents never ask. */
    private Map<String, Integer> words;
    private final Map<String, Integer> directors = new HashMap<>();

    private NameCleaner(List<UpdateRow> rows) {
        this.rows = rows;
        for (UpdateRow row : rows) {
            String director = Text.normalise(row.directorAsWritten());
            if (!director.isEmpty()) {
                directors.merge(director, 1, Integer::sum);
            }
        }
    }

    /** The rows with clean themes and directors; what each file wrote stays in the as-written fields. */
    static List<UpdateRow> clean(List<UpdateRow> rows) {
        NameCleaner cleaner = new NameCleaner(rows);
        List<UpdateRow> out = new ArrayList<>(rows.size());
        for (UpdateRow row : rows) {
            out.add(row.withNames(cleaner.theme(row.themeAsWritten()), cleaner.director(row.directorAsWritten())));
        }
        return out;
    }

    String theme(String asWritten) {
        if (asWritten.indexOf('\t') < 0) {
            return Text.normalise(asWritten); // only a heading the export split can have a letter doubled at the cut
        }
        String joined = joinFragments(asWritten);
        StringBuilder out = new StringBuilder(joined.length());
        for (String word : joined.split(" ", -1)) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(repairDoubledLetter(word));
        }
        return out.toString();
    }

    /** "Educ&lt;TAB&gt;Educational Attainment" repeats its head; "Com&lt;TAB&gt;munity" is one word cut in two. */
    private static String joinFragments(String asWritten) {
        int tab = asWritten.indexOf('\t');
        if (tab < 0) {
            return Text.normalise(asWritten);
        }
        String head = Text.normalise(asWritten.substring(0, tab));
        String tail = Text.normalise(asWritten.substring(tab + 1).replace('\t', ' '));
        if (tail.toLowerCase(Locale.ROOT).startsWith(head.toLowerCase(Locale.ROOT))) {
            return tail;
        }
        boolean cutWord = !head.isEmpty() && !tail.isEmpty() && Character.isLetter(head.charAt(head.length() - 1))
                && Character.isLowerCase(tail.charAt(0));
        return Text.normalise(cutWord ? head + tail : head + " " + tail);
    }

    /** A word the prose never uses, one letter longer than a word it does use ("Sociaal", "Social"). */
    private String repairDoubledLetter(String word) {
        if (word.length() < 5 || uses(word) || !word.chars().allMatch(Character::isLetter)) {
            return word;
        }
        String best = word;
        int bestCount = 0;
        for (int i = 1; i < word.length(); i++) {
            if (Character.toLowerCase(word.charAt(i)) != Character.toLowerCase(word.charAt(i - 1))
                    && (i + 1 >= word.length() || Character.toLowerCase(word.charAt(i)) != Character.toLowerCase(word.charAt(i + 1)))) {
                continue;
            }
            String shorter = word.substring(0, i) + word.substring(i + 1);
            int n = words().getOrDefault(shorter.toLowerCase(Locale.ROOT), 0);
            if (n > bestCount) {
                best = shorter;
                bestCount = n;
            }
        }
        return best;
    }

    private boolean uses(String word) {
        return words().getOrDefault(word.toLowerCase(Locale.ROOT), 0) > 0;
    }

    String director(String asWritten) {
        String cell = Text.normalise(asWritten);
        if (cell.isEmpty()) {
            return cell;
        }
        String person = cell;
        if (cell.contains("/")) {
            person = firstPerson(cell.split("/"), cell);
        } else {
            String[] names = cell.split(" ");
            if (names.length >= 4 && looksLikePerson(cell)) {
                person = leadingKnownDirector(names).orElse(cell);
            }
        }
        return usualSpelling(person);
    }

    private static String firstPerson(String[] parts, String cell) {
        for (String part : parts) {
            String p = Text.normalise(part);
            if (looksLikePerson(p)) {
                return p;
            }
        }
        return cell;
    }

    /** "Graeme Cook Tess Lanning": the director the document names alone whose name opens the cell. */
    private java.util.Optional<String> leadingKnownDirector(String[] names) {
        for (int k = names.length - 2; k >= 2; k--) {
            String prefix = String.join(" ", java.util.Arrays.copyOf(names, k));
            for (String known : directors.keySet()) {
                if (known.split(" ").length == k && editDistance(known, prefix) <= 1) {
                    return java.util.Optional.of(known);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** The spelling the document uses most for the same person (same first name, one or two letters apart). */
    private String usualSpelling(String person) {
        String best = person;
        int bestCount = directors.getOrDefault(person, 0);
        String first = person.split(" ")[0];
        for (Map.Entry<String, Integer> known : directors.entrySet()) {
            String k = known.getKey();
            if (known.getValue() > bestCount && k.split(" ")[0].equals(first) && Math.abs(k.length() - person.length()) <= 2
                    && editDistance(k, person) <= 2) {
                best = k;
                bestCount = known.getValue();
            }
        }
        return best;
    }

    /** Two to six capitalised words, no ampersand or digits: a person ("Dr Priya Raman"), not a department. */
    private static boolean looksLikePerson(String s) {
        String[] w = s.split(" ");
        if (w.length < 2 || w.length > 6 || s.contains("&")) {
            return false;
        }
        for (String word : w) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || word.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    private Map<String, Integer> words() {
        if (words == null) {
            words = new HashMap<>();
            for (UpdateRow row : rows) {
                count(row.accountability());
                row.paragraphs().forEach(this::count);
            }
        }
        return words;
    }

    private void count(String text) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words.merge(text.substring(start, i).toLowerCase(Locale.ROOT), 1, Integer::sum);
                start = -1;
            }
        }
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
