package dev.yardstick.ingest;

import dev.yardstick.document.DocumentRejectedException;

/** An update over one of the limits: refused before it is queued, naming the limit, its setting and the figure found. */
public class UpdateLimitExceededException extends DocumentRejectedException {

    private final String limit;
    private final long maximum;

    UpdateLimitExceededException(String source, String limit, long maximum, long found, String what) {
        super(source, "the update has " + found + " " + what + ", over the limit of " + maximum + " (" + limit
                + "); split the update or ask the operator to raise the limit");
        this.limit = limit;
        this.maximum = maximum;
    }

    /** The setting that holds the limit, e.g. {@code yardstick.ingest.max-lines}. */
    public String limit() {
        return limit;
    }

    public long maximum() {
        return maximum;
    }
}
