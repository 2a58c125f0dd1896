package dev.samachar.localnode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What can be checked without ever launching a node. */
class LocalElasticsearchTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @TempDir
    Path dir;

    @Test
    void homeComesFromTheEnvironmentOrTheUserHome() {
        assertEquals(dir, LocalElasticsearch.defaultHome(Map.of("SAMACHAR_HOME", dir.toString())));
        assertEquals(Path.of(System.getProperty("user.home"), ".samachar"), LocalElasticsearch.defaultHome(Map.of()));
        assertEquals(
                Path.of(System.getProperty("user.home"), ".samachar"),
                LocalElasticsearch.defaultHome(Map.of("SAMACHAR_HOME", " ")));
    }

    @Test
    void statusOfAFreshHomeIsNotRunningAndTouchesNothing() throws Exception {
        Path home = dir.resolve("home");
        NodeStatus status = new LocalElasticsearch(home, Map.of("SAMACHAR_ES_VERSION", "8.19.21"), QUIET).status();

        assertFalse(status.running());
        assertNull(status.url());
        assertNull(status.pid());
        assertNull(status.version(), "nothing is installed yet");
        assertEquals(home.resolve("es/elasticsearch-8.19.21"), status.installDir());
        assertEquals(home.resolve("es/data"), status.dataDir());
        assertEquals(home.resolve("es/logs"), status.logsDir());
        assertFalse(Files.exists(home));
    }

    @Test
    void theVersionChosenFollowsTheVariableIntoTheInstallFolder() {
        Assumptions.assumeTrue(
                JavaRuntimes.featureVersion(VersionChoice.TEMURIN_25).isPresent(),
                "needs the JDK 21+ at " + VersionChoice.TEMURIN_25);
        Path home = dir.resolve("home");
        for (String version : List.of("8.19.21", "9.2.4")) {
            Map<String, String> env = Map.of(
                    "SAMACHAR_ES_VERSION", version, "SAMACHAR_ES_JAVA_HOME", VersionChoice.TEMURIN_25.toString());
            assertEquals(
                    home.resolve("es/elasticsearch-" + version),
                    new LocalElasticsearch(home, env, QUIET).status().installDir());
        }
    }

    @Test
    void theClusterSizeIsWhatIsOnDiskAndNeverShrinks() throws Exception {
        Path home = dir.resolve("home");
        LocalElasticsearch es = new LocalElasticsearch(home, Map.of(), QUIET);
        assertEquals(1, es.clusterSize());
        Files.createDirectories(home.resolve("es/node-2/data"));
        Files.createDirectories(home.resolve("es/node-3/data"));
        assertEquals(3, es.clusterSize());
        NodeStatus status = es.status();
        assertEquals(
                List.of("samachar-1", "samachar-2", "samachar-3"),
                status.nodes().stream().map(NodeStatus.Node::name).toList());
        assertEquals(home.resolve("es/node-3/data"), status.nodes().get(2).dataDir());
        assertFalse(status.running());

        LocalNodeException shrink = assertThrows(LocalNodeException.class, () -> es.start(1, Duration.ofSeconds(1)));
        assertTrue(shrink.getMessage().contains("--nodes 3"), shrink.getMessage());
        LocalNodeException none = assertThrows(LocalNodeException.class, () -> es.start(0, Duration.ofSeconds(1)));
        assertTrue(none.getMessage().contains("between 1 and"), none.getMessage());
    }

    @Test
    void stoppingWhatNeverRanIsHarmless() {
        Path home = dir.resolve("home");
        new LocalElasticsearch(home, Map.of(), QUIET).stop(Duration.ofSeconds(1));
        assertFalse(Files.exists(home));
    }

    @Test
    void staleBookkeepingDoesNotCountAsRunning() throws Exception {
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve("es/logs"));
        // Our own pid: alive, but not Elasticsearch, so it must be neither reported nor signalled.
        long notElasticsearch = ProcessHandle.current().pid();
        Files.writeString(home.resolve("es/logs/elasticsearch.pid"), Long.toString(notElasticsearch));
        new NodeStateStore(home.resolve("es/node.json"), QUIET)
                .write(new NodeState(1, 2, notElasticsearch, "http://127.0.0.1:1", "8.19.21"));
        LocalElasticsearch es = new LocalElasticsearch(home, Map.of(), QUIET);

        NodeStatus status = es.status();
        assertFalse(status.running());
        assertEquals("http://127.0.0.1:1", status.url(), "the last known URL is still reported");

        es.stop(Duration.ofSeconds(1));
        assertFalse(Files.exists(home.resolve("es/logs/elasticsearch.pid")), "stop() clears a stale pid file");
        try (Stream<Path> files = Files.list(home.resolve("es"))) {
            assertEquals(
                    List.of(".lock", "logs", "node.json"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
