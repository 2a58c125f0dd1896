/**
 * Builds the analysis library's word lists from Debian's lexicon packages ({@code scripts/build-vocabulary}).
 */
package dev.samachar.benchmarks.lexicon;
