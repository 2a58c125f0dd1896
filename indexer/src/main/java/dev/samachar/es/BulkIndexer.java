package dev.samachar.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.BackoffPolicy;
import dev.samachar.ingest.IngestFailure;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends documents through elasticsearch-java's {@link BulkIngester}: batches by count and bytes,
 * a bounded number of requests in flight ({@link #add} blocks when they are all busy, which is
 * the backpressure that keeps memory flat), and 429 rejections retried with exponential backoff.
 * Every item that fails is reported with the file it came from.
 */
public final class BulkIndexer implements AutoCloseable {

    public record Options(int maxOperations, long maxBytes, int maxConcurrentRequests) {
        public static Options defaults() {
            return new Options(500, 5L * 1024 * 1024, 2);
        }
    }

    /** Outcome of the bulk phase: documents acknowledged, and failures with their origin. */
    public record Summary(long indexed, List<IngestFailure> failures, long requests) {
    }

    private final BulkIngester<String> ingester;
    private final String index;
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private final Queue<IngestFailure> failures = new ConcurrentLinkedQueue<>();

    public BulkIndexer(ElasticsearchClient client, String index, Options options) {
        this.index = index;
        this.ingester = BulkIngester.of(b -> b
                .client(client)
                .maxOperations(options.maxOperations())
                .maxSize(options.maxBytes())
                .maxConcurrentRequests(options.maxConcurrentRequests())
                .flushInterval(2, TimeUnit.SECONDS)
                .backoffPolicy(BackoffPolicy.exponentialBackoff(200L, 8))
                .listener(new Listener()));
    }

    /** Queues one document; blocks while the maximum number of requests is in flight. */
    public void add(String id, Map<String, Object> source, String origin) {
        BulkOperation operation = BulkOperation.of(op -> op.index(idx -> idx.index(index).id(id).document(source)));
        ingester.add(operation, origin);
    }

    /** Flushes, waits for every request to finish, and reports. */
    public Summary finish() {
        ingester.close();
        return new Summary(indexed.get(), List.copyOf(failures), requests.get());
    }

    @Override
    public void close() {
        ingester.close();
    }

    private final class Listener implements BulkListener<String> {
        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<String> origins) {
            requests.incrementAndGet();
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<String> origins, BulkResponse response) {
            List<BulkResponseItem> items = response.items();
            for (int i = 0; i < items.size(); i++) {
                BulkResponseItem item = items.get(i);
                if (item.error() == null) {
                    indexed.incrementAndGet();
                } else {
                    String reason = item.error().type() + ": " + item.error().reason() + " (HTTP " + item.status() + ")";
                    failures.add(new IngestFailure(origin(origins, i), "index", reason));
                }
            }
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<String> origins, Throwable failure) {
            String reason = "bulk request failed: " + failure.getClass().getSimpleName()
                    + (failure.getMessage() == null ? "" : " (" + failure.getMessage() + ")");
            for (int i = 0; i < request.operations().size(); i++) {
                failures.add(new IngestFailure(origin(origins, i), "index", reason));
            }
        }

        private String origin(List<String> origins, int i) {
            return i < origins.size() && origins.get(i) != null ? origins.get(i) : "(unknown)";
        }
    }
}
