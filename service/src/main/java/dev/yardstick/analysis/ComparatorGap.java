package dev.yardstick.analysis;

import dev.yardstick.catalogue.Polarity;
import java.text.DecimalFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How an organisation's value stands against one comparator the updates quote (England, the
 * region, statistical neighbours): the comparator's latest value known at the status's period end
 * and the gap to it, judged by polarity, not by sign. A gap between percentages is in percentage
 * points, as {@link ChangeWords} reads a change.
 *
 * @param scope     the comparator's scope id: {@code england}, {@code region}, {@code neighbours}
 * @param periodEnd the period the comparator value is for (it may be older than the council's own)
 * @param gap       own value minus the comparator's
 * @param judgement 1 better than the comparator, -1 worse, 0 level or a neutral indicator
 * @param words     {@code 4.5 percentage points above England, better}
 */
public record ComparatorGap(String scope, LocalDate periodEnd, double value, double gap, int judgement, String words) {

    /** Scopes compared, in the order tables show them. */
    public static final List<String> SCOPES = List.of("england", "region", "neighbours");

    /** A comparator value as quoted: its scope id, period end and value. */
    public record Quoted(String scope, LocalDate periodEnd, double value) {
    }

    /**
     * For each scope in {@link #SCOPES} with a quoted value whose period ended by the status's
     * period end, the gap to the latest such value (values in the order quoted); so each point of a status history is judged
     * on what was known then.
     */
    public static List<ComparatorGap> at(IndicatorStatus s, List<Quoted> quoted) {
        List<ComparatorGap> out = new ArrayList<>();
        for (String scope : SCOPES) {
            // of values for the same period, the one quoted last (the latest update's) wins
            quoted.stream().filter(q -> q.scope().equals(scope) && !q.periodEnd().isAfter(s.date()))
                    .reduce((a, b) -> b.periodEnd().isBefore(a.periodEnd()) ? a : b)
                    .ifPresent(q -> out.add(of(s.value(), q, s.indicator().unit(), s.indicator().polarity())));
        }
        return out;
    }

    static ComparatorGap of(double own, Quoted q, String unit, Polarity polarity) {
        double gap = own - q.value();
        int judgement = polarity == Polarity.NEUTRAL || gap == 0 ? 0
                : (gap > 0) == (polarity == Polarity.HIGHER_BETTER) ? 1 : -1;
        String amount = number(Math.abs(gap)) + (unit.equals("%") ? (Math.abs(gap) == 1 ? " percentage point" : " percentage points")
                : unit.isBlank() ? "" : " " + unit);
        String where = gap == 0 ? "level with " + name(q.scope()) : amount + (gap > 0 ? " above " : " below ") + name(q.scope());
        String verdict = judgement > 0 ? "better" : judgement < 0 ? "worse" : gap == 0 ? "same" : "neither better nor worse";
        return new ComparatorGap(q.scope(), q.periodEnd(), q.value(), gap, judgement, where + ", " + verdict);
    }

    /** The comparator as a sentence names it. */
    public static String name(String scope) {
        return switch (scope) {
            case "england" -> "England";
            case "region" -> "the region";
            case "neighbours" -> "statistical neighbours";
            default -> scope;
        };
    }

    private static final ThreadLocal<DecimalFormat> TWO_DECIMALS = UkNumbers.format("#,##0.##");

    private static String number(double v) {
        return TWO_DECIMALS.get().format(v);
    }
}
