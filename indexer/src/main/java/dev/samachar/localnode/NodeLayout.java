package dev.samachar.localnode;

import java.nio.file.Path;

/** Where each piece of the local node lives under the Samachar home. */
record NodeLayout(Path home, String version) {

    /** The node log is named after the cluster, so it follows {@link NodeConfig#CLUSTER_NAME}. */
    private static final String NODE_LOG = NodeConfig.CLUSTER_NAME + ".log";

    Path esDir() {
        return home.resolve("es");
    }

    Path installDir() {
        return esDir().resolve("elasticsearch-" + version);
    }

    Path dataDir() {
        return esDir().resolve("data");
    }

    Path logsDir() {
        return esDir().resolve("logs");
    }

    Path tmpDir() {
        return esDir().resolve("tmp");
    }

    Path stateFile() {
        return esDir().resolve("node.json");
    }

    Path lockFile() {
        return esDir().resolve(".lock");
    }

    /** In the logs dir because, when running as root, that dir belongs to the node's user, which must write it. */
    Path pidFile() {
        return logsDir().resolve("elasticsearch.pid");
    }

    Path configDir() {
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
