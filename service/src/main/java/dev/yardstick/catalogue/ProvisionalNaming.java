package dev.yardstick.catalogue;

import static dev.yardstick.catalogue.ProvisionalIndicators.id;
import static dev.yardstick.catalogue.ProvisionalIndicators.indicator;
import static dev.yardstick.catalogue.ProvisionalIndicators.isBare;

import dev.yardstick.extract.Measure;
import dev.yardstick.extract.Observation;
import dev.yardstick.extract.Quantity;
import dev.yardstick.extract.Scope;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names values row by row: a value whose own words name nothing ("up from 80.2%") takes the
 * indicator of the value before it on the same measure in its sentence, else the subject of
 * its sentence; a sentence that refers back ("The figure was 85%", "the equivalent figures
 * were 65% and 5%") takes the indicators of the last sentence on the same measure, by
 * position. Values the catalogues claimed count as said before, so "The figure was 85%"
 * after a catalogued value joins its indicator. One instance per document, in document order.
 */
final class ProvisionalNaming {

    private static final Pattern QUALIFIED_STATUS = Pattern.compile("(?i)\\b(nearly|almost|partly|partially|not) (?=\\p{L})");
    private static final Pattern NUMERATOR_GAP = Pattern.compile("\\s*\\(\\s*");

    /** The document's figures-table values by figure and period, for prose that restates one. */
    private final java.util.Map<TableFigures.Key, Indicator> tableFigures = new java.util.HashMap<>();
    private String rowKey = "";
    private String sentence = "";
    /** The items (indicators, actions...) the row's earlier sentences counted, for "Of the 12, 75% were green". */
    private String rowItems;
    /**
     * The row's earlier sentences not yet read for {@link #rowItems}, oldest first: most rows never
     * ask, and reading them cuts each sentence into tokens again.
     */
    private final List<String> unreadForItems = new ArrayList<>();
    private boolean firstSentenceOfRow;
    /** The last share named in the sentence and where it ends, for a count restating it in brackets. */
    private Indicator lastShare;
    private int lastShareEnd;
    private final Map<Measure, Indicator> inSentence = new EnumMap<>(Measure.class);
    private final Map<Measure, List<Indicator>> thisSentence = new EnumMap<>(Measure.class);
    private final Map<Measure, List<Indicator>> lastSentence = new EnumMap<>(Measure.class);
    private final Map<Measure, Integer> referredBack = new EnumMap<>(Measure.class);

    /** Records a value the catalogues claimed, so later values can refer back to it. */
    void claimed(Observation o, Indicator indicator) {
        if (!o.quantity().isChange()) {
            enter(o);
            remember(o.quantity().unit().measure(), indicator);
        }
    }

    /** The indicator of the value before this one on its measure in its sentence, or null. */
    Indicator sameSentence(Observation o) {
        String key = o.provenance().source() + "|" + o.provenance().row();
        if (!key.equals(rowKey) || !o.sentence().equals(sentence) || o.quantity().isChange()) {
            return null;
        }
        return inSentence.get(lookupMeasure(inSentence, o.quantity()));
    }

    /** The provisional indicator of the observation, or null when its subject cannot be named. */
    Indicator name(Observation o) {
        Quantity q = o.quantity();
        if (q.isChange()) {
            return null;
        }
        enter(o);
        Measure measure = q.unit().measure();
        if (o.label() != null) {
            // a figures table names the measure in the row's first cell, or a status of the items its column counts
            String label = QUALIFIED_STATUS.matcher(o.label()).replaceAll("$1-"); // "Nearly met" is not "Met"
            String status = StatusBreakdown.ofLabel(label);
            if (status == null) {
                // "On target | 42 | 60" under a section titled "Corporate Plan performance measures": the section names the items
                status = StatusBreakdown.ofLabelIn(label, o.provenance().theme());
            }
            Indicator tabled = scoped(o, named(o, status != null ? status : label), measure);
            if (tabled != null && o.scope().isOwn() && TableFigures.distinctive(q)) {
                tableFigures.put(TableFigures.key(o), tabled);
            }
            return tabled;
        }
        // "Absence among Educational and Social Services staff, excluding teachers, was 6.07%" under a table that gave 6.07%
        Indicator found = o.scope().isOwn() && TableFigures.distinctive(q) ? tableFigures.get(TableFigures.key(o)) : null;
        if (found != null) {
            remember(measure, found);
            return found;
        }
        found = restated(o);
        if (found == null && StatusBreakdown.mayShareOut(q)) {
            found = named(o, StatusBreakdown.phrase(o.sentence(), q, this::rowItems, firstSentenceOfRow));
        }
        if (found == null) {
            found = named(o, SatisfactionPhrase.gapped(o.sentence(), q));
        }
        if (found != null) {
            return scoped(o, found, measure);
        }
        String own = MeasuredPhrase.own(o.sentence(), q);
        if (own != null && own.equalsIgnoreCase(q.unit().label()) && Subject.of(o.sentence(), q).refersBack()) {
            // "That is up from 68 households": the households counted before, not households of any kind
            Indicator before = back(q);
            found = before != null && namesNoun(before, own) ? before : null;
        }
        if (found == null) {
            found = named(o, own);
        }
        if (found == null) {
            // "... and long-term absence for 2.7%", "..., and compliance with the register reached 95%": the clause's
            // own subject, not the value before it
            found = named(o, ClauseSubjects.ownClauseSubject(o.sentence(), q));
        }
        Subject subject = found == null ? Subject.of(o.sentence(), q) : Subject.NONE;
        if (found == null && subject.refersBack()) {
            found = back(q);
            // "101 new EHC plans were finalised. Of these, 70% were completed within 20 weeks": a share of the count before
            Indicator base = found != null ? found : measure == Measure.PERCENT ? population() : null;
            String outcome = base != null && !subject.carriesOn() && (measure == Measure.PERCENT || isBare(q))
                    ? ClauseSubjects.outcome(o.sentence(), q) : null;
            if (outcome != null) {
                // "Of these, 101 needed advice only, 11 went on to become homeless": the part of the population with each outcome
                found = named(o, base.name().toLowerCase(Locale.ROOT) + " " + outcome);
            }
        }
        String predicate = found == null ? ClauseSubjects.predicate(o.sentence(), q) : null;
        if (predicate != null) {
            found = named(o, subject.phrase() == null ? predicate : subject.phrase() + " " + predicate);
        }
        if (found == null) {
            found = inSentence.get(lookupMeasure(inSentence, q));
        }
        if (found == null && subject.phrase() != null) {
            found = named(o, subject.phrase());
        }
        return scoped(o, found, measure);
    }

    /** "92% (373 of 405) of customers": a bare count in brackets after a share is its numerator, on the share's indicator. */
    private Indicator restated(Observation o) {
        Quantity q = o.quantity();
        if (lastShare == null || !isBare(q) || !NUMERATOR_GAP.matcher(o.sentence().substring(lastShareEnd, q.start())).matches()) {
            return null;
        }
        return named(o, lastShare.name().toLowerCase(Locale.ROOT));
    }

    private Indicator scoped(Observation o, Indicator found, Measure measure) {
        if (measure == Measure.PERCENT) {
            lastShare = found;
            lastShareEnd = o.quantity().end();
        }
        if (found == null || o.scope().isOwn()) {
            if (found != null) {
                remember(measure, found);
            }
            return found;
        }
        // a comparator's or breakdown's value is never the council's own series: its scope goes on the id
        return named(o, found.name(), o.scope());
    }

    /** True when the indicator's name has the noun a count counts ("homeless households in temporary accommodation", "households"). */
    private static boolean namesNoun(Indicator indicator, String noun) {
        List<String> words = MeasuredPhrase.words(noun);
        if (words.isEmpty()) {
            return false;
        }
        String head = ProvisionalIndicators.lemma(words.get(words.size() - 1));
        for (String w : MeasuredPhrase.words(indicator.name())) {
            if (ProvisionalIndicators.lemma(w).equals(head)) {
                return true;
            }
        }
        return false;
    }

    /** The last count the sentence before named: the population a share of "these" is taken of. */
    private Indicator population() {
        List<Indicator> counts = lastSentence.getOrDefault(Measure.COUNT, List.of());
        return counts.isEmpty() ? null : counts.get(counts.size() - 1);
    }

    private Indicator back(Quantity q) {
        Measure measure = lookupMeasure(lastSentence, q);
        List<Indicator> before = lastSentence.getOrDefault(measure, List.of());
        if (before.isEmpty()) {
            return null;
        }
        int i = referredBack.merge(measure, 1, Integer::sum) - 1;
        return before.get(Math.min(i, before.size() - 1));
    }

    /**
     * The measure to look a value up on: its own, or for a bare number ("the target was 7.31")
     * a length of time said before, since days are left unsaid (a rate keeps its base).
     */
    private static Measure lookupMeasure(Map<Measure, ?> said, Quantity q) {
        Measure own = q.unit().measure();
        return !said.containsKey(own) && isBare(q) && said.containsKey(Measure.DURATION) ? Measure.DURATION : own;
    }

    private void enter(Observation o) {
        String key = o.provenance().source() + "|" + o.provenance().row();
        if (!key.equals(rowKey)) {
            rowKey = key;
            lastSentence.clear();
            thisSentence.clear();
            sentence = "";
            rowItems = null;
            unreadForItems.clear();
        }
        if (!o.sentence().equals(sentence)) {
            firstSentenceOfRow = sentence.isEmpty();
            if (!sentence.isEmpty()) {
                unreadForItems.add(sentence);
            }
            sentence = o.sentence();
            thisSentence.forEach((m, list) -> lastSentence.put(m, list));
            thisSentence.clear();
            inSentence.clear();
            referredBack.clear();
            lastShare = null;
        }
    }

    /** The items the last of the row's earlier sentences that names any counted; null when none does. */
    private String rowItems() {
        for (int k = unreadForItems.size() - 1; k >= 0; k--) {
            String items = StatusBreakdown.lastItemsOfEarlier(unreadForItems.get(k));
            if (items != null) {
                rowItems = items;
                break;
            }
        }
        unreadForItems.clear();
        return rowItems;
    }

    private void remember(Measure measure, Indicator indicator) {
        inSentence.putIfAbsent(measure, indicator);
        List<Indicator> list = thisSentence.computeIfAbsent(measure, m -> new ArrayList<>());
        if (!list.contains(indicator)) {
            list.add(indicator);
        }
    }

    private static Indicator named(Observation o, String phrase) {
        return named(o, phrase, Scope.OWN);
    }

    private static Indicator named(Observation o, String phrase, Scope scope) {
        if (phrase == null) {
            return null;
        }
        String id = id(phrase, o.quantity().unit().measure(), scope);
        return id == null ? null : indicator(id, phrase, o.quantity().unit().label(), o.quantity().unit().measure(),
                o.provenance().theme());
    }
}
