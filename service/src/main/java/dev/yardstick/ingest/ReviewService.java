package dev.yardstick.ingest;

import dev.yardstick.analysis.SeriesPoint;
import dev.yardstick.catalogue.Indicator;
import dev.yardstick.catalogue.IndicatorCatalogue;
import dev.yardstick.catalogue.ProvisionalIndicators;
import dev.yardstick.catalogue.ReviewDecision;
import dev.yardstick.catalogue.ReviewDecisions;
import dev.yardstick.store.InfluxStore;
import dev.yardstick.store.Schema;
import dev.yardstick.store.StoredObservation;
import dev.yardstick.store.StoredSeries;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The review of what no catalogue knew: per organisation, its provisional indicators (values,
 * latest, trend, evidence) and its candidates; and the decisions on them, kept in the
 * {@link DecisionFile}, applied at once to what is stored (observations re-tagged or deleted,
 * series rebuilt, status re-assessed) and, through {@link ReviewDecisions#apply}, to every later
 * ingest. Decisions are applied under the organisation's ingest lock, so none interleaves with
 * an update of the same organisation being written.
 */
public final class ReviewService {

    /** Evidence sentences shown per provisional indicator; the count says how many there are. */
    private static final int EVIDENCE_SHOWN = 5;

    private final InfluxStore store;
    private final IndicatorCatalogue catalogue;
    private final DecisionFile decisions;
    private final IngestService ingest;
    private final Assessor assessor;
    private final TargetService targets;
    private final Clock clock;

    ReviewService(InfluxStore store, IndicatorCatalogue catalogue, DecisionFile decisions, IngestService ingest, Assessor assessor,
                  TargetService targets, Clock clock) {
        this.targets = targets;
        this.store = store;
        this.catalogue = catalogue;
        this.decisions = decisions;
        this.ingest = ingest;
        this.assessor = assessor;
        this.clock = clock;
    }

    public record Evidence(String sentence, String text, String source, String report, String periodEnd) {
    }

    /** A provisional indicator as the review shows it; {@code latest*} from its reconciled series (null when it has none). */
    public record ProvisionalEntry(String id, String name, String unit, String measure, String theme, int values, Double latestValue,
                                   String latestPeriodStart, String latestPeriodEnd, List<SeriesPoint> trend, List<Evidence> evidence,
                                   List<String> suggestedCues) {
    }

    /** A value whose subject could not be named, known by {@link ReviewDecisions#candidateKey}. */
    public record CandidateEntry(String key, double value, String unit, String text, String sentence, String source, String report,
                                 String periodEnd) {
    }

    public record OrganisationReview(String organisation, List<ProvisionalEntry> provisional, List<CandidateEntry> candidates) {
    }

    /** Every organisation with something to review, by name. */
    public List<OrganisationReview> review() {
        List<OrganisationReview> out = new ArrayList<>();
        for (String organisation : store.observedOrganisations()) {
            OrganisationReview r = review(organisation);
            if (!r.provisional().isEmpty() || !r.candidates().isEmpty()) {
                out.add(r);
            }
        }
        return out;
    }

    public OrganisationReview review(String organisation) {
        OrganisationId.checked(organisation);
        Map<String, List<StoredObservation>> byIndicator = new TreeMap<>();
        List<CandidateEntry> candidates = new ArrayList<>();
        for (StoredObservation o : store.reviewObservations(organisation)) {
            if (Schema.Observation.CANDIDATE.equals(o.indicator())) {
                candidates.add(new CandidateEntry(ReviewDecisions.candidateKey(o.sentence(), o.text(), o.periodEnd()), o.value(), o.unit(),
                        o.text(), o.sentence(), o.source(), o.report(), o.periodEnd()));
            } else {
                byIndicator.computeIfAbsent(o.indicator(), k -> new ArrayList<>()).add(o);
            }
        }
        Map<String, StoredSeries> series = new LinkedHashMap<>();
        store.reconciledSeries(organisation).forEach(s -> series.put(s.indicator(), s));
        List<ProvisionalEntry> provisional = new ArrayList<>();
        byIndicator.forEach((id, observations) -> provisional.add(entry(organisation, id, observations, series.get(id))));
        candidates.sort(Comparator.comparing(CandidateEntry::report).thenComparing(CandidateEntry::sentence));
        return new OrganisationReview(organisation, provisional, candidates);
    }

    private ProvisionalEntry entry(String organisation, String id, List<StoredObservation> observations, StoredSeries series) {
        StoredObservation first = observations.get(0);
        Indicator indicator = assessor.indicator(id, organisation).orElseThrow();
        List<SeriesPoint> trend = series == null ? List.of() : series.points();
        SeriesPoint latest = trend.isEmpty() ? null : trend.get(trend.size() - 1);
        List<Evidence> evidence = observations.stream().sorted(Comparator.comparing(StoredObservation::report).reversed())
                .map(o -> new Evidence(o.sentence(), o.text(), o.source(), o.report(), o.periodEnd())).distinct().limit(EVIDENCE_SHOWN).toList();
        return new ProvisionalEntry(id, indicator.name(), first.unit(), indicator.measure().name().toLowerCase(java.util.Locale.ROOT),
                first.theme() == null ? "" : first.theme(), observations.size(), latest == null ? null : latest.value(),
                latest == null ? null : latest.start().toString(), latest == null ? null : latest.date().toString(), trend, evidence,
                List.of(indicator.name().toLowerCase(java.util.Locale.ROOT)));
    }

    public List<ReviewDecision> decisions() {
        return decisions.get().all();
    }

    /**
     * Checks a decision against what is stored and known, keeps it, and applies it to the
     * organisation's stored values, then re-assesses the organisation.
     *
     * @throws InvalidParameterException when the decision cannot be taken; nothing changes then
     */
    public ReviewDecision decide(ReviewDecision.Action action, String organisation, String subject, String indicator, String name,
                                 String unit, String polarity, String theme, List<String> cues) {
        OrganisationId.checked(organisation);
        ReviewDecision decision;
        try {
            decision = new ReviewDecision(action, organisation, subject, indicator, name, unit,
                    polarity == null || polarity.isBlank() ? null : dev.yardstick.catalogue.Polarity.of(polarity), theme, cues, clock.instant());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(action == ReviewDecision.Action.ACCEPT ? "indicator" : "subject", e.getMessage());
        }
        return ingest.exclusively(organisation, () -> apply(decision));
    }

    private ReviewDecision apply(ReviewDecision d) {
        check(d);
        ReviewDecisions now = decisions.record(d);
        switch (d.action()) {
            case ACCEPT, MERGE -> store.relabel(d.organisation(), d.subject(), now.target(d, catalogue).orElseThrow());
            case REJECT -> {
                if (d.aboutCandidate()) {
                    store.deleteObservations(d.organisation(), Schema.Observation.CANDIDATE,
                            o -> d.subject().equals(ReviewDecisions.candidateKey(o.sentence(), o.text(), o.periodEnd())));
                } else {
                    store.relabel(d.organisation(), d.subject(), null);
                }
            }
            case RENAME -> {
            }
        }
        assessor.reconcileAndAssess(d.organisation());
        return d;
    }

    /** A decision undone: how many stored values went back, and whether its indicator's API target was removed. */
    public record Undone(ReviewDecision decision, int valuesRestored, boolean targetRemoved) {
    }

    /**
     * Undoes the decision on {@code subject}: the values it moved (at the time, and from later
     * updates, including those an accepted indicator's cues claimed) go back to the provisional
     * indicator, library indicator or candidate each came from ({@code reviewed_from}); an accepted
     * indicator leaves the catalogue with the target set for it through the API; the decision
     * leaves the file; the organisation is re-assessed. Values a rejection dropped come back when
     * their update is uploaded again (its observations then differ, so it is written anew). The
     * store is put right before the file, so an undo cut short by an outage can simply be repeated.
     *
     * @throws InvalidParameterException when there is no such decision, or another depends on it
     */
    public Undone undo(String organisation, String subject) {
        OrganisationId.checked(organisation);
        return ingest.exclusively(organisation, () -> {
            ReviewDecision d = decisions.get().find(organisation, subject).orElseThrow(() -> new InvalidParameterException("subject",
                    "organisation " + organisation + " has no decision on " + subject + " to undo; GET /api/review/decisions lists them"));
            if (d.action() == ReviewDecision.Action.ACCEPT) {
                Optional<ReviewDecision> mergedInto = decisions.get().all().stream()
                        .filter(o -> o.action() == ReviewDecision.Action.MERGE && o.indicator().equals(d.indicator())).findFirst();
                if (mergedInto.isPresent()) {
                    throw new InvalidParameterException("subject", mergedInto.get().subject() + " of " + mergedInto.get().organisation()
                            + " is merged into " + d.indicator() + "; undo that merge first");
                }
                if (targets.inTargetsFile(d.indicator(), organisation)) {
                    throw new InvalidParameterException("subject", "the targets file sets a target for " + d.indicator() + " of "
                            + organisation + "; remove it there first, then undo");
                }
            }
            java.util.function.Function<String, Indicator> back = from -> ReviewDecision.isCandidateKey(from) ? null
                    : catalogue.find(from).or(() -> ProvisionalIndicators.fromId(from, null)).orElse(null);
            int restored = switch (d.action()) {
                case ACCEPT -> store.restore(organisation, d.indicator(), from -> true, back);
                case MERGE -> store.restore(organisation, d.indicator(), from -> from.equals(d.subject()), back);
                case RENAME -> 0;
                case REJECT -> {
                    store.forgetDigests(organisation); // the values it deleted come back with their update's next upload
                    yield 0;
                }
            };
            boolean targetRemoved = d.action() == ReviewDecision.Action.ACCEPT && targets.removeApiTarget(d.indicator(), organisation);
            decisions.remove(organisation, subject);
            assessor.reconcileAndAssess(organisation); // the moved values' series are rebuilt, then judged
            return new Undone(d, restored, targetRemoved);
        });
    }

    private void check(ReviewDecision d) {
        OrganisationReview current = review(d.organisation());
        boolean present = d.aboutCandidate() ? current.candidates().stream().anyMatch(c -> c.key().equals(d.subject()))
                : current.provisional().stream().anyMatch(p -> p.id().equals(d.subject()));
        if (!present) {
            throw new InvalidParameterException("subject", "organisation " + d.organisation() + " has no " + (d.aboutCandidate()
                    ? "candidate " : "provisional indicator ") + d.subject() + " to review; GET /api/review?org=" + d.organisation() + " lists them");
        }
        if (d.action() == ReviewDecision.Action.ACCEPT) {
            Optional<Indicator> clash = catalogue.find(d.indicator()).or(() -> decisions.get().findAccepted(d.indicator()));
            if (clash.isPresent()) {
                throw new InvalidParameterException("indicator", "the id " + d.indicator() + " is already in the catalogue ("
                        + clash.get().name() + "); choose another id, or merge into it instead");
            }
        }
        if (d.action() == ReviewDecision.Action.MERGE) {
            boolean known = catalogue.find(d.indicator()).isPresent() || decisions.get().findAccepted(d.indicator()).isPresent()
                    || ProvisionalIndicators.isProvisional(d.indicator()) && current.provisional().stream().anyMatch(p -> p.id().equals(d.indicator()));
            if (!known) {
                throw new InvalidParameterException("indicator", "there is no indicator " + d.indicator() + " to merge into: name one from "
                        + "GET /api/indicators, or a provisional indicator of " + d.organisation());
            }
            var from = ProvisionalIndicators.fromId(d.subject(), null).orElseThrow().measure();
            var into = decisions.get().target(d, catalogue).orElseThrow().measure();
            if (from != into) {
                throw new InvalidParameterException("indicator", d.subject() + " is on the " + from.name().toLowerCase(java.util.Locale.ROOT)
                        + " scale and " + d.indicator() + " on the " + into.name().toLowerCase(java.util.Locale.ROOT)
                        + " scale: values can only be merged into an indicator of the same measure");
            }
        }
    }
}
