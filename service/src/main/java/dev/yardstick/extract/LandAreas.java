package dev.yardstick.extract;

import java.util.List;
import java.util.Set;

/**
 * A place's land area, which fact sheets and profiles give as its geography, not as a measurement:
 * "the Island has an area of 146.8 sq miles (38.016 hectares, or 380.16 km2)", "the District
 * covers 57,600 hectares", "948 sq km" alone on a line. Land reclaimed or planted ("43 hectares of
 * derelict land brought back into use") is measured and stays. Part of {@link NumberContext}.
 */
final class LandAreas {

    private static final Set<String> UNITS = Set.of("sq", "square", "km2", "km²", "hectares", "hectare", "ha", "acres", "acre");
    private static final Set<String> COVERING = Set.of("covers", "covering", "covered", "cover", "spans", "spanning");
    /** How far before the area a verb of covering may stand: "covers approx. 1,245 sq km". */
    private static final int COVER_REACH = 4;

    private LandAreas() {
    }

    /** Whether the number from token {@code i} to {@code last} is a place's land area. */
    static boolean at(List<Token> t, int i, int last) {
        if (!areaUnit(t, last + 1)) {
            return false;
        }
        if (i == 0 && endsAfterUnit(t, last + 1)) {
            return true; // "948 sq km": a fact sheet's cell
        }
        if (word(t, i - 1, "of") && word(t, i - 2, "area")) {
            return true; // "has an area of 146.8 sq miles"
        }
        if (word(t, i - 1, "(") && (areaUnit(t, i - 2) || areaUnit(t, i - 3))) {
            return true; // "146.8 sq miles (38.016 hectares": the same area in another unit
        }
        if (word(t, i - 1, "or") && word(t, i - 2, ",")) {
            return true; // "(38.016 hectares, or 380.16 km2)"
        }
        for (int k = i - 1; k >= Math.max(0, i - COVER_REACH); k--) {
            if (t.get(k).isWord() && COVERING.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean areaUnit(List<Token> t, int k) {
        if (k < 0 || k >= t.size() || !t.get(k).isWord()) {
            return false;
        }
        String w = t.get(k).lower();
        if (w.equals("sq") || w.equals("square")) {
            return k + 1 < t.size() && t.get(k + 1).isWord()
                    && (t.get(k + 1).lower().startsWith("mi") || t.get(k + 1).lower().startsWith("k") || t.get(k + 1).is("m"));
        }
        return UNITS.contains(w) || w.equals("km") && k + 1 < t.size() && !t.get(k + 1).spaced() && t.get(k + 1).is("2");
    }

    /** The unit's words end the sentence: "948 sq km", "342 square miles". */
    private static boolean endsAfterUnit(List<Token> t, int unit) {
        int k = unit + 1;
        while (k < t.size() && t.get(k).isWord() && k <= unit + 1) {
            k++;
        }
        return k >= t.size() || t.get(k).is(".");
    }

    private static boolean word(List<Token> t, int k, String w) {
        return k >= 0 && k < t.size() && t.get(k).is(w);
    }
}
