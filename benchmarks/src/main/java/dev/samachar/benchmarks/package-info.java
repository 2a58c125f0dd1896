/**
 * Reproducible measurements: the romaniser's speed (JMH), the indexing cost of the analysis sub-fields on a real local
 * node, and the performance harness of {@code scripts/bench} (parse and enrich throughput, {@code samachar index}
 * against a raw bulk load, search latency, cold start).
 */
package dev.samachar.benchmarks;
