package dev.yardstick.ingest;

import dev.yardstick.analysis.ComparatorGap;
import dev.yardstick.analysis.IndicatorStatus;
import dev.yardstick.analysis.StatusEvaluator;
import dev.yardstick.catalogue.Indicator;
import dev.yardstick.catalogue.IndicatorCatalogue;
import dev.yardstick.catalogue.Polarity;
import dev.yardstick.catalogue.ProvisionalIndicators;
import dev.yardstick.catalogue.ReviewDecisions;
import dev.yardstick.catalogue.Target;
import dev.yardstick.catalogue.TargetBook;
import dev.yardstick.store.InfluxStore;
import dev.yardstick.store.Assessed;
import dev.yardstick.store.AssessmentInput;
import dev.yardstick.store.StoredSeries;
import dev.yardstick.store.IngestSession;
import dev.yardstick.store.OrganisationIngest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Judges every indicator of an organisation against its target and writes the result: the
 * status at each period end ({@code indicator_status}), with the gap to each comparator the updates
 * quote, and the target lines ({@code indicator_target}).
 * Run after every ingest and every target change.
 */
public final class Assessor {

    private final InfluxStore store;
    private final IndicatorCatalogue catalogue;
    private final Supplier<TargetBook> targets;
    private final java.time.Clock clock;
    private final Supplier<ReviewDecisions> decisions;

    public Assessor(InfluxStore store, IndicatorCatalogue catalogue, Supplier<TargetBook> targets, java.time.Clock clock) {
        this(store, catalogue, targets, clock, ReviewDecisions::none);
    }

    /** With the review decisions: accepted indicators are catalogued ones, renamed provisional ones keep their new name. */
    public Assessor(InfluxStore store, IndicatorCatalogue catalogue, Supplier<TargetBook> targets, java.time.Clock clock,
                    Supplier<ReviewDecisions> decisions) {
        this.decisions = decisions;
        this.store = store;
        this.clock = clock;
        this.catalogue = catalogue;
        this.targets = targets;
    }

    /**
     * Re-assesses one organisation from its reconciled series as stored (after its targets
     * changed), writing its status history, target lines and freshness.
     */
    public List<Assessed> assess(String organisation) {
        List<Assessed> history = new ArrayList<>();
        assess(List.of(organisation), history, false);
        return history;
    }

    /**
     * Rebuilds one organisation's reconciled series from its stored observations (after a review
     * decision moved or deleted some), then assesses it.
     */
    public List<Assessed> reconcileAndAssess(String organisation) {
        List<Assessed> history = new ArrayList<>();
        assess(List.of(organisation), history, true);
        return history;
    }

    /**
     * Re-assesses several organisations, writing their points together in few large requests.
     *
     * @return the number of status points written
     */
    public int assess(Collection<String> organisations) {
        return assess(organisations, new ArrayList<>(), false);
    }

    private int assess(Collection<String> organisations, List<Assessed> history, boolean reconcile) {
        try (IngestSession session = store.session()) {
            for (String organisation : organisations) {
                OrganisationIngest o = session.open(organisation);
                history.addAll(assess(o, reconcile ? o.reconcile() : o.asStored()));
            }
            session.finish();
        }
        return history.size();
    }

    /**
     * Judges one organisation from its reconciled series, computed in memory, and adds its status
     * history, target lines and freshness to its ingest.
     */
    public List<Assessed> assess(OrganisationIngest ingest, AssessmentInput input) {
        String organisation = ingest.organisation();
        TargetBook book = targets.get();
        List<Assessed> history = new ArrayList<>();
        List<Assessed> latest = new ArrayList<>();
        for (StoredSeries series : input.series()) {
            Optional<Indicator> indicator = indicator(series.indicator(), series.organisation());
            if (indicator.isEmpty() || series.points().isEmpty()) {
                continue; // an indicator since removed from the catalogue keeps its values but gets no status
            }
            Target target = book.find(series.indicator(), organisation).orElse(null);
            List<ComparatorGap.Quoted> quoted = input.comparators(series.indicator());
            history.addAll(ingest.assessment(series, new Inputs(indicator.get(), target, quoted), () -> {
                List<Assessed> made = new ArrayList<>();
                for (IndicatorStatus s : StatusEvaluator.history(indicator.get(), organisation, series.points(), target)) {
                    made.add(new Assessed(s, series.theme(), series.director(), ComparatorGap.at(s, quoted)));
                }
                return made;
            }));
            if (!indicator.get().provisional()) {
                latest.add(history.get(history.size() - 1)); // freshness, and so the stale alert, is for catalogued indicators
            }
        }
        List<Target> lines = book.targets().stream().filter(t -> t.organisation().equals(organisation)).toList();
        ingest.assess(history, lines, this::polarity, latest, LocalDate.now(clock));
        return history;
    }

    /** What a series' statuses are computed from besides its values. */
    private record Inputs(Indicator indicator, Target target, List<ComparatorGap.Quoted> quoted) {
    }

    /** Records today's freshness of every indicator of every organisation (run hourly). */
    public void recordFreshness() {
        store.writeFreshness(latest(null).stream().filter(a -> !a.status().indicator().provisional()).toList(), LocalDate.now(clock));
    }

    /** Re-assesses every organisation with values or targets. */
    public void assessAll() {
        Set<String> organisations = new TreeSet<>(store.organisations());
        targets.get().targets().forEach(t -> organisations.add(t.organisation()));
        assess(organisations);
    }

    /** The latest status of every indicator with values, computed now from the stored series. */
    public List<Assessed> latest(String organisation) {
        TargetBook book = targets.get();
        List<Assessed> out = new ArrayList<>();
        for (StoredSeries series : store.reconciledSeries(organisation)) {
            Optional<Indicator> indicator = indicator(series.indicator(), series.organisation());
            if (indicator.isPresent() && !series.points().isEmpty()) {
                Target target = book.find(series.indicator(), series.organisation()).orElse(null);
                out.add(new Assessed(StatusEvaluator.at(indicator.get(), series.organisation(), series.points(), target),
                        series.theme(), series.director()));
            }
        }
        return out;
    }

    /**
     * A catalogued indicator, one accepted on review, or the provisional one a stored id names
     * (under the name the organisation gave it, if it renamed it); a provisional one never has a
     * target, so never RAG.
     */
    public Optional<Indicator> indicator(String id, String organisation) {
        ReviewDecisions decided = decisions.get();
        return catalogue.find(id).or(() -> decided.findAccepted(id)).or(() -> ProvisionalIndicators.fromId(id, null)
                .map(p -> decided.renamed(organisation, id).map(name -> renamed(p, name)).orElse(p)));
    }

    /** A catalogued indicator or one accepted on review: one a target can be set for. */
    public Optional<Indicator> catalogued(String id) {
        return catalogue.find(id).or(() -> decisions.get().findAccepted(id));
    }

    private static Indicator renamed(Indicator p, String name) {
        return new Indicator(p.id(), name, p.unit(), p.measure(), p.polarity(), p.theme(), p.cues(), p.near(), p.context(), p.exclude(),
                p.framework(), p.code(), true);
    }

    private Polarity polarity(String indicator) {
        return catalogue.find(indicator).or(() -> decisions.get().findAccepted(indicator)).map(Indicator::polarity).orElse(Polarity.NEUTRAL);
    }
}
