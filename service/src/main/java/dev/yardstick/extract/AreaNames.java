package dev.yardstick.extract;

/**
 * England's regions and the nations named alone, as a figures table heads a comparator's column or
 * row ("London", "West Midlands average", "England"): the comparator they name. Part of
 * {@link ScopeReader}.
 */
final class AreaNames {

    /** England's regions and the nations. */
    private static final java.util.Set<String> AREAS = java.util.Set.of("north east", "north west", "yorkshire and the humber",
            "yorkshire and humber", "east midlands", "west midlands", "east of england", "east", "london", "south east",
            "south west", "england", "wales", "scotland", "great britain", "united kingdom", "uk", "gb", "england and wales");
    /** Longer than any area's name with an "average" or "median" beside it: a label this long names more than an area. */
    private static final int AREA_LABEL_LENGTH = 40;

    /** The scope of a label that names one of England's regions or a nation alone ("West Midlands", "England average"), else null. */
    static Scope scopeOf(String name) {
        if (name.length() > AREA_LABEL_LENGTH) {
            return null;
        }
        String bare = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z ]", " ")
                .replaceAll("\\b(the|average|median|mean|rate|figure|total|overall|value)\\b", " ").replaceAll("\\s+", " ").strip();
        if (!AREAS.contains(bare)) {
            return null;
        }
        return bare.equals("london") || bare.contains("east") || bare.contains("west") || bare.contains("yorkshire")
                ? Scope.REGION : Scope.ENGLAND;
    }

    private AreaNames() {
    }
}
