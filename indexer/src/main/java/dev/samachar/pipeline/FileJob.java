package dev.samachar.pipeline;

import dev.samachar.es.BulkIndexer;
import dev.samachar.ingest.files.IngestFailure;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bulk operations queued for one file. When the last one is acknowledged, and none failed, the file
 * is settled: {@code onSettled} records it in the index state. Until then a crash leaves it unrecorded,
 * so the next run sends it again. Starts "armed" with one extra count, released by {@link #queued()},
 * so that a fast acknowledgement cannot settle the file while its operations are still being queued.
 */
final class FileJob implements BulkIndexer.Outcome {

    private final AtomicInteger pending = new AtomicInteger(1);
    private final AtomicBoolean failed = new AtomicBoolean();
    private final Runnable onSettled;

    FileJob(Runnable onSettled) {
        this.onSettled = onSettled;
    }

    /** Counts one more operation that must be acknowledged; returns this as its outcome. */
    BulkIndexer.Outcome expect() {
        pending.incrementAndGet();
        return this;
    }

    /** Every operation of the file is queued. */
    void queued() {
        done();
    }

    @Override
    public void acknowledged() {
        done();
    }

    @Override
    public void failed(IngestFailure failure) {
        failed.set(true);
        done();
    }

    private void done() {
        if (pending.decrementAndGet() == 0 && !failed.get()) {
            onSettled.run();
        }
    }
}
