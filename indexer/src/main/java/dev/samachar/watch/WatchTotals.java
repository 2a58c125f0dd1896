package dev.samachar.watch;

import java.time.Duration;
import java.time.Instant;

/** Everything the watch did since it started; read by the stopping thread while the loop may still run. */
public final class WatchTotals {

    public record Snapshot(Duration elapsed, int batches, int added, int changed, int removed, int failed,
                           long indexed, long deleted, int translationLinks, int clusterWaits, Duration waited) {
    }

    private final Instant started = Instant.now();
    private int batches;
    private int added;
    private int changed;
    private int removed;
    private int failed;
    private long indexed;
    private long deleted;
    private int translationLinks;
    private int clusterWaits;
    private long waitedMillis;

    synchronized void add(Batch batch) {
        batches++;
        added += batch.added();
        changed += batch.changed();
        removed += batch.removed();
        failed += batch.failed();
        indexed += batch.indexed();
        deleted += batch.deleted();
        translationLinks += batch.translationLinks();
    }

    /** Documents Elasticsearch acknowledged in a batch that the cluster then cut short (it is sent again). */
    synchronized void addAcknowledged(long indexedDocuments, long deletedDocuments) {
        indexed += indexedDocuments;
        deleted += deletedDocuments;
    }

    synchronized void addWait(Duration waited) {
        clusterWaits++;
        waitedMillis += waited.toMillis();
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(Duration.between(started, Instant.now()), batches, added, changed, removed, failed,
                indexed, deleted, translationLinks, clusterWaits, Duration.ofMillis(waitedMillis));
    }
}
