/**
 * Helpers for the indexer's tests (and, through its test jar, the benchmarks' tests): real local clusters, the CLI run
 * in-process or as a process, the repository's samples and the shared seeds and evaluation files, a headless browser,
 * and the random locale and time zone the unit tests run under.
 */
package dev.samachar.testing;
