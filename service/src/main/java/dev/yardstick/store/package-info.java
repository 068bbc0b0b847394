/**
 * The InfluxDB schema (all names in {@link dev.yardstick.store.Schema}), points built from
 * matched observations, reconciled series and assessments, the write session and the readers.
 * {@link dev.yardstick.store.InfluxGateway} alone talks to InfluxDB (the client, and OkHttp for
 * write requests, whose bodies are {@link dev.yardstick.store.LineProtocolBody}); every InfluxQL
 * statement is built by {@link dev.yardstick.store.InfluxQl}, every point is a
 * {@link dev.yardstick.store.PointRecord} rendered by {@link dev.yardstick.store.LineProtocol}.
 * Parts of the store call the gateway, never back into {@link dev.yardstick.store.InfluxStore}.
 * The only package that imports the InfluxDB client.
 *
 * <p>Depends on: {@code document}, {@code extract}, {@code catalogue}, {@code series},
 * {@code analysis}.
 */
package dev.yardstick.store;
