/**
 * {@code samachar index --watch}: file-system events and a periodic rescan reduced to batches of quiet, changed paths,
 * each indexed as a run is, with waits while the cluster cannot take writes.
 */
package dev.samachar.watch;
