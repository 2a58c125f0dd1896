package dev.samachar.localnode;

/**
 * What Samachar remembers about the node between runs ({@code es/node.json}). Ports are kept so the
 * node's URL stays stable across restarts; every field may be null when unknown.
 */
record NodeState(Integer httpPort, Integer transportPort, Long pid, String url, String version) {

    static final NodeState EMPTY = new NodeState(null, null, null, null, null);

    NodeState withPid(Long newPid) {
        return new NodeState(httpPort, transportPort, newPid, url, version);
    }

    NodeState withVersion(String newVersion) {
        return new NodeState(httpPort, transportPort, pid, url, newVersion);
    }
}
