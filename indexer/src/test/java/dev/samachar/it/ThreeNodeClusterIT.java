package dev.samachar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samachar.config.Settings;
import dev.samachar.corpus.CorpusGenerator;
import dev.samachar.localnode.LocalElasticsearch;
import dev.samachar.localnode.NodeStatus;
import dev.samachar.testing.CliRun;
import dev.samachar.testing.TestCluster;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Scale-out and its fault test: `samachar es start --nodes 3` forms a 3-node cluster on loopback; the index gets 3
 * shards with 1 replica; while `samachar index` (given every node's URL) loads a generated corpus, the elected
 * master is killed with SIGKILL. Indexing and search must carry on through the surviving nodes, and the final
 * count must be exactly the number of articles. The cluster has its own throwaway home, and every node is stopped
 * however the test ends.
 */
class ThreeNodeClusterIT {

    private static final int NODES = 3;
    private static final int ARTICLES = 3000;
    /** The kill comes once this many documents are searchable: well into the run, well before its end. */
    private static final int KILL_AFTER = 500;

    private static final String ALIAS = "faulttest";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private static Path home;
    private static Settings settings;
    private static LocalElasticsearch es;
    private static CliRun started;

    @BeforeAll
    static void startThreeNodes() throws IOException {
        home = Files.createTempDirectory("samachar-it-3nodes-");
        Map<String, String> env = new java.util.HashMap<>(TestCluster.versionEnv());
        env.put(Settings.HOME, home.toString());
        settings = new Settings(env);
        es = new LocalElasticsearch(home, settings.env(), System.err);
        // Also on a JVM exit that skips @AfterAll (a timeout that kills the fork): no node may outlive the build.
        Runtime.getRuntime().addShutdownHook(new Thread(ThreeNodeClusterIT::stopQuietly));
        started = CliRun.run(settings, "es", "start", "--nodes", Integer.toString(NODES), "--timeout", "300", "--json");
        System.err.print(started.err());
    }

    @AfterAll
    static void stopAndClean() {
        stopQuietly();
    }

    private static synchronized void stopQuietly() {
        if (es == null) {
            return;
        }
        try {
            es.stop(Duration.ofSeconds(30));
        } catch (RuntimeException e) {
            System.err.println("could not stop the 3-node cluster: " + e.getMessage());
        }
        try (var paths = Files.walk(home)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            System.err.println("could not delete " + home + ": " + e.getMessage());
        }
        es = null;
    }

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void indexingAndSearchSurviveTheLossOfTheElectedMaster() throws Exception {
        assertEquals(0, started.exitCode(), started.toString());
        NodeStatus status = es.status();
        assertTrue(status.running(), "every node runs: " + status);
        assertEquals(NODES, status.nodes().size());
        assertEquals(NODES, Set.copyOf(status.urls()).size(), "each node has its own HTTP port: " + status.urls());
        assertEquals(NODES, started.json().path("nodes").size(), started.out());
        JsonNode health = get(status.url(), "/_cluster/health").orElseThrow();
        assertEquals(NODES, health.path("number_of_nodes").asInt(), health.toString());
        assertEquals("samachar", health.path("cluster_name").asText());
        List<Long> pids = status.nodes().stream().map(NodeStatus.Node::pid).toList();
        assertEquals(NODES, Set.copyOf(pids).size(), "three processes: " + pids);

        // The client is given every node, as a user of a real cluster would (SAMACHAR_ES_URL=url1,url2,url3).
        Settings client = settings.with(Settings.ES_URL, String.join(",", status.urls()));
        CliRun setup = CliRun.run(client, "setup", "--alias", ALIAS, "--shards", "3", "--replicas", "1", "--json");
        assertEquals(0, setup.exitCode(), setup.toString());
        assertEquals(3, setup.json().path("shards").asInt(), setup.out());
        assertEquals(1, setup.json().path("replicas").asInt(), setup.out());
        String index = setup.json().path("index").asText();
        JsonNode green = get(status.url(), "/_cluster/health/" + index + "?wait_for_status=green&timeout=60s")
                .orElseThrow();
        assertEquals("green", green.path("status").asText(), "3 shards x 2 copies fit on 3 nodes: " + green);
        Set<String> holders = new HashSet<>();
        get(status.url(), "/_cat/shards/" + index + "?format=json")
                .orElseThrow()
                .forEach(shard -> holders.add(shard.path("node").asText()));
        assertEquals(NODES, holders.size(), "the shard copies are spread over every node: " + holders);

        Path corpus = home.resolve("corpus");
        List<Path> files = new CorpusGenerator(7).write(corpus, ARTICLES);
        assertEquals(ARTICLES, files.size());

        String master = get(status.url(), "/_cat/master?format=json")
                .orElseThrow()
                .get(0)
                .path("node")
                .asText();
        NodeStatus.Node victim = status.nodes().stream()
                .filter(n -> n.name().equals(master))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no local node is the master " + master));
        List<String> survivors = status.nodes().stream()
                .filter(n -> n != victim)
                .map(NodeStatus.Node::url)
                .toList();

        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Instant indexStart = Instant.now();
            Future<CliRun> indexing = pool.submit(() ->
                    CliRun.run(client, "index", "--alias", ALIAS, "--json", "--bulk-size", "100", corpus.toString()));

            long before = awaitCount(survivors.get(0), KILL_AFTER, indexing, Duration.ofMinutes(3));
            assertFalse(
                    indexing.isDone(),
                    "the kill must come while indexing runs; it already ended: "
                            + (indexing.isDone() ? indexing.get() : ""));
            ProcessHandle process = ProcessHandle.of(victim.pid()).orElseThrow();
            assertTrue(process.destroyForcibly(), "SIGKILL to " + victim.name());
            process.onExit().get(30, TimeUnit.SECONDS);
            Instant killedAt = Instant.now();
            System.err.printf(
                    "ThreeNodeClusterIT: killed the elected master %s (pid %d) with %d of %d documents"
                            + " searchable, %.1f s into indexing%n",
                    victim.name(),
                    victim.pid(),
                    before,
                    ARTICLES,
                    Duration.between(indexStart, killedAt).toMillis() / 1000.0);

            // A surviving node has a new master and every primary active (replicas promoted): yellow, not green,
            // since the dead node's copies have nowhere to go until reallocation.
            JsonNode yellow = get(
                            survivors.get(0),
                            "/_cluster/health/" + index + "?wait_for_status=yellow&wait_for_nodes=" + (NODES - 1)
                                    + "&timeout=90s")
                    .orElseThrow();
            assertFalse(yellow.path("timed_out").asBoolean(), "the index stays available: " + yellow);
            assertEquals(NODES - 1, yellow.path("number_of_nodes").asInt(), yellow.toString());

            // Search while indexing goes on, with the dead node first in the client's list: the client fails over.
            List<String> deadFirst = new ArrayList<>();
            deadFirst.add(victim.url());
            deadFirst.addAll(survivors);
            Settings failover = settings.with(Settings.ES_URL, String.join(",", deadFirst));
            CliRun search = CliRun.run(failover, "search", "--alias", ALIAS, "--json", "--size", "3", "Shoigu");
            assertEquals(0, search.exitCode(), search.toString());
            long hitsDuringOutage = search.json().path("total").asLong();
            assertTrue(hitsDuringOutage > 0, "search answers during the outage: " + search.out());
            boolean searchedWhileIndexing = !indexing.isDone();

            CliRun run = indexing.get(6, TimeUnit.MINUTES);
            Duration indexTime = Duration.between(indexStart, Instant.now());
            assertEquals(0, run.exitCode(), run.toString());
            JsonNode summary = run.json();
            assertEquals(ARTICLES, summary.path("articles").asInt(), run.out());
            assertEquals(ARTICLES, summary.path("indexed").asInt(), run.out());
            assertEquals(0, summary.path("failed").asInt(), run.out());

            // Exact: every article once. Ids are derived from the article, so a document sent twice (a retried bulk
            // request) overwrites itself instead of counting twice, and a lost one would show as a shortfall.
            JsonNode count = get(survivors.get(1), "/" + ALIAS + "/_count").orElseThrow();
            assertEquals(ARTICLES, count.path("count").asLong(), count.toString());
            assertEquals(0, count.path("_shards").path("failed").asInt(), count.toString());
            CliRun after = CliRun.run(failover, "search", "--alias", ALIAS, "--json", "--size", "1", "Shoigu");
            assertEquals(0, after.exitCode(), after.toString());
            long hitsAfter = after.json().path("total").asLong();
            assertTrue(hitsAfter >= hitsDuringOutage, "hits after " + hitsAfter + " < during " + hitsDuringOutage);
            assertEquals(expectedShoiguArticles(files), hitsAfter, "every article naming Shoigu is found");

            System.err.printf(
                    "ThreeNodeClusterIT: indexed %d of %d articles (%d failed; %d items and %d requests"
                            + " retried) in %.1f s; final count %d; search during the outage%s: %d hits, after: %d%n",
                    summary.path("indexed").asInt(),
                    ARTICLES,
                    summary.path("failed").asInt(),
                    summary.path("retried_items").asLong(),
                    summary.path("retried_requests").asLong(),
                    indexTime.toMillis() / 1000.0,
                    count.path("count").asLong(),
                    searchedWhileIndexing ? " (indexing still running)" : "",
                    hitsDuringOutage,
                    hitsAfter);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Articles whose text names Shoigu in either script: what a search for "Shoigu" must find. */
    private static long expectedShoiguArticles(List<Path> files) throws IOException {
        long n = 0;
        for (Path file : files) {
            String text = Files.readString(file);
            if (text.contains("Shoigu") || text.contains("शोइगू")) {
                n++;
            }
        }
        return n;
    }

    /** Polls the document count until it reaches {@code target}; gives up when indexing ends or time runs out. */
    private static long awaitCount(String url, long target, Future<?> indexing, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        long count = 0;
        while (Instant.now().isBefore(deadline) && !indexing.isDone()) {
            count = get(url, "/" + ALIAS + "/_count")
                    .map(c -> c.path("count").asLong(0))
                    .orElse(0L);
            if (count >= target) {
                return count;
            }
            Thread.sleep(100);
        }
        return count;
    }

    private static Optional<JsonNode> get(String baseUrl, String path) throws InterruptedException {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + path))
                            .timeout(Duration.ofSeconds(120))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 || response.statusCode() == 408
                    ? Optional.of(JSON.readTree(response.body()))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
