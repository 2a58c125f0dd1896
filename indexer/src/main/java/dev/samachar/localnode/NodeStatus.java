package dev.samachar.localnode;

import java.nio.file.Path;
import java.util.List;

/**
 * A snapshot of the local Elasticsearch node.
 *
 * @param running    true only when the node's process is alive and its HTTP API answers
 * @param url        base URL of the node; when not running, the URL it last used (null if it never started)
 * @param pid        process id while running, otherwise null
 * @param version    version reported by the running node, otherwise the installed version (null if not installed)
 * @param home       the Samachar home directory
 * @param installDir where the Elasticsearch distribution is (or will be) unpacked
 * @param dataDir    index data; survives restarts
 * @param logsDir    node logs, including {@code samachar.log} and {@code launcher.out}
 * @param plugins    plugins installed in the node (folders under {@code plugins/}), sorted; e.g.
 *                   {@code samachar-analysis}
 */
public record NodeStatus(boolean running, String url, Long pid, String version,
                         Path home, Path installDir, Path dataDir, Path logsDir, List<String> plugins) {

    public NodeStatus {
        plugins = List.copyOf(plugins);
    }
}
