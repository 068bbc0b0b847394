package dev.yardstick.extract;

import dev.yardstick.document.FinancialQuarter;
import dev.yardstick.document.ReportingPeriod;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The levels stated changes imply (the conventions' derived values): "rose by 10% to 550" gives
 * 500 for the earlier period, "12.5%, which is 2.5% above target" gives the target of 10, and
 * "That is 2% points above the national average", after a sentence giving 77%, gives England's 75.
 */
final class ImpliedLevels {

    private static final Pattern TO_BEFORE = IntentsCarried.TO_BEFORE;

    private final PolarityHint polarity;

    ImpliedLevels(PolarityHint polarity) {
        this.polarity = polarity;
    }

    /**
     * The value a change implies, from the level it led to: in its sentence, else, for a sentence
     * that continues the one before ("That is 2.24 days fewer than the year before"), that
     * sentence's own value.
     */
    Observation of(SentenceFacts facts, int changeIndex, ReportingPeriod[] periods, RowContext row,
                   ReportingPeriod comparedBefore, String heading, Provenance provenance) {
        String s = facts.sentence();
        List<Found> found = facts.found();
        int j = levelFor(s, found, changeIndex);
        RowContext.Level level = j >= 0 ? new RowContext.Level(found.get(j).quantity(), periods[j], facts.scopes()[j])
                : facts.continuesPrevious() && stated(row.previousLevel()) ? row.previousLevel() : null;
        if (level == null) {
            return null;
        }
        Quantity change = found.get(changeIndex).quantity();
        Change.Direction direction = change.change().direction();
        if (direction == Change.Direction.BETTER || direction == Change.Direction.WORSE) {
            Observation levelObservation = new Observation(level.quantity(), Kind.ACTUAL, level.scope(), level.period(), s, heading, provenance, null);
            direction = resolve(direction, polarity.of(levelObservation));
            if (direction == null) {
                return null;
            }
        }
        CountedAgainst.Reference reference = CountedAgainst.read(s, change.end(), facts.mentions());
        ChangeDeriver.Derived d;
        Scope scope = level.scope();
        if (reference != null) {
            if (facts.states(reference)) {
                return null;
            }
            d = ChangeDeriver.valueFor(change, direction, level.quantity(), level.period(),
                    reference.period() != null ? reference.period() : reference.target() ? standing(level.period()) : level.period());
            scope = reference.target() ? level.scope() : reference.scope();
        } else {
            d = ChangeDeriver.derive(s, change, direction, level.quantity(), level.period(), facts.mentions(), comparedBefore);
        }
        return d == null ? null : new Observation(d.quantity(), Kind.DERIVED, scope, d.period(), s, heading, provenance, d.derivation());
    }

    /**
     * The period of a target a value is said to beat or miss without naming it: a standing aim is
     * the financial year's (the conventions), unless the value itself spans more than that year.
     */
    private static ReportingPeriod standing(ReportingPeriod levelPeriod) {
        ReportingPeriod year = FinancialQuarter.containing(levelPeriod.end()).financialYear();
        return year.start().isAfter(levelPeriod.start()) ? levelPeriod : year;
    }

    /** A level said as itself, or nearly: "over eight and a half million" bounds a value without giving it. */
    private static boolean stated(RowContext.Level level) {
        return level != null && switch (level.quantity().qualifier()) {
            case OVER, UNDER, UP_TO, AT_LEAST -> false;
            default -> true;
        };
    }

    /**
     * The one value of the council's own the sentence reports as measured, for a sentence continuing
     * it; null when it reports none or several ("fell below nine million ..., though still over
     * eight and a half million. That was a drop of 5.6%": which one dropped is not said).
     */
    static RowContext.Level ownLevel(SentenceFacts facts, Kind[] kinds, ReportingPeriod[] periods) {
        RowContext.Level one = null;
        for (int i = 0; i < kinds.length; i++) {
            if (facts.isReference(i) && kinds[i] == Kind.ACTUAL) {
                if (one != null) {
                    return null;
                }
                one = new RowContext.Level(facts.found().get(i).quantity(), periods[i], facts.scopes()[i]);
            }
        }
        return one;
    }

    /** "Better" is up where higher is better and down where lower is better; null when unknown. */
    private static Change.Direction resolve(Change.Direction stated, PolarityHint.Direction polarity) {
        if (polarity == PolarityHint.Direction.UNKNOWN) {
            return null;
        }
        boolean better = stated == Change.Direction.BETTER;
        boolean higherIsBetter = polarity == PolarityHint.Direction.HIGHER_IS_BETTER;
        return better == higherIsBetter ? Change.Direction.UP : Change.Direction.DOWN;
    }

    /** The level a change led to: "... to 27.1" after it, else the nearest level before it. */
    private static int levelFor(String s, List<Found> found, int changeIndex) {
        Quantity change = found.get(changeIndex).quantity();
        for (int j = changeIndex + 1; j < found.size(); j++) {
            Quantity q = found.get(j).quantity();
            if (!q.isChange() && found.get(j).role() == Found.Role.LEVEL && q.start() - change.end() < 80
                    && TO_BEFORE.matcher(s.substring(change.end(), q.start())).find()) {
                return j;
            }
        }
        for (int j = changeIndex - 1; j >= 0; j--) {
            if (!found.get(j).quantity().isChange() && found.get(j).role() == Found.Role.LEVEL) {
                return j;
            }
        }
        return -1;
    }
}
