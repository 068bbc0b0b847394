package dev.yardstick.extract;

import java.util.Locale;

/**
 * Whose value an observation is: the council's own, or a comparator or breakdown the update quotes
 * beside it. Only {@link #OWN} values belong on the council's own series.
 */
public enum Scope {
    /** The council's own value. */
    OWN,
    /** England or national: "the national average of 59", "England 28.1%". */
    ENGLAND,
    /** The region: "the regional average of 65.7%", "the London average". */
    REGION,
    /** Statistical neighbours, family or CIPFA group, similar authorities. */
    NEIGHBOURS,
    /** A breakdown of the council's own value: an age band, a deprivation quintile, a ward, a cohort. */
    SUBGROUP,
    /** A comparator of another kind: a named authority, a survey average. */
    OTHER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isOwn() {
        return this == OWN;
    }

    /** The scope named by {@link #id()}; unknown names are refused. */
    public static Scope of(String id) {
        return valueOf(id.strip().toUpperCase(Locale.ROOT));
    }
}
