package dev.samachar.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samachar.es.ClusterUnavailableException;
import dev.samachar.ingest.files.IngestFailure;
import dev.samachar.pipeline.IndexRun;
import dev.samachar.state.IndexState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch loop on a real directory with real file-system events. The batches go to a runner that records
 * them (and records the files in a real index state, as IndexRun would) instead of to Elasticsearch, so the
 * loop's own decisions are what is tested: when a file goes into a batch, when a batch prunes, and that a
 * batch the cluster failed is sent again once the cluster answers. The IT does the same against a real node.
 */
@Timeout(60)
class WatchLoopTest {

    private static final Duration QUIET = Duration.ofMillis(700);

    record Sent(List<Path> paths, boolean prune, boolean startup, long atMillis) {}

    @TempDir
    Path dir;

    private Path root;
    private IndexState state;
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final List<String> heard = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger clusterFailuresToReport = new AtomicInteger();
    /** Prunes that throw as the run's closing refresh does when the node stops after the deletes were acknowledged. */
    private final AtomicInteger prunesCutShortAfterTheDeletes = new AtomicInteger();

    private Supplier<String> clusterProblem = () -> null;
    private WatchLoop loop;
    private Thread running;

    @BeforeEach
    void setUp() throws IOException {
        root = Files.createDirectories(dir.toRealPath().resolve("news"));
        state = IndexState.open(dir.resolve("state"), "test-index", "uuid", new ArrayList<>());
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (loop != null) {
            loop.stop();
            running.join(10_000);
            assertFalse(running.isAlive(), "the loop did not stop");
        }
    }

    @Test
    void aFileStillBeingWrittenGoesIntoOneBatchAfterItsLastWrite() throws Exception {
        start(false);
        Path article = root.resolve("a.txt");
        Files.writeString(article, "Title\n\n");
        Thread.sleep(300);
        Files.writeString(article, "First paragraph.\n", StandardOpenOption.APPEND);
        Thread.sleep(300);
        Files.writeString(article, "Second paragraph.\n", StandardOpenOption.APPEND);
        long lastWrite = System.currentTimeMillis();
        awaitThat(() -> batchesAfterStartup().size() == 1);
        Thread.sleep(QUIET.toMillis() * 2);

        List<Sent> batches = batchesAfterStartup();
        assertEquals(1, batches.size(), "one batch, not one per write: " + batches);
        assertEquals(List.of(article), batches.get(0).paths());
        long delay = batches.get(0).atMillis() - lastWrite;
        assertTrue(delay >= QUIET.toMillis() - 50, "sent " + delay + " ms after the last write");
        assertTrue(delay < QUIET.toMillis() + 3000, "sent " + delay + " ms after the last write");
        assertTrue(heard.contains("batch 2: 1 new"), heard.toString());
    }

    @Test
    void theStartupRunReadsEveryRootThenOnlyChangedFilesAreSent() throws Exception {
        Path old = Files.writeString(root.resolve("old.txt"), "x");
        start(false);
        awaitThat(() -> !sent.isEmpty());
        assertEquals(
                new Sent(List.of(root), false, true, 0).paths(), sent.get(0).paths());
        assertTrue(sent.get(0).startup());

        Path fresh = Files.writeString(root.resolve("fresh.txt"), "x");
        awaitThat(() -> batchesAfterStartup().size() == 1);
        assertEquals(List.of(fresh), batchesAfterStartup().get(0).paths(), "not " + old);
    }

    @Test
    void aRemovedFileMakesTheBatchPruneOnlyWhenPruneWasAsked() throws Exception {
        Path doomed = Files.writeString(root.resolve("doomed.txt"), "x");
        start(true);
        awaitThat(() -> !sent.isEmpty());
        Files.delete(doomed);
        awaitThat(() -> batchesAfterStartup().size() == 1);
        Sent batch = batchesAfterStartup().get(0);
        assertEquals(List.of(), batch.paths(), "nothing to read");
        assertTrue(batch.prune());
    }

    @Test
    void withoutPruneARemovedFileSendsNothing() throws Exception {
        Path doomed = Files.writeString(root.resolve("doomed.txt"), "x");
        start(false);
        awaitThat(() -> !sent.isEmpty());
        Files.delete(doomed);
        Path marker = Files.writeString(root.resolve("marker.txt"), "x");
        awaitThat(() -> batchesAfterStartup().size() == 1);
        assertEquals(List.of(marker), batchesAfterStartup().get(0).paths());
        assertFalse(batchesAfterStartup().get(0).prune());
    }

    @Test
    void aBatchTheClusterFailedIsSentAgainOnceTheClusterAnswers() throws Exception {
        AtomicInteger healthChecks = new AtomicInteger();
        clusterProblem = () -> healthChecks.incrementAndGet() < 3 ? "cannot connect to Elasticsearch" : null;
        start(false);
        awaitThat(() -> !sent.isEmpty());
        clusterFailuresToReport.set(1);
        Path article = Files.writeString(root.resolve("during-outage.txt"), "x");
        awaitThat(() -> batchesAfterStartup().size() == 2);

        assertEquals(List.of(article), batchesAfterStartup().get(0).paths());
        assertEquals(List.of(article), batchesAfterStartup().get(1).paths(), "the same batch, sent again");
        assertEquals(3, healthChecks.get(), "asked until it answered");
        awaitThat(() -> heard.contains("back"));
        assertTrue(heard.contains("lost: cannot connect to Elasticsearch"), heard.toString());
        awaitThat(() -> loop.totals().batches() == 2);
        assertEquals(1, loop.totals().clusterWaits());
        assertEquals(1, loop.totals().added(), "counted once");
        assertFalse(loop.waitingForCluster());
    }

    /**
     * WatchIT once counted "removed 0" under heavy load: it stopped the node as soon as the delete showed in the
     * index, while the batch was still between its acknowledged deletes and its closing refresh. That attempt
     * threw, the retry found nothing left to prune, and the summary of neither counted the file.
     */
    @Test
    void aPruneCutShortAfterItsDeletesIsCountedOnceWhenTheBatchIsSentAgain() throws Exception {
        Path doomed = Files.writeString(root.resolve("doomed.txt"), "x");
        state.record(doomed.toString(), "hash-doomed", List.of("id-doomed"));
        start(true);
        awaitThat(() -> !sent.isEmpty());
        prunesCutShortAfterTheDeletes.set(1);
        Files.delete(doomed);
        awaitThat(() -> loop.totals().batches() == 2);

        assertEquals(2, batchesAfterStartup().size(), "sent again after the cut: " + sent);
        assertEquals(1, loop.totals().clusterWaits());
        assertEquals(1, loop.totals().removed(), "the file pruned by the attempt that was cut short");
        assertEquals(1, loop.totals().deleted(), "its document, deleted before the cut");
        assertEquals(0, loop.totals().added());
    }

    @Test
    void stoppingWhileTheClusterIsAwayLeavesTheBatchUnsent() throws Exception {
        clusterProblem = () -> "cannot connect to Elasticsearch";
        start(false);
        awaitThat(() -> !sent.isEmpty());
        clusterFailuresToReport.set(1);
        Files.writeString(root.resolve("during-outage.txt"), "x");
        awaitThat(() -> heard.contains("lost: cannot connect to Elasticsearch"));
        loop.stop();
        running.join(5_000);
        assertFalse(running.isAlive(), "a stop ends the wait at once");
        assertTrue(loop.waitingForCluster());
        assertEquals(0, loop.totals().added());
    }

    @Test
    void aFileThatFailsCountsAsFailingUntilItIsReadWithoutFailureOrRemoved() throws Exception {
        start(true);
        awaitThat(() -> !sent.isEmpty());
        Path bad = Files.writeString(root.resolve("bad.txt"), "unreadable");
        Path worse = Files.writeString(root.resolve("worse.txt"), "unreadable");
        awaitThat(() -> loop.totals().failing() == 2);
        Files.writeString(bad, "fixed");
        awaitThat(() -> loop.totals().failing() == 1);
        Files.writeString(worse, "unreadable, still");
        Thread.sleep(QUIET.toMillis() * 3);
        assertEquals(1, loop.totals().failing(), "counted once however often it fails");
        Files.delete(worse);
        awaitThat(() -> loop.totals().failing() == 0);
    }

    private List<Sent> batchesAfterStartup() {
        return sent.stream().filter(s -> !s.startup()).toList();
    }

    private void start(boolean prune) {
        WatchLoop.BatchRunner runner = (paths, pruneGone, startup) -> {
            sent.add(new Sent(List.copyOf(paths), pruneGone, startup, System.currentTimeMillis()));
            if (!startup && clusterFailuresToReport.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                return summary(paths.size(), 0, "cannot connect to Elasticsearch");
            }
            int pruned = 0;
            if (pruneGone) {
                for (String known : state.paths()) {
                    if (Files.notExists(Path.of(known))) {
                        state.forget(known);
                        pruned++;
                    }
                }
                if (prunesCutShortAfterTheDeletes.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    throw new ClusterUnavailableException("cannot connect to Elasticsearch");
                }
            }
            List<IngestFailure> failures = new ArrayList<>();
            for (Path path : startup ? List.<Path>of() : paths) {
                if (readsAsUnreadable(path)) {
                    failures.add(new IngestFailure(path.toString(), "parse", "unreadable"));
                } else {
                    state.record(path.toString(), "hash-" + path.getFileName(), List.of("id-" + path.getFileName()));
                }
            }
            return new IndexRun.Summary(
                    paths.size(),
                    0,
                    0,
                    paths.size(),
                    0,
                    paths.size() - failures.size(),
                    pruned,
                    pruned,
                    failures,
                    List.of(),
                    Duration.ZERO,
                    1,
                    0,
                    0,
                    0,
                    null);
        };
        WatchLoop.Listener listener = new WatchLoop.Listener() {
            @Override
            public void batch(Batch batch, WatchTotals.Snapshot totals) {
                heard.add("batch " + batch.number() + ": " + batch.added() + " new");
            }

            @Override
            public void clusterLost(String reason) {
                heard.add("lost: " + reason);
            }

            @Override
            public void clusterBack(Duration waited) {
                heard.add("back");
            }

            @Override
            public void warning(String message) {
                heard.add("warning: " + message);
            }
        };
        loop = new WatchLoop(
                List.of(root),
                List.of(root),
                prune,
                QUIET,
                Duration.ofMinutes(5),
                runner,
                () -> clusterProblem.get(),
                state,
                listener);
        running = new Thread(
                () -> {
                    try {
                        loop.run();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                },
                "watch-loop-test");
        running.start();
    }

    private static boolean readsAsUnreadable(Path path) {
        try {
            return Files.readString(path).startsWith("unreadable");
        } catch (IOException e) {
            return true;
        }
    }

    private static IndexRun.Summary summary(int files, long indexed, String clusterFailure) {
        return new IndexRun.Summary(
                files,
                0,
                0,
                indexed,
                0,
                indexed,
                0,
                0,
                List.of(),
                List.of(),
                Duration.ZERO,
                1,
                0,
                0,
                0,
                clusterFailure);
    }

    private static void awaitThat(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < deadline, "not within 15 s");
            Thread.sleep(20);
        }
    }
}
