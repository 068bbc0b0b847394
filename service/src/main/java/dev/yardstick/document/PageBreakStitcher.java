package dev.yardstick.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rebuilds an update cell's paragraphs from the lines the export split it into. A line that
 * follows a page break, starts in lower case, or follows a full-width line that had no sentence
 * ending continues the previous paragraph ("To date 22" | page break | "local charities have
 * registered"); a bullet or a line after a finished sentence or a short heading starts a new one.
 */
final class PageBreakStitcher {

    /** Lines at least this long were wrapped by the export, not ended by the author. */
    private static final int WRAPPED_LINE_LENGTH = 70;

    private final List<String> paragraphs = new ArrayList<>();
    private final Set<Integer> listItems = new HashSet<>();
    private boolean lastWasBulletItem;
    /** The line added last, as the export wrote it: a paragraph may hold several. */
    private String lastLine = "";

    void add(String line, boolean afterPageBreak) {
        List<String> items = splitInlineBullets(line);
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            boolean bulleted = i > 0 || startsWithBullet(line);
            item = stripLeadingBullets(item);
            if (item.isEmpty()) {
                continue;
            }
            if (!bulleted && !paragraphs.isEmpty() && continues(last(), item, afterPageBreak && i == 0)) {
                paragraphs.set(paragraphs.size() - 1, last() + " " + item);
            } else {
                if (bulleted) {
                    listItems.add(paragraphs.size());
                }
                paragraphs.add(item);
            }
            lastWasBulletItem = bulleted;
            lastLine = item;
        }
    }

    List<String> paragraphs() {
        return List.copyOf(paragraphs);
    }

    /** Indices of the paragraphs that were list items. */
    Set<Integer> listItems() {
        return Set.copyOf(listItems);
    }

    private String last() {
        return paragraphs.get(paragraphs.size() - 1);
    }

    private boolean continues(String previous, String next, boolean afterPageBreak) {
        if (endsSentence(previous)) {
            return false;
        }
        char first = next.charAt(0);
        if (Character.isDigit(first) && isFigureLine(lastLine)) {
            return false; // "28 measures were monitored" | "18 measures had a result": one figure a line, a list
        }
        if (Character.isLowerCase(first) || Character.isDigit(first) || first == '(' || first == '&') {
            return true;
        }
        if (afterPageBreak) {
            return true;
        }
        return previous.length() >= WRAPPED_LINE_LENGTH || lastWasBulletItem && previous.length() > 40;
    }

    /**
     * Adds a page's lines ({@link PdfPageFlow}) to the file's: a paragraph the page break cut
     * ("the number of households in" | page break | "temporary accommodation fell to 212") is
     * joined again, as within a cell. A table row is never joined: the page may start a new one.
     */
    static void joinPages(List<String> lines, List<String> page) {
        if (page.isEmpty()) {
            return;
        }
        String first = page.get(0);
        int last = lines.size() - 1;
        if (last >= 0 && lines.get(last).indexOf('\t') < 0 && first.indexOf('\t') < 0 && !endsSentence(lines.get(last))
                && Character.isLowerCase(first.charAt(0))) {
            lines.set(last, lines.get(last) + " " + first);
            lines.addAll(page.subList(1, page.size()));
        } else {
            lines.addAll(page);
        }
    }

    /** Words a wrapped line may end on that the next line's figure completes: "rose from" | "85% in 2019". */
    private static final Set<String> LEADS_ON = Set.of("a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with",
            "than", "and", "or", "as", "about", "around", "over", "under", "between", "was", "were", "is", "are", "be", "been",
            "per", "some", "almost", "nearly", "approximately", "only", "just");

    /**
     * A short line that opens with a figure, perhaps of money, and does not lead on to the next: an
     * item of a list written one figure a line ("4 (22.2%) succeeding target", "9 (50.0%) on track",
     * "£25,104 average annual income"), which the next figure line does not continue.
     */
    private static boolean isFigureLine(String line) {
        int digit = !line.isEmpty() && (line.charAt(0) == '£' || line.charAt(0) == '$' || line.charAt(0) == '€') ? 1 : 0;
        if (line.length() <= digit || !Character.isDigit(line.charAt(digit)) || line.length() >= WRAPPED_LINE_LENGTH) {
            return false;
        }
        String last = lastWord(line);
        return !last.isEmpty() && !LEADS_ON.contains(last);
    }

    /** The letters a line ends with, in lower case: "an average density of" gives "of"; "" if it ends otherwise. */
    static String lastWord(String line) {
        int end = line.length();
        int start = end;
        while (start > 0 && Character.isLetter(line.charAt(start - 1))) {
            start--;
        }
        return line.substring(start, end).toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether a line ending on this word ({@link #lastWord}) goes on in the next: "rose from" | "85% in 2019". */
    static boolean leadsOn(String lastWord) {
        return LEADS_ON.contains(lastWord);
    }

    private static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i > 0 && (text.charAt(i) == ')' || text.charAt(i) == '"' || text.charAt(i) == '\'' || text.charAt(i) == '”')) {
            i--;
        }
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
    }

    private static boolean startsWithBullet(String line) {
        String s = line.stripLeading();
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return Text.isBullet(c) || ((c == '–' || c == '-' || c == '*') && s.length() > 1 && s.charAt(1) == ' ');
    }

    private static String stripLeadingBullets(String item) {
        int i = 0;
        while (i < item.length()) {
            char c = item.charAt(i);
            boolean dash = (c == '–' || c == '-' || c == '*') && i == 0 && item.length() > 1 && item.charAt(1) == ' ';
            if (Text.isBullet(c) || dash || c == ' ') {
                i++;
            } else {
                break;
            }
        }
        return item.substring(i).strip();
    }

    private static List<String> splitInlineBullets(String line) {
        List<String> items = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < line.length(); i++) {
            if (Text.isBullet(line.charAt(i)) && i > 0) {
                items.add(line.substring(from, i).strip());
                from = i;
            }
        }
        items.add(line.substring(from).strip());
        return items;
    }
}
