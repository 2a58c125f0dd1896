package dev.samachar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samachar.config.Settings;
import dev.samachar.testing.CliRun;
import dev.samachar.testing.TestCluster;
import dev.samachar.testing.TestData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Indexes samples/ and checks the cross-script queries of samples/expected.json. */
class SamplesIT {

    private static final String ALIAS = "it-samples";
    private static Settings settings;
    private static JsonNode expected;

    @BeforeAll
    static void indexSamples() {
        settings = TestCluster.settings();
        expected = TestData.json(TestData.samples().resolve("expected.json"));
        CliRun run = CliRun.run(settings, "index", TestData.samples().toString(), "--alias", ALIAS, "--json");
        assertEquals(0, run.exitCode(), run.toString());
        int pages = expected.get("articles").size();
        int feedLines = expected.get("feed.jsonl").size();
        assertEquals(pages + feedLines, run.json().get("indexed").asInt(), run.toString());
    }

    /** "pib-en-….txt" for a page, "feed.jsonl#2" for line 2 of the feed, as expected.json names them. */
    private static String name(JsonNode hit, JsonNode stored) {
        String file = Path.of(hit.get("file").asText()).getFileName().toString();
        return stored.has("line") ? file + "#" + stored.get("line").asInt() : file;
    }

    private static Set<String> found(String... args) {
        List<String> all = new ArrayList<>(List.of("search", "--alias", ALIAS, "--json", "--size", "100"));
        all.addAll(List.of(args));
        CliRun run = CliRun.run(settings, all.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.toString());
        Set<String> names = new TreeSet<>();
        for (JsonNode hit : run.json().get("hits")) {
            CliRun get = CliRun.run(settings, "get", hit.get("id").asText(), "--alias", ALIAS, "--json");
            names.add(name(hit, get.json()));
        }
        return names;
    }

    @TestFactory
    Stream<DynamicTest> crossScriptQueries() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode query : expected.get("queries")) {
            String q = query.get("q").asText();
            tests.add(DynamicTest.dynamicTest(q, () -> {
                Set<String> found = found(q);
                query.get("relevant")
                        .forEach(r -> assertTrue(
                                found.contains(r.asText()), q + " should find " + r.asText() + "; found " + found));
                query.get("never")
                        .forEach(n -> assertFalse(
                                found.contains(n.asText()), q + " must not find " + n.asText() + "; found " + found));
            }));
        }
        return tests.stream();
    }

    @Test
    void chromeOnlyCountriesNeverBecomeFacets() {
        CliRun run = CliRun.run(settings, "search", "--alias", ALIAS, "--json", "--size", "0");
        Set<String> facetCountries = new TreeSet<>();
        run.json()
                .get("facets")
                .get("countries")
                .forEach(b -> facetCountries.add(b.get("value").asText()));
        Set<String> articleCountries = new TreeSet<>();
        expected.get("articles").forEach(a -> a.get("countries").forEach(c -> articleCountries.add(c.asText())));
        expected.get("feed.jsonl").forEach(a -> a.get("countries").forEach(c -> articleCountries.add(c.asText())));
        assertEquals(articleCountries, facetCountries, "facet countries are exactly those named in article text");
    }
}
