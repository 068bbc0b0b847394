package dev.yardstick.catalogue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue's cue words, each found at a word start of a text in one pass over the text
 * instead of one search per cue: "licen" is in "... licensing ..." when the text holds it
 * starting at its first character or after a character that is not a letter or digit, exactly as
 * a search for the cue from each word start would find it. Filled as the matcher is made, only
 * read after that (so one matcher serves many threads).
 */
final class WordStartPhrases {

    /** A character trie: each node knows the phrase, if any, that ends at it. */
    private static final class Node {
        private final Map<Character, Node> next = new HashMap<>();
        private Node[] ascii;
        private int phrase = -1;

        Node child(char c) {
            return c < 128 ? (ascii == null ? null : ascii[c]) : next.get(c);
        }

        Node add(char c) {
            Node n = child(c);
            if (n == null) {
                n = new Node();
                if (c < 128) {
                    if (ascii == null) {
                        ascii = new Node[128];
                    }
                    ascii[c] = n;
                } else {
                    next.put(c, n);
                }
            }
            return n;
        }
    }

    private final Node root = new Node();
    private final Map<String, Integer> ids = new HashMap<>();
    private boolean hasEmpty;

    /** The id of {@code phrase} (lower case), added if new. */
    int id(String phrase) {
        Integer known = ids.get(phrase);
        if (known != null) {
            return known;
        }
        int id = ids.size();
        ids.put(phrase, id);
        Node n = root;
        for (int i = 0; i < phrase.length(); i++) {
            n = n.add(phrase.charAt(i));
        }
        n.phrase = id;
        hasEmpty |= phrase.isEmpty();
        return id;
    }

    int[] ids(List<String> phrases) {
        List<Integer> out = new ArrayList<>(phrases.size());
        phrases.forEach(p -> out.add(id(p)));
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The ids of the phrases that start at a word start of {@code text} (lower case). */
    BitSet in(String text) {
        BitSet found = new BitSet(ids.size());
        if (hasEmpty) {
            found.set(ids.get(""));
        }
        int n = text.length();
        for (int start = 0; start < n; start++) {
            if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
                continue;
            }
            Node node = root;
            for (int i = start; i < n; i++) {
                node = node.child(text.charAt(i));
                if (node == null) {
                    break;
                }
                if (node.phrase >= 0) {
                    found.set(node.phrase);
                }
            }
        }
        return found;
    }

    static boolean anyIn(int[] phrases, BitSet found) {
        for (int p : phrases) {
            if (found.get(p)) {
                return true;
            }
        }
        return false;
    }
}
