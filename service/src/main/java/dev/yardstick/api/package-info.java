/**
 * HTTP: controllers, who may call them ({@link dev.yardstick.api.ApiSecurity}: Spring Security,
 * bearer token), and RFC 9457 problem details for every error. Nothing depends on this package.
 *
 * <p>Depends on: {@code document}, {@code extract}, {@code catalogue}, {@code analysis},
 * {@code store}, {@code ingest}.
 */
package dev.yardstick.api;
