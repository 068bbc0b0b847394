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
        if (Character.isLowerCase(first) || Character.isDigit(first) || first == '(' || first == '&') {
            return true;
        }
        if (afterPageBreak) {
            return true;
        }
        return previous.length() >= WRAPPED_LINE_LENGTH || lastWasBulletItem && previous.length() > 40;
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
