package dev.yardstick.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the quantities in one sentence. Numbers that are not measurements (dates and years,
 * which the {@link TemporalScanner} claimed; labels such as "Stage 2"; durations such as
 * "5-year period"; ages such as "under 18"; identifiers such as "A13") are left out.
 */
final class QuantityScanner {

    private final String s;
    private final List<Token> t;
    private final List<TimeMention> times;
    private final List<Found> found = new ArrayList<>();
    private Boolean moneyContext;

    private QuantityScanner(String sentence, List<TimeMention> times) {
        this.s = sentence;
        this.t = Token.tokenize(sentence);
        this.times = times;
    }

    /** "75K of funding" is money; "8K runners" is not. Worked out only when a bare K appears. */
    private boolean moneyContext() {
        if (moneyContext == null) {
            moneyContext = t.stream().anyMatch(k -> k.is("£") || (k.isWord() && Lexicon.MONEY_CONTEXT.contains(k.lower())));
        }
        return moneyContext;
    }

    static List<Found> scan(String sentence, List<TimeMention> times) {
        QuantityScanner scanner = new QuantityScanner(sentence, times);
        for (int i = 0; i < scanner.t.size(); i++) {
            i = scanner.at(i);
        }
        scanner.dropEnumerations();
        Relations.link(scanner.t, scanner.found);
        return scanner.found;
    }

    /** Three or more bare numbers in a list ("1, 2, 3 and 4 beds") are sizes or labels, not measurements. */
    private void dropEnumerations() {
        int runStart = 0;
        for (int j = 1; j <= found.size(); j++) {
            boolean continues = j < found.size() && listed(found.get(j - 1).quantity(), found.get(j).quantity());
            if (!continues) {
                if (j - runStart >= 3) {
                    found.subList(runStart, j).clear();
                    j = runStart;
                }
                runStart = j;
            }
        }
    }

    private boolean listed(Quantity a, Quantity b) {
        String between = s.substring(a.end(), b.start()).strip();
        boolean joiner = between.equals(",") || between.equals("and") || between.equals(", and") || between.equals("&") || between.equals("or");
        return joiner && a.unit().measure() == Measure.COUNT && a.qualifier() == Qualifier.EXACT && a.value() < 20;
    }

    /** Looks at token i; returns the index of the last token consumed. */
    private int at(int i) {
        int ratio = ratio(i);
        if (ratio > i) {
            return ratio;
        }
        Token k = t.get(i);
        if (k.isNumber()) {
            return number(i);
        }
        if (k.isWord()) {
            int cardinal = NumberWords.cardinal(k.lower());
            if (cardinal > 0) {
                return numberWord(i, cardinal);
            }
            int ordinal = NumberWords.ordinalValue(k.lower());
            if (ordinal > 0 && strongRankFollows(i)) {
                return rank(i, i, ordinal, k.start());
            }
        }
        return i;
    }

    /**
     * "One in five residents", "3 in 10 adults": a proportion, read as a percentage (20%, 30%)
     * rather than two counts. Returns the last token used, or i when there is none.
     */
    private int ratio(int i) {
        int part = smallWhole(i);
        Token in = tok(i + 1);
        int whole = smallWhole(i + 2);
        if (part <= 0 || whole <= part || in == null || !in.is("in") || inTime(t.get(i).start(), t.get(i + 2).end())) {
            return i;
        }
        Token after = tok(i + 3);
        if (after != null && (after.is("%") || after.is("per") || timeUnit(i + 3))) {
            return i; // "1 in 100 years", "2 in 10%"
        }
        int start = t.get(i).start();
        found.add(new Found(new Quantity(100.0 * part / whole, Unit.PERCENT, Qualifier.EXACT, s.substring(start, t.get(i + 2).end()),
                start, t.get(i + 2).end(), null), Found.Role.LEVEL, -1));
        return i + 2;
    }

    /** A whole number from 1 to 1,000 written as digits or a word, else 0. */
    private int smallWhole(int index) {
        Token k = tok(index);
        if (k == null) {
            return 0;
        }
        if (k.isNumber()) {
            if (k.text().indexOf('.') >= 0 || k.text().indexOf(',') >= 0) {
                return 0;
            }
            double v = Token.parseNumber(k.text());
            return v >= 1 && v <= 1000 ? (int) v : 0;
        }
        if (k.isWord() && k.is("one")) {
            return 1; // left out of number words as a pronoun, but "one in five" is a proportion
        }
        return k.isWord() ? Math.max(0, NumberWords.cardinal(k.lower())) : 0;
    }

    private int number(int i) {
        Token k = t.get(i);
        if (inTime(k.start(), k.end()) || identifier(i) || listLabel(i) || labelled(i)) {
            return i;
        }
        if (tok(i - 1) != null && tok(i - 1).is("per") && Lexicon.RATE_BASES.contains(k.text())) {
            return i; // "412 children in need per 10,000 population": the base of a rate, not a value
        }
        if (k.text().length() > 1 && k.text().charAt(0) == '0' && k.text().indexOf('.') != 1) {
            return i; // codes and phone numbers
        }
        double value = Token.parseNumber(k.text());
        int last = i;
        Token next = tok(i + 1);
        boolean money = isCurrency(tok(i - 1)) || (isCurrency(tok(i - 2)) && tok(i - 1) != null && tok(i - 1).is("c"));
        int start = money ? tok(i - 1).start() : k.start();
        if (next != null && next.isWord() && !next.spaced()) {
            String suffix = next.lower();
            switch (suffix) {
                case "k" -> { value *= 1_000; last = i + 1; money = money || moneyContext(); }
                case "m", "mn" -> {
                    if (!money) {
                        return i + 1;
                    }
                    value *= 1_000_000;
                    last = i + 1;
                }
                case "bn" -> { value *= 1_000_000_000; last = i + 1; }
                case "st", "nd", "rd", "th" -> { return rank(i, i + 1, (int) value, k.start()); }
                default -> { return i + 1; } // "4G", "10am", "1960s": not a measurement
            }
        } else if (next != null && next.isWord() && (next.is("st") || next.is("nd") || next.is("rd") || next.is("th"))) {
            return rank(i, i + 1, (int) value, k.start());
        }
        Token after = tok(last + 1);
        if (after != null && after.isWord()) {
            switch (after.lower()) {
                case "million" -> { value *= 1_000_000; last++; }
                case "billion" -> { value *= 1_000_000_000; last++; }
                case "thousand" -> { value *= 1_000; last++; }
                case "pounds" -> { money = true; last++; }
                default -> { }
            }
        }
        if (duration(last + 1, i) || age(i, last)) {
            return last;
        }
        Unit unit;
        if (timeUnit(last + 1) && !money) {
            // the time is the measurement: "averaged 9.2 days per employee"
            NounPhrase phrase = NounPhrase.after(t, last + 1);
            add(value, new Unit(Measure.DURATION, phrase.text()), start, i, last, phrase.lastToken());
            return phrase.lastToken();
        }
        if (money) {
            unit = Unit.GBP;
        } else if (word(last + 1, "%") || (word(last + 1, "per") && word(last + 2, "cent")) || word(last + 1, "percent")) {
            last += word(last + 1, "per") ? 2 : 1;
            unit = Unit.PERCENT;
            if (word(last + 1, "points") || (word(last + 1, "percentage") && word(last + 2, "points"))) {
                last += word(last + 1, "points") ? 1 : 2;
                unit = Unit.POINTS;
            }
        } else if ((word(last + 1, "percentage") && word(last + 2, "points")) || word(last + 1, "pp")) {
            last += word(last + 1, "pp") ? 1 : 2;
            unit = Unit.POINTS;
        } else {
            int rateEnd = rate(last + 1);
            if (rateEnd > 0) {
                unit = new Unit(Measure.RATE, "per " + rateBase(last + 2));
                last = rateEnd;
            } else {
                unit = null;
            }
        }
        int phraseEnd = last;
        if (unit == null && word(i - 1, "of") && word(i - 2, "rate")) {
            unit = new Unit(Measure.RATE, "rate"); // "A rate of 27.1 places us ..."
        }
        Token noun = tok(last + 1);
        if (unit == null && noun != null && noun.isWord() && noun.spaced() && Character.isUpperCase(noun.text().charAt(0))
                && noun.text().chars().filter(Character::isUpperCase).count() == 1 && !moneyOrPercentNear(i)) {
            return last; // "360 Barking", "Unit 14 Students": part of a name
        }
        if (unit == null) {
            NounPhrase phrase = NounPhrase.after(t, last + 1);
            unit = Unit.count(phrase.text());
            phraseEnd = Math.max(last, phrase.lastToken());
        } else if (unit == Unit.GBP && word(last + 1, "per") && tok(last + 2) != null && tok(last + 2).isWord()) {
            unit = new Unit(Measure.MONEY, "GBP per " + tok(last + 2).lower());
        }
        add(value, unit, start, i, last, phraseEnd);
        return last;
    }

    private int numberWord(int i, int value) {
        Token prev = tok(i - 1);
        Token next = tok(i + 1);
        if (inTime(t.get(i).start(), t.get(i).end()) || labelled(i)) {
            return i;
        }
        if (next != null && next.is("-") && !next.spaced()) {
            return i; // "two-year", "three-way"
        }
        if (duration(i + 1, i) || age(i, i)) {
            return i;
        }
        boolean nounFollows = next != null && next.isWord() && !Lexicon.PHRASE_STOPS.contains(next.lower());
        boolean afterOf = prev != null && prev.is("of");
        if (!nounFollows && !afterOf && !(next != null && next.isWord() && next.is("of"))) {
            if (!(next != null && (next.is("have") || next.is("has") || next.is("were") || next.is("are")))) {
                return i;
            }
        }
        NounPhrase phrase = NounPhrase.after(t, i + 1);
        add(value, Unit.count(phrase.text()), t.get(i).start(), i, i, Math.max(i, phrase.lastToken()));
        return i;
    }

    /** An ordinal: a rank when a rank word follows ("4th quintile", "fourth from bottom"), else a label. */
    private int rank(int first, int last, int value, int start) {
        Token a = tok(last + 1);
        Token b = tok(last + 2);
        if (a == null || inTime(start, t.get(last).end())) {
            return last;
        }
        String label = null;
        int end = last;
        if (a.isWord() && Lexicon.RANK_WORDS.contains(a.lower())) {
            label = a.lower().matches("quintile|quartile|decile|percentile") ? a.lower() : "rank";
            end = last + 1;
        } else if (a.is("from") && b != null && (b.is("bottom") || b.is("top") || (b.is("the") && tok(last + 3) != null))) {
            Token which = b.is("the") ? tok(last + 3) : b;
            label = "position from " + which.lower();
            end = b.is("the") ? last + 3 : last + 2;
        } else if (a.is("in") && b != null && (b.is("London") || b.is("England") || b.is("the"))
                || a.is("nationally") || a.is("out") && b != null && b.is("of")) {
            label = "rank";
        }
        if (label == null || value <= 0) {
            return last;
        }
        add(value, new Unit(Measure.RANK, label), start, first, last, end);
        return end;
    }

    /** Word ordinals are mostly labels ("first draw", "in the first place"); only scale words make them ranks. */
    private boolean strongRankFollows(int i) {
        Token a = tok(i + 1);
        return a != null && (a.is("quintile") || a.is("quartile") || a.is("decile") || a.is("percentile")
                || a.is("from") && tok(i + 2) != null && (tok(i + 2).is("bottom") || tok(i + 2).is("top") || tok(i + 2).is("the"))
                || a.is("highest") || a.is("lowest") || a.is("best") || a.is("worst") || a.is("nationally")
                || a.is("in") && tok(i + 2) != null && (tok(i + 2).is("London") || tok(i + 2).is("England")));
    }

    private void add(double value, Unit unit, int start, int firstToken, int lastToken, int phraseEnd) {
        QualifierReader.Result q = QualifierReader.read(t, s, firstToken, start, phraseEnd);
        int textStart = Math.min(start, q.start());
        int textEnd = t.get(lastToken).end();
        if (unit.measure() == Measure.COUNT || unit.measure() == Measure.RANK || unit.measure() == Measure.DURATION) {
            textEnd = t.get(Math.max(lastToken, phraseEnd)).end();
        }
        found.add(new Found(new Quantity(value, unit, q.qualifier(), s.substring(textStart, textEnd), textStart, textEnd, null),
                Found.Role.LEVEL, -1));
    }

    private boolean identifier(int i) {
        Token k = t.get(i);
        Token prev = tok(i - 1);
        if (prev != null && !k.spaced() && prev.isWord()) {
            return true; // A13, Q2, KS2, C2C
        }
        Token prev2 = tok(i - 2);
        if (prev != null && (prev.is("-") || prev.is("/")) && prev2 != null && prev2.isWord() && !prev.spaced()) {
            return true; // post-16, "post- 16", COVID-19
        }
        Token next = tok(i + 1);
        Token next2 = tok(i + 2);
        return next != null && next.is("-") && !next.spaced() && next2 != null && next2.isWord() && !next2.spaced()
                && !Lexicon.DURATION_UNITS.contains(next2.lower()) && !next2.is("year");
    }

    private boolean listLabel(int i) {
        Token next = tok(i + 1);
        boolean atStart = i == 0 || (i == 1 && t.get(0).is("("));
        return atStart && next != null && (next.is(")") || (next.is(".") && tok(i + 2) != null && tok(i + 2).spaced()));
    }

    /** "Round two", "Stage 2", "cohorts 2 and 3", "top 50": a name, not a measurement. */
    private boolean labelled(int i) {
        Token prev = tok(i - 1);
        if (prev == null) {
            return false;
        }
        if (word(i + 1, "%") || word(i + 1, "per")) {
            return false;
        }
        if (prev.isWord() && Lexicon.LABEL_WORDS.contains(prev.lower())) {
            Token before = tok(i - 2);
            return before == null || !(before.is("this") || before.is("last") || before.is("next") || before.is("that"));
        }
        Token prev2 = tok(i - 2);
        Token prev3 = tok(i - 3);
        boolean joined = prev.is("and") || prev.is(",") || prev.is("&") || prev.is("to") || prev.is("-");
        return joined && prev2 != null && prev2.isNumber() && prev3 != null && prev3.isWord()
                && Lexicon.LABEL_WORDS.contains(prev3.lower());
    }

    /** A duration unless the time is itself what is measured ("averaged 9.2 days per employee"). */
    private boolean duration(int unitIndex, int numberIndex) {
        Token u = tok(unitIndex);
        if (u != null && u.is("-") && !u.spaced()) {
            u = tok(unitIndex + 1);
            unitIndex++;
        }
        if (u != null && u.isWord() && Lexicon.DAY_KINDS.contains(u.lower())) {
            u = tok(unitIndex + 1); // "within 20 working days"
            unitIndex++;
        }
        if (u == null || !u.isWord() || !Lexicon.DURATION_UNITS.contains(u.lower())) {
            return false;
        }
        Token after = tok(unitIndex + 1);
        if (after != null && (after.is("per") || after.is("on") && word(unitIndex + 2, "average"))) {
            return false;
        }
        for (int k = Math.max(0, numberIndex - 3); k < numberIndex; k++) {
            if (t.get(k).isWord() && Lexicon.DURATION_MEASURE_CUES.contains(t.get(k).lower())) {
                return false;
            }
        }
        if (u.spaced() && tok(unitIndex - 1) != null && tok(unitIndex - 1).is("-")) {
            return true; // "5-year period"
        }
        Token before = tok(numberIndex - 1);
        // "over the next 3 years", "for two weeks": the story's time span; "18.5 days (target 20 days)": a measurement
        return before != null && before.isWord() && Lexicon.NARRATIVE_TIME_WORDS.contains(before.lower());
    }

    private boolean timeUnit(int index) {
        Token u = tok(index);
        if (u != null && u.isWord() && Lexicon.DAY_KINDS.contains(u.lower())) {
            u = tok(index + 1); // "20 working days"
        }
        return u != null && u.isWord() && Lexicon.DURATION_UNITS.contains(u.lower());
    }

    /** "under 18 women", "aged 15-17", "over 65s", "16-18 year olds". */
    private boolean age(int first, int last) {
        Token prev = tok(first - 1);
        Token next = tok(last + 1);
        if (prev != null && (prev.is("aged") || prev.is("age") || prev.is("ages"))) {
            return true;
        }
        if (prev != null && (prev.is("-") || prev.is("–")) && tok(first - 2) != null && tok(first - 2).isNumber()
                && tok(first - 3) != null && (tok(first - 3).is("aged") || tok(first - 3).is("age"))) {
            return true;
        }
        boolean yearOlds = next != null && (next.is("year") || next.is("yr")) && tok(last + 2) != null
                && (tok(last + 2).is("olds") || tok(last + 2).is("old") || tok(last + 2).is("-"));
        if (yearOlds) {
            return true;
        }
        if (next != null && next.is("-") && tok(last + 2) != null && tok(last + 2).isNumber() && tok(last + 3) != null
                && (tok(last + 3).is("year") || tok(last + 3).is("yr"))) {
            return true;
        }
        boolean schoolAge = prev != null && prev.is("at") && t.get(first).isNumber() && !t.get(first).text().contains(".")
                && Token.parseNumber(t.get(first).text()) >= 11 && Token.parseNumber(t.get(first).text()) <= 25
                && (next == null || !next.isWord() || Lexicon.PHRASE_STOPS.contains(next.lower()));
        if (schoolAge) {
            return true; // "study at 18 and"
        }
        boolean bound = prev != null && (prev.is("under") || prev.is("over"));
        return bound && next != null && next.isWord() && Lexicon.AGE_NOUNS.contains(next.lower())
                && !(next.is("year") || next.is("years"));
    }

    /** Index of the last token of "per 1,000 [population]" after a number, or -1. */
    private int rate(int perIndex) {
        if (!word(perIndex, "per")) {
            return -1;
        }
        Token base = tok(perIndex + 1);
        if (base == null || !Lexicon.RATE_BASES.contains(base.lower())) {
            return -1;
        }
        return perIndex + 1;
    }

    private String rateBase(int index) {
        String base = t.get(index).text();
        if (base.equalsIgnoreCase("thousand")) {
            return "1,000";
        }
        return String.format(Locale.ROOT, "%,d", (long) Token.parseNumber(base));
    }

    private boolean moneyOrPercentNear(int i) {
        return word(i - 1, "£");
    }

    private boolean inTime(int start, int end) {
        for (TimeMention m : times) {
            if (m.overlaps(start, end)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCurrency(Token k) {
        return k != null && (k.is("£") || k.is("$") || k.is("€"));
    }

    private boolean word(int index, String w) {
        Token k = tok(index);
        return k != null && k.is(w);
    }

    private Token tok(int index) {
        return index >= 0 && index < t.size() ? t.get(index) : null;
    }
}
