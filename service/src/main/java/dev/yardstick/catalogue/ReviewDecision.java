package dev.yardstick.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the performance team decided about one provisional indicator or candidate of one
 * organisation, on the review page or through {@code /api/review}.
 *
 * @param action       what was decided
 * @param organisation whose values it is about
 * @param subject      the provisional indicator's id ({@code p_...}), or a candidate's key ({@link ReviewDecisions#candidateKey})
 * @param indicator    ACCEPT: the new catalogue id; MERGE: the indicator merged into; otherwise ""
 * @param name         ACCEPT and RENAME: the name people see; otherwise ""
 * @param unit         ACCEPT: the unit as shown; otherwise ""
 * @param polarity     ACCEPT: which direction is good; otherwise neutral
 * @param theme        ACCEPT: the Corporate Plan theme; otherwise ""
 * @param cues         ACCEPT: the words that identify it in prose (kept with the definition)
 * @param decidedAt    when
 */
public record ReviewDecision(Action action, String organisation, String subject, String indicator, String name, String unit,
                             Polarity polarity, String theme, List<String> cues, Instant decidedAt) {

    /** The four things the review page can do with a provisional indicator (a candidate can only be rejected). */
    public enum Action {
        /** Into the council's catalogue under a chosen id, name, unit, polarity, theme and cues. */
        ACCEPT,
        /** Its values belong to an indicator that already exists. */
        MERGE,
        /** Same series, a better name. */
        RENAME,
        /** Not a measure: its values are dropped, now and from every later ingest. */
        REJECT;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Pattern CANDIDATE_KEY = Pattern.compile("c_[0-9a-f]{16}");
    private static final Pattern ORGANISATION = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{1,63}");
    private static final int MAX_TEXT = 200;

    public ReviewDecision {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if (organisation == null || !ORGANISATION.matcher(organisation).matches()) {
            throw new IllegalArgumentException("organisation '" + organisation + "' must be 1 to 64 letters, digits, '-' or '_'");
        }
        boolean candidate = subject != null && CANDIDATE_KEY.matcher(subject).matches();
        if (!ProvisionalIndicators.isProvisional(subject) && !candidate) {
            throw new IllegalArgumentException("'" + subject + "' is neither a provisional indicator (p_...) nor a candidate key (c_ and 16 hex digits)");
        }
        if (candidate && action != Action.REJECT) {
            throw new IllegalArgumentException("a candidate has no indicator to " + action.id() + "; it can only be marked as not a measure");
        }
        indicator = clean(indicator, "indicator");
        name = clean(name, "name");
        unit = clean(unit, "unit");
        theme = clean(theme, "theme");
        polarity = polarity == null ? Polarity.NEUTRAL : polarity;
        cues = cues == null ? List.of() : cues.stream().map(c -> clean(c, "cue")).filter(c -> !c.isEmpty()).distinct().toList();
        switch (action) {
            case ACCEPT -> {
                if (ProvisionalIndicators.isProvisional(indicator)) {
                    throw new IllegalArgumentException("the accepted id '" + indicator + "' starts with p_, which is kept for provisional indicators; choose another");
                }
                if (!ID.matcher(indicator).matches()) {
                    throw new IllegalArgumentException("the accepted id '" + indicator + "' must be snake_case: a-z, 0-9 and _, starting with a letter, at most 64 characters");
                }
                if (name.isEmpty() || unit.isEmpty() || cues.isEmpty()) {
                    throw new IllegalArgumentException("accepting " + subject + " needs a name, a unit and at least one cue");
                }
            }
            case MERGE -> {
                if (indicator.isEmpty() || indicator.equals(subject)) {
                    throw new IllegalArgumentException("merging " + subject + " needs another indicator to merge into");
                }
            }
            case RENAME -> {
                if (name.isEmpty()) {
                    throw new IllegalArgumentException("renaming " + subject + " needs a new name");
                }
            }
            case REJECT -> {
            }
        }
    }

    /** True for a candidate's key ({@link ReviewDecisions#candidateKey}). */
    public static boolean isCandidateKey(String s) {
        return s != null && CANDIDATE_KEY.matcher(s).matches();
    }

    /** True when the subject is a candidate value, not a provisional indicator. */
    public boolean aboutCandidate() {
        return !ProvisionalIndicators.isProvisional(subject);
    }

    private static String clean(String s, String what) {
        String out = s == null ? "" : s.strip().replaceAll("\\p{Cntrl}", " ");
        if (out.length() > MAX_TEXT) {
            throw new IllegalArgumentException(what + " is longer than " + MAX_TEXT + " characters");
        }
        return out;
    }
}
