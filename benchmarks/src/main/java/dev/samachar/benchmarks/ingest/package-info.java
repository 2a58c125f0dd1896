/**
 * The ingest report of realnews-dev ({@code scripts/report-ingest}): every real page read with the indexer's own
 * reader and compared with its {@code truth.jsonl} headline, language and date.
 */
package dev.samachar.benchmarks.ingest;
