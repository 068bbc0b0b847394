package dev.yardstick.extract;

import java.util.List;
import java.util.Locale;

/**
 * Finds the quantities in one sentence. Numbers that are not measurements (dates and years,
 * which the {@link TemporalScanner} claimed; labels, durations, ages and identifiers, which
 * {@link NumberContext} recognises) are left out.
 */
final class QuantityScanner {

    private final QuantitySentence sentence;
    private final String s;
    private final List<Token> t;
    private final List<Found> found;
    private final NumberContext context;
    private final Underspends underspends;
    private Boolean moneyContext;

    private QuantityScanner(SentenceText text, List<TimeMention> times) {
        this.sentence = new QuantitySentence(text, times);
        this.s = text.text();
        this.t = sentence.tokens();
        this.found = sentence.found();
        this.context = sentence.context();
        this.underspends = new Underspends(t);
    }

    /** "75K of funding" is money; "8K runners" is not. Worked out only when a bare K appears. */
    private boolean moneyContext() {
        if (moneyContext == null) {
            moneyContext = t.stream().anyMatch(k -> k.is("£") || (k.isWord() && Lexicon.MONEY_CONTEXT.contains(k.lower())));
        }
        return moneyContext;
    }

    static List<Found> scan(String sentence, List<TimeMention> times) {
        return scan(new SentenceText(sentence), times);
    }

    static List<Found> scan(SentenceText sentence, List<TimeMention> times) {
        QuantityScanner scanner = new QuantityScanner(sentence, times);
        for (int i = 0; i < scanner.t.size(); i++) {
            i = scanner.at(i);
        }
        scanner.dropEnumerations();
        ChartAxes.drop(scanner.s, scanner.found);
        Relations.link(scanner.t, scanner.found);
        return scanner.found;
    }

    /**
     * Three or more bare numbers counting up in a list ("1, 2, 3 and 4 beds") are sizes or labels,
     * not measurements; "17, 16 and 15" or "7.3, 6.5 and 6.34 days" are a series of values.
     */
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
        return joiner && a.unit().measure() == Measure.COUNT && a.qualifier() == Qualifier.EXACT && a.value() < 20
                && a.value() == Math.rint(a.value()) && b.value() == a.value() + 1;
    }

    /** Units written against the number: "114kg of residual waste", "2.5km of new cycle lanes". */
    /** Statuses written capitalised after a count: "22 are rated Green and 1 Amber". */
    private static final java.util.Set<String> RAG = java.util.Set.of("green", "amber", "red", "blue", "grey");

    private static final java.util.Set<String> MEASURE_SUFFIXES = java.util.Set.of("kg", "km", "tonnes", "t", "mph", "kwh", "mwh", "ha");

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
            if (!QuantityWords.mayOpen(k)) {
                return i; // no number word, fraction or end of a scale: most words, ruled out at once
            }
            int fraction = Fractions.read(sentence, i);
            if (fraction > i) {
                return fraction; // "two thirds of", before "two" is read as a count
            }
            int cardinal = NumberWords.cardinal(k);
            if (cardinal > 0) {
                return NumberWordQuantities.read(sentence, i, cardinal);
            }
            if (k.is(QuantityWords.ONE) && NumberWordQuantities.oneCounts(sentence, i)) {
                return NumberWordQuantities.read(sentence, i, 1);
            }
            int end = Ranks.endOfScale(sentence, i);
            if (end > i) {
                return end;
            }
            int ordinal = NumberWords.ordinalValue(k);
            if (ordinal > 0 && Ranks.strongRankFollows(sentence, i)) {
                return Ranks.rank(sentence, i, i, ordinal, k.start());
            }
        }
        return i;
    }

    /** A proportion ("3 in 10 adults") at token i, as a percentage; returns the last token used, or i. */
    private int ratio(int i) {
        Quantity q = Proportion.at(t, s, i, context);
        if (q == null || sentence.inTime(q.start(), q.end())) {
            return i;
        }
        found.add(new Found(q, Found.Role.LEVEL, -1));
        return Proportion.wholeAt(t, i);
    }

    private int number(int i) {
        Token k = t.get(i);
        if (sentence.inTime(k.start(), k.end()) || context.identifier(i) || context.listLabel(i) || context.labelled(i)
                || context.denominator(i) && !word(i + 1, "%")) {
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
        if (!money && minusSign(i)) {
            value = -value; // "the budget position is -2.3% against plan"
            start = tok(i - 1).start();
        }
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
                case "st", "nd", "rd", "th" -> { return Ranks.rank(sentence, i, i + 1, (int) value, k.start()); }
                default -> {
                    if (!MEASURE_SUFFIXES.contains(suffix)) {
                        return i + 1; // "4G", "10am", "1960s": not a measurement
                    }
                    sentence.add(value, Unit.count(suffix), k.start(), i, i + 1, i + 1); // "114kg", "2.5km"
                    return i + 1;
                }
            }
        } else if (next != null && next.isWord() && (next.is("st") || next.is("nd") || next.is("rd") || next.is("th"))) {
            return Ranks.rank(sentence, i, i + 1, (int) value, k.start());
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
        if (context.duration(last + 1, i) || context.age(i, last) || context.notAMeasure(i, last)
                || money && context.schemeParameter(i, last)) {
            return last;
        }
        Unit unit;
        if (context.timeUnit(last + 1) && !money) {
            // the time is the measurement: "averaged 9.2 days per employee"
            NounPhrase phrase = sentence.phraseAfter(last + 1);
            sentence.add(value, new Unit(Measure.DURATION, phrase.text()), start, i, last, phrase.lastToken());
            return phrase.lastToken();
        }
        PercentWords.Written percent = money ? null : PercentWords.at(sentence, last + 1);
        if (money) {
            unit = Unit.GBP;
            if (underspends.at(i, last)) {
                value = -value; // the conventions: an underspend is a negative variance
            }
        } else if (percent != null) {
            last = percent.last();
            unit = percent.points() ? Unit.POINTS : Unit.PERCENT;
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
        // "Homes built = 310 Homes empty = 45": after "=" or ":" the capital starts the next label, not a name
        boolean labelledValue = word(i - 1, "=") || word(i - 1, ":");
        if (unit == null && !labelledValue && noun != null && noun.isWord() && noun.spaced() && Character.isUpperCase(noun.text().charAt(0))
                && noun.text().chars().filter(Character::isUpperCase).count() == 1 && !moneyOrPercentNear(i)
                && NounPhrase.namedCountEnd(t, last + 1) < 0 && !RAG.contains(noun.lower())) {
            return last; // "360 Barking", "Unit 14 Students": part of a name; but "and 1 Amber" counts by status
        }
        boolean nextLabel = labelledValue && noun != null && noun.isWord() && Character.isUpperCase(noun.text().charAt(0));
        int named = unit == null && !nextLabel ? NounPhrase.namedCountEnd(t, last + 1) : -1;
        if (unit == null && nextLabel) {
            unit = Unit.count(""); // the value ends where the next label begins
        } else if (named > 0) {
            unit = Unit.count(s.substring(t.get(last + 1).start(), t.get(named).end()));
            phraseEnd = named;
        } else if (unit == null) {
            NounPhrase phrase = sentence.phraseAfter(last + 1);
            // "an overspend of 3.3 million pounds": money written out
            unit = Lexicon.MONEY_NOUNS.contains(phrase.text().toLowerCase(Locale.ROOT)) ? Unit.GBP : Unit.count(phrase.text());
            phraseEnd = Math.max(last, phrase.lastToken());
            int rateEnd = phrase.text().isEmpty() ? -1 : rate(phraseEnd + 1);
            if (rateEnd > 0) {
                // "1.01 complaints per 1,000 population": what is counted, per head
                unit = new Unit(Measure.RATE, "per " + rateBase(phraseEnd + 2));
                phraseEnd = rateEnd;
            }
        } else if (unit == Unit.GBP && word(last + 1, "per") && tok(last + 2) != null && tok(last + 2).isWord()) {
            unit = new Unit(Measure.MONEY, "GBP per " + tok(last + 2).lower());
        }
        sentence.add(value, unit, start, i, last, phraseEnd);
        return last;
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

    /** A minus sign written against the number, after a space: "-2.3%", not "20-30" or "COVID-19". */
    private boolean minusSign(int i) {
        Token sign = tok(i - 1);
        return sign != null && sign.is("-") && !t.get(i).spaced() && (i == 1 || sign.spaced());
    }

    static boolean isCurrency(Token k) {
        return k != null && (k.is("£") || k.is("$") || k.is("€"));
    }

    private boolean word(int index, String w) {
        return sentence.word(index, w);
    }

    private Token tok(int index) {
        return sentence.tok(index);
    }
}
