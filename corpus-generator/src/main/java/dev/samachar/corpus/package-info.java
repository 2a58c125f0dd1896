/**
 * A deterministic corpus of generated Hindi and English scraped pages, for the indexer's integration tests and the
 * benchmarks. The articles are independent of each other (no translations), so every translation link made on them is
 * a false one. Never part of the samachar jar.
 */
package dev.samachar.corpus;
