/**
 * The analysis components the .security system index needs and the minimal local Elasticsearch lacks
 * ({@code pattern_capture}, {@code unique}, {@code uax_url_email}), as a stable plugin for Samachar's local node
 * only.
 */
package dev.samachar.securityanalysis;
