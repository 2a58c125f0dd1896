package dev.samachar.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;

import java.io.IOException;

/**
 * Where cross-script analysis happens. With Samachar's plugin on every node, Elasticsearch analyses
 * the text itself (sub-fields per representation). Managed clusters often cannot install plugins:
 * there the indexer computes the romanised/loose forms and all spellings of known names, and stores
 * them in plain fields that core analyzers can search.
 */
public enum AnalysisMode {
    PLUGIN("index-template.json", ""),
    PORTABLE("index-template-portable.json", "-portable");

    public static final String PLUGIN_NAME = "samachar-analysis";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String templateFile;
    private final String indexSuffix;

    AnalysisMode(String templateFile, String indexSuffix) {
        this.templateFile = templateFile;
        this.indexSuffix = indexSuffix;
    }

    /** The index template below mappings/. */
    public String templateFile() {
        return templateFile;
    }

    public String indexSuffix() {
        return indexSuffix;
    }

    public String describe() {
        return this == PLUGIN ? "plugin (analysis in Elasticsearch)" : "portable (no plugin; analysis in the indexer)";
    }

    /**
     * PLUGIN only when every node has the plugin: a document may be analysed on any of them. Read
     * through the low-level client: the typed client cannot parse stable plugins' entries (they
     * have no classname).
     */
    public static AnalysisMode detect(ElasticsearchClient client) {
        RestClient rest = ((RestClientTransport) client._transport()).restClient();
        try {
            Request request = new Request("GET", "/_nodes/plugins");
            request.addParameter("filter_path", "nodes.*.plugins.name");
            JsonNode nodes = JSON.readTree(rest.performRequest(request).getEntity().getContent()).path("nodes");
            if (nodes.isEmpty()) {
                return PORTABLE;
            }
            for (JsonNode node : nodes) {
                boolean found = false;
                for (JsonNode plugin : node.path("plugins")) {
                    found |= PLUGIN_NAME.equals(plugin.path("name").asText());
                }
                if (!found) {
                    return PORTABLE;
                }
            }
            return PLUGIN;
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() == 401) {
                throw ErrorMessages.unreachable(e);
            }
            // Without the `monitor` privilege the plugins cannot be listed; portable mode works everywhere.
            return PORTABLE;
        } catch (IOException e) {
            throw ErrorMessages.unreachable(e);
        }
    }
}
