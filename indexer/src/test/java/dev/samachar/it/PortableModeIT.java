package dev.samachar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samachar.config.Settings;
import dev.samachar.testing.CliRun;
import dev.samachar.testing.SearchCases;
import dev.samachar.testing.TestCluster;
import dev.samachar.testing.TestData;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

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
        assertEquals(ALIAS + "-v3-portable", run.json().get("index").asText());
        assertEquals(5, run.json().get("indexed").asInt());
    }

    private static Set<String> found(String q) {
        CliRun run = CliRun.run(settings, "search", q, "--alias", ALIAS, "--json", "--size", "50");
        assertEquals(0, run.exitCode(), run.toString());
        Set<String> files = new TreeSet<>();
        run.json()
                .get("hits")
                .forEach(h ->
                        files.add(Path.of(h.get("file").asText()).getFileName().toString()));
        return files;
    }

    @TestFactory
    Stream<DynamicTest> seedCaseQueriesPassWithoutThePlugin() {
        return SearchCases.queries(cases.get("queries"), PortableModeIT::found);
    }

    /** What Kibana sends: a plain query_string, no Samachar code on the query side. */
    @Test
    void kibanaStyleSearchForALatinNameFindsTheHindiArticles() throws Exception {
        assertEquals(
                Set.of("000_3b2ee203d687f623.txt", "001_e9dc25aa0423b090.txt", "002_01f5e1dc6ab042ee.txt"),
                SearchCases.queryStringFiles(TestCluster.url(settings), ALIAS, "Yermekbayev"));
    }

    @Test
    void setupSaysWhichModeIsInUse() {
        CliRun setup = CliRun.run(settings, "setup", "--alias", ALIAS);
        assertEquals(0, setup.exitCode(), setup.toString());
        assertTrue(setup.out().contains("analysis: portable"), setup.out());
    }
}
