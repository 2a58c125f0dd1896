package dev.samachar.localnode;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A snapshot of the local Elasticsearch: one node, or a cluster of several on loopback. The top-level fields
 * describe node 1 (the only node of a single-node cluster); {@link #nodes} lists every node.
 *
 * @param running    true only when every node's process is alive and its HTTP API answers
 * @param url        base URL of node 1; when not running, the URL it last used (null if it never started)
 * @param pid        node 1's process id while running, otherwise null
 * @param version    version reported by the running node, otherwise the installed version (null if not installed)
 * @param home       the Samachar home directory
 * @param installDir where the Elasticsearch distribution is (or will be) unpacked; shared by all nodes
 * @param dataDir    node 1's index data; survives restarts
 * @param logsDir    node 1's logs, including {@code samachar.log} and {@code launcher.out}
 * @param plugins    plugins installed in the node (folders under {@code plugins/}), sorted; e.g.
 *                   {@code samachar-analysis}
 * @param nodes      every node of the local cluster, node 1 first
 */
public record NodeStatus(
        boolean running,
        String url,
        Long pid,
        String version,
        Path home,
        Path installDir,
        Path dataDir,
        Path logsDir,
        List<String> plugins,
        List<Node> nodes) {

    /**
     * One node of the local cluster.
     *
     * @param running true when its process is alive and its HTTP API answers
     * @param url     its base URL, or the one it last used; null if it never started
     * @param pid     its process id while alive, otherwise null
     */
    public record Node(String name, boolean running, String url, Long pid, Path dataDir, Path logsDir) {}

    public NodeStatus {
        plugins = List.copyOf(plugins);
        nodes = List.copyOf(nodes);
    }

    /**
     * Where a client should send requests: the URLs of the nodes that answer, or, when none does, every known
     * URL (a client then reports the cluster unreachable).
     */
    public List<String> urls() {
        List<String> answering =
                nodes.stream().filter(Node::running).map(Node::url).toList();
        return answering.isEmpty()
                ? nodes.stream().map(Node::url).filter(Objects::nonNull).toList()
                : answering;
    }
}
