package dev.yardstick.catalogue;

import dev.yardstick.extract.Measure;
import dev.yardstick.extract.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Values that count or share out the items a performance report tracks by their status: "Of the
 * 19 indicators with a RAG rating, 11 (58%) were green, three (16%) amber and five (26%) red",
 * "65% (60) of the activities were complete and 22% (20) were on track", "Green 50% (9), Green
 * Amber 22% (4)", "66% (147) had improved or stayed the same, while 34% (76) had worsened".
 * Every council summarises its plan this way, and what tells one measure from the next is not
 * the sentence's subject (the same items for all of them) but each value's own status word. So
 * such a value is named by the items (indicators, actions, measures...) and its status:
 * {@code p_indicator_green_amber_pct}, {@code p_activity_on_track_count}.
 */
final class StatusBreakdown {

    /** The things a performance report rates: a value counting these by status is a status breakdown. */
    private static final Set<String> ITEMS = Set.of("indicator", "indicators", "measure", "measures", "kpi", "kpis", "pi", "pis",
            "metric", "metrics", "action", "actions", "activity", "activities", "commitment", "commitments", "project",
            "projects", "milestone", "milestones", "risk", "risks", "deliverable", "deliverables");
    /**
     * Names councils use for their indicators interchangeably, one sentence "KPIs", the next "performance
     * indicators": all are "indicator", so the same status of the same set lands in one series.
     */
    private static final Map<String, String> ABBREVIATION = Map.of("kpi", "indicator", "kpis", "indicator", "pi", "indicator",
            "pis", "indicator");
    /** Words before "indicators" that say nothing of which indicators: "key performance indicators". */
    private static final Set<String> GENERIC_ITEM_WORDS = Set.of("key", "performance");
    /** What a share by status is of when nothing in the row names the items. */
    private static final String DEFAULT_ITEMS = "indicator";
    /** Sentence openings that point to items named before: "Of the 12, ...", "That compares with ...", "All 16 have ...". */
    private static final Set<String> REFERENCE = Set.of("of", "that", "this", "these", "those", "it", "all", "both", "each");

    private StatusBreakdown() {
    }

    /** True for a word naming the things a plan rates ("indicators", "actions"). */
    static boolean isItem(String word) {
        return ITEMS.contains(word);
    }

    /**
     * The phrase naming a status-breakdown value ("indicator green-amber"), or null when the value
     * does not share out items by status.
     *
     * @param rowItems the items the row's earlier sentences counted ("indicator"), or null; asked only when
     *                 nothing in the sentence names the items, since reading it cuts the row's earlier sentences into tokens
     * @param opensRow whether no earlier sentence of the row held a value
     */
    static String phrase(String sentence, Quantity q, Supplier<String> rowItems, boolean opensRow) {
        if (!mayShareOut(q)) {
            return null;
        }
        List<StatusToken> tokens = StatusToken.of(sentence);
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            StatusToken t = tokens.get(i);
            if (t.end() > q.start() && t.start() < q.end()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0 || !mayFindItems(tokens, rowItems, opensRow)) {
            return null;
        }
        // the status first: a few words beside the value, where the items may mean reading the sentence's subject
        boolean counted = q.unit().measure() == Measure.COUNT && !q.unit().label().equals("count");
        String status = StatusWords.status(tokens, first, last, counted, 0);
        if (status == null) {
            return null;
        }
        Found items = items(tokens, first, last, q, sentence, rowItems, opensRow);
        return items == null ? null : items.words + " " + status;
    }

    /** The tokens {@link #namesItems} was last asked about on this thread, and its answer: every value of a sentence asks. */
    private static final ThreadLocal<Object[]> LAST_NAMES_ITEMS = ThreadLocal.withInitial(() -> new Object[2]);

    /**
     * Whether {@link #items} may find any: an item noun in the sentence, else (for the row's first
     * sentence with a value) a scorecard word, else the row's items. Most sentences have none, and
     * then the status beside each value need not be read.
     */
    private static boolean mayFindItems(List<StatusToken> tokens, Supplier<String> rowItems, boolean opensRow) {
        return namesItems(tokens) || (opensRow ? ratesPerformance(tokens) : rowItems.get() != null);
    }

    private static boolean namesItems(List<StatusToken> tokens) {
        Object[] last = LAST_NAMES_ITEMS.get();
        if (last[0] != tokens) {
            last[0] = tokens;
            boolean any = false;
            for (int i = 0; i < tokens.size() && !any; i++) {
                any = ITEMS.contains(tokens.get(i).text());
            }
            last[1] = any;
        }
        return (Boolean) last[1];
    }

    /** Whether the value is a share or a count, the only values {@link #phrase} may name. */
    static boolean mayShareOut(Quantity q) {
        return q.unit().measure() == Measure.PERCENT || q.unit().measure() == Measure.COUNT;
    }

    /**
     * A figures table's row of a status, under a column of the items it counts ("Below target"
     * under "Measures"): named as a sentence would name it, "measure below-target". Null for
     * any other label.
     */
    static String ofLabel(String label) {
        List<String> words = MeasuredPhrase.words(label);
        int last = words.size() - 1;
        if (last < 1) {
            return null;
        }
        // "Below target | Measures" (status, then the column of items) or "KPIs | Green" (items, then the status column)
        boolean itemsLast = ITEMS.contains(words.get(last));
        if (!itemsLast && !(ITEMS.contains(words.get(0)) && last <= 3)) {
            return null;
        }
        String status = StatusWords.normalised(itemsLast ? words.subList(0, last) : words.subList(1, words.size()));
        String noun = words.get(itemsLast ? last : 0);
        return status == null ? null : itemNoun(noun) + " " + status;
    }

    /** A status label on its own ("On target"), named with the items its section's title counts; null for any other label. */
    static String ofLabelIn(String label, String sectionTitle) {
        String items = sectionTitle == null || sectionTitle.isBlank() ? null : lastItems(sectionTitle);
        String status = StatusWords.normalised(MeasuredPhrase.words(label));
        return items == null || status == null ? null : items + " " + status;
    }

    /** The last items a sentence names ("Of 23 indicators reported" gives "indicator"), or null. */
    static String lastItems(String sentence) {
        return lastItems(StatusToken.of(sentence));
    }

    /** As {@link #lastItems(String)}, for a row's earlier sentence, read once: its tokens are not kept. */
    static String lastItemsOfEarlier(String sentence) {
        return lastItems(StatusToken.readOnce(sentence));
    }

    private static String lastItems(List<StatusToken> tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (ITEMS.contains(tokens.get(i).text())) {
                return itemWords(tokens, i);
            }
        }
        return null;
    }

    private record Found(String words) {
    }

    /**
     * The items the value shares out: the phrase after "X% of", the noun a count counts, else the
     * nearest items named before it in the sentence, else (when nothing before the value names a
     * subject: "Of the 12, 75% ...") the row's. Null when the value is of something else.
     */
    private static Found items(List<StatusToken> tokens, int first, int last, Quantity q, String sentence,
                               Supplier<String> rowItems, boolean opensRow) {
        int after = StatusWords.skipAside(tokens, last + 1);
        if (after < tokens.size() && tokens.get(after).text().equals(")")) {
            after++; // "31 (52%) of the 60 measures": the share in brackets is of what follows them
        }
        int total = StatusWords.skipOutOf(tokens, after);
        if (total > after) {
            // "22 out of 62 key measures were ...": the items follow the total, else they were named before
            for (int i = total; i < tokens.size() && i < total + 4 && tokens.get(i).isWord(); i++) {
                if (ITEMS.contains(tokens.get(i).text())) {
                    return new Found(itemWords(tokens, i));
                }
            }
            return before(tokens, first, q, sentence, rowItems, opensRow);
        }
        if (after < tokens.size() && tokens.get(after).text().equals("of")) {
            int head = nounPhraseItem(tokens, after + 1);
            return head == -2 ? null : head >= 0 ? new Found(itemWords(tokens, head)) : before(tokens, first, q, sentence, rowItems, opensRow);
        }
        if (q.unit().measure() == Measure.COUNT && !q.unit().label().equals("count")) {
            for (int i = first + 1; i < tokens.size() && i <= last + 5; i++) {
                if (ITEMS.contains(tokens.get(i).text())) {
                    return new Found(itemWords(tokens, i));
                }
            }
            return null;
        }
        return before(tokens, first, q, sentence, rowItems, opensRow);
    }

    private static Found before(List<StatusToken> tokens, int first, Quantity q, String sentence, Supplier<String> rowItems,
                                boolean opensRow) {
        for (int i = first - 1; i >= 0; i--) {
            if (ITEMS.contains(tokens.get(i).text())) {
                return new Found(itemWords(tokens, i));
            }
        }
        boolean nothingNamedBefore = first == 0 || REFERENCE.contains(tokens.get(0).text()) || onlyTheRest(tokens, first)
                || Subject.of(sentence, q).phrase() == null;
        if (opensRow && !ratesPerformance(tokens)) {
            return null; // "92% of customers were satisfied ... 65% with their face to face contact": not a scorecard
        }
        String items = opensRow ? DEFAULT_ITEMS : rowItems.get();
        if (items != null && nothingNamedBefore) {
            // a row whose values open with a share by status ("71% (15) are Green", "Of those, 78% ...") after sentences
            // that named the items only in numbers that are no measurements ("315 indicators were reported."): what
            // reports share out by status are indicators
            return new Found(items);
        }
        return null;
    }

    /** "The remaining 19 (36%)", "Another 15", "The rest": the items the row counted, all but those already given a status. */
    private static final Set<String> THE_REST = Set.of("the", "remaining", "rest", "other", "others", "another", "further", "a");

    private static boolean onlyTheRest(List<StatusToken> tokens, int first) {
        for (int i = 0; i < first; i++) {
            if (!THE_REST.contains(tokens.get(i).text())) {
                return false;
            }
        }
        return true;
    }

    /** Words only a scorecard's summary uses: a RAG colour, a target met or missed, a direction of travel. */
    private static final Set<String> SCORECARD_WORDS = Set.of("green", "amber", "red", "target", "targets", "improved",
            "worsened", "declined", "deteriorated", "rag");

    private static boolean ratesPerformance(List<StatusToken> tokens) {
        for (StatusToken t : tokens) {
            if (SCORECARD_WORDS.contains(t.text())) {
                return true;
            }
        }
        return false;
    }

    /** The index of the item noun heading the phrase from {@code from}, -1 when it has none, -2 when it names other things. */
    private static int nounPhraseItem(List<StatusToken> tokens, int from) {
        for (int i = from; i < tokens.size() && i < from + 6; i++) {
            StatusToken t = tokens.get(i);
            if (ITEMS.contains(t.text())) {
                return i;
            }
            if (t.isPunctuation() || MeasuredPhrase.isVerb(t.text()) || t.text().equals("with") || t.text().equals("in")) {
                return i == from || isReference(tokens, from, i) ? -1 : -2;
            }
        }
        return -2;
    }

    /** "of the 12", "of these", "of them": the phrase points back rather than naming things. */
    private static boolean isReference(List<StatusToken> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).text();
            if (!(tokens.get(i).isFigure() || w.equals("the") || w.equals("these") || w.equals("those") || w.equals("them"))) {
                return false;
            }
        }
        return true;
    }

    /** "KPIs" and "indicators" as "indicator", "actions" as "action". */
    private static String itemNoun(String noun) {
        return ABBREVIATION.getOrDefault(noun, ProvisionalIndicators.singular(noun));
    }

    /** The item noun and up to two words naming which items, singular: "corporate indicator", "corporate plan action". */
    private static String itemWords(List<StatusToken> tokens, int head) {
        List<String> out = new ArrayList<>();
        for (int i = head - 1; i >= 0 && i >= head - 4 && out.size() < 2; i--) {
            String w = tokens.get(i).text();
            if (GENERIC_ITEM_WORDS.contains(w)) {
                continue;
            }
            if (tokens.get(i).isWord() && !StopWords.isStop(w) && !ITEMS.contains(w) && !w.endsWith("ed") && !w.endsWith("able")
                    && !w.endsWith("ly") && !w.endsWith("'s") && !w.endsWith("’s") && !w.equals("rag")) {
                out.add(0, w);
            } else {
                break;
            }
        }
        String noun = tokens.get(head).text();
        out.add(itemNoun(noun));
        return String.join(" ", out);
    }
}
