package dev.yardstick.extract;

import java.util.Locale;

/**
 * A sentence lower-cased ({@link Locale#ROOT}) once on each thread, however many of the rules ask:
 * the sentence's analysis ({@link SentenceText}) and its cue words ({@link CueWords}) each made
 * their own, a pass over every sentence with a value.
 */
final class LastLowerCase {

    /** The last text asked about on this thread and its lower case. */
    private static final ThreadLocal<String[]> LAST = ThreadLocal.withInitial(() -> new String[2]);

    private LastLowerCase() {
    }

    /** {@code text.toLowerCase(Locale.ROOT)}, made once while the same text (the same object) is asked about. */
    static String of(String text) {
        String[] last = LAST.get();
        if (last[0] != text) {
            last[1] = text.toLowerCase(Locale.ROOT);
            last[0] = text;
        }
        return last[1];
    }
}
