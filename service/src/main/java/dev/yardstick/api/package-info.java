/**
 * HTTP: controllers, who may call them ({@link dev.yardstick.api.ApiSecurity}: Spring Security, bearer token), and RFC 9457 problem details for every error.
 * Nothing depends on this package.
 */
package dev.yardstick.api;
