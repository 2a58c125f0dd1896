package dev.samachar.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;

/**
 * The analysis mode an index was created in, which is what a search of it must use: a portable
 * index keeps its plain fields after the plugin is installed, and a plugin index has no portable
 * fields. Setup writes the mode into the mapping's {@code _meta}; an index made before that is
 * recognised by its analyzers (only plugin indices use the plugin's {@code samachar_*} ones).
 */
public final class IndexAnalysisMode {

    /** The key under the mapping's {@code _meta}. */
    public static final String META_KEY = "samachar_analysis_mode";

    private static final String PLUGIN_ANALYZER_PREFIX = "samachar_";
    private static final ObjectMapper JSON = new ObjectMapper();

    private IndexAnalysisMode() {}

    /** Records {@code mode} in a mapping about to be applied, so searches can read it back. */
    public static void stamp(ObjectNode mappings, AnalysisMode mode) {
        JsonNode meta = mappings.path("_meta");
        ObjectNode stamped = meta.isObject() ? (ObjectNode) meta : mappings.putObject("_meta");
        stamped.put(META_KEY, mode.name().toLowerCase(Locale.ROOT));
    }

    /**
     * The mode of the indices behind {@code alias}; empty when there is none yet, or when the user may
     * not read their mappings (the caller then falls back to what the cluster supports).
     *
     * @throws ConfigException when the alias spans indices of both modes: no one query fits both
     */
    public static Optional<AnalysisMode> of(ElasticsearchClient client, String alias) {
        RestClient rest = ((RestClientTransport) client._transport()).restClient();
        Request request = new Request("GET", "/" + alias + "/_mapping");
        request.addParameter("ignore_unavailable", "true");
        request.addParameter("allow_no_indices", "true");
        try {
            JsonNode indices =
                    JSON.readTree(rest.performRequest(request).getEntity().getContent());
            Map<String, AnalysisMode> modes = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = indices.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> index = it.next();
                modes.put(index.getKey(), ofMapping(index.getValue().path("mappings")));
            }
            if (modes.values().stream().distinct().count() > 1) {
                throw new ConfigException("alias " + alias + " spans indices of both analysis modes " + modes
                        + ": point it at one of them (samachar setup) or delete the other");
            }
            return modes.values().stream().findFirst();
        } catch (ResponseException e) {
            int status = e.getResponse().getStatusLine().getStatusCode();
            if (status == 401) {
                throw ErrorMessages.unreachable(e);
            }
            // Reading a mapping needs view_index_metadata, which a search-only user may lack.
            if (status == 403) {
                return Optional.empty();
            }
            throw new ClusterUnavailableException("cannot read the mapping of " + alias + ": HTTP " + status, e);
        } catch (IOException e) {
            throw ErrorMessages.unreachable(e);
        }
    }

    /** The mode one index's mapping was made for: its {@code _meta} entry, else its analyzers. */
    public static AnalysisMode ofMapping(JsonNode mappings) {
        String recorded = mappings.path("_meta").path(META_KEY).asText("");
        for (AnalysisMode mode : AnalysisMode.values()) {
            if (mode.name().equalsIgnoreCase(recorded)) {
                return mode;
            }
        }
        return usesPluginAnalyzers(mappings.path("properties")) ? AnalysisMode.PLUGIN : AnalysisMode.PORTABLE;
    }

    private static boolean usesPluginAnalyzers(JsonNode node) {
        for (String key : new String[] {"analyzer", "search_analyzer", "search_quote_analyzer"}) {
            if (node.path(key).asText("").startsWith(PLUGIN_ANALYZER_PREFIX)) {
                return true;
            }
        }
        for (JsonNode child : node) {
            if (child.isContainerNode() && usesPluginAnalyzers(child)) {
                return true;
            }
        }
        return false;
    }
}
