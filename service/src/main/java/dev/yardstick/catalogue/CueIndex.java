package dev.yardstick.catalogue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Which indicators of a list may have a cue in a text, found from the text's words rather than
 * by asking every indicator: each indicator is filed under the first two characters of each of
 * its cues ({@link MatchText#pairKey}), so the text's word openings name the few worth asking.
 * A candidate is only that: the caller still looks for its cues.
 */
final class CueIndex {

    private final int[][] byKey = new int[MatchText.KEYS][];
    /** Indicators with a cue shorter than two characters, asked whatever the text. */
    private final BitSet always = new BitSet();
    private final int size;

    /** @param cues each indicator's cues, lower case, in the list's order */
    CueIndex(List<List<String>> cues) {
        this.size = cues.size();
        List<List<Integer>> filed = new ArrayList<>(MatchText.KEYS);
        for (int k = 0; k < MatchText.KEYS; k++) {
            filed.add(new ArrayList<>(0));
        }
        for (int i = 0; i < cues.size(); i++) {
            for (String cue : cues.get(i)) {
                if (cue.length() < 2) {
                    always.set(i);
                    continue;
                }
                List<Integer> under = filed.get(MatchText.pairKey(cue.charAt(0), cue.charAt(1)));
                if (under.isEmpty() || under.get(under.size() - 1) != i) {
                    under.add(i);
                }
            }
        }
        for (int k = 0; k < MatchText.KEYS; k++) {
            byKey[k] = filed.get(k).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** The positions of the indicators one of whose cues may open a word with one of {@code pairKeys}. */
    BitSet candidates(int[] pairKeys) {
        BitSet out = new BitSet(size);
        out.or(always);
        for (int key : pairKeys) {
            for (int i : byKey[key]) {
                out.set(i);
            }
        }
        return out;
    }
}
