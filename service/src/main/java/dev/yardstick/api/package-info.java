/**
 * HTTP: controllers, the API token filter, and RFC 9457 problem details for every error.
 * Nothing depends on this package.
 */
package dev.yardstick.api;
