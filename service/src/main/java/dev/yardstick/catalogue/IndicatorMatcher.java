package dev.yardstick.catalogue;

import dev.yardstick.extract.Kind;
import dev.yardstick.extract.Measure;
import dev.yardstick.extract.Observation;
import dev.yardstick.extract.PolarityHint;
import dev.yardstick.extract.Quantity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Map;
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
    /**
     * The scale a number written without a unit may be on, after a count: days are left unsaid
     * ("2.456 at Q1, 5.69 at Q2"); a rate keeps its base ("per 1,000"), so a bare "under 30" is no rate.
     */
    private static final List<Measure> UNSAID = List.of(Measure.DURATION);

    /** Each tier's indicators by measure, in catalogue order (which breaks ties): a value is only ever compared with its measure's. */
    private final List<Map<Measure, Group>> tiers = new ArrayList<>();
    private final Set<Indicator> firstTier = Collections.newSetFromMap(new IdentityHashMap<>());
    private final boolean provisional;

    /** Matches to catalogued indicators only; what none claims stays a candidate. */
    public IndicatorMatcher(IndicatorCatalogue catalogue) {
        this(catalogue, false);
    }

    private IndicatorMatcher(IndicatorCatalogue catalogue, boolean provisional) {
        this.provisional = provisional;
        for (List<Indicator> tier : catalogue.tiers()) {
            Map<Measure, List<Compiled>> byMeasure = new EnumMap<>(Measure.class);
            for (Indicator i : tier) {
                byMeasure.computeIfAbsent(i.measure(), m -> new ArrayList<>())
                        .add(new Compiled(i, lower(i.cues()), lower(i.near()), lower(i.context()), lower(i.exclude())));
            }
            if (tiers.isEmpty()) {
                firstTier.addAll(tier);
            }
            Map<Measure, Group> groups = new EnumMap<>(Measure.class);
            byMeasure.forEach((measure, compiled) -> groups.put(measure, new Group(compiled)));
            tiers.add(groups);
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
        Set<Said> seen = new HashSet<>();
        ProvisionalNaming row = new ProvisionalNaming();
        TitledRows titles = new TitledRows(this, provisional);
        for (Observation o : observations) {
            Indicator indicator = best(o);
            if (indicator != null && !isFirstTier(indicator)) {
                // "The figure was 85% ... and has since held at between 87% and 90%": a value that names nothing
                // of its own stays with the council's own indicator of the value before it rather than the library's
                Indicator before = row.sameSentence(o);
                if (before != null && isFirstTier(before) && MeasuredPhrase.own(o.sentence(), o.quantity()) == null) {
                    indicator = before;
                }
            }
            if (indicator == null) {
                indicator = titles.claim(o, row.sameSentence(o));
            } else if (!isFirstTier(indicator) && titles.widens(o, indicator)) {
                indicator = titles.claim(o, null);
            }
            if (indicator == null && provisional) {
                indicator = row.name(o);
            } else if (indicator != null) {
                row.claimed(o, indicator);
            }
            if (indicator != null) {
                if (!seen.add(Said.of(o, indicator))) {
                    continue;
                }
            }
            out.add(new MatchedObservation(indicator, o));
        }
        return out;
    }

    private boolean isFirstTier(Indicator indicator) {
        return firstTier.contains(indicator);
    }

    /** The indicator of this catalogue that claims {@code o} by its measure and cues, if any; never a provisional one. */
    public java.util.Optional<Indicator> claim(Observation o) {
        return java.util.Optional.ofNullable(best(o));
    }

    /** The polarity of the indicator the level matches, so "15.6% better" can be derived. */
    @Override
    public Direction of(Observation level) {
        Indicator i = best(level);
        if (i == null || i.polarity() == Polarity.NEUTRAL) {
            return Direction.UNKNOWN;
        }
        return i.polarity() == Polarity.HIGHER_BETTER ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
    }

    private Indicator best(Observation o) {
        Quantity q = o.quantity();
        if (q.isChange()) {
            return null;
        }
        // the texts are lower-cased once per sentence for every tier: the library tier alone holds hundreds of indicators
        MatchText text = MatchText.of(o);
        String sentence = text.sentence;
        List<int[]> othersWords = CueOwnership.othersPhrases(sentence, q);
        for (Map<Measure, Group> tier : tiers) {
            Indicator found = best(tier, q.start(), q.end(), q.unit().measure(), text, othersWords, NEAR_REACH);
            for (int i = 0; found == null && ProvisionalIndicators.isBare(q) && i < UNSAID.size(); i++) {
                // "Days lost per employee were 2.456 at Q1": a number written without its unit may be in days
                found = best(tier, q.start(), q.end(), UNSAID.get(i), text, othersWords, NEAR_REACH);
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The catalogued indicator a row's title names, or null: the title is all measure, so its near words may stand anywhere in it. */
    Indicator titled(RowTitle title) {
        MatchText text = MatchText.ofTitle(title.lowerText());
        int end = text.sentence.length();
        for (Map<Measure, Group> tier : tiers) {
            Indicator found = best(tier, end, end, title.measure(), text, List.of(), Integer.MAX_VALUE);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private Indicator best(Map<Measure, Group> tier, int start, int end, Measure measure, MatchText text, List<int[]> othersWords,
                           int reach) {
        Group group = tier.get(measure);
        if (group == null) {
            return null;
        }
        String sentence = text.sentence;
        Indicator best = null;
        int bestDistance = Integer.MAX_VALUE;
        int bestCueDistance = Integer.MAX_VALUE;
        for (int k : text.inText(group, group::inText)) {
            Compiled c = group.compiled.get(k);
            if (!CueOwnership.anyCueOutside(c.cues, text.cueText, sentence.length(), othersWords)) {
                continue;
            }
            int distance = c.near.isEmpty() ? NEAR_REACH + 1 : nearest(c.near, sentence, start, end);
            if (distance > reach && !c.near.isEmpty()) {
                continue;
            }
            // "major (91.12%) and minor (87.04%) planning applications": with the same words near, the nearer cue decides
            int cueDistance = nearest(c.cues, sentence, start, end);
            if (distance < bestDistance || distance == bestDistance && cueDistance < bestCueDistance) {
                bestDistance = distance;
                bestCueDistance = cueDistance;
                best = c.indicator;
            }
        }
        return best;
    }

    static int nearest(List<String> words, String s, int start, int end) {
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

    /** Cues match at a word start, so "licen" finds licence, licences and licensing. Both sides are lower case. */
    static int indexOfWord(String text, String word, int from) {
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

    /** What makes a value said twice in a row: compared field by field. */
    private record Said(String source, int row, String indicator, double value, Kind kind, LocalDate start, LocalDate end) {
        static Said of(Observation o, Indicator indicator) {
            return new Said(o.provenance().source(), o.provenance().row(), indicator.id(), o.quantity().value(), o.kind(),
                    o.period().start(), o.period().end());
        }
    }

    /** A tier's indicators on one measure, in catalogue order, with the index of their cues. */
    private record Group(List<Compiled> compiled, CueIndex cues) {
        Group(List<Compiled> compiled) {
            this(List.copyOf(compiled), new CueIndex(compiled.stream().map(Compiled::cues).toList()));
        }

        /** The positions of the indicators whose cue is in the texts, whose context rule holds and whose exclusions are absent. */
        int[] inText(MatchText text) {
            BitSet candidates = cues.candidates(text.cueTextPairKeys());
            int[] out = new int[candidates.cardinality()];
            int n = 0;
            for (int k = candidates.nextSetBit(0); k >= 0; k = candidates.nextSetBit(k + 1)) {
                Compiled c = compiled.get(k);
                if (text.anyInCueText(c.cues) && (c.context.isEmpty() || text.anyInContextText(c.context))
                        && !text.anyInSentence(c.exclude)) {
                    out[n++] = k;
                }
            }
            return java.util.Arrays.copyOf(out, n);
        }
    }

    private record Compiled(Indicator indicator, List<String> cues, List<String> near, List<String> context, List<String> exclude) {
    }
}
