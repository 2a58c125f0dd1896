package dev.samachar.synonyms;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samachar.es.ClusterUnavailableException;
import dev.samachar.es.ErrorMessages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads every indexed article (scroll), keeping what the miner needs. */
public final class CorpusScan {

    private CorpusScan() {}

    public static List<CorpusDoc> read(ElasticsearchClient client, String alias) {
        List<CorpusDoc> docs = new ArrayList<>();
        try {
            ResponseBody<ObjectNode> page = client.search(
                    s -> s.index(alias)
                            .size(500)
                            .scroll(t -> t.time("1m"))
                            .source(src -> src.filter(f ->
                                    f.includes("file", "lang", "published", "title", "body", "countries", "persons"))),
                    ObjectNode.class);
            while (!page.hits().hits().isEmpty()) {
                for (Hit<ObjectNode> hit : page.hits().hits()) {
                    docs.add(doc(hit));
                }
                String scrollId = page.scrollId();
                page = client.scroll(r -> r.scrollId(scrollId).scroll(t -> t.time("1m")), ObjectNode.class);
            }
            String last = page.scrollId();
            if (last != null) {
                client.clearScroll(c -> c.scrollId(last));
            }
        } catch (ElasticsearchException e) {
            if ("index_not_found_exception".equals(e.error().type())) {
                return docs;
            }
            throw new ClusterUnavailableException("reading the corpus failed: " + ErrorMessages.of(e), e);
        } catch (IOException e) {
            throw ErrorMessages.unreachable(e);
        }
        return docs;
    }

    private static CorpusDoc doc(Hit<ObjectNode> hit) {
        ObjectNode source = hit.source();
        Set<String> context = new HashSet<>();
        source.path("countries").forEach(c -> context.add("country:" + c.asText()));
        source.path("persons").forEach(p -> context.add("person:" + p.asText()));
        String published = source.path("published").asText("");
        return new CorpusDoc(
                hit.id(),
                source.path("file").asText(),
                source.path("lang").asText(),
                published.length() >= 10 ? published.substring(0, 10) : null,
                source.path("title").asText() + "\n" + source.path("body").asText(),
                context);
    }
}
