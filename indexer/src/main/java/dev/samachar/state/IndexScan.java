package dev.samachar.state;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import com.fasterxml.jackson.databind.JsonNode;
import dev.samachar.es.ErrorMessages;
import dev.samachar.schema.ArticleField;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rebuilds {@link IndexState} from the index itself (`index --rescan`): every document's id, the file it was
 * read from and that file's hash, read with a scroll. A path whose documents disagree on the hash (a feed
 * edited since some of its lines were sent) gets no hash, so the next run reads it again; its articles
 * already in the index are still not sent twice, because their ids are known.
 */
public final class IndexScan {

    private static final int PAGE = 2000;

    private final ElasticsearchClient client;

    public IndexScan(ElasticsearchClient client) {
        this.client = client;
    }

    public Map<String, IndexState.Entry> scan(String index) {
        Map<String, List<String>> ids = new HashMap<>();
        Map<String, Set<String>> hashes = new HashMap<>();
        String scrollId = null;
        try {
            ResponseBody<JsonNode> page = client.search(
                    s -> s.index(index)
                            .size(PAGE)
                            .scroll(t -> t.time("2m"))
                            .sort(o -> o.doc(d -> d))
                            .source(src -> src.filter(f ->
                                    f.includes(ArticleField.FILE.fieldName(), ArticleField.FILE_HASH.fieldName()))),
                    JsonNode.class);
            while (true) {
                scrollId = page.scrollId();
                List<Hit<JsonNode>> hits = page.hits().hits();
                if (hits.isEmpty()) {
                    break;
                }
                for (Hit<JsonNode> hit : hits) {
                    JsonNode source = hit.source();
                    String path = source == null ? null : ArticleField.FILE.textIn(source);
                    if (path == null) {
                        continue;
                    }
                    ids.computeIfAbsent(path, p -> new ArrayList<>()).add(hit.id());
                    hashes.computeIfAbsent(path, p -> new LinkedHashSet<>())
                            .add(ArticleField.FILE_HASH.textIn(source, ""));
                }
                String current = scrollId;
                page = client.scroll(r -> r.scrollId(current).scroll(t -> t.time("2m")), JsonNode.class);
            }
        } catch (IOException e) {
            throw ErrorMessages.unreachable(e);
        } finally {
            clear(scrollId);
        }
        Map<String, IndexState.Entry> entries = new HashMap<>();
        ids.forEach((path, list) -> {
            Set<String> h = hashes.get(path);
            String hash = h.size() == 1 && !h.iterator().next().isEmpty()
                    ? h.iterator().next()
                    : null;
            entries.put(path, new IndexState.Entry(hash, list));
        });
        return entries;
    }

    private void clear(String scrollId) {
        if (scrollId != null) {
            try {
                client.clearScroll(c -> c.scrollId(scrollId));
            } catch (IOException | RuntimeException e) {
                // The scroll expires by itself after two minutes.
            }
        }
    }
}
