package dev.yardstick.api;

/** No indicator with this id in the catalogue. */
class UnknownIndicatorException extends RuntimeException {
    UnknownIndicatorException(String id) {
        super("no indicator '" + id + "' in the catalogue; GET /api/indicators lists the ids");
    }
}
