package dev.samachar.pipeline;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import dev.samachar.schema.ArticleField;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Writes translation links to the index: for each pair, a partial update of both articles ({@code related},
 * {@code related_links}, {@code translation_group}). Each batch of links goes out on a background thread,
 * one request at a time with one more waiting, so Elasticsearch applies one batch's updates while the
 * linker scores the next. Taking turns instead would leave the indexer idle while the node applies
 * updates that each re-index a whole document, and a large run has tens of thousands of them
 * (docs/design-notes.md#translation-linking).
 */
final class LinkUpdates implements AutoCloseable {

    private final ElasticsearchClient client;
    private final String alias;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "samachar-link-updates");
        thread.setDaemon(true);
        return thread;
    });
    private final Semaphore waiting = new Semaphore(2);
    private final List<Future<Void>> sent = new ArrayList<>();

    LinkUpdates(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    /** Queues the updates of {@code links}; blocks while two batches are already on their way. */
    void send(List<TranslationLinker.Link> links) {
        BulkRequest request = request(links);
        waiting.acquireUninterruptibly();
        sent.add(sender.submit(() -> {
            try {
                BulkResponse response = client.bulk(request);
                if (response.errors()) {
                    throw new IllegalStateException("linking translations failed: "
                            + response.items().stream()
                                    .filter(i -> i.error() != null)
                                    .map(i -> i.id() + ": " + i.error().reason())
                                    .toList());
                }
                return null;
            } finally {
                waiting.release();
            }
        }));
    }

    /** Waits for every batch sent; the first failure is thrown (an unreachable cluster as the IOException it was). */
    void finish() throws IOException {
        for (Future<Void> batch : sent) {
            try {
                batch.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException("linking translations failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while linking translations", e);
            }
        }
    }

    @Override
    public void close() {
        sender.shutdownNow();
    }

    private BulkRequest request(List<TranslationLinker.Link> links) {
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (TranslationLinker.Link link : links) {
            String group = link.a().compareTo(link.b()) < 0 ? link.a() : link.b();
            for (String[] pair : new String[][] {{link.a(), link.b()}, {link.b(), link.a()}}) {
                Map<String, Object> partial = new LinkedHashMap<>();
                partial.put(ArticleField.RELATED.fieldName(), List.of(pair[1]));
                partial.put(
                        ArticleField.RELATED_LINKS.fieldName(),
                        List.of(Map.of(
                                "id",
                                pair[1],
                                "strength",
                                link.strength(),
                                "score",
                                link.score(),
                                "reason",
                                link.reason())));
                partial.put(ArticleField.TRANSLATION_GROUP.fieldName(), group);
                bulk.operations(op -> op.update(u -> u.index(alias).id(pair[0]).action(a -> a.doc(partial))));
            }
        }
        return bulk.build();
    }
}
