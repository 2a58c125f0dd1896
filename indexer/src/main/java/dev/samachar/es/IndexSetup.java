package dev.samachar.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.PutIndexTemplateRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;

/**
 * Applies mappings/index-template.json and makes sure the alias points at the index of the
 * template's schema version. Idempotent: safe to run before every indexing run.
 */
public final class IndexSetup {

    public record Outcome(String alias, String index, boolean indexCreated) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ElasticsearchClient client;
    private final String alias;

    public IndexSetup(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    public static ObjectNode templateBody() {
        try (InputStream in = IndexSetup.class.getClassLoader().getResourceAsStream(IndexLayout.TEMPLATE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("index template missing from the build: " + IndexLayout.TEMPLATE_RESOURCE);
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int schemaVersion(JsonNode template) {
        return template.path("_meta").path("schema_version").asInt(1);
    }

    public Outcome apply() {
        ObjectNode template = templateBody();
        IndexLayout layout = new IndexLayout(alias, schemaVersion(template));
        ((ArrayNode) template.putArray("index_patterns")).add(alias + "-v*");
        try {
            client.indices().putIndexTemplate(PutIndexTemplateRequest.of(b -> b
                    .name(layout.templateName())
                    .withJson(new StringReader(template.toString()))));
            boolean exists = client.indices().exists(e -> e.index(layout.versionedIndex())).value();
            if (!exists) {
                client.indices().create(c -> c.index(layout.versionedIndex()));
            }
            boolean aliased = client.indices().existsAlias(a -> a.name(alias).index(layout.versionedIndex())).value();
            if (!aliased) {
                client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add
                        .index(layout.versionedIndex()).alias(alias).isWriteIndex(true))));
            }
            return new Outcome(alias, layout.versionedIndex(), !exists);
        } catch (ElasticsearchException e) {
            throw new ClusterUnavailableException("the cluster refused the index setup: " + ErrorMessages.of(e), e);
        } catch (IOException e) {
            throw ErrorMessages.unreachable(e);
        }
    }
}
