package dev.yardstick.ingest;

/**
 * An accepted update that could not be written for a reason retrying will not fix, kept in the
 * queue's {@code failed/} folder (as {@code file}, with {@code file.reason.txt}) for a person to inspect.
 */
public record SetAsideUpdate(String file, String source, String organisation, String reason) {
}
