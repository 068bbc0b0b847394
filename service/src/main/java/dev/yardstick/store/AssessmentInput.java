package dev.yardstick.store;

import dev.yardstick.analysis.ComparatorGap;
import java.util.List;
import java.util.Map;

/**
 * What an assessment of one organisation needs: its reconciled series and the comparator values
 * its updates quote, computed by {@link OrganisationIngest#reconcile()}.
 *
 * @param comparators by indicator id, every quoted England, regional and neighbour value, oldest first
 */
public record AssessmentInput(List<StoredSeries> series, Map<String, List<ComparatorGap.Quoted>> comparators) {

    public AssessmentInput {
        series = List.copyOf(series);
        comparators = Map.copyOf(comparators);
    }

    /** The comparator values quoted for one indicator; empty when none. */
    public List<ComparatorGap.Quoted> comparators(String indicator) {
        return comparators.getOrDefault(indicator, List.of());
    }
}
