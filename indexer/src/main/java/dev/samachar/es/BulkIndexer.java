package dev.samachar.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import dev.samachar.ingest.files.IngestFailure;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.elasticsearch.client.ResponseException;

/**
 * Sends index and delete operations in bulk requests: batches by count and bytes, at most
 * {@code maxConcurrentRequests} requests in flight ({@link #index} blocks while they are all busy, the
 * backpressure that keeps memory flat), and retries by {@link RetryPolicy}: rejected items (429, 5xx)
 * and whole requests that failed (I/O, 429, 5xx) are sent again with backoff; items refused for good
 * (mapping, parse, blocked index) are reported at once. Every operation ends in exactly one call of its
 * {@link Outcome}, so the caller knows what Elasticsearch acknowledged.
 *
 * <p>Not BulkIngester: it retries only item 429s, never a failed request, and does not count its retries.
 * After a request has failed for good because the cluster is unreachable or refuses writes, later batches
 * are not sent: they fail at once with the same reason instead of each waiting through its own retries.
 * A request still rejected as overloaded (429, 5xx) after every retry fails only its own documents.
 */
public final class BulkIndexer implements AutoCloseable {

    public record Options(int maxOperations, long maxBytes, int maxConcurrentRequests, RetryPolicy retry) {
        public static Options defaults() {
            return new Options(500, 5L * 1024 * 1024, 2, RetryPolicy.defaults());
        }
    }

    /** What happened to one operation; called once, from a sender thread. */
    public interface Outcome {
        void acknowledged();

        void failed(IngestFailure failure);

        Outcome NONE = new Outcome() {
            @Override
            public void acknowledged() {}

            @Override
            public void failed(IngestFailure failure) {}
        };
    }

    /**
     * @param indexed        index operations acknowledged
     * @param deleted        delete operations acknowledged (including ids that were already gone)
     * @param retriedItems   items sent again after a 429/5xx item status
     * @param retriedRequests whole requests sent again after an I/O error, 429 or 5xx
     * @param clusterFailure the reason a request failed for good (the cluster is unreachable or refused
     *                       the request), or null
     */
    public record Summary(
            long indexed,
            long deleted,
            List<IngestFailure> failures,
            long requests,
            long retriedItems,
            long retriedRequests,
            String clusterFailure) {}

    private record Operation(BulkOperation operation, String origin, long bytes, Outcome outcome) {}

    /**
     * A document at least this large (by {@link #approximateBytes}; 512K chars, a hundred times a long
     * article) is sent in a request of its own with no other request in flight, so that neither this
     * process nor the node holds two of them at once: the node needs many times a document's size to
     * index it, so two such documents in concurrent requests can exhaust a node's heap
     * (docs/large-documents.md).
     */
    static final long ALONE_BYTES = 1L << 20;

    private final ElasticsearchClient client;
    private final String index;
    private final Options options;
    private final ExecutorService senders;
    private final Semaphore inFlight;
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicLong deleted = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong retriedItems = new AtomicLong();
    private final AtomicLong retriedRequests = new AtomicLong();
    /** Requests between their first retry and their outcome; new requests wait for them. */
    private final AtomicInteger retryingRequests = new AtomicInteger();

    private final AtomicBoolean closed = new AtomicBoolean();
    private final Queue<IngestFailure> failures = new ConcurrentLinkedQueue<>();
    private volatile String clusterFailure;
    private List<Operation> batch = new ArrayList<>();
    private long batchBytes;

    public BulkIndexer(ElasticsearchClient client, String index, Options options) {
        this.client = client;
        this.index = index;
        this.options = options;
        this.senders = Executors.newFixedThreadPool(options.maxConcurrentRequests(), runnable -> {
            Thread thread = new Thread(runnable, "samachar-bulk");
            thread.setDaemon(true);
            return thread;
        });
        this.inFlight = new Semaphore(options.maxConcurrentRequests());
    }

    /** Queues one document; blocks while the maximum number of requests is in flight. */
    public void index(String id, Map<String, Object> source, String origin, Outcome outcome) {
        index(id, RenderedSource.of(source), origin, outcome);
    }

    /** Queues one document already rendered as JSON; blocks while the maximum number of requests is in flight. */
    public void index(String id, RenderedSource source, String origin, Outcome outcome) {
        BulkOperation operation =
                BulkOperation.of(op -> op.index(idx -> idx.index(index).id(id).document(source.json())));
        add(new Operation(operation, origin, source.approximateBytes(), outcome));
    }

    /** Queues one document; failures are only collected in the summary. */
    public void add(String id, Map<String, Object> source, String origin) {
        index(id, source, origin, Outcome.NONE);
    }

    /** Queues the removal of one document; an id that is already gone counts as removed. */
    public void delete(String id, String origin, Outcome outcome) {
        BulkOperation operation =
                BulkOperation.of(op -> op.delete(d -> d.index(index).id(id)));
        add(new Operation(operation, origin, 64 + id.length(), outcome));
    }

    /** True once a request has failed for good; the caller may stop reading files. */
    public boolean clusterFailed() {
        return clusterFailure != null;
    }

    /** Why the cluster stopped accepting requests, or null. */
    public String clusterFailure() {
        return clusterFailure;
    }

    /** Operations acknowledged so far, for progress display. */
    public long acknowledged() {
        return indexed.get() + deleted.get();
    }

    private void add(Operation operation) {
        boolean huge = operation.bytes() >= ALONE_BYTES;
        if (huge) {
            // In a request of its own, which flush sends alone.
            flush();
        }
        batch.add(operation);
        batchBytes += operation.bytes();
        if (huge || batch.size() >= options.maxOperations() || batchBytes >= options.maxBytes()) {
            flush();
        }
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<Operation> toSend = batch;
        boolean huge = toSend.size() == 1 && batchBytes >= ALONE_BYTES;
        int permits = huge ? options.maxConcurrentRequests() : 1;
        batch = new ArrayList<>();
        batchBytes = 0;
        inFlight.acquireUninterruptibly(permits);
        try {
            senders.execute(() -> {
                try {
                    send(toSend);
                } finally {
                    inFlight.release(permits);
                }
            });
        } catch (RuntimeException e) {
            inFlight.release(permits);
            throw e;
        }
    }

    /**
     * Sends one batch until every operation has an outcome. A new batch first waits while others are
     * being retried: with a fast producer, fresh requests would otherwise take every slot an
     * overloaded node frees, and a request in backoff could lose all its retries to them.
     */
    private void send(List<Operation> operations) {
        while (retryingRequests.get() > 0
                && clusterFailure == null
                && !Thread.currentThread().isInterrupted()) {
            sleep(10);
        }
        boolean[] retrying = {false};
        try {
            sendWithRetries(operations, retrying);
        } finally {
            if (retrying[0]) {
                retryingRequests.decrementAndGet();
            }
        }
    }

    private void sendWithRetries(List<Operation> operations, boolean[] retrying) {
        List<Operation> pending = operations;
        for (int attempt = 0; ; attempt++) {
            String refusedFor = clusterFailure;
            if (refusedFor != null) {
                failAll(pending, "not sent: " + refusedFor);
                return;
            }
            List<Operation> retry;
            try {
                requests.incrementAndGet();
                List<BulkOperation> body =
                        pending.stream().map(Operation::operation).toList();
                BulkResponse response = client.bulk(b -> b.operations(body));
                retry = settle(
                        pending, response.items(), attempt < options.retry().maxRetries());
                if (retry.isEmpty()) {
                    return;
                }
                retriedItems.addAndGet(retry.size());
            } catch (Exception e) {
                if (attempt >= options.retry().maxRetries() || !RetryPolicy.retryableRequest(e)) {
                    String reason = describe(e) + (attempt > 0 ? " after " + attempt + " retries" : "");
                    if (!RetryPolicy.overloaded(e)) {
                        // Unreachable, or refused for a reason every later request would meet too.
                        clusterFailure = reason;
                    }
                    failAll(pending, reason);
                    return;
                }
                retriedRequests.incrementAndGet();
                retry = pending;
            }
            pending = retry;
            if (!retrying[0]) {
                retrying[0] = true;
                retryingRequests.incrementAndGet();
            }
            sleep(options.retry().delay(attempt).toMillis());
        }
    }

    /** Resolves each item of a response; returns those to send again. */
    private List<Operation> settle(List<Operation> sent, List<BulkResponseItem> items, boolean mayRetry) {
        List<Operation> retry = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            Operation operation = sent.get(i);
            BulkResponseItem item = i < items.size() ? items.get(i) : null;
            if (item == null) {
                fail(operation, "index", "no response for this item");
            } else if (item.error() == null) {
                (operation.operation().isDelete() ? deleted : indexed).incrementAndGet();
                operation.outcome().acknowledged();
            } else if (mayRetry && RetryPolicy.retryableItem(item.status())) {
                retry.add(operation);
            } else {
                fail(
                        operation,
                        "index",
                        item.error().type() + ": " + shortened(item.error().reason()) + " (HTTP " + item.status()
                                + ")");
            }
        }
        return retry;
    }

    private void failAll(Collection<Operation> operations, String reason) {
        operations.forEach(op -> fail(op, "bulk", reason));
    }

    private void fail(Operation operation, String stage, String reason) {
        IngestFailure failure = new IngestFailure(operation.origin(), stage, reason);
        failures.add(failure);
        operation.outcome().failed(failure);
    }

    private static String describe(Exception e) {
        if (e instanceof ElasticsearchException ee) {
            return "bulk request refused: " + ErrorMessages.of(ee);
        }
        ResponseException response =
                e instanceof ResponseException r ? r : e.getCause() instanceof ResponseException r ? r : null;
        if (response != null) {
            // The body repeats the server's whole task description; the status says what matters.
            var status = response.getResponse().getStatusLine();
            return "bulk request refused: HTTP " + status.getStatusCode() + " " + status.getReasonPhrase();
        }
        if (e instanceof IOException io) {
            return ErrorMessages.unreachable(io).getMessage();
        }
        return "bulk request failed: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
    }

    /** Rejections describe the server's whole thread pool; a mapping error's reason is short anyway. */
    private static String shortened(String reason) {
        return reason == null || reason.length() <= 300 ? reason : reason.substring(0, 300) + " …";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Bytes of the strings in a document, times two for Devanagari's three-byte UTF-8 and JSON overhead. */
    static long approximateBytes(Object value) {
        if (value instanceof String s) {
            return 2L * s.length() + 8;
        }
        if (value instanceof Map<?, ?> map) {
            long sum = 2;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                sum += String.valueOf(e.getKey()).length() + 4 + approximateBytes(e.getValue());
            }
            return sum;
        }
        if (value instanceof Collection<?> list) {
            long sum = 2;
            for (Object o : list) {
                sum += approximateBytes(o) + 1;
            }
            return sum;
        }
        return 16;
    }

    /** Flushes, waits for every request to finish (including its retries), and reports. */
    public Summary finish() {
        close();
        return new Summary(
                indexed.get(),
                deleted.get(),
                List.copyOf(failures),
                requests.get(),
                retriedItems.get(),
                retriedRequests.get(),
                clusterFailure);
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        flush();
        senders.shutdown();
        try {
            while (!senders.awaitTermination(1, TimeUnit.MINUTES)) {
                // Retries are bounded, so this ends; a long wait means a slow cluster, not a hang.
            }
        } catch (InterruptedException e) {
            senders.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
