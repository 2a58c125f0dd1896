package dev.samachar.localnode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samachar.testing.TestCluster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs a real Elasticsearch node in a throw-away Samachar home: install, start, index, restart, stop.
 * When run as root this also exercises the samachar-es user path.
 */
class LocalElasticsearchIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();

    private static Path home;
    private static ByteArrayOutputStream captured;
    private static LocalElasticsearch es;

    @BeforeAll
    static void freshHome() throws IOException {
        home = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "samachar-it-");
        captured = new ByteArrayOutputStream();
        PrintStream progress = new PrintStream(new Tee(System.out, captured), true, StandardCharsets.UTF_8);
        // Only the ES settings matter here; the home is passed explicitly so a developer's ~/.samachar is untouched.
        es = new LocalElasticsearch(home, TestCluster.versionEnv(), progress);
    }

    @AfterAll
    static void stopAndClean() {
        try {
            if (es != null) {
                es.stop(STOP_TIMEOUT);
            }
        } finally {
            if (home != null) {
                DistributionInstaller.deleteRecursively(home);
            }
        }
    }

    @Test
    void startsIndexesAndKeepsDataAcrossRestart() throws Exception {
        NodeStatus before = es.status();
        assertFalse(before.running(), "a fresh home has no running node");
        assertNull(before.pid());
        assertEquals(home.toAbsolutePath().normalize(), before.home());

        NodeStatus started = es.start(START_TIMEOUT);
        assertTrue(started.running(), "start() returns a running node");
        assertNotNull(started.pid());
        assertNotNull(started.url());
        assertEquals(TestCluster.version(), started.version());
        assertTrue(output().contains("Installing Elasticsearch " + TestCluster.version()), output());
        assertTrue(output().contains("Elasticsearch is up at " + started.url() + " (green)"), output());
        assertTrue(Files.isRegularFile(started.installDir().resolve("bin/elasticsearch")));
        assertTrue(Files.isExecutable(started.installDir().resolve("bin/elasticsearch")));
        assertTrue(Files.isRegularFile(home.resolve("es/node.json")));
        if (ServiceAccount.currentUserIsRoot()) {
            assertEquals(
                    ServiceAccount.USER,
                    Files.getOwner(started.dataDir()).getName(),
                    "as root, the node's data belongs to the service user");
        }

        JsonNode health = getJson(started.url() + "/_cluster/health");
        assertEquals("green", health.path("status").asText());
        assertEquals("samachar", health.path("cluster_name").asText());

        NodeStatus again = es.start(START_TIMEOUT);
        assertEquals(started.pid(), again.pid(), "start() on a running node is a no-op");
        assertEquals(started.pid(), es.ensureRunning().pid());

        String index = "samachar-it-docs";
        assertEquals(
                200,
                send(
                                "PUT",
                                started.url() + "/" + index,
                                "{\"settings\":{\"number_of_shards\":1,\"number_of_replicas\":0}}")
                        .statusCode());
        assertEquals(
                201,
                send(
                                "PUT",
                                started.url() + "/" + index + "/_doc/1?refresh=true",
                                "{\"title\":\"नमस्ते दुनिया\",\"lang\":\"hi\"}")
                        .statusCode());

        es.stop(STOP_TIMEOUT);
        NodeStatus stopped = es.status();
        assertFalse(stopped.running(), "stop() stops the node");
        assertNull(stopped.pid());
        assertFalse(Files.exists(home.resolve("es/logs/elasticsearch.pid")), "stop() removes the pid file");
        es.stop(STOP_TIMEOUT); // idempotent

        NodeStatus restarted = es.start(START_TIMEOUT);
        assertTrue(restarted.running());
        assertEquals(started.url(), restarted.url(), "the node keeps its port across restarts");
        assertTrue(
                output().indexOf("Installing Elasticsearch") == output().lastIndexOf("Installing Elasticsearch"),
                "the distribution is installed only once");
        assertEquals(
                1,
                occurrences(output(), "Installing the Elasticsearch plugin samachar-analysis"),
                "the plugin is installed before the first start only: " + output());
        assertEquals(List.of("samachar-analysis"), restarted.plugins());
        JsonNode doc = getJson(restarted.url() + "/" + index + "/_doc/1");
        assertTrue(doc.path("found").asBoolean(), "data survives a restart: " + doc);
        assertEquals("नमस्ते दुनिया", doc.path("_source").path("title").asText());

        es.stop(STOP_TIMEOUT);
        assertFalse(es.status().running());
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

    private static String output() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode getJson(String url) throws Exception {
        HttpResponse<String> response = send("GET", url, null);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> send(String method, String url, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Shows progress live in the build log while keeping a copy to assert on. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws IOException {
            a.write(bytes, off, len);
            b.write(bytes, off, len);
        }

        @Override
        public void flush() throws IOException {
            a.flush();
            b.flush();
        }
    }
}
