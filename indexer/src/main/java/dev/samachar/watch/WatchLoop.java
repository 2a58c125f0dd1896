package dev.samachar.watch;

import dev.samachar.es.ClusterUnavailableException;
import dev.samachar.es.RetryPolicy;
import dev.samachar.ingest.files.IngestFailure;
import dev.samachar.pipeline.IndexRun;
import dev.samachar.state.FailureReport;
import dev.samachar.state.IndexState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * `index --watch`: one run over every watched path at the start (what changed while nobody watched), then
 * batches for as long as it runs. File events and a periodic rescan mark files as changed; once a file has
 * been quiet for the quiet period it goes into the next batch, an ordinary {@link IndexRun} over just those
 * files, so the index state decides what is new, changed or unchanged exactly as for `index`. When a batch
 * holds a path that is gone (or at each rescan) the run also prunes, if asked to. When the cluster goes away,
 * the batch is sent again once the cluster answers; nothing is dropped meanwhile, since changes keep
 * collecting. {@link #stop()} ends the loop after the batch in progress.
 */
public final class WatchLoop {

    /** Runs one batch: an {@link IndexRun} over {@code paths}; {@code startup} for the first, over every root. */
    @FunctionalInterface
    public interface BatchRunner {
        IndexRun.Summary index(List<Path> paths, boolean prune, boolean startup);
    }

    /** What the loop reports as it goes; called on the loop's thread. */
    public interface Listener {
        void batch(Batch batch, WatchTotals.Snapshot totals);

        void clusterLost(String reason);

        void clusterBack(Duration waited);

        void warning(String message);
    }

    /** How often the loop looks at the stop flag while it waits for events. */
    private static final long POLL_MILLIS = 250;
    /** File times are coarse on some file systems (1 s, 2 s on FAT): a rescan looks back this much further. */
    private static final long CLOCK_SLACK_MILLIS = 2000;

    private static final Duration LONGEST_CLUSTER_PAUSE = Duration.ofSeconds(10);

    private final List<Path> roots;
    private final List<Path> startupPaths;
    private final boolean prune;
    private final Duration scanInterval;
    private final QuietPeriod quiet;
    private final BatchRunner runner;
    private final Supplier<String> clusterProblem;
    private final IndexState state;
    private final Listener listener;
    private final WatchTotals totals = new WatchTotals();
    private final CountDownLatch stopSignal = new CountDownLatch(1);
    private volatile boolean waitingForCluster;
    private int batches;

    /**
     * @param roots          the paths to watch
     * @param startupPaths   what the first run reads (the roots, and the failure report's files with
     *                       --retry-failures)
     * @param clusterProblem null when the cluster can take writes, else why not ({@link ClusterWait})
     */
    public WatchLoop(
            List<Path> roots,
            List<Path> startupPaths,
            boolean prune,
            Duration quietPeriod,
            Duration scanInterval,
            BatchRunner runner,
            Supplier<String> clusterProblem,
            IndexState state,
            Listener listener) {
        this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.startupPaths = List.copyOf(startupPaths);
        this.prune = prune;
        this.scanInterval = scanInterval;
        // A feed written to without pause is still indexed now and then.
        this.quiet = new QuietPeriod(quietPeriod, max(quietPeriod.multipliedBy(10), Duration.ofSeconds(30)));
        this.runner = runner;
        this.clusterProblem = clusterProblem;
        this.state = state;
        this.listener = listener;
    }

    /** Runs until {@link #stop()}. */
    public void run() throws IOException {
        try (FileEvents events = FileEvents.open(roots, listener::warning)) {
            // Watching starts before the first run reads anything, so a file written meanwhile is not missed.
            long scannedSince = System.currentTimeMillis();
            send(startupPaths, prune, true);
            long nextScan = System.currentTimeMillis() + scanInterval.toMillis();
            boolean pruneDue = false;
            while (!stopped()) {
                long now = System.currentTimeMillis();
                long wait = Math.min(POLL_MILLIS, Math.min(quiet.millisUntilReady(now), Math.max(0, nextScan - now)));
                FileEvents.Changes changes = events.poll(wait, listener::warning);
                long seen = System.currentTimeMillis();
                changes.changed().forEach(p -> quiet.touch(p, seen));
                changes.removed().forEach(p -> quiet.touch(p, seen));
                if (changes.overflowed()) {
                    listener.warning("file-system events were lost (too many at once); rescanning the watched paths");
                }
                if (changes.overflowed() || seen >= nextScan) {
                    events.watchAll(listener::warning);
                    RecentFiles.changedSince(roots, scannedSince - CLOCK_SLACK_MILLIS)
                            .forEach((file, changed) -> quiet.touch(file, Math.min(changed, seen)));
                    scannedSince = seen;
                    nextScan = System.currentTimeMillis() + scanInterval.toMillis();
                    // A removal whose event was lost is found by the prune itself, which checks every known file.
                    pruneDue = prune;
                }
                List<Path> ready = quiet.takeReady(System.currentTimeMillis());
                List<Path> present = new ArrayList<>();
                boolean gone = false;
                for (Path path : ready) {
                    if (Files.exists(path)) {
                        if (!Files.isDirectory(path)) {
                            present.add(path);
                        }
                    } else {
                        gone = true;
                    }
                }
                boolean pruneNow = prune && (gone || pruneDue);
                if (!present.isEmpty() || pruneNow) {
                    send(present, pruneNow, false);
                    pruneDue = false;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends the loop once the batch in progress (if any) is done; a wait for the cluster ends at once. */
    public void stop() {
        stopSignal.countDown();
    }

    public boolean stopped() {
        return stopSignal.getCount() == 0;
    }

    /** True while a batch waits for the cluster to come back, and after a stop that left it unsent. */
    public boolean waitingForCluster() {
        return waitingForCluster;
    }

    public WatchTotals.Snapshot totals() {
        return totals.snapshot();
    }

    /**
     * Sends one batch, and sends it again each time the cluster comes back after failing it. Files added and
     * removed are counted from the state over every attempt, not from the last attempt's summary: an attempt cut
     * short after its deletes were acknowledged (the node stopping during the run's closing refresh) has already
     * pruned the files from the state, so the attempt that succeeds finds nothing left to prune.
     */
    private void send(List<Path> paths, boolean pruneGone, boolean startup) throws InterruptedException {
        int filesBefore = state.files();
        Map<String, Integer> gone = new HashMap<>();
        Set<String> accounted = new HashSet<>();
        while (true) {
            if (pruneGone) {
                knownButGone(gone);
            }
            IndexRun.Summary summary = null;
            String failure;
            try {
                summary = runner.index(paths, pruneGone, startup);
                failure = summary.clusterFailure();
            } catch (RuntimeException e) {
                if (!(e instanceof ClusterUnavailableException) && !RetryPolicy.retryableRequest(e)) {
                    throw e;
                }
                failure = e.getMessage();
            }
            // A run that threw has no summary; the documents of the files it pruned were deleted all the same.
            long prunedDocuments = 0;
            for (Map.Entry<String, Integer> file : gone.entrySet()) {
                if (state.entry(file.getKey()) == null && accounted.add(file.getKey())) {
                    prunedDocuments += file.getValue();
                }
            }
            if (failure == null) {
                Batch batch = outcome(startup, summary, filesBefore, accounted.size());
                totals.add(batch, paths);
                listener.batch(batch, totals.snapshot());
                return;
            }
            if (summary != null) {
                totals.addAcknowledged(summary.indexed(), summary.deleted());
            } else {
                totals.addAcknowledged(0, prunedDocuments);
            }
            if (!awaitCluster(failure)) {
                return;
            }
        }
    }

    /** Adds the files the state holds that are gone from disk, each with the documents a prune deletes for it. */
    private void knownButGone(Map<String, Integer> gone) {
        for (String path : state.paths()) {
            if (!gone.containsKey(path) && Files.notExists(Path.of(path))) {
                gone.put(path, state.orphanedBy(path, List.of()).size());
            }
        }
    }

    /** Waits until the cluster can take writes again; false when stopped first (the batch stays unsent). */
    private boolean awaitCluster(String failure) throws InterruptedException {
        waitingForCluster = true;
        listener.clusterLost(failure);
        long started = System.nanoTime();
        Duration pause = Duration.ofSeconds(1);
        while (!stopped()) {
            if (clusterProblem.get() == null) {
                Duration waited = Duration.ofNanos(System.nanoTime() - started);
                totals.addWait(waited);
                waitingForCluster = false;
                listener.clusterBack(waited);
                return true;
            }
            if (stopSignal.await(pause.toMillis(), TimeUnit.MILLISECONDS)) {
                break;
            }
            pause = min(pause.multipliedBy(2), LONGEST_CLUSTER_PAUSE);
        }
        totals.addWait(Duration.ofNanos(System.nanoTime() - started));
        return false;
    }

    /**
     * Counts files from the run's summary and the state: files new to the state were added; the rest that
     * were neither unchanged nor failed were changed; {@code removed} left the state, pruned.
     */
    private Batch outcome(boolean startup, IndexRun.Summary summary, int filesBefore, int removed) {
        Set<String> failedFiles = new TreeSet<>();
        for (IngestFailure failure : summary.failures()) {
            failedFiles.add(FailureReport.pathOf(failure.origin()));
        }
        int added = Math.max(0, state.files() - filesBefore + removed);
        int changed = Math.max(0, summary.files() - summary.unchanged() - added - failedFiles.size());
        Batch batch = new Batch(
                0,
                startup,
                summary.files(),
                added,
                changed,
                summary.unchanged(),
                removed,
                failedFiles.size(),
                summary.indexed(),
                summary.deleted(),
                summary.translationLinks(),
                summary.failures(),
                summary.warnings(),
                summary.elapsed());
        // Numbered only when reported, so that the lines count 1, 2, 3 without gaps.
        return batch.worthReporting() ? batch.numbered(++batches) : batch;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
