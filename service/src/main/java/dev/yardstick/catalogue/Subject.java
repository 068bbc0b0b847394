package dev.yardstick.catalogue;

import dev.yardstick.extract.Quantity;

/**
 * What the subject of a value's clause (or sentence) says.
 *
 * @param phrase     the words naming the measure, or null
 * @param refersBack true when the subject points to something said before ("The figure",
 *                   "the equivalent figures", "Of these")
 * @param carriesOn  true when the sentence only carries the one before on ("Even so, 315 are
 *                   expected ..."): the same measure, not a part of what it counted
 */
record Subject(String phrase, boolean refersBack, boolean carriesOn) {
    static final Subject NONE = new Subject(null, false);

    /** The sentence and value last asked about on this thread, and their subject. */
    private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[3]);

    Subject(String phrase, boolean refersBack) {
        this(phrase, refersBack, false);
    }

    /**
     * The subject of the clause holding the value, or of the sentence ({@link MeasuredPhrase#readSubject}).
     * Naming one value may ask up to three times (a status breakdown, a phrase that refers back,
     * the subject itself), each a read of the sentence's words: the answer is kept for the same
     * sentence and value (the same objects).
     */
    static Subject of(String sentence, Quantity q) {
        Object[] last = LAST.get();
        if (last[0] == sentence && last[1] == q) {
            return (Subject) last[2];
        }
        Subject found = MeasuredPhrase.readSubject(sentence, q);
        last[0] = sentence;
        last[1] = q;
        last[2] = found;
        return found;
    }
}
