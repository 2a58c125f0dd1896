package dev.samachar.localnode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The node's {@code elasticsearch.yml}. Rewritten on every start so that port changes and upgrades of
 * Samachar take effect, and so that hand edits cannot silently diverge from what Samachar expects.
 *
 * <p>Only settings of modules shipped in the integ-test distribution may appear here: Elasticsearch refuses
 * to start on a setting it does not know.
 */
record NodeConfig(
        Path dataDir,
        Path logsDir,
        int httpPort,
        int transportPort,
        String nodeName,
        List<String> seedHosts,
        List<String> initialMasterNodes) {

    static final String CLUSTER_NAME = "samachar";
    static final String NODE_NAME = "samachar-1";

    NodeConfig {
        seedHosts = List.copyOf(seedHosts);
        initialMasterNodes = List.copyOf(initialMasterNodes);
    }

    /** The single-node cluster: no discovery at all. */
    NodeConfig(Path dataDir, Path logsDir, int httpPort, int transportPort) {
        this(dataDir, logsDir, httpPort, transportPort, NODE_NAME, List.of(), List.of());
    }

    /**
     * One node of a multi-node cluster on loopback.
     *
     * @param seedHosts          transport addresses (127.0.0.1:port) of every node, this one included
     * @param initialMasterNodes node names that bootstrap a brand-new cluster; empty once the cluster has formed,
     *                           since Elasticsearch must not be asked to bootstrap a cluster twice
     */
    static NodeConfig clusterMember(
            Path dataDir,
            Path logsDir,
            int httpPort,
            int transportPort,
            String nodeName,
            List<String> seedHosts,
            List<String> initialMasterNodes) {
        if (seedHosts.isEmpty()) {
            throw new IllegalArgumentException("a cluster member needs seed hosts");
        }
        return new NodeConfig(dataDir, logsDir, httpPort, transportPort, nodeName, seedHosts, initialMasterNodes);
    }

    String render() {
        List<String> lines = new ArrayList<>(List.of(
                "# Written by Samachar on every start; edits are overwritten.",
                "cluster.name: " + CLUSTER_NAME,
                "node.name: " + nodeName,
                "path.data: " + quoted(dataDir),
                "path.logs: " + quoted(logsDir),
                // Loopback only: the node usually has security disabled, so it must not be reachable from the
                // network. Binding to loopback also keeps Elasticsearch in development mode (no hard bootstrap checks).
                "network.host: 127.0.0.1",
                "http.port: " + httpPort,
                "transport.port: " + transportPort));
        if (seedHosts.isEmpty()) {
            lines.add("discovery.type: single-node");
            // xpack.security.* settings follow, written by NodeSecurity (off unless asked for).
        } else {
            // A local cluster of several nodes always runs without security (LocalElasticsearch refuses --secure).
            lines.add("xpack.security.enabled: false");
            lines.add("discovery.seed_hosts: " + flowList(seedHosts));
            if (!initialMasterNodes.isEmpty()) {
                lines.add("cluster.initial_master_nodes: " + flowList(initialMasterNodes));
            }
        }
        // A developer's nearly full disk must not turn indices read-only.
        lines.add("cluster.routing.allocation.disk.threshold_enabled: false");
        lines.add("");
        return String.join("\n", lines);
    }

    private static String flowList(List<String> values) {
        return "[" + String.join(", ", values.stream().map(v -> "\"" + v + "\"").toList()) + "]";
    }

    void writeTo(Path file) {
        try {
            Files.writeString(file, render(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LocalNodeException(
                    "Cannot write the Elasticsearch configuration " + file + ": " + IoErrors.describe(e), e);
        }
    }

    /** Paths may contain spaces, '#' or ':', which plain YAML scalars would misread. */
    private static String quoted(Path path) {
        String escaped = path.toString().replace("\\", "\\\\").replace("\"", "\\\"");
        return "\"" + escaped + "\"";
    }
}
