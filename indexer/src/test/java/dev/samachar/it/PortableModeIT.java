package dev.samachar.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samachar.config.Settings;
import dev.samachar.testing.CliRun;
import dev.samachar.testing.TestCluster;
import dev.samachar.testing.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A node without the analysis plugin, like a managed cluster: Samachar detects it, applies the
 * core-analyzer template, computes the cross-script forms itself, and the seed-cases queries still pass.
 */
class PortableModeIT {

    private static final String ALIAS = "it-portable";
    private static Settings settings;
    private static JsonNode cases;

    @BeforeAll
    static void indexSeedsWithoutThePlugin() {
        Path seeds = TestData.seeds();
        cases = TestData.json(TestData.sharedEval("seed-cases.json"));
        settings = TestCluster.portableSettings();
        CliRun status = CliRun.run(settings, "es", "status", "--json");
        assertEquals("portable", status.json().get("analysis").asText(), status.toString());
        CliRun run = CliRun.run(settings, "index", seeds.toString(), "--alias", ALIAS, "--json");
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("portable", run.json().get("analysis").asText());
        assertEquals(ALIAS + "-v2-portable", run.json().get("index").asText());
        assertEquals(5, run.json().get("indexed").asInt());
    }

    private static Set<String> found(String q) {
        CliRun run = CliRun.run(settings, "search", q, "--alias", ALIAS, "--json", "--size", "50");
        assertEquals(0, run.exitCode(), run.toString());
        Set<String> files = new TreeSet<>();
        run.json().get("hits").forEach(h -> files.add(Path.of(h.get("file").asText()).getFileName().toString()));
        return files;
    }

    @TestFactory
    Stream<DynamicTest> seedCaseQueriesPassWithoutThePlugin() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : cases.get("queries")) {
            String q = c.get("q").asText();
            tests.add(DynamicTest.dynamicTest("search " + q, () -> {
                Set<String> found = found(q);
                c.get("relevant").forEach(r -> assertTrue(found.contains(r.asText()),
                        q + " should find " + r.asText() + " but found " + found));
                c.get("never").forEach(n -> assertFalse(found.contains(n.asText()),
                        q + " must not find " + n.asText() + " but found " + found));
            }));
        }
        return tests.stream();
    }

    /** What Kibana sends: a plain query_string, no Samachar code on the query side. */
    @Test
    void kibanaStyleSearchForALatinNameFindsTheHindiArticles() throws Exception {
        String body = "{\"size\": 20, \"_source\": [\"file\"], \"query\": {\"query_string\": {\"query\": \"Yermekbayev\"}}}";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(TestCluster.url(settings) + "/" + ALIAS + "/_search"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        Set<String> files = new TreeSet<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).path("hits").path("hits")
                .forEach(h -> files.add(Path.of(h.path("_source").path("file").asText()).getFileName().toString()));
        assertEquals(Set.of("000_3b2ee203d687f623.txt", "001_e9dc25aa0423b090.txt", "002_01f5e1dc6ab042ee.txt"), files);
    }

    @Test
    void setupSaysWhichModeIsInUse() {
        CliRun setup = CliRun.run(settings, "setup", "--alias", ALIAS);
        assertEquals(0, setup.exitCode(), setup.toString());
        assertTrue(setup.out().contains("analysis: portable"), setup.out());
    }
}
