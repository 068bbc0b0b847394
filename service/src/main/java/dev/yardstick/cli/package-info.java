/**
 * Command line: {@code extract}, {@code ingest} and {@code benchmark}. Nothing depends on this package.
 */
package dev.yardstick.cli;
