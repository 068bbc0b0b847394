package dev.yardstick.cli;

/** A command line the user can fix; printed with the usage text. */
class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
