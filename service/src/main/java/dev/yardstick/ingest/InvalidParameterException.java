package dev.yardstick.ingest;

/** A parameter of a request (organisation, source name, limit) that Yardstick will not take; the message says why and what would do. */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
