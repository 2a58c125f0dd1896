package dev.samachar.localnode;

import java.nio.file.Path;

/**
 * Where each piece of the local cluster lives under the Samachar home. The install, the plugin and the lock are
 * shared by all nodes; data, logs, config, pid and state belong to one node. Node 1 keeps the single-node layout
 * ({@code es/data}, {@code es/logs}, the install's config dir), so a home from before multi-node clusters keeps
 * working; node N &gt; 1 lives under {@code es/node-N/}.
 */
record NodeLayout(Path home, String version, int node) {

    /** The node log is named after the cluster, so it follows {@link NodeConfig#CLUSTER_NAME}. */
    private static final String NODE_LOG = NodeConfig.CLUSTER_NAME + ".log";

    NodeLayout {
        if (node < 1) {
            throw new IllegalArgumentException("node numbers start at 1: " + node);
        }
    }

    NodeLayout(Path home, String version) {
        this(home, version, 1);
    }

    /** The same home and install, seen from node {@code number}. */
    NodeLayout forNode(int number) {
        return new NodeLayout(home, version, number);
    }

    boolean isFirst() {
        return node == 1;
    }

    String nodeName() {
        return NodeConfig.CLUSTER_NAME + "-" + node;
    }

    /** Node 1's files sit directly in es/; the others' in es/node-N/. */
    Path nodeDir() {
        return isFirst() ? esDir() : esDir().resolve("node-" + node);
    }

    Path esDir() {
        return home.resolve("es");
    }

    Path installDir() {
        return esDir().resolve("elasticsearch-" + version);
    }

    Path dataDir() {
        return nodeDir().resolve("data");
    }

    Path logsDir() {
        return nodeDir().resolve("logs");
    }

    Path tmpDir() {
        return nodeDir().resolve("tmp");
    }

    Path stateFile() {
        return nodeDir().resolve("node.json");
    }

    Path lockFile() {
        return esDir().resolve(".lock");
    }

    /** In the logs dir because, when running as root, that dir belongs to the node's user, which must write it. */
    Path pidFile() {
        return logsDir().resolve("elasticsearch.pid");
    }

    /**
     * Node 1 uses the install's own config dir; the others get a copy of it ({@link #installConfigDir()}), since
     * elasticsearch.yml and the keystore differ per node.
     */
    Path configDir() {
        return isFirst() ? installConfigDir() : nodeDir().resolve("config");
    }

    Path installConfigDir() {
        return installDir().resolve("config");
    }

    Path configFile() {
        return configDir().resolve("elasticsearch.yml");
    }

    Path launcherScript() {
        return installDir().resolve("bin").resolve("elasticsearch");
    }

    Path pluginsDir() {
        return installDir().resolve("plugins");
    }

    Path pluginCli() {
        return installDir().resolve("bin").resolve("elasticsearch-plugin");
    }

    /**
     * Which plugin zip was installed, by content hash. Beside plugins/, not in it: Elasticsearch takes every
     * entry of plugins/ for a plugin. Inside the install dir, so a new Elasticsearch version starts without one.
     */
    Path pluginMarkerFile() {
        return installDir().resolve("samachar-plugin.properties");
    }

    Path nodeLog() {
        return logsDir().resolve(NODE_LOG);
    }

    Path launcherOutput() {
        return logsDir().resolve("launcher.out");
    }

    String urlFor(int httpPort) {
        return "http://127.0.0.1:" + httpPort;
    }
}
