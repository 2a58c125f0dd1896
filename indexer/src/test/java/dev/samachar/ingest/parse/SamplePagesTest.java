package dev.samachar.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samachar.enrich.ArticleDocument;
import dev.samachar.enrich.Enricher;
import dev.samachar.testing.TestData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every sample page in samples/ against what samples/expected.json says a correct parser extracts. */
class SamplePagesTest {

    private static final ArticleReader READER = new ArticleReader();
    private static final Enricher ENRICHER = Enricher.load(dev.samachar.es.AnalysisMode.PLUGIN);

    @TestFactory
    Stream<DynamicTest> everySamplePageParsesAsExpected() {
        JsonNode expected = TestData.json(TestData.samples().resolve("expected.json"));
        List<DynamicTest> tests = new ArrayList<>();
        expected.get("articles")
                .fields()
                .forEachRemaining(e -> tests.add(DynamicTest.dynamicTest(e.getKey(), () -> {
                    Path file = TestData.samples().resolve(e.getKey());
                    ReadResult result = READER.read(file);
                    assertEquals(List.of(), result.failures());
                    Article article = result.articles().get(0);
                    check(e.getKey(), e.getValue(), article);
                })));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyFeedLineParsesAsExpected() {
        JsonNode expected = TestData.json(TestData.samples().resolve("expected.json"));
        ReadResult result = READER.read(TestData.samples().resolve("feed.jsonl"));
        assertEquals(List.of(), result.failures());
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode line : expected.get("feed.jsonl")) {
            int number = line.get("line").asInt();
            tests.add(DynamicTest.dynamicTest("feed.jsonl#" + number, () -> {
                Article article = result.articles().stream()
                        .filter(a -> a.line() == number)
                        .findFirst()
                        .orElseThrow();
                check("feed.jsonl#" + number, line, article);
            }));
        }
        return tests.stream();
    }

    static void check(String name, JsonNode expected, Article article) {
        assertEquals(expected.get("title").asText(), article.title(), name + " title");
        assertEquals(expected.get("lang").asText(), article.lang(), name + " lang");
        assertEquals(textOrNull(expected, "published"), article.publishedIso(), name + " published");
        assertEquals(textOrNull(expected, "source"), article.source(), name + " source");
        if (expected.has("release_id")) {
            assertEquals(textOrNull(expected, "release_id"), article.releaseId(), name + " release id");
        }
        ArticleDocument document = ENRICHER.enrich(article);
        assertEquals(codes(expected.get("countries")), document.countries(), name + " countries");
        for (String code : codes(expected.get("not_countries"))) {
            assertFalse(document.countries().contains(code), name + ": " + code + " is only in chrome");
        }
        for (JsonNode phrase : iterable(expected.get("body_contains"))) {
            assertTrue(article.body().contains(phrase.asText()), name + " body should contain: " + phrase.asText());
        }
        for (JsonNode phrase : iterable(expected.get("body_excludes"))) {
            assertFalse(article.body().contains(phrase.asText()), name + " body must not contain: " + phrase.asText());
        }
    }

    private static Set<String> codes(JsonNode array) {
        Set<String> codes = new TreeSet<>();
        iterable(array).forEach(c -> codes.add(c.asText()));
        return codes;
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        return node == null ? List.of() : node;
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
