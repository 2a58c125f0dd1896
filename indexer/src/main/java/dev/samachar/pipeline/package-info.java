/**
 * One {@code samachar index} run from paths to acknowledged documents: skipping what the index state says is already
 * indexed, parsing and enriching on worker threads while bulk requests are sent, settling each file when its
 * operations are acknowledged, progress and ETA, and linking articles to their translations at the end of the run.
 */
package dev.samachar.pipeline;
