package dev.yardstick.catalogue;

import dev.yardstick.extract.Observation;
import dev.yardstick.extract.PolarityHint;
import dev.yardstick.extract.Quantity;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;

/**
 * Matches observations to catalogue indicators by measure and cue words. An indicator qualifies
 * when the quantity is on its measure, one of its cues is in the sentence or sub-heading, its
 * context rule (if any) holds over sentence, sub-heading, accountability and theme, and its near rule
 * (if any) finds a word close to the number. Among those that qualify, the one whose words
 * stand nearest the number wins. The catalogue's tiers are tried in order (the council's own,
 * then the standard library), so a library indicator never takes a value the council's own
 * catalogue claims. With {@link #withProvisional} a value no tier claims gets a provisional
 * indicator named from the words it measures ({@link ProvisionalIndicators}).
 */
public final class IndicatorMatcher implements PolarityHint {

    /** How far (in characters) a "near" word may stand from the number. */
    private static final int NEAR_REACH = 45;

    private final List<List<Compiled>> tiers = new ArrayList<>();
    private final boolean provisional;
    /** Every tier's cue words, all looked for in one pass over a sentence and its heading. */
    private final WordStartPhrases cueWords = new WordStartPhrases();

    /** Matches to catalogued indicators only; what none claims stays a candidate. */
    public IndicatorMatcher(IndicatorCatalogue catalogue) {
        this(catalogue, false);
    }

    private IndicatorMatcher(IndicatorCatalogue catalogue, boolean provisional) {
        this.provisional = provisional;
        for (List<Indicator> tier : catalogue.tiers()) {
            List<Compiled> compiled = new ArrayList<>();
            for (Indicator i : tier) {
                compiled.add(new Compiled(i, cueWords.ids(lower(i.cues())), lower(i.near()), lower(i.context()), lower(i.exclude())));
            }
            tiers.add(compiled);
        }
    }

    /** Matches to catalogued indicators, then names a provisional indicator for what none claims. */
    public static IndicatorMatcher withProvisional(IndicatorCatalogue catalogue) {
        return new IndicatorMatcher(catalogue, true);
    }

    /**
     * Matches each observation. A value stated twice in one row for the same indicator, kind and
     * period ("27.1 per 1000 ... A rate of 27.1") is kept once, with its first sentence.
     */
    public List<MatchedObservation> match(List<Observation> observations) {
        List<MatchedObservation> out = new ArrayList<>(observations.size());
        Set<String> seen = new HashSet<>();
        ProvisionalIndicators.Row row = new ProvisionalIndicators.Row();
        Texts texts = new Texts();
        for (Observation o : observations) {
            Indicator indicator = best(o, texts);
            if (indicator == null && provisional) {
                indicator = row.name(o);
            } else if (indicator != null) {
                row.claimed(o, indicator);
            }
            if (indicator != null) {
                String key = o.provenance().source() + "|" + o.provenance().row() + "|" + indicator.id() + "|"
                        + o.quantity().value() + "|" + o.kind() + "|" + o.period().start() + "|" + o.period().end();
                if (!seen.add(key)) {
                    continue;
                }
            }
            out.add(new MatchedObservation(indicator, o));
        }
        return out;
    }

    /** The polarity of the indicator the level matches, so "15.6% better" can be derived. */
    @Override
    public Direction of(Observation level) {
        Indicator i = best(level, new Texts());
        if (i == null || i.polarity() == Polarity.NEUTRAL) {
            return Direction.UNKNOWN;
        }
        return i.polarity() == Polarity.HIGHER_BETTER ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
    }

    private Indicator best(Observation o, Texts texts) {
        Quantity q = o.quantity();
        if (q.isChange()) {
            return null;
        }
        texts.of(o);
        for (List<Compiled> tier : tiers) {
            Indicator found = best(tier, q, texts);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private Indicator best(List<Compiled> tier, Quantity q, Texts texts) {
        Indicator best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Compiled c : tier) {
            if (c.indicator.measure() != q.unit().measure()
                    || !WordStartPhrases.anyIn(c.cues, texts.cues)
                    || !c.context.isEmpty() && !anyFound(c.context, texts.contextText())
                    || anyFound(c.exclude, texts.sentence)) {
                continue;
            }
            int distance = c.near.isEmpty() ? NEAR_REACH + 1 : nearest(c.near, texts.sentence, q.start(), q.end());
            if (distance > NEAR_REACH && !c.near.isEmpty()) {
                continue;
            }
            if (distance < bestDistance) {
                bestDistance = distance;
                best = c.indicator;
            }
        }
        return best;
    }

    /**
     * The texts an observation is matched on, lower-cased, and the cue words its sentence and
     * heading hold: worked out once for the observations of a sentence (they share sentence,
     * heading and row), not for each observation and tier. One per call; not shared between threads.
     */
    private final class Texts {
        private String sentenceAsWritten;
        private String heading;
        private String accountability;
        private String theme;
        private String sentence;
        private String cueText;
        private String contextText;
        private BitSet cues;

        void of(Observation o) {
            if (o.sentence().equals(sentenceAsWritten) && o.heading().equals(heading)
                    && o.provenance().accountability().equals(accountability) && o.provenance().theme().equals(theme)) {
                return;
            }
            sentenceAsWritten = o.sentence();
            heading = o.heading();
            accountability = o.provenance().accountability();
            theme = o.provenance().theme();
            sentence = sentenceAsWritten.toLowerCase(Locale.ROOT);
            cueText = sentence + "\n" + heading.toLowerCase(Locale.ROOT);
            contextText = null;
            cues = cueWords.in(cueText);
        }

        /** Only the few indicators with a context rule read the row's accountability and theme. */
        String contextText() {
            if (contextText == null) {
                contextText = cueText + "\n" + accountability.toLowerCase(Locale.ROOT) + "\n" + theme.toLowerCase(Locale.ROOT);
            }
            return contextText;
        }
    }

    private static int nearest(List<String> words, String s, int start, int end) {
        int best = Integer.MAX_VALUE;
        for (String w : words) {
            for (int at = indexOfWord(s, w, 0); at >= 0; at = indexOfWord(s, w, at + 1)) {
                int wordEnd = at + w.length();
                while (wordEnd < s.length() && Character.isLetter(s.charAt(wordEnd))) {
                    wordEnd++; // a cue is a word start ("school", "licen"): measure from the end of the word it starts
                }
                int d = at >= end ? at - end : wordEnd <= start ? start - wordEnd : 0;
                best = Math.min(best, d);
            }
        }
        return best;
    }

    private static boolean anyFound(List<String> words, String text) {
        for (String w : words) {
            if (indexOfWord(text, w, 0) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Cues match at a word start, so "licen" finds licence, licences and licensing. Both sides are lower case. */
    private static int indexOfWord(String text, String word, int from) {
        for (int at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
            if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
                return at;
            }
        }
        return -1;
    }

    private static List<String> lower(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    private record Compiled(Indicator indicator, int[] cues, List<String> near, List<String> context, List<String> exclude) {
    }
}
