package dev.samachar.localnode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeConfigTest {

    private final NodeConfig config = new NodeConfig(Path.of("/home/u/.samachar/es/data"),
            Path.of("/home/u/.samachar/es/logs"), 9201, 9301);

    @Test
    void rendersTheSettingsTheNodeNeeds() {
        List<String> lines = config.render().lines().filter(l -> !l.startsWith("#")).toList();
        assertEquals(List.of(
                "cluster.name: samachar",
                "node.name: samachar-1",
                "path.data: \"/home/u/.samachar/es/data\"",
                "path.logs: \"/home/u/.samachar/es/logs\"",
                "network.host: 127.0.0.1",
                "http.port: 9201",
                "transport.port: 9301",
                "discovery.type: single-node",
                "cluster.routing.allocation.disk.threshold_enabled: false"), lines);
    }

    /** Elasticsearch refuses to start on a setting of a module this distribution lacks. */
    @Test
    void usesOnlySettingsOfCoreAndShippedModules() {
        Set<String> allowedPrefixes = Set.of("cluster.", "node.", "path.", "network.", "http.", "transport.",
                "discovery.", "xpack.security.");
        Set<String> keys = config.render().lines()
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
