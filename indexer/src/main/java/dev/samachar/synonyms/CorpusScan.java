package dev.samachar.synonyms;

import static dev.samachar.schema.ArticleField.BODY;
import static dev.samachar.schema.ArticleField.COUNTRIES;
import static dev.samachar.schema.ArticleField.FILE;
import static dev.samachar.schema.ArticleField.LANG;
import static dev.samachar.schema.ArticleField.PERSONS;
import static dev.samachar.schema.ArticleField.PUBLISHED;
import static dev.samachar.schema.ArticleField.TITLE;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samachar.es.ClusterUnavailableException;
import dev.samachar.es.ErrorMessages;
import dev.samachar.schema.ArticleField;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

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
                            .source(src -> src.filter(
                                    f -> f.includes(Stream.of(FILE, LANG, PUBLISHED, TITLE, BODY, COUNTRIES, PERSONS)
                                            .map(ArticleField::fieldName)
                                            .toList()))),
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
        COUNTRIES.valuesIn(source).forEach(c -> context.add("country:" + c));
        PERSONS.valuesIn(source).forEach(p -> context.add("person:" + p));
        String published = PUBLISHED.textIn(source, "");
        return new CorpusDoc(
                hit.id(),
                FILE.textIn(source, ""),
                LANG.textIn(source, ""),
                published.length() >= 10 ? published.substring(0, 10) : null,
                TITLE.textIn(source, "") + "\n" + BODY.textIn(source, ""),
                context);
    }
}
