package dev.samachar.localnode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeConfigTest {

    private final NodeConfig config =
            new NodeConfig(Path.of("/home/u/.samachar/es/data"), Path.of("/home/u/.samachar/es/logs"), 9201, 9301);

    @Test
    void rendersTheSettingsTheNodeNeeds() {
        List<String> lines =
                config.render().lines().filter(l -> !l.startsWith("#")).toList();
        assertEquals(
                List.of(
                        "cluster.name: samachar",
                        "node.name: samachar-1",
                        "path.data: \"/home/u/.samachar/es/data\"",
                        "path.logs: \"/home/u/.samachar/es/logs\"",
                        "network.host: 127.0.0.1",
                        "http.port: 9201",
                        "transport.port: 9301",
                        "discovery.type: single-node",
                        "cluster.routing.allocation.disk.threshold_enabled: false"),
                lines);
    }

    @Test
    void aClusterMemberDiscoversItsSiblingsInsteadOfRunningAlone() {
        NodeConfig first = NodeConfig.clusterMember(
                Path.of("/h/es/data"),
                Path.of("/h/es/logs"),
                9201,
                9301,
                "samachar-1",
                List.of("127.0.0.1:9301", "127.0.0.1:9302"),
                List.of("samachar-1"));
        List<String> lines =
                first.render().lines().filter(l -> !l.startsWith("#")).toList();
        assertTrue(lines.contains("node.name: samachar-1"), lines.toString());
        assertTrue(lines.contains("discovery.seed_hosts: [\"127.0.0.1:9301\", \"127.0.0.1:9302\"]"), lines.toString());
        assertTrue(lines.contains("cluster.initial_master_nodes: [\"samachar-1\"]"), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("discovery.type")), "no single-node discovery: " + lines);

        NodeConfig joiner = NodeConfig.clusterMember(
                Path.of("/h/es/node-2/data"),
                Path.of("/h/es/node-2/logs"),
                9202,
                9302,
                "samachar-2",
                List.of("127.0.0.1:9301", "127.0.0.1:9302"),
                List.of());
        String rendered = joiner.render();
        assertTrue(rendered.contains("node.name: samachar-2\n"), rendered);
        assertTrue(rendered.contains("path.data: \"/h/es/node-2/data\"\n"), rendered);
        assertTrue(rendered.contains("discovery.seed_hosts: "), rendered);
        assertFalse(rendered.contains("initial_master_nodes"), "only node 1 bootstraps, and only a new cluster");
    }

    /** Elasticsearch refuses to start on a setting of a module this distribution lacks. */
    @Test
    void usesOnlySettingsOfCoreAndShippedModules() {
        Set<String> allowedPrefixes = Set.of(
                "cluster.", "node.", "path.", "network.", "http.", "transport.", "discovery.", "xpack.security.");
        Set<String> keys = config.render()
                .lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.substring(0, l.indexOf(':')))
                .collect(Collectors.toSet());
        for (String key : keys) {
            assertTrue(allowedPrefixes.stream().anyMatch(key::startsWith), "unexpected setting " + key);
        }
    }

    @Test
    void quotesPathsSoYamlReadsThemLiterally() {
        NodeConfig odd = new NodeConfig(Path.of("/tmp/my data #1/x: \"q\""), Path.of("/tmp/logs"), 1, 2);
        assertTrue(odd.render().contains("path.data: \"/tmp/my data #1/x: \\\"q\\\"\"\n"), odd.render());
    }

    @Test
    void writesTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("elasticsearch.yml");
        Files.writeString(file, "stale: true\n");
        config.writeTo(file);
        assertEquals(config.render(), Files.readString(file));
    }
}
