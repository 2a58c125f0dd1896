package dev.samachar.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs the CPU-heavy part of indexing (parsing and enriching files) on worker threads while the
 * calling thread keeps feeding bulk requests, so that enrichment overlaps with Elasticsearch's work
 * instead of alternating with it. Bounded: at most four files per worker and
 * {@link #MAX_BYTES_IN_FLIGHT} of input are in flight; {@link #submit} blocks (finishing the oldest)
 * when the window is full, and the bulk indexer blocks the caller when its requests are all in
 * flight, so memory stays flat however many files a run has. Each result is handed to its
 * continuation on the calling thread and in submission order, so everything that is not
 * thread-safe (index state, counters, the bulk indexer) stays on one thread, and runs are as
 * deterministic as before.
 */
final class EnrichmentWorkers implements AutoCloseable {

    private record Pending<T>(Future<T> result, Consumer<T> then, long bytes) {
        void finish() {
            then.accept(await(result));
        }
    }

    private final ExecutorService pool;
    private final int window;
    private final Deque<Pending<?>> pending = new ArrayDeque<>();
    /**
     * Input bytes in flight, bounded too: a few large feeds (a 10 MB .jsonl becomes several times that
     * as strings, articles and documents) must not take the heap that many small pages fit in.
     */
    static final long MAX_BYTES_IN_FLIGHT = 16L * 1024 * 1024;

    private long bytesInFlight;

    /** @param threads worker threads; each file is parsed and enriched on one of them */
    EnrichmentWorkers(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive");
        }
        AtomicInteger serial = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "enrich-" + serial.incrementAndGet());
            thread.setDaemon(true); // never keeps the JVM alive after a failed run
            return thread;
        });
        // Enough queued work that no worker idles while the caller waits on a bulk request.
        this.window = 4 * threads;
    }

    /** The default: one worker per core, as the indexer itself is the only heavy work on its side. */
    static int defaultThreads() {
        return Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Runs {@code work} on a worker; {@code then} gets its result on this thread, after every earlier
     * one. Blocks first while the window is full, by count or by {@code bytes} (the input's size).
     */
    <T> void submit(Callable<T> work, Consumer<T> then, long bytes) {
        while (!pending.isEmpty() && (pending.size() >= window || bytesInFlight + bytes > MAX_BYTES_IN_FLIGHT)) {
            finishOldest();
        }
        bytesInFlight += bytes;
        pending.addLast(new Pending<>(pool.submit(work), then, bytes));
    }

    private void finishOldest() {
        Pending<?> oldest = pending.removeFirst();
        bytesInFlight -= oldest.bytes();
        oldest.finish();
    }

    /** Hands over every outstanding result, in order. */
    void drain() {
        while (!pending.isEmpty()) {
            finishOldest();
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for enrichment");
        } catch (ExecutionException e) {
            // A bug in parsing or enrichment: the same failure the sequential loop would have thrown.
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
