package dev.yardstick.catalogue;

import java.util.List;
import java.util.Map;

/**
 * The abbreviations English councils use for the things they measure, written out so that a
 * measure named both ways lands in one provisional series: "statutory CiC visits" and "statutory
 * children in care visits", "HB claims" and "Housing Benefit claims". Only terms of art of local
 * government reporting (children's services, revenues and benefits, housing, workforce) whose
 * short form is never an ordinary word.
 */
final class Abbreviations {

    private static final Map<String, List<String>> WRITTEN_OUT = Map.ofEntries(
            Map.entry("cic", List.of("children", "in", "care")),
            Map.entry("lac", List.of("looked", "after", "children")),
            Map.entry("cla", List.of("looked", "after", "children")),
            Map.entry("cp", List.of("child", "protection")),
            Map.entry("cin", List.of("children", "in", "need")),
            Map.entry("icpc", List.of("initial", "child", "protection", "conference")),
            Map.entry("send", List.of("special", "educational", "needs")),
            Map.entry("sen", List.of("special", "educational", "needs")),
            Map.entry("ehcp", List.of("education", "health", "care", "plan")),
            Map.entry("ehcps", List.of("education", "health", "care", "plans")),
            Map.entry("ehc", List.of("education", "health", "care")),
            Map.entry("hb", List.of("housing", "benefit")),
            Map.entry("cts", List.of("council", "tax", "support")),
            Map.entry("ctr", List.of("council", "tax", "reduction")),
            Map.entry("nndr", List.of("business", "rates")),
            Map.entry("foi", List.of("freedom", "of", "information")),
            Map.entry("foia", List.of("freedom", "of", "information")),
            Map.entry("asb", List.of("anti", "social", "behaviour")),
            Map.entry("dfg", List.of("disabled", "facilities", "grant")),
            Map.entry("dfgs", List.of("disabled", "facilities", "grants")),
            Map.entry("hmo", List.of("houses", "in", "multiple", "occupation")),
            Map.entry("hmos", List.of("houses", "in", "multiple", "occupation")),
            Map.entry("fte", List.of("full", "time", "equivalent")),
            Map.entry("dtoc", List.of("delayed", "transfers", "of", "care")));

    private Abbreviations() {
    }

    /** The words an abbreviation stands for, lower case; the word itself when it is none. */
    static List<String> writtenOut(String lowerWord) {
        return WRITTEN_OUT.getOrDefault(lowerWord, List.of(lowerWord));
    }
}
