/**
 * Command line: {@code extract}, {@code ingest}, {@code generate} and {@code benchmark}. Nothing
 * but the entry point depends on this package.
 *
 * <p>Depends on: {@code document}, {@code extract}, {@code catalogue}, {@code store},
 * {@code ingest}, {@code bench}.
 */
package dev.yardstick.cli;
