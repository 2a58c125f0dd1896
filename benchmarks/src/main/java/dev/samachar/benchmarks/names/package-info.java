/**
 * Measures how names meet across scripts and spellings ({@code scripts/bench-names}, {@code
 * scripts/bench-names-realnews}): recall of English and Hindi name pairs, false merges among distinct names and
 * ordinary words, and cross-script search on a real node over realnews-dev, judged by the listed spellings.
 */
package dev.samachar.benchmarks.names;
