package dev.yardstick.ingest;

import dev.yardstick.document.DocumentRejectedException;

/**
 * What one update may hold, checked before any work that grows with it: lines and the longest
 * stretch of text between sentence ends before extraction, observations after it and before the
 * update is queued. Set by {@code yardstick.ingest.max-lines}, {@code .max-sentence-length} and
 * {@code .max-observations}.
 */
record UpdateLimits(int maxLines, int maxSentenceLength, int maxObservations) {

    UpdateLimits {
        if (maxLines < 1 || maxSentenceLength < 1 || maxObservations < 1 || maxObservations > dev.yardstick.store.ObservationPoints.MAX_OBSERVATIONS) {
            throw new IllegalArgumentException("yardstick.ingest.max-lines, max-sentence-length and max-observations must be positive, and"
                    + " max-observations at most " + dev.yardstick.store.ObservationPoints.MAX_OBSERVATIONS);
        }
    }

    /**
     * Lines, and the longest stretch without a full stop, question or exclamation mark or line
     * break: no sentence is longer, so the extractor never meets one over the limit.
     */
    void checkText(String source, String text) {
        int lines = 1;
        int run = 0;
        int longest = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines++;
            }
            run = c == '\n' || c == '.' || c == '!' || c == '?' ? 0 : run + 1;
            longest = Math.max(longest, run);
        }
        if (lines > maxLines) {
            throw new UpdateLimitExceededException(source, "yardstick.ingest.max-lines", maxLines, lines, "lines");
        }
        if (longest > maxSentenceLength) {
            throw new UpdateLimitExceededException(source, "yardstick.ingest.max-sentence-length", maxSentenceLength, longest,
                    "characters in one sentence");
        }
    }

    void checkObservations(String source, int observations) {
        if (observations > maxObservations) {
            throw new UpdateLimitExceededException(source, "yardstick.ingest.max-observations", maxObservations, observations, "observations");
        }
    }
}
