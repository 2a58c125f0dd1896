package dev.samachar.localnode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The node's {@code elasticsearch.yml}. Rewritten on every start so that port changes and upgrades of
 * Samachar take effect, and so that hand edits cannot silently diverge from what Samachar expects.
 *
 * <p>Only settings of modules shipped in the integ-test distribution may appear here: Elasticsearch refuses
 * to start on a setting it does not know.
 */
record NodeConfig(Path dataDir, Path logsDir, int httpPort, int transportPort) {

    static final String CLUSTER_NAME = "samachar";
    static final String NODE_NAME = "samachar-1";

    String render() {
        return String.join("\n",
                "# Written by Samachar on every start; edits are overwritten.",
                "cluster.name: " + CLUSTER_NAME,
                "node.name: " + NODE_NAME,
                "path.data: " + quoted(dataDir),
                "path.logs: " + quoted(logsDir),
                // Loopback only: the node usually has security disabled, so it must not be reachable from the
                // network. Binding to loopback also keeps Elasticsearch in development mode (no hard bootstrap checks).
                "network.host: 127.0.0.1",
                "http.port: " + httpPort,
                "transport.port: " + transportPort,
                "discovery.type: single-node",
                // xpack.security.* settings follow, written by NodeSecurity (off unless asked for).
                // A developer's nearly full disk must not turn indices read-only.
                "cluster.routing.allocation.disk.threshold_enabled: false",
                "");
    }

    void writeTo(Path file) {
        try {
            Files.writeString(file, render(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LocalNodeException("Cannot write the Elasticsearch configuration " + file + ": "
                    + IoErrors.describe(e), e);
        }
    }

    /** Paths may contain spaces, '#' or ':', which plain YAML scalars would misread. */
    private static String quoted(Path path) {
        String escaped = path.toString().replace("\\", "\\\\").replace("\"", "\\\"");
        return "\"" + escaped + "\"";
    }
}
