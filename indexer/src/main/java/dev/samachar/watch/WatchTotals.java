package dev.samachar.watch;

import dev.samachar.ingest.files.IngestFailure;
import dev.samachar.state.FailureReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Everything the watch did since it started; read by the stopping thread while the loop may still run. */
public final class WatchTotals {

    /**
     * @param batches the batches worth reporting (a rescan that found nothing new is not one)
     * @param failing files that failed during the watch and have been neither fixed nor removed since
     */
    public record Snapshot(
            Duration elapsed,
            int batches,
            int added,
            int changed,
            int removed,
            int failing,
            long indexed,
            long deleted,
            int translationLinks,
            int clusterWaits,
            Duration waited) {}

    private final Instant started = Instant.now();
    private int batches;
    private int added;
    private int changed;
    private int removed;
    /** Few in practice; a file is counted once however often it fails again. */
    private final Set<String> failing = new HashSet<>();

    private long indexed;
    private long deleted;
    private int translationLinks;
    private int clusterWaits;
    private long waitedMillis;

    /** @param paths what the batch read: a failing file read again without failure is fixed */
    synchronized void add(Batch batch, List<Path> paths) {
        batches += batch.worthReporting() ? 1 : 0;
        added += batch.added();
        changed += batch.changed();
        removed += batch.removed();
        Set<String> failedNow = new HashSet<>();
        for (IngestFailure failure : batch.failures()) {
            failedNow.add(FailureReport.pathOf(failure.origin()));
        }
        Set<String> read = new HashSet<>();
        paths.forEach(p -> read.add(p.toString()));
        failing.removeIf(f -> !failedNow.contains(f) && (read.contains(f) || Files.notExists(Path.of(f))));
        failing.addAll(failedNow);
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
        return new Snapshot(
                Duration.between(started, Instant.now()),
                batches,
                added,
                changed,
                removed,
                failing.size(),
                indexed,
                deleted,
                translationLinks,
                clusterWaits,
                Duration.ofMillis(waitedMillis));
    }
}
