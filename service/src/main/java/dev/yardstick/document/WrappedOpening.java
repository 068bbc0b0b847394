package dev.yardstick.document;

import java.util.Locale;
import java.util.Set;

/**
 * The first line of a paragraph that a text export of a page or PDF wrapped short, so that alone
 * it looks like a heading ({@link FreeLayoutRows}): "The 2011 Census gives an average density of"
 * | "3.6 persons per hectare, ...", "With a mid-2014 usually resident population" | "estimate of
 * 139,105 people, ...". A line ending on a word that must lead on is never a heading; a short line
 * the next line carries on in lower case was none either.
 */
final class WrappedOpening {

    /** Words no heading ends on: the sentence goes on in the next line. */
    private static final Set<String> LEADS_ON = Set.of("a", "an", "the", "of", "to", "from", "with", "than", "at", "by", "and", "or",
            "was", "were", "is", "are", "per", "between", "into", "its", "their", "our");

    /** A short line read as a heading, with the theme and block it replaced, until the next line says what it was. */
    record Candidate(String text, int lineNo, String themeBefore, int blockStartBefore) {
    }

    private Candidate last;

    private WrappedOpening() {
    }

    static WrappedOpening none() {
        return new WrappedOpening();
    }

    /** Whether a short line ends on a word the sentence must go on from: "... an average density of". */
    static boolean leadsOn(String line) {
        int end = line.length();
        int start = end;
        while (start > 0 && Character.isLetter(line.charAt(start - 1))) {
            start--;
        }
        return start < end && LEADS_ON.contains(line.substring(start, end).toLowerCase(Locale.ROOT));
    }

    void headingRead(Candidate heading) {
        last = heading;
    }

    /**
     * The heading read on the line before, if the line now read carries it on in lower case, which
     * no heading's first line of prose does; forgets it either way.
     */
    Candidate continuedBy(String line) {
        Candidate c = last;
        last = null;
        return c != null && !line.isEmpty() && Character.isLowerCase(line.charAt(0)) ? c : null;
    }
}
