package dev.yardstick.corpus;

import dev.yardstick.catalogue.MatchedObservation;
import dev.yardstick.extract.Observation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The reference scoring rule of the labelled corpora (the development corpus's {@code score.py},
 * {@code --exhaustive}): a gold observation is found when an output observation of the same
 * document has its sentence (whitespace and case folded, either inside the other), a value within
 * 0.5 %, the same kind and a period end within 45 days; each output counts once. Precision is
 * found over all outputs; a non-measurement is emitted when an unmatched output in its sentence
 * carries one of its numbers.
 */
record CorpusScore(int found, int gold, int outputs, int nonMeasurementsEmitted, int nonMeasurements, List<String> missed,
                   Identity identity) {

    /**
     * The reference rule's {@code --identity} figures over the found values: the share of the
     * council's own that carry an indicator, and whether indicators group values as the gold does
     * (pairs of found values: sharing a gold indicator, sharing a non-null output indicator).
     */
    record Identity(int own, int ownNamed, double groupingPrecision, double groupingRecall, double councilPrecision,
                    double councilRecall) {

        double named() {
            return ownNamed / (double) Math.max(1, own);
        }

        static Identity of(List<Map.Entry<JsonNode, MatchedObservation>> pairs) {
            int own = 0;
            int named = 0;
            for (var p : pairs) {
                String scope = p.getKey().has("scope") ? p.getKey().get("scope").asString() : "local";
                if ("local".equals(scope)) {
                    own++;
                    named += p.getValue().indicatorId() == null ? 0 : 1;
                }
            }
            double[] all = grouping(pairs, false);
            double[] council = grouping(pairs, true);
            return new Identity(own, named, all[0], all[1], council[0], council[1]);
        }

        /**
         * Pairwise grouping precision and recall; with {@code sameCouncil}, only over pairs from one
         * council's documents (a set's documents are scored as one organisation, while in use each
         * council is its own, so pairs across councils say nothing a user would see).
         */
        private static double[] grouping(List<Map.Entry<JsonNode, MatchedObservation>> pairs, boolean sameCouncil) {
            long sameGold = 0;
            long shared = 0;
            long both = 0;
            for (int i = 0; i < pairs.size(); i++) {
                for (int j = i + 1; j < pairs.size(); j++) {
                    JsonNode gi = pairs.get(i).getKey();
                    JsonNode gj = pairs.get(j).getKey();
                    if (sameCouncil && !council(gi).equals(council(gj))) {
                        continue;
                    }
                    boolean sg = gi.get("indicator").asString().equals(gj.get("indicator").asString());
                    String a = pairs.get(i).getValue().indicatorId();
                    boolean so = a != null && a.equals(pairs.get(j).getValue().indicatorId());
                    sameGold += sg ? 1 : 0;
                    shared += so ? 1 : 0;
                    both += sg && so ? 1 : 0;
                }
            }
            return new double[] {shared == 0 ? 0 : both / (double) shared, sameGold == 0 ? 0 : both / (double) sameGold};
        }

        /** "elmbridge-2019-20-q1" is Elmbridge's; a document named without a year ("h01") is its own council. */
        private static String council(JsonNode gold) {
            return gold.get("doc").asString().split("-(19|20)\\d\\d")[0];
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "own values with an indicator %d/%d = %.3f; grouping pairwise precision %.3f recall %.3f"
                    + " (within one council %.3f / %.3f)", ownNamed, own, named(), groupingPrecision, groupingRecall, councilPrecision,
                    councilRecall);
        }
    }

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5));
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
    private static final Pattern WORD = Pattern.compile("[a-z]+");

    double recall() {
        return found / (double) Math.max(1, gold);
    }

    double precision() {
        return found / (double) Math.max(1, outputs);
    }

    /**
     * @param outputs     per document code, what Yardstick extracted
     * @param observations gold observations
     * @param nonMeasurements gold non-measurements
     */
    static CorpusScore of(Map<String, List<MatchedObservation>> outputs, List<JsonNode> observations, List<JsonNode> nonMeasurements) {
        Set<Observation> used = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Map.Entry<JsonNode, MatchedObservation>> pairs = new ArrayList<>();
        int found = 0;
        List<String> missed = new ArrayList<>();
        for (JsonNode g : observations) {
            String sentence = fold(g.get("sentence").asString());
            double value = g.get("value").asDouble();
            LocalDate end = date(g.get("period_end"));
            boolean hit = false;
            for (MatchedObservation m : outputs.getOrDefault(g.get("doc").asString(), List.of())) {
                Observation o = m.observation();
                String theirs = fold(o.sentence());
                if (used.contains(o) || theirs.isEmpty() || !(theirs.contains(sentence) || sentence.contains(theirs))
                        || !close(o.quantity().value(), value, 0.05) || !o.kind().id().equals(g.get("kind").asString())
                        || end != null && Math.abs(ChronoUnit.DAYS.between(o.period().end(), end)) > 45) {
                    continue;
                }
                used.add(o);
                pairs.add(Map.entry(g, m));
                hit = true;
                break;
            }
            if (hit) {
                found++;
            } else {
                missed.add(g.get("doc").asString() + " " + value + " " + g.get("kind").asString() + " " + end + " \""
                        + g.get("sentence").asString().substring(0, Math.min(70, g.get("sentence").asString().length())) + "\"");
            }
        }
        int emitted = 0;
        for (JsonNode n : nonMeasurements) {
            String sentence = fold(n.get("sentence").asString());
            List<Double> numbers = numbersIn(n.get("text").asString());
            for (MatchedObservation m : outputs.getOrDefault(n.get("doc").asString(), List.of())) {
                Observation o = m.observation();
                if (!used.contains(o) && fold(o.sentence()).contains(sentence)
                        && numbers.stream().anyMatch(x -> close(o.quantity().value(), x, 1e-9))) {
                    used.add(o);
                    emitted++;
                    break;
                }
            }
        }
        Set<String> docs = new java.util.HashSet<>();
        observations.forEach(g -> docs.add(g.get("doc").asString()));
        int all = docs.stream().mapToInt(d -> outputs.getOrDefault(d, List.of()).size()).sum();
        return new CorpusScore(found, observations.size(), all, emitted, nonMeasurements.size(), missed, Identity.of(pairs));
    }

    static String fold(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static boolean close(double a, double b, double tolerance) {
        return Math.abs(a - b) <= Math.max(Math.max(tolerance, 0.005 * Math.abs(b)), 1e-9);
    }

    private static LocalDate date(JsonNode n) {
        if (n == null || n.isNull() || n.asString().isBlank()) {
            return null;
        }
        return LocalDate.parse(n.asString().substring(0, 10));
    }

    private static List<Double> numbersIn(String text) {
        List<Double> out = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher m = NUMBER.matcher(lower);
        while (m.find()) {
            out.add(Double.parseDouble(m.group().replace(",", "")));
        }
        Matcher w = WORD.matcher(lower);
        while (w.find()) {
            Integer v = WORDS.get(w.group());
            if (v != null) {
                out.add(v.doubleValue());
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "recall %d/%d = %.3f; precision %d/%d = %.3f; non-measurements emitted %d/%d",
                found, gold, recall(), found, outputs, precision(), nonMeasurementsEmitted, nonMeasurements);
    }
}
