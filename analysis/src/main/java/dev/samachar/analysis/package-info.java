/**
 * Text analysis with no Lucene in it: Hindi folding and normalisation, romanisation, the readings and
 * phonetic keys that cross-script matching compares, exonym groups and the word lists that tell
 * ordinary words from names. The indexer, the analysis plugin and the benchmarks all call these.
 */
package dev.samachar.analysis;
