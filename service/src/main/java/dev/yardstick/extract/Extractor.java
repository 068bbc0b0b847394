package dev.yardstick.extract;

import dev.yardstick.document.FinancialQuarter;
import dev.yardstick.document.ReportingPeriod;
import dev.yardstick.document.UpdateDocument;
import dev.yardstick.document.UpdateRow;
import java.time.LocalDate;
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

    private final ImpliedLevels implied;

    /** An extractor that derives "better"/"worse" changes only when told which way is good. */
    public Extractor(PolarityHint polarity) {
        this.implied = new ImpliedLevels(polarity);
    }

    /** An extractor without polarity knowledge: "better"/"worse" changes stay underived. */
    public Extractor() {
        this(PolarityHint.NONE);
    }

    /** The shortest period a framing phrase must name to frame the paragraphs after it: a quarter. */
    private static final int QUARTER_DAYS = 89;

    public List<Observation> extract(UpdateDocument document) {
        TemporalScanner times = new TemporalScanner(document.quarter());
        List<Observation> all = new ArrayList<>();
        PeriodRows.Place[] places = PeriodRows.of(document.rows(), times);
        for (int r = 0; r < places.length; r++) {
            all.addAll(extractRow(document, document.rows().get(r), places[r], times));
        }
        all.replaceAll(AcademicYears.of(document));
        return all;
    }

    private List<Observation> extractRow(UpdateDocument doc, UpdateRow row, PeriodRows.Place place, TemporalScanner times) {
        // the same value said twice in one sentence is one observation; across sentences the
        // catalogue decides (a matched indicator value is kept once per row)
        Map<SameValue, Observation> unique = new LinkedHashMap<>();
        Provenance commitment = new Provenance(doc.source(), doc.organisation(), row.line(), row.theme(),
                row.accountability(), row.director(), true);
        Provenance update = new Provenance(doc.source(), doc.organisation(), row.line(), row.theme(),
                row.accountability(), row.director(), false);
        ReportingPeriod sourced = SourceLines.periodOf(row, times);
        if (!row.figures().isEmpty()) {
            return FigureRowReader.read(row, doc.quarter(), times, update, place, sourced);
        }
        RowContext accountability = new RowContext();
        for (String sentence : SentenceSplitter.split(row.accountability())) {
            sentence(doc.quarter(), sentence, "", accountability, commitment, times, unique, false);
        }
        String heading = "";
        RowContext context = new RowContext();
        ReportingPeriod outturn = OutturnRows.yearOf(row.theme() + ": " + row.accountability(), times);
        if (outturn != null || sourced != null) {
            // "Revenue outturn 2016/17: Housing Revenue Account": the row reports that year; "Source: Census 2011" that day
            context.framedBy(outturn != null ? outturn : sourced);
        }
        LocalDate[] lists = PeriodList.newestOfLists(row.paragraphs(), times);
        for (int p = 0; p < row.paragraphs().size(); p++) {
            String paragraph = row.paragraphs().get(p);
            if (isHeading(paragraph)) {
                heading = paragraph;
                context.headingStarted();
                continue;
            }
            context.paragraphStarted(row.isListItem(p));
            context.inPeriodList(lists[p]);
            List<String> sentences = SentenceSplitter.split(paragraph);
            for (int k = 0; k < sentences.size(); k++) {
                boolean introduces = k == sentences.size() - 1;
                sentence(doc.quarter(), sentences.get(k), heading, context, update, times, unique, introduces);
            }
        }
        return new ArrayList<>(unique.values());
    }

    private void sentence(FinancialQuarter quarter, String s, String heading, RowContext row,
                          Provenance provenance, TemporalScanner times, Map<SameValue, Observation> out, boolean endsParagraph) {
        row.sentenceStarted();
        if (!NumberPresence.mayHoldNumber(s)) {
            return;
        }
        SentenceText text = new SentenceText(s);
        List<TimeMention> mentions = times.scan(text);
        List<Found> found = QuantityScanner.scan(text, mentions);
        ReportingPeriod comparedBefore = row.comparedFrom();
        row.compares(ChangeDeriver.comparedFrom(s, mentions, s.length()));
        Kind[] intents = new Kind[found.size()];
        for (int i = 0; i < found.size(); i++) {
            Quantity q = found.get(i).quantity();
            int leadFrom = KindClassifier.leadStart(s, q.start(), i == 0 ? 0 : found.get(i - 1).quantity().end());
            // a word after the next value is that value's: "15 of the 23 homes forecast for 2017/18" forecasts the 23 only
            int clauseTo = KindClassifier.clauseEnd(s, q.end());
            if (i + 1 < found.size() && found.get(i + 1).quantity().start() > q.end()) {
                clauseTo = Math.min(clauseTo, found.get(i + 1).quantity().start());
            }
            intents[i] = KindClassifier.intent(s, leadFrom, clauseTo, found.get(i), provenance.fromAccountability());
        }
        IntentsCarried.over(s, found, intents);
        SentenceFacts facts = new SentenceFacts(text, found, mentions, ScopeReader.read(s, found), intents);
        TimeMention framing = facts.framing();
        if (framing != null && (s.endsWith(":") || endsParagraph && framing.period().lengthInDays() >= QUARTER_DAYS)) {
            // a lead-in ("At October 2017, the programme has:") and a framing sentence that closes its paragraph
            // ("Looking back at 2010/11, ...") introduce what follows; an event's month or day closing a paragraph
            // ("In September 2019, a gallery opened") frames nothing beyond it
            row.framedBy(framing.period());
        }
        if (found.isEmpty()) {
            if (framing != null) {
                row.sentenceDated(framing.period());
            }
            return;
        }
        PeriodRules.Dated[] dated = PeriodsReferredBack.apply(facts, PeriodRules.decide(facts, row, quarter), row.periodsNamed());
        Kind[] kinds = new Kind[found.size()];
        for (int i = 0; i < found.size(); i++) {
            kinds[i] = KindClassifier.kind(intents[i], dated[i].period(), quarter, s);
        }
        KindClassifier.earlierSides(facts, dated, kinds, row.previous(), quarter.period());
        String[] labels = new String[found.size()];
        for (int i = 0; i < kinds.length; i++) {
            labels[i] = LabelledValue.label(s, found.get(i).quantity(), provenance);
            if (kinds[i] == Kind.ACTUAL && BudgetVariances.projectedOutturn(facts, i, dated[i], quarter)) {
                kinds[i] = Kind.FORECAST; // "an Adults Social Care overspend of £6.3m" at Quarter 2: where the year is heading
                dated[i] = new PeriodRules.Dated(quarter.financialYear(), dated[i].rule());
            }
            if (kinds[i] == Kind.ACTUAL && dated[i].rule() == PeriodRules.Rule.YEAR_BEFORE) {
                kinds[i] = Kind.PRIOR; // "the same period last year", "the year before": the words make it the earlier side
            }
            boolean earlierInItsList = row.periodListNewest() != null && dated[i].period().end().isBefore(row.periodListNewest());
            if (kinds[i] == Kind.ACTUAL && (earlierInItsList || LabelledValue.earlierSide(s, labels[i]))) {
                kinds[i] = Kind.PRIOR; // "2019/20: 4065 tonnes" above "2021/22: 3289 tonnes"; "Same quarter last year: 128"
            }
        }
        ReportingPeriod[] periods = new ReportingPeriod[found.size()];
        for (int i = 0; i < found.size(); i++) {
            periods[i] = dated[i].period();
        }
        for (int i = 0; i < found.size(); i++) {
            Quantity q = found.get(i).quantity();
            if (q.isChange()) {
                // a change is not a level (the conventions): it only yields the level it implies
                Observation derived = implied.of(facts, i, periods, row, comparedBefore, heading, provenance);
                if (derived != null) {
                    put(out, derived);
                }
                continue;
            }
            ReportingPeriod period = GoalPeriods.of(s, kinds[i], dated[i], mentions, quarter, q.start());
            Observation level = new Observation(q, kinds[i], facts.scopes()[i], period, s, heading, provenance, null, labels[i]);
            put(out, level);
            Observation held = Unchanged.of(facts, i, level);
            if (held != null) {
                put(out, held); // "448 children in care, the same number as at the previous year end"
            }
        }
        row.sentenceLevel(ImpliedLevels.ownLevel(facts, kinds, periods));
        row.periodsNamed(PeriodsReferredBack.named(dated, kinds));
        // a sentence about the report's own period passes that on: "In total 1,033 contacts were logged, against 899 in
        // the previous quarter. Technical Services received 78% of them, ..." speaks of this quarter throughout
        row.sentenceDated(aboutTheReportsPeriod(facts, dated) ? quarter.period() : sentencePeriod(facts, dated));
    }

    /**
     * The period the sentence's text gave its values, for the sentences that continue it: that of
     * its first value of the council's own, else of its first value dated by the text.
     */
    private static ReportingPeriod sentencePeriod(SentenceFacts facts, PeriodRules.Dated[] dated) {
        for (int i = 0; i < dated.length; i++) {
            if (facts.isReference(i) && dated[i].byText() && !facts.found().get(i).quantity().isChange()) {
                return dated[i].period();
            }
        }
        for (int i = 0; i < dated.length; i++) {
            // "Compared with 2011, 8% more pupils reached ...": the period a change is counted from is not the sentence's
            if (dated[i].byText() && !facts.found().get(i).quantity().isChange()) {
                return dated[i].period();
            }
        }
        return null;
    }

    /**
     * The sentence's first value of the council's own took the report's period, no phrase of its
     * own: "1,033 contacts were logged, against 899 in the previous quarter" is about this quarter,
     * though only the value it is set against names a period.
     */
    private static boolean aboutTheReportsPeriod(SentenceFacts facts, PeriodRules.Dated[] dated) {
        for (int i = 0; i < dated.length; i++) {
            if (facts.isReference(i)) {
                return !dated[i].byText();
            }
        }
        return false;
    }

    /** What makes two observations of a row the same value said twice: compared field by field, not as one long string. */
    /**
     * What makes two observations one: the same sentence (a paragraph repeated in a row says it once)
     * and the same figure in it. "21 were green (43%), 21 were amber (43%)" are four statements.
     */
    private record SameValue(double value, Scope scope, Measure measure, boolean change, Kind kind, LocalDate start, LocalDate end,
                             boolean fromAccountability, String sentence, int at) {
        static SameValue of(Observation o) {
            return new SameValue(o.quantity().value(), o.scope(), o.quantity().unit().measure(), o.quantity().isChange(), o.kind(),
                    o.period().start(), o.period().end(), o.provenance().fromAccountability(), o.sentence(), o.quantity().start());
        }
    }

    private static void put(Map<SameValue, Observation> out, Observation o) {
        out.putIfAbsent(SameValue.of(o), o);
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
