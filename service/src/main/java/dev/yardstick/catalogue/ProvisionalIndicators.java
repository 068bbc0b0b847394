package dev.yardstick.catalogue;

import dev.yardstick.extract.Measure;
import dev.yardstick.extract.Quantity;
import dev.yardstick.extract.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Provisional indicators: for a value no catalogue claims, an indicator named from the words it
 * measures, so that a new council's numbers form series before anyone curates them. The id is the
 * measured noun phrase normalised (lower case, plurals made singular, stop words, figures and
 * dates removed) with the unit class appended, so "80.9% of service users were receiving
 * self-directed support" in Quarter 4 and "81% of service users receiving self-directed support"
 * next year land in one series: {@code p_service_user_receiving_self_directed_support_pct}.
 */
public final class ProvisionalIndicators {

    /** Every provisional id starts with this, so it can never take a catalogue id. */
    public static final String PREFIX = "p_";
    private static final int MAX_WORDS = 6;
    private static final int MAX_ID = 64;
    private static final java.util.regex.Pattern NOT_ID = java.util.regex.Pattern.compile("[^a-z0-9_]");
    private static final java.util.regex.Pattern UNDERSCORES = java.util.regex.Pattern.compile("_+");
    private static final java.util.regex.Pattern TRAILING_UNDERSCORES = java.util.regex.Pattern.compile("_+$");

    private ProvisionalIndicators() {
    }

    /** True for an id this class makes. */
    public static boolean isProvisional(String id) {
        return id != null && id.startsWith(PREFIX);
    }

    /**
     * The provisional indicator with this id, as the store knows it: named from the id, since the
     * id holds the words. Empty for an id that is not provisional.
     */
    public static Optional<Indicator> fromId(String id, String unit) {
        if (!isProvisional(id)) {
            return Optional.empty();
        }
        String words = id.substring(PREFIX.length());
        int cut = words.lastIndexOf('_');
        String name = (cut > 0 ? words.substring(0, cut) : words).replace('_', ' ');
        Measure measure = measureOf(cut > 0 ? words.substring(cut + 1) : "");
        String shown = unit != null && !unit.isBlank() ? unit
                : measure == Measure.PERCENT ? "%" : measure == Measure.MONEY ? "GBP" : measure.name().toLowerCase(Locale.ROOT);
        return Optional.of(indicator(id, name, shown, measure, ""));
    }

    /** A number written without a unit ("was 7.31"): a count only because nothing says otherwise. */
    static boolean isBare(Quantity q) {
        return q.unit().isBareCount();
    }

    /** The id for a phrase on a measure, or null when normalising leaves no word. */
    static String id(String phrase, Measure measure) {
        return id(phrase, measure, Scope.OWN);
    }

    /** The id for a phrase on a measure, with the scope appended when the value is not the council's own. */
    static String id(String phrase, Measure measure, Scope scope) {
        Map<IdKey, Optional<String>> made = IDS.get();
        IdKey key = new IdKey(phrase, measure, scope);
        Optional<String> id = made.get(key);
        if (id == null) {
            id = Optional.ofNullable(made(phrase, measure, scope));
            made.put(key, id);
        }
        return id.orElse(null);
    }

    /**
     * The ids made lately on this thread: a council's updates name the same measures sentence after
     * sentence and quarter after quarter, and an id is a function of its phrase, measure and scope
     * alone. The least recently used go past {@value #IDS_KEPT}.
     */
    private static final int IDS_KEPT = 1024;
    private static final ThreadLocal<Map<IdKey, Optional<String>>> IDS = ThreadLocal.withInitial(() -> new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<IdKey, Optional<String>> eldest) {
            return size() > IDS_KEPT;
        }
    });

    private record IdKey(String phrase, Measure measure, Scope scope) {
    }

    private static String made(String phrase, Measure measure, Scope scope) {
        List<String> words = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (String w : MeasuredPhrase.words(phrase)) {
            written.addAll(Abbreviations.writtenOut(w));
        }
        for (String w : MeasuredPhrase.content(written)) {
            String s = lemma(w.replace("'", "").replace('-', '_'));
            if (!s.isEmpty() && !words.contains(s) && words.size() < MAX_WORDS) {
                words.add(s);
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        String suffix = "_" + unitClass(measure) + (scope.isOwn() ? "" : "_" + scope.id());
        String body = PREFIX + UNDERSCORES.matcher(NOT_ID.matcher(String.join("_", words)).replaceAll("")).replaceAll("_");
        if (body.length() + suffix.length() > MAX_ID) {
            body = TRAILING_UNDERSCORES.matcher(body.substring(0, MAX_ID - suffix.length())).replaceAll("");
        }
        return body + suffix;
    }

    /** Participles councils also write as nouns, so "customers were satisfied" and "customer satisfaction" agree. */
    private static final Map<String, String> NOMINAL = Map.of("satisfied", "satisfaction", "dissatisfied", "dissatisfaction");

    /** The form a word takes in an id: singular, and a participle as its noun. */
    static String lemma(String w) {
        return NOMINAL.getOrDefault(w, singular(w));
    }

    /** English plurals as council prose has them: services, authorities, businesses, children. */
    static String singular(String w) {
        if (w.equals("children")) {
            return "child";
        }
        if (w.equals("people")) {
            return "person";
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 4 && (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    static String unitClass(Measure measure) {
        return switch (measure) {
            case PERCENT -> "pct";
            case PERCENTAGE_POINTS -> "pp";
            case MONEY -> "gbp";
            case RATE -> "rate";
            case RANK -> "rank";
            case DURATION -> "duration";
            case COUNT -> "count";
        };
    }

    private static Measure measureOf(String unitClass) {
        for (Measure m : Measure.values()) {
            if (unitClass(m).equals(unitClass)) {
                return m;
            }
        }
        return Measure.COUNT;
    }

    static Indicator indicator(String id, String phrase, String unit, Measure measure, String theme) {
        String name = Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
        return new Indicator(id, name, unit, measure, Polarity.NEUTRAL, theme, List.of(phrase), List.of(), List.of(), List.of(),
                "", "", true);
    }
}
