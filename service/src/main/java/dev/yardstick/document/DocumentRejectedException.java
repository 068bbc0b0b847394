package dev.yardstick.document;

/**
 * The file is not a quarterly update this reader understands. The message names the file, the
 * problem and how to fix it; nothing from such a file is used.
 */
public class DocumentRejectedException extends RuntimeException {

    private final String source;
    private final String problem;

    public DocumentRejectedException(String source, String problem) {
        super(source + ": " + problem);
        this.source = source;
        this.problem = problem;
    }

    public String source() {
        return source;
    }

    public String problem() {
        return problem;
    }
}
