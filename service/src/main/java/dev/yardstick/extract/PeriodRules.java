package dev.yardstick.extract;

import dev.yardstick.document.FinancialQuarter;
import dev.yardstick.document.ReportingPeriod;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one place that decides the period of each value of a sentence, by named rules tried in
 * order (the conventions of the labelled corpora):
 * <ol>
 *   <li>{@link Rule#OWN_PHRASE}: a time phrase of the value's own ("512 in 2021/22", "(480 at 31
 *       March)", "the year before"), or one framing its sentence ("Looking back at 2022/23, ...");
 *       a phrase that belongs to another value ("2,882 against ..., up from 2,358 in 2009/10") is
 *       not the value's own;</li>
 *   <li>{@link Rule#COMPARED_VALUE}: a target or comparator stated against a value shares its
 *       period ("87.5% against a target of 90%", "107, well above the national average of 59");</li>
 *   <li>{@link Rule#CONTINUED_SENTENCE}: a sentence that continues the previous one ("That is a
 *       rate of ...", "Of these, ...") shares its period;</li>
 *   <li>{@link Rule#ROW_FRAME}: a framing phrase earlier in the row still holds;</li>
 *   <li>{@link Rule#STANDING_TARGET}: an undated target is for the current financial year;</li>
 *   <li>{@link Rule#REPORT_QUARTER}: the quarter the update reports on.</li>
 * </ol>
 * The earlier side of a transition ("from 103 to 107") is dated last, by {@link EarlierSide}.
 */
final class PeriodRules {

    enum Rule { OWN_PHRASE, YEAR_BEFORE, COMPARED_VALUE, CONTINUED_SENTENCE, ROW_FRAME, STANDING_TARGET, REPORT_QUARTER, TRANSITION }

    record Dated(ReportingPeriod period, Rule rule) {
        boolean byText() {
            return rule != Rule.REPORT_QUARTER && rule != Rule.STANDING_TARGET;
        }
    }


    private static final java.util.regex.Pattern POINTING_CLAUSE = java.util.regex.Pattern.compile(
            "(?i)[,;]\\s*(?:and|but|while|whilst)?\\s*(?:those|these|they|which)\\b");

    private PeriodRules() {
    }

    static Dated[] decide(SentenceFacts f, RowContext row, FinancialQuarter quarter) {
        int n = f.found().size();
        Dated[] dated = new Dated[n];
        int[] owner = PhraseOwners.of(f);
        for (int i = 0; i < n; i++) {
            if (!f.isFrom(i)) {
                dated[i] = ownPhrase(f, i, owner, dated, quarter);
            }
        }
        for (int i = 0; i < n; i++) {
            if (dated[i] == null && !f.isFrom(i) && !f.isCompared(i)) {
                dated[i] = fallback(f, row, quarter, false);
            }
        }
        for (int i = 0; i < n; i++) {
            if (dated[i] == null && !f.isFrom(i)) {
                Dated compared = comparedValue(f, i, dated);
                dated[i] = compared != null ? compared : fallback(f, row, quarter, f.intent(i) == Kind.TARGET);
            }
        }
        for (int i = 0; i < n; i++) {
            if (f.isFrom(i)) {
                dated[i] = EarlierSide.of(f, i, owner, dated);
            }
        }
        for (int i = 0; i < n; i++) {
            if (dated[i].rule() == Rule.YEAR_BEFORE) {
                dated[i] = yearBefore(f, i, dated);
            }
        }
        return dated;
    }

    private static Dated ownPhrase(SentenceFacts f, int i, int[] owner, Dated[] dated, FinancialQuarter quarter) {
        List<TimeMention> usable = new java.util.ArrayList<>();
        for (int k = 0; k < f.mentions().size(); k++) {
            int o = owner[k];
            boolean asidesOwn = o >= 0 && o != i && f.inBrackets(o) && !f.inBrackets(i); // "(against 82.7% for the week commencing 1 July)"
            boolean earlierSidesOwn = o >= 0 && o != i && f.isFrom(o); // "from 42% in Quarter 1 to 45%": Quarter 1 is 42%'s
            if (!f.datesNothing(k) && (o < 0 || o == i || !f.contrasted(i, o) || PhraseOwners.opensWhenClauseOf(f, k, i))
                    && !(o != i && f.isReferenceOfComparison(k)) && !asidesOwn && !earlierSidesOwn) {
                usable.add(f.mentions().get(k));
            }
        }
        TimeMention m = ownedBy(f, owner, i);
        if (m == null && PhraseOwners.hostOfAside(f, i) >= 0) {
            m = ownedBy(f, owner, PhraseOwners.hostOfAside(f, i)); // "71% (42 of 59) in 2017/18": the count is the share's, of its year
        }
        if (m == null) {
            Quantity q = f.found().get(i).quantity();
            boolean framed = f.framing() != null;
            // under a framing phrase, "year-end" means the framed year's end, not the report's
            List<TimeMention> inClause = usable.stream().filter(t -> PeriodChooser.sameClause(f.sentence(), q, t)
                    && !(framed && t.role() == TimeMention.Role.FULL_YEAR)).toList();
            m = PeriodChooser.choose(f.sentence(), f.found(), i, inClause);
        }
        if (m == null && f.framing() != null && f.framing().role() == TimeMention.Role.SINCE && !f.isCompared(i)) {
            m = f.framing(); // "Since April, 120 homes have been delivered": from then to now, the year to date
        }
        if (m == null && f.nowInClause(i)) {
            return new Dated(quarter.period(), Rule.OWN_PHRASE); // "performance has improved to 5.8%"
        }
        if (m == null) {
            TimeMention framing = f.framing();
            Quantity q = f.found().get(i).quantity();
            m = framing != null && !f.isCompared(i) ? framing : PeriodChooser.choose(f.sentence(), f.found(), i,
                    usable.stream().filter(t -> !inLaterClauseAboutOthers(f.sentence(), q, t)).toList());
        }
        if (m == null) {
            return null;
        }
        if (f.isCompared(i) && PeriodChooser.inAnotherClause(f.sentence(), f.found().get(i).quantity(), m) && owner[f.mentions().indexOf(m)] != i) {
            return null; // "87.5% against a target of 90%, ... an improvement on Q1": Q1 dates the improvement, not the target
        }
        if (m.role() == TimeMention.Role.AGO && i > 0) {
            // "78.6% in Q1 compared to 80.5% in the same quarter last year": a year before the value compared
            // with, known only once every other value is dated (see yearBefore)
            return new Dated(m.period(), Rule.YEAR_BEFORE);
        }
        return new Dated(m.period(), Rule.OWN_PHRASE);
    }

    /**
     * "31.80% (target 30%; 29.61% the year before)", "down from 84% of 7,072 the year before": a
     * year before the nearest earlier value that is neither a target nor the earlier side of
     * another comparison.
     */
    private static Dated yearBefore(SentenceFacts f, int i, Dated[] dated) {
        for (int j = i - 1; j >= 0; j--) {
            if (f.isReference(j) && dated[j].rule() != Rule.YEAR_BEFORE) {
                return new Dated(dated[j].period().minusYears(1), Rule.YEAR_BEFORE);
            }
        }
        for (int j = i - 1; j >= 0; j--) {
            // "the target for the end of June was 2.44 and the figure for the same period last year was 1.84"
            if (!f.found().get(j).quantity().isChange() && dated[j].rule() != Rule.YEAR_BEFORE) {
                return new Dated(dated[j].period().minusYears(1), Rule.YEAR_BEFORE);
            }
        }
        return new Dated(dated[i].period(), Rule.OWN_PHRASE);
    }

    /**
     * "3 are Amber and 10 are Red, and those 10 are expected to be behind target at the year end":
     * a later clause that opens by pointing back has its own time phrase.
     */
    private static boolean inLaterClauseAboutOthers(String s, Quantity q, TimeMention m) {
        return m.start() >= q.end() && POINTING_CLAUSE.matcher(s).region(q.end(), m.start()).find();
    }

    private static TimeMention ownedBy(SentenceFacts f, int[] owner, int i) {
        for (int k = 0; k < owner.length; k++) {
            if (owner[k] == i && !f.datesNothing(k)) {
                return f.mentions().get(k);
            }
        }
        return null;
    }

    /**
     * A comparator shares the period of the value it is set against (the nearest one before it,
     * else after it); a target set against a value is the standing aim for that value's financial
     * year ("88.1% in Quarter 1, below the target of 90%": 90% for the year).
     */
    private static Dated comparedValue(SentenceFacts f, int i, Dated[] dated) {
        Dated listed = comparatorListedAfter(f, i, dated);
        if (listed != null) {
            return listed;
        }
        // "a rate of 83.8% (against 82.7% for the week commencing 1 July), below the BCU average of 84.96%": the
        // comparator is set against the sentence's value, not an earlier one quoted in brackets
        ReportingPeriod reference = referenceFor(f, i, dated, !f.inBrackets(i));
        if (reference == null) {
            reference = referenceFor(f, i, dated, false);
        }
        if (reference == null) {
            return null;
        }
        if (f.intent(i) == Kind.TARGET) {
            reference = FinancialQuarter.containing(reference.end()).financialYear();
        }
        return new Dated(reference, Rule.COMPARED_VALUE);
    }

    /**
     * "below the England rate of 70.0 at 31 March 2022 and well below the 92.0 of our statistical
     * neighbours": a comparator listed after another that its text dated is of the same date.
     */
    private static Dated comparatorListedAfter(SentenceFacts f, int i, Dated[] dated) {
        Scope scope = f.scopes()[i];
        if (scope == Scope.OWN || scope == Scope.SUBGROUP) {
            return null;
        }
        for (int j = i - 1; j >= 0; j--) {
            Scope before = f.scopes()[j];
            if (before == Scope.OWN || before == Scope.SUBGROUP) {
                return null;
            }
            if (dated[j] != null && dated[j].rule() == Rule.OWN_PHRASE && before != scope) {
                return new Dated(dated[j].period(), Rule.COMPARED_VALUE);
            }
        }
        return null;
    }

    private static ReportingPeriod referenceFor(SentenceFacts f, int i, Dated[] dated, boolean skipBracketed) {
        for (int j = i - 1; j >= 0; j--) {
            if (f.isReference(j) && dated[j] != null && !(skipBracketed && f.inBrackets(j))) {
                return dated[j].period();
            }
        }
        for (int j = i + 1; j < dated.length; j++) {
            if (f.isReference(j) && dated[j] != null && !(skipBracketed && f.inBrackets(j))) {
                return dated[j].period();
            }
        }
        return null;
    }

    private static Dated fallback(SentenceFacts f, RowContext row, FinancialQuarter quarter, boolean target) {
        if (f.speaksOfNow()) {
            return target ? new Dated(quarter.financialYear(), Rule.STANDING_TARGET) : new Dated(quarter.period(), Rule.REPORT_QUARTER);
        }
        boolean previousNamedOne = row.previous() != null && !row.previous().equals(quarter.period());
        if (previousNamedOne && (f.continuesPrevious() || row.previousInParagraph())) {
            return new Dated(row.previous(), Rule.CONTINUED_SENTENCE); // a sentence about the report's quarter passes on nothing more
        }
        if (row.frame() != null) {
            return new Dated(row.frame(), Rule.ROW_FRAME);
        }
        if (target) {
            return new Dated(quarter.financialYear(), Rule.STANDING_TARGET);
        }
        return new Dated(quarter.period(), Rule.REPORT_QUARTER);
    }
}
