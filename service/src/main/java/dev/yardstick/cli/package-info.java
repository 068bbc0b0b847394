/**
 * Command line: {@code extract} and {@code benchmark}. Nothing depends on this package.
 */
package dev.yardstick.cli;
