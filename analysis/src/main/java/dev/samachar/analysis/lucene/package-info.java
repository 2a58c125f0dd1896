/**
 * The Lucene tokenizers, token filters and analyzers built on {@link dev.samachar.analysis}: one small
 * filter per job, chained by {@link dev.samachar.analysis.lucene.SamacharAnalyzers} into the analyzers
 * that the Elasticsearch plugin exposes and that portable mode runs in the indexer.
 */
package dev.samachar.analysis.lucene;
