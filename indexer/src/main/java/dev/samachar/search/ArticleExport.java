package dev.samachar.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samachar.es.AnalysisMode;
import dev.samachar.es.ClusterUnavailableException;
import dev.samachar.es.ErrorMessages;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Every hit of a search, in order, without the 10,000-hit window of from/size: a point in time keeps
 * the view fixed while {@code search_after} pages through it, one page in memory at a time. Filters
 * and text mean exactly what they mean in {@link ArticleSearch}; translations are never collapsed
 * (collapsing does not page with search_after), and nothing is highlighted.
 */
public final class ArticleExport {

    /** Hits per request: large enough to keep round trips few, small enough for a modest heap. */
    static final int PAGE = 1_000;
    /** How long the point in time outlives each request; a slow reader renews it with every page. */
    private static final String KEEP_ALIVE = "2m";

    private final ElasticsearchClient client;
    private final String alias;
    private final AnalysisMode mode;

    public ArticleExport(ElasticsearchClient client, String alias, AnalysisMode mode) {
        this.client = client;
        this.alias = alias;
        this.mode = mode;
    }

    /** One exported hit: its id, its relevance (null when not ordered by relevance) and its stored fields. */
    public record Row(String id, Double score, ObjectNode source) {}

    /**
     * Opens the export and fetches its first page, so that a cluster problem surfaces before anything
     * is written. Close it to release the point in time.
     *
     * @throws ClusterUnavailableException when the cluster cannot be reached or refuses the search
     */
    public Cursor open(SearchQuery query) {
        String pit;
        try {
            pit = client.openPointInTime(o -> o.index(alias).keepAlive(k -> k.time(KEEP_ALIVE)))
                    .id();
        } catch (ElasticsearchException e) {
            if ("index_not_found_exception".equals(e.error().type())) {
                return new Cursor(null, query, List.of());
            }
            throw new ClusterUnavailableException("export failed: " + ErrorMessages.of(e), e);
        } catch (IOException e) {
            throw ErrorMessages.unreachable(e);
        }
        Cursor cursor = new Cursor(pit, query, null);
        try {
            cursor.fetch(null);
        } catch (RuntimeException e) {
            cursor.close();
            throw e;
        }
        return cursor;
    }

    /** The hits in order; an iteration fetches the next page when the current one is used up. */
    public final class Cursor implements Iterator<Row>, AutoCloseable {

        private final SearchQuery query;
        private String pit;
        private List<Hit<ObjectNode>> page;
        private int next;
        private boolean last;

        private Cursor(String pit, SearchQuery query, List<Hit<ObjectNode>> page) {
            this.pit = pit;
            this.query = query;
            this.page = page;
            this.last = page != null;
        }

        @Override
        public boolean hasNext() {
            if (page != null && next < page.size()) {
                return true;
            }
            if (last) {
                return false;
            }
            fetch(page.get(page.size() - 1).sort());
            return next < page.size();
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Hit<ObjectNode> hit = page.get(next++);
            return new Row(hit.id(), query.hasText() ? hit.score() : null, hit.source());
        }

        private void fetch(List<FieldValue> after) {
            try {
                SearchResponse<ObjectNode> response = client.search(request(after), ObjectNode.class);
                if (response.pitId() != null) {
                    pit = response.pitId();
                }
                page = response.hits().hits();
                next = 0;
                last = page.size() < PAGE;
            } catch (ElasticsearchException e) {
                throw new ClusterUnavailableException("export failed: " + ErrorMessages.of(e), e);
            } catch (IOException e) {
                throw ErrorMessages.unreachable(e);
            }
        }

        private SearchRequest request(List<FieldValue> after) {
            return SearchRequest.of(s -> {
                s.pit(p -> p.id(pit).keepAlive(k -> k.time(KEEP_ALIVE)))
                        .size(PAGE)
                        .trackTotalHits(t -> t.enabled(false))
                        .query(ArticleSearch.query(query, mode))
                        .source(src -> src.filter(f -> f.excludes(ArticleSearch.NOT_SHOWN)));
                // The point in time adds its own tiebreaker (_shard_doc), so equal scores or dates still page exactly.
                // The order `search` shows (--sort), undated articles last in either date order.
                if (query.order() == SearchQuery.Sort.RELEVANCE) {
                    s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
                } else {
                    s.sort(ArticleSearch.byDate(query.order()));
                }
                if (after != null) {
                    s.searchAfter(after);
                }
                return s;
            });
        }

        @Override
        public void close() {
            if (pit == null) {
                return;
            }
            try {
                client.closePointInTime(c -> c.id(pit));
            } catch (IOException | ElasticsearchException e) {
                // It expires by itself after KEEP_ALIVE; nothing the user needs to act on.
            }
            pit = null;
        }
    }
}
