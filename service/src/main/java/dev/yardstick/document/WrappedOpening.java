package dev.yardstick.document;

import java.util.Set;

/**
 * The first line of a paragraph that a text export of a page or PDF wrapped short, so that alone
 * it looks like a heading ({@link FreeLayoutRows}): "The 2011 Census gives an average density of"
 * | "3.6 persons per hectare, ...", "With a mid-2014 usually resident population" | "estimate of
 * 139,105 people, ...". A line ending on a word that must lead on is never a heading; a short line
 * the next line carries on in lower case was none either.
 */
final class WrappedOpening {

    /**
     * Words a wrapped line may end on ({@link PageBreakStitcher#leadsOn}) that a heading may end on
     * too: "Aged 65 and over", "Spotlight on", "About".
     */
    private static final Set<String> MAY_END_A_HEADING = Set.of("in", "on", "for", "as", "about", "around", "over", "under",
            "only", "just", "some", "be", "been", "almost", "nearly", "approximately");

    /** A short line read as a heading, with the theme and block it replaced, until the next line says what it was. */
    record Candidate(String text, int lineNo, String themeBefore, int blockStartBefore) {
    }

    private Candidate last;

    /** Whether a short line ends on a word the sentence must go on from: "... an average density of". */
    static boolean leadsOn(String line) {
        String last = PageBreakStitcher.lastWord(line);
        return PageBreakStitcher.leadsOn(last) && !MAY_END_A_HEADING.contains(last);
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
