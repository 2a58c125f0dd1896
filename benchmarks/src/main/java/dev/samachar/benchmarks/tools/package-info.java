/**
 * The benchmark helpers of {@code scripts/bench-tools}, outside the samachar jar: a generated corpus, and translation
 * linking and facet-filter resolution measured without Elasticsearch.
 */
package dev.samachar.benchmarks.tools;
