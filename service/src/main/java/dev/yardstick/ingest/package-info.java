/**
 * The use case: an update's bytes to stored observations (read, extract, match, write) and the
 * start-up ingest of the seed folder. Depends on every pipeline package; only {@code api} and
 * the application depend on it.
 */
package dev.yardstick.ingest;
