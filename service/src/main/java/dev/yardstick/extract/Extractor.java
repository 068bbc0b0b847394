package dev.yardstick.extract;

import dev.yardstick.document.FinancialQuarter;
import dev.yardstick.document.ReportingPeriod;
import dev.yardstick.document.UpdateDocument;
import dev.yardstick.document.UpdateRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Extracts every quantity of an update document as a dated, classified observation with its
 * sentence. A pure function of the document: no I/O, no shared state, safe to call from many
 * threads.
 */
public final class Extractor {

    private final PolarityHint polarity;

    /** An extractor that derives "better"/"worse" changes only when told which way is good. */
    public Extractor(PolarityHint polarity) {
        this.polarity = polarity;
    }

    /** An extractor without polarity knowledge: "better"/"worse" changes stay underived. */
    public Extractor() {
        this(PolarityHint.NONE);
    }

    private static final Pattern TO_BEFORE = Pattern.compile("(?i)\\bto\\s*$");

    public List<Observation> extract(UpdateDocument document) {
        TemporalScanner times = new TemporalScanner(document.quarter());
        List<Observation> all = new ArrayList<>();
        for (UpdateRow row : document.rows()) {
            all.addAll(extractRow(document, row, times));
        }
        return all;
    }

    private List<Observation> extractRow(UpdateDocument doc, UpdateRow row, TemporalScanner times) {
        // the same value said twice in one sentence is one observation; across sentences the
        // catalogue decides (a matched indicator value is kept once per row)
        Map<String, Observation> unique = new LinkedHashMap<>();
        Provenance commitment = new Provenance(doc.source(), doc.organisation(), row.line(), row.theme(),
                row.accountability(), row.director(), true);
        Provenance update = new Provenance(doc.source(), doc.organisation(), row.line(), row.theme(),
                row.accountability(), row.director(), false);
        for (String sentence : SentenceSplitter.split(row.accountability())) {
            sentence(doc.quarter(), sentence, "", List.of(), commitment, times, unique);
        }
        String heading = "";
        List<TimeMention> leadIn = List.of();
        for (String paragraph : row.paragraphs()) {
            if (isHeading(paragraph)) {
                heading = paragraph;
                leadIn = List.of();
                continue;
            }
            for (String sentence : SentenceSplitter.split(paragraph)) {
                List<TimeMention> mentions = sentence(doc.quarter(), sentence, heading, leadIn, update, times, unique);
                if (sentence.endsWith(":")) {
                    leadIn = mentions;
                } else if (sentence.endsWith(".")) {
                    leadIn = List.of();
                }
            }
        }
        return new ArrayList<>(unique.values());
    }

    private List<TimeMention> sentence(FinancialQuarter quarter, String s, String heading, List<TimeMention> leadIn,
                                       Provenance provenance, TemporalScanner times, Map<String, Observation> out) {
        if (!mayHoldNumber(s)) {
            return List.of();
        }
        List<TimeMention> mentions = times.scan(s);
        List<Found> found = QuantityScanner.scan(s, mentions);
        if (found.isEmpty()) {
            return mentions;
        }
        ReportingPeriod[] periods = new ReportingPeriod[found.size()];
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).role() != Found.Role.FROM) {
                periods[i] = periodOf(s, found, i, mentions, leadIn, quarter, periods);
            }
        }
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).role() == Found.Role.FROM) {
                TimeMention own = ownDate(s, found.get(i).quantity(), mentions);
                periods[i] = own != null ? own.period() : fromPeriod(mentions, periods[found.get(i).partner()]);
            }
        }
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            Quantity q = f.quantity();
            String clause = KindClassifier.clause(s, q.start(), q.end());
            String lead = KindClassifier.lead(s, q.start(), i == 0 ? 0 : found.get(i - 1).quantity().end());
            Kind kind = KindClassifier.classify(s, clause, lead, f, periods[i], quarter, provenance.fromAccountability());
            ReportingPeriod period = periods[i];
            if (kind == Kind.FORECAST && has(mentions, TimeMention.Role.FULL_YEAR)) {
                period = quarter.financialYear();
            }
            put(out, new Observation(q, kind, period, s, heading, provenance, null));
            if (q.isChange()) {
                derive(s, found, i, periods, mentions, heading, provenance, out);
            }
        }
        return mentions;
    }

    private static ReportingPeriod periodOf(String s, List<Found> found, int i, List<TimeMention> mentions,
                                            List<TimeMention> leadIn, FinancialQuarter quarter, ReportingPeriod[] periods) {
        TimeMention m = PeriodChooser.choose(s, found, i, mentions);
        if (m != null && i > 0 && periods[i - 1] != null && comparedTarget(s, found, i)
                && PeriodChooser.inAnotherClause(s, found.get(i).quantity(), m)) {
            // "87.5% against a target of 90%, which is ... an improvement on Q1": the target is the
            // one the value before it was measured against, not the later clause's quarter
            return periods[i - 1];
        }
        if (m == null && !leadIn.isEmpty()) {
            m = leadIn.get(0);
        }
        if (m == null) {
            return quarter.period();
        }
        if (m.role() == TimeMention.Role.AGO) {
            // "78.6% in Q1 compared to 80.5% in the same quarter last year": a year before the value compared with
            for (int j = i - 1; j >= 0; j--) {
                if (!found.get(j).quantity().isChange() && periods[j] != null) {
                    return periods[j].minusYears(1);
                }
            }
        }
        return m.period();
    }

    private static final java.util.regex.Pattern AGAINST_TARGET = java.util.regex.Pattern.compile(
            "(?i)\\b(against|versus|vs\\.?|compared\\s+(?:with|to))\\s+(?:a|an|the|our)?\\s*(?:\\w+\\s+)?(target|goal|ambition)\\s+(?:of\\s+)?$");

    /** The value is the target another value in the sentence is measured against: "87.5% against a target of 90%". */
    private static boolean comparedTarget(String s, List<Found> found, int i) {
        int from = found.get(i - 1).quantity().end();
        int to = found.get(i).quantity().start();
        return from <= to && AGAINST_TARGET.matcher(s.substring(from, to)).find();
    }

    /** What may stand between a value and its own date: "350 in March", "350 at the end of March". */
    private static final java.util.regex.Pattern OWN_DATE_GAP = java.util.regex.Pattern.compile(
            "(?i)((in|at|as at|on|for|during)|((at|by)\\s+)?the\\s+(end|start|beginning)\\s+of)?");

    /** "fell from 23 in September to 17": a date right after the earlier value is its own. */
    private static TimeMention ownDate(String s, Quantity q, List<TimeMention> mentions) {
        for (TimeMention m : mentions) {
            if (m.role() == TimeMention.Role.PERIOD && m.start() >= q.end()
                    && OWN_DATE_GAP.matcher(s.substring(q.end(), m.start()).strip()).matches()) {
                return m;
            }
        }
        return null;
    }

    private static ReportingPeriod fromPeriod(List<TimeMention> mentions, ReportingPeriod toPeriod) {
        for (TimeMention m : mentions) {
            if (m.role() == TimeMention.Role.CHANGE_SPAN) {
                return m.from();
            }
        }
        return toPeriod.preceding();
    }

    private void derive(String s, List<Found> found, int changeIndex, ReportingPeriod[] periods, List<TimeMention> mentions,
                        String heading, Provenance provenance, Map<String, Observation> out) {
        int level = levelFor(s, found, changeIndex);
        if (level < 0) {
            return;
        }
        Quantity change = found.get(changeIndex).quantity();
        Quantity levelQuantity = found.get(level).quantity();
        Change.Direction direction = change.change().direction();
        if (direction == Change.Direction.BETTER || direction == Change.Direction.WORSE) {
            Observation levelObservation = new Observation(levelQuantity, Kind.ACTUAL, periods[level], s, heading, provenance, null);
            direction = resolve(direction, polarity.of(levelObservation));
            if (direction == null) {
                return;
            }
        }
        ChangeDeriver.Derived d = ChangeDeriver.derive(s, change, direction, levelQuantity, periods[level], mentions);
        if (d != null) {
            put(out, new Observation(d.quantity(), Kind.DERIVED, d.period(), s, heading, provenance, d.derivation()));
        }
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

    private static void put(Map<String, Observation> out, Observation o) {
        String key = o.quantity().value() + "|" + o.quantity().unit().measure() + "|" + o.quantity().isChange() + "|" + o.kind() + "|" + o.period().start()
                + "|" + o.period().end() + "|" + o.provenance().fromAccountability() + "|" + o.sentence();
        out.putIfAbsent(key, o);
    }

    private static boolean mayHoldNumber(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && !Character.isLetter(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < s.length() && Character.isLetter(s.charAt(i))) {
                i++;
            }
            int length = i - start;
            if (length >= 3 && length <= 9 && "tfsenhdTFSENHD".indexOf(s.charAt(start)) >= 0 && NumberWords.isAt(s, start, length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(List<TimeMention> mentions, TimeMention.Role role) {
        return mentions.stream().anyMatch(m -> m.role() == role);
    }

    /** A short title-like paragraph ("Teen pregnancy", "Creative Enterprise Zone") heads what follows. */
    private static boolean isHeading(String p) {
        if (p.length() > 60 || p.isEmpty() || !Character.isUpperCase(p.charAt(0))) {
            return false;
        }
        char end = p.charAt(p.length() - 1);
        return Character.isLetter(end) && p.chars().noneMatch(Character::isDigit) && p.split(" ").length <= 6;
    }
}
