package dev.yardstick.catalogue;

import dev.yardstick.extract.Measure;
import dev.yardstick.extract.Observation;
import dev.yardstick.extract.Quantity;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Gives the values of a row titled by a measure ({@link RowTitle}) the title's indicator: the
 * catalogued one the title names, else (when provisional indicators are named) one named from the
 * title, so every quarter's "PI 23" values form one series whatever each sentence calls them. Only
 * the council's own values on the title's measure qualify: a comparator keeps its scope, a change
 * is no level, a number in the title itself is a threshold, and a figures-table line has its label.
 * One instance per {@link IndicatorMatcher#match} call; titles are read once per cell.
 */
final class TitledRows {

    private final IndicatorMatcher matcher;
    private final boolean provisional;
    private final Map<String, RowTitle> titles = new HashMap<>();
    private final Map<RowTitle, Optional<Indicator>> catalogued = new HashMap<>();

    TitledRows(IndicatorMatcher matcher, boolean provisional) {
        this.matcher = matcher;
        this.provisional = provisional;
    }

    /**
     * True when the row's title names a broader measure whose words include a cue of {@code claimed}:
     * in a row titled "Time taken to process Housing Benefit new claims and change events", a
     * sentence's "change events" does not make its value another indicator than the row's.
     */
    boolean widens(Observation o, Indicator claimed) {
        Indicator titled = claim(o, null);
        if (titled == null || titled.id().equals(claimed.id())) {
            return false;
        }
        String title = titles.get(o.provenance().accountability()).lowerText();
        for (String cue : claimed.cues()) {
            if (IndicatorMatcher.indexOfWord(title, cue.toLowerCase(Locale.ROOT), 0) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The indicator the row's title gives {@code o}, or null when its row has no title, the value is
     * not on its measure, or its sentence says it is something else: words of its own the title does
     * not cover, or (naming nothing) a value before it in the sentence it continues ("35 days were
     * lost to swine flu, falling to 4 in December").
     *
     * @param before the indicator of the value before {@code o} on its measure in its sentence, or null
     */
    Indicator claim(Observation o, Indicator before) {
        Quantity q = o.quantity();
        if (o.label() != null || !o.scope().isOwn() || q.isChange() || o.provenance().fromAccountability()) {
            return null;
        }
        RowTitle title = titles.computeIfAbsent(o.provenance().accountability(), RowTitle::of);
        boolean bare = ProvisionalIndicators.isBare(q);
        // "Claims took 12.4 days, against a target of 12": days are left unsaid, a rate or a share keeps its sign
        if (title == null || q.unit().measure() != title.measure() && !(bare && title.measure() == Measure.DURATION)) {
            return null;
        }
        // what the sentence says the value is: its own words, else what its verb says of it ("35 days were lost to swine flu")
        String own = MeasuredPhrase.own(o.sentence(), q);
        if (own == null) {
            own = ClauseSubjects.outcome(o.sentence(), q);
        }
        // a number without its unit is on the title's scale only when nothing in its sentence says what it is
        boolean named = own != null || bare && Subject.of(o.sentence(), q).phrase() != null;
        if (own != null && !title.covers(own) || bare && named || !named && before != null) {
            return null;
        }
        Optional<Indicator> found = catalogued.computeIfAbsent(title, t -> Optional.ofNullable(matcher.titled(t)));
        if (found.isPresent() || !provisional) {
            return found.orElse(null);
        }
        String id = ProvisionalIndicators.id(title.name(), title.measure());
        String unit = !bare ? q.unit().label() : title.lowerText().contains("week") ? "weeks" : "days";
        return id == null ? null : ProvisionalIndicators.indicator(id, title.name(), unit, title.measure(), o.provenance().theme());
    }
}
