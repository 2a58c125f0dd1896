package dev.samachar.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samachar.localnode.LocalElasticsearch;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;

/**
 * Whether a cluster can take plugin mode: every node has Samachar's analysis plugin, and it is the plugin of this
 * Samachar. A plugin of another Samachar version may lack or analyse differently what this version's template asks
 * for; a server version Samachar builds no plugin for cannot get it. Both get portable mode and a notice that says
 * why and what to install.
 */
public final class PluginCheck {

    /** @param notice why plugin mode was not taken although the cluster looked as if it might, and the fix */
    public record Verdict(AnalysisMode mode, Optional<String> notice) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String samacharVersion;
    private final List<String> supportedServers;

    /**
     * @param samacharVersion  this Samachar's version, which its plugin's descriptor carries; null skips that check
     * @param supportedServers the Elasticsearch versions Samachar builds its plugin for
     */
    public PluginCheck(String samacharVersion, List<String> supportedServers) {
        this.samacharVersion = samacharVersion;
        this.supportedServers = List.copyOf(supportedServers);
    }

    /** The versions the build recorded in build.properties. */
    public static PluginCheck fromBuild() {
        Properties build = LocalElasticsearch.buildProperties();
        List<String> servers = new ArrayList<>();
        for (String key : List.of("elasticsearch.version", "elasticsearch9.version")) {
            String value = resolved(build.getProperty(key));
            if (value != null) {
                servers.add(value);
            }
        }
        return new PluginCheck(resolved(build.getProperty("version")), servers);
    }

    /**
     * Read through the low-level client: the typed client cannot parse stable plugins' entries (they have no
     * classname).
     */
    public Verdict inspect(ElasticsearchClient client) {
        RestClient rest = ((RestClientTransport) client._transport()).restClient();
        try {
            Request request = new Request("GET", "/_nodes/plugins");
            request.addParameter(
                    "filter_path",
                    "nodes.*.version,nodes.*.plugins.name,nodes.*.plugins.version,"
                            + "nodes.*.plugins.elasticsearch_version");
            return judge(JSON.readTree(rest.performRequest(request).getEntity().getContent())
                    .path("nodes"));
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() == 401) {
                throw ErrorMessages.unreachable(e);
            }
            // Without the `monitor` privilege the plugins cannot be listed; portable mode works everywhere.
            return new Verdict(AnalysisMode.PORTABLE, Optional.empty());
        } catch (IOException e) {
            throw ErrorMessages.unreachable(e);
        }
    }

    /** @param nodes the {@code nodes} object of {@code GET _nodes/plugins} */
    Verdict judge(JsonNode nodes) {
        if (nodes.isEmpty()) {
            return new Verdict(AnalysisMode.PORTABLE, Optional.empty());
        }
        TreeSet<String> servers = new TreeSet<>();
        TreeSet<String> pluginVersions = new TreeSet<>();
        boolean everyNode = true;
        boolean builtForItsServer = true;
        for (JsonNode node : nodes) {
            String server = node.path("version").asText();
            servers.add(server);
            JsonNode plugin = null;
            for (JsonNode candidate : node.path("plugins")) {
                if (AnalysisMode.PLUGIN_NAME.equals(candidate.path("name").asText())) {
                    plugin = candidate;
                }
            }
            if (plugin == null) {
                everyNode = false;
                continue;
            }
            pluginVersions.add(plugin.path("version").asText());
            String builtFor = plugin.path("elasticsearch_version").asText("");
            builtForItsServer &= builtFor.isEmpty() || builtFor.equals(server);
        }
        if (!everyNode) {
            List<String> unsupported =
                    servers.stream().filter(s -> !supportedServers.contains(s)).toList();
            return new Verdict(
                    AnalysisMode.PORTABLE,
                    unsupported.isEmpty()
                            ? Optional.empty()
                            : Optional.of("Elasticsearch " + String.join(", ", unsupported)
                                    + " on the cluster: Samachar's analysis plugin is"
                                    + " built for " + String.join(" and ", supportedServers)
                                    + " only, so the analysis runs"
                                    + " in the indexer (portable mode)."));
        }
        if (samacharVersion != null && !pluginVersions.equals(new TreeSet<>(List.of(samacharVersion)))) {
            return new Verdict(
                    AnalysisMode.PORTABLE,
                    Optional.of("the cluster's " + AnalysisMode.PLUGIN_NAME
                            + " plugin is version " + String.join(", ", pluginVersions) + " but this Samachar is "
                            + samacharVersion
                            + "; their analysis may differ, so this index uses portable mode. For plugin"
                            + " mode install this version's plugin zip on every node (" + zipFor(servers) + ")."));
        }
        if (!builtForItsServer) {
            return new Verdict(
                    AnalysisMode.PORTABLE,
                    Optional.of("the cluster's " + AnalysisMode.PLUGIN_NAME
                            + " plugin was built for another Elasticsearch than the node runs ("
                            + String.join(", ", servers)
                            + "), so this index uses portable mode. Reinstall the plugin zip for " + zipFor(servers)
                            + "."));
        }
        return new Verdict(AnalysisMode.PLUGIN, Optional.empty());
    }

    private String zipFor(TreeSet<String> servers) {
        String server = servers.first();
        if (!supportedServers.contains(server)) {
            return "none is built for Elasticsearch " + server + "; supported: " + String.join(", ", supportedServers);
        }
        boolean main = server.equals(supportedServers.get(0));
        return "es-plugin/target/samachar-analysis-plugin-" + samacharVersion + (main ? "" : "-es" + server) + ".zip";
    }

    private static String resolved(String value) {
        return value == null || value.isBlank() || value.contains("${") ? null : value.strip();
    }
}
