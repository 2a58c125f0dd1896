package dev.samachar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import dev.samachar.config.Settings;
import dev.samachar.es.AnalysisMode;
import dev.samachar.es.ClientFactory;
import dev.samachar.es.ClusterConnection;
import dev.samachar.es.IndexAnalysisMode;
import dev.samachar.localnode.LocalElasticsearch;
import dev.samachar.testing.CliRun;
import dev.samachar.testing.SearchCases;
import dev.samachar.testing.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A cluster that indexed in portable mode and got the plugin afterwards: its index keeps the
 * portable fields, so search must keep using them. One node home of its own, started without the
 * plugin to index ../shared/seeds, then restarted with the plugin; every seed-case query must then
 * return the hits it returned before, and still meet the seed cases (cross-script included).
 */
class PluginInstalledLaterIT {

    private static final String ALIAS = "it-plugin-later";
    private static final Duration START = Duration.ofSeconds(180);

    private static Path home;
    private static Settings withPlugin;
    private static JsonNode cases;
    private static final Map<String, Map<String, Double>> hitsBeforeThePlugin = new LinkedHashMap<>();

    @BeforeAll
    static void indexWithoutThePluginThenInstallIt() throws IOException {
        Path seeds = TestData.seeds();
        cases = TestData.json(TestData.sharedEval("seed-cases.json"));
        home = Files.createTempDirectory("samachar-it-plugin-later-");
        Settings portable = new Settings(Map.of(Settings.HOME, home.toString(), "SAMACHAR_ES_PLUGIN", "none"));
        withPlugin = new Settings(Map.of(Settings.HOME, home.toString()));

        new LocalElasticsearch(home, portable.env(), System.err).start(START);
        CliRun index = CliRun.run(portable, "index", seeds.toString(), "--alias", ALIAS, "--json");
        assertEquals(0, index.exitCode(), index.toString());
        assertEquals("portable", index.json().get("analysis").asText(), index.toString());
        withoutRewrittenDocuments(portable);
        for (JsonNode c : cases.get("queries")) {
            String q = c.get("q").asText();
            hitsBeforeThePlugin.put(q, scoredHits(portable, q));
        }

        // Starting the same home without SAMACHAR_ES_PLUGIN=none installs the plugin and restarts the node.
        new LocalElasticsearch(home, withPlugin.env(), System.err).start(START);
    }

    @AfterAll
    static void stopAndDelete() {
        if (home == null) {
            return;
        }
        new LocalElasticsearch(home, withPlugin.env(), System.err).stop(Duration.ofSeconds(30));
        try (Stream<Path> paths = Files.walk(home)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("could not delete test home " + home + ": " + e.getMessage());
        }
    }

    @Test
    void theClusterNowHasThePluginButTheIndexIsStillPortable() {
        ElasticsearchClient client = ClientFactory.create(
                ClusterConnection.localNode(new LocalElasticsearch(home, withPlugin.env(), System.err)
                        .status()
                        .url()));
        try {
            assertEquals(AnalysisMode.PLUGIN, AnalysisMode.detect(client), "the restarted node has the plugin");
            assertEquals(
                    Optional.of(AnalysisMode.PORTABLE),
                    IndexAnalysisMode.of(client, ALIAS),
                    "the index behind the alias records portable mode");
        } finally {
            ClientFactory.closeQuietly(client);
        }
    }

    /** Same hits with the same scores (equal scores may swap places: the restart rewrites the segments). */
    @TestFactory
    Stream<DynamicTest> everySeedQueryFindsWhatItFoundBeforeThePlugin() {
        return hitsBeforeThePlugin.entrySet().stream()
                .map(e -> DynamicTest.dynamicTest("search " + e.getKey(), () -> {
                    Map<String, Double> before = e.getValue();
                    assertFalse(before.isEmpty(), e.getKey() + " found articles before the plugin");
                    Map<String, Double> after = scoredHits(withPlugin, e.getKey());
                    assertEquals(before.keySet(), after.keySet(), e.getKey() + ": same hits");
                    before.forEach(
                            (id, score) -> assertEquals(score, after.get(id), 1e-4, e.getKey() + ": score of " + id));
                }));
    }

    @TestFactory
    Stream<DynamicTest> seedCasesPassAfterThePluginIsInstalled() {
        return SearchCases.queries(cases.get("queries"), q -> files(withPlugin, q));
    }

    /**
     * Scores depend on the shard's term statistics, which count the documents that linking rewrote
     * (soft deletes, kept for history while the node runs) until a merge drops them, as may happen
     * at any time after the restart with the plugin. A restart without the plugin releases them and
     * a merge to one segment drops them now, so both sides of that restart see the same statistics.
     */
    private static void withoutRewrittenDocuments(Settings portable) throws IOException {
        LocalElasticsearch node = new LocalElasticsearch(home, portable.env(), System.err);
        node.stop(Duration.ofSeconds(30));
        node.start(START);
        ElasticsearchClient client =
                ClientFactory.create(ClusterConnection.localNode(node.status().url()));
        try {
            client.indices().forcemerge(f -> f.index(ALIAS).maxNumSegments(1L).flush(true));
            client.indices().refresh(r -> r.index(ALIAS));
            long deleted = client.indices()
                    .stats(st -> st.index(ALIAS))
                    .all()
                    .primaries()
                    .docs()
                    .deleted();
            assertEquals(0, deleted, "rewritten documents left in the index after the merge");
        } finally {
            ClientFactory.closeQuietly(client);
        }
    }

    private static CliRun search(Settings settings, String q) {
        CliRun run = CliRun.run(settings, "search", q, "--alias", ALIAS, "--json", "--size", "50");
        assertEquals(0, run.exitCode(), run.toString());
        return run;
    }

    private static Map<String, Double> scoredHits(Settings settings, String q) {
        Map<String, Double> hits = new TreeMap<>();
        search(settings, q)
                .json()
                .get("hits")
                .forEach(h -> hits.put(h.get("id").asText(), h.get("score").asDouble()));
        return hits;
    }

    private static Set<String> files(Settings settings, String q) {
        Set<String> files = new TreeSet<>();
        search(settings, q)
                .json()
                .get("hits")
                .forEach(h ->
                        files.add(Path.of(h.get("file").asText()).getFileName().toString()));
        return files;
    }
}
