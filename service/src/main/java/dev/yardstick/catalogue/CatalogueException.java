package dev.yardstick.catalogue;

/** The indicator catalogue file is missing or invalid; the message says where and how to fix it. */
public class CatalogueException extends RuntimeException {
    public CatalogueException(String message) {
        super(message);
    }

    public CatalogueException(String message, Throwable cause) {
        super(message, cause);
    }
}
