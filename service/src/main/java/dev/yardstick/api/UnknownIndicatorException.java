package dev.yardstick.api;

/** No indicator with this id in the catalogues, and no provisional indicator with values. */
class UnknownIndicatorException extends RuntimeException {
    UnknownIndicatorException(String id) {
        super("no indicator '" + id + "' in the catalogue or among the provisional indicators; GET /api/indicators lists the ids");
    }
}
