package dev.yardstick.ingest;

/** An accepted update could not be written for a reason retrying will not fix; it is kept in the queue's failed/ folder. */
public class UpdateSetAsideException extends RuntimeException {

    private final String source;

    UpdateSetAsideException(String source, String reason, Throwable cause) {
        super(source + " could not be written and was set aside for inspection (" + reason
                + "); the other updates go on. GET /api/documents/failed lists what was set aside.", cause);
        this.source = source;
    }

    public String source() {
        return source;
    }
}
