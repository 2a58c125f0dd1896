package dev.samachar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samachar.config.Settings;
import dev.samachar.testing.CliRun;
import dev.samachar.testing.SearchCases;
import dev.samachar.testing.SeedIndex;
import dev.samachar.testing.TestCluster;
import dev.samachar.testing.TestData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Indexes ../shared/seeds into the real local node and checks every case of seed-cases.json. */
class SeedCasesIT {

    private static final String ALIAS = "it-seeds";
    private static Settings settings;
    private static JsonNode cases;
    private static Map<String, JsonNode> hitsByFile;

    @BeforeAll
    static void indexSeeds() {
        cases = TestData.json(TestData.sharedEval("seed-cases.json"));
        settings = TestCluster.settings();
        hitsByFile = SeedIndex.index(settings, ALIAS);
    }

    private static JsonNode search(String... args) {
        List<String> all = new ArrayList<>(List.of("search", "--alias", ALIAS, "--json"));
        all.addAll(List.of(args));
        CliRun run = CliRun.run(settings, all.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.toString());
        return run.json();
    }

    private static String fileName(JsonNode hit) {
        return SeedIndex.fileName(hit);
    }

    @TestFactory
    Stream<DynamicTest> everyQueryFindsItsRelevantSeedsAndNoNeverSeed() {
        return SearchCases.queries(cases.get("queries"), q -> {
            Set<String> found = new TreeSet<>();
            search(q, "--size", "50").get("hits").forEach(h -> found.add(fileName(h)));
            return found;
        });
    }

    @Test
    void countriesAreExactlyTheExpectedCodes() {
        cases.get("countries").fields().forEachRemaining(e -> {
            Set<String> actual = new TreeSet<>();
            hitsByFile.get(e.getKey()).get("countries").forEach(c -> actual.add(c.asText()));
            Set<String> expected = new TreeSet<>();
            e.getValue().forEach(c -> expected.add(c.asText()));
            assertEquals(expected, actual, "countries of " + e.getKey());
        });
    }

    @Test
    void publicationDaysInIstAndUndatedSeeds() {
        cases.get("dates").fields().forEachRemaining(e -> {
            JsonNode published = hitsByFile.get(e.getKey()).get("published");
            assertNotNull(published, e.getKey() + " should be dated");
            assertTrue(
                    published.asText().startsWith(e.getValue().asText() + "T"),
                    e.getKey() + ": expected day " + e.getValue().asText() + ", got " + published.asText());
            assertTrue(published.asText().endsWith("+05:30"), "IST offset: " + published.asText());
        });
        cases.get("undated").forEach(u -> {
            JsonNode published = hitsByFile.get(u.asText()).get("published");
            assertTrue(published == null || published.isNull(), u.asText() + " must be undated, got " + published);
        });
    }

    @Test
    void languages() {
        cases.get("languages")
                .fields()
                .forEachRemaining(e -> assertEquals(
                        e.getValue().asText(),
                        hitsByFile.get(e.getKey()).get("lang").asText(),
                        e.getKey()));
    }

    @Test
    void facetFiltersNarrowTheHitsAndCountsAddUp() {
        JsonNode kz = search("--country", "KZ", "--size", "50");
        Set<String> files = new TreeSet<>();
        kz.get("hits").forEach(h -> files.add(fileName(h)));
        for (String file : files) {
            JsonNode countries = hitsByFile.get(file).get("countries");
            boolean hasKz = false;
            for (JsonNode c : countries) {
                hasKz |= c.asText().equals("KZ");
            }
            assertTrue(hasKz, file + " was returned for --country KZ");
        }
        long languageTotal = 0;
        for (JsonNode bucket : kz.get("facets").get("languages")) {
            languageTotal += bucket.get("count").asLong();
        }
        assertEquals(kz.get("total").asLong(), languageTotal, "language facet counts add up to the total");

        JsonNode dated2018 = search("--from", "2018-10-04", "--to", "2018-10-04", "--size", "50");
        Set<String> days = new TreeSet<>();
        dated2018.get("hits").forEach(h -> days.add(fileName(h)));
        assertEquals(Set.of("000_3b2ee203d687f623.txt", "002_01f5e1dc6ab042ee.txt"), days);
    }

    @Test
    void personFacetAndFilter() {
        JsonNode result = search("--person", "Nurlan Yermekbayev", "--size", "50");
        Set<String> files = new TreeSet<>();
        result.get("hits").forEach(h -> files.add(fileName(h)));
        assertEquals(Set.of("000_3b2ee203d687f623.txt", "001_e9dc25aa0423b090.txt", "002_01f5e1dc6ab042ee.txt"), files);
        Map<String, Long> persons = new HashMap<>();
        result.get("facets")
                .get("persons")
                .forEach(
                        b -> persons.put(b.get("value").asText(), b.get("count").asLong()));
        assertEquals(3L, persons.get("Nurlan Yermekbayev"), persons.toString());
        assertEquals(2L, persons.get("Nirmala Sitharaman"), persons.toString());
        Map<String, Long> countries = new HashMap<>();
        result.get("facets")
                .get("countries")
                .forEach(b ->
                        countries.put(b.get("value").asText(), b.get("count").asLong()));
        assertEquals(3L, countries.get("KZ"), countries.toString());
        JsonNode shoigu = search("--person", "Sergei Shoigu", "--org", "Shanghai Cooperation Organisation");
        assertEquals(1, shoigu.get("total").asInt());
        assertEquals("003_b44941ac62b5199f.txt", fileName(shoigu.get("hits").get(0)));
        assertTrue(shoigu.get("hits").get(0).get("persons").toString().contains("Rajnath Singh"));
    }

    @Test
    void theHindiAndEnglishReleasesAreLinkedAndNothingElse() {
        Map<String, String> idToFile = new HashMap<>();
        hitsByFile.forEach((file, hit) -> idToFile.put(hit.get("id").asText(), file));
        Map<String, Set<String>> links = new HashMap<>();
        hitsByFile.forEach((file, hit) -> {
            Set<String> related = new TreeSet<>();
            hit.get("related").forEach(r -> related.add(idToFile.get(r.asText())));
            links.put(file, related);
        });
        for (JsonNode pair : cases.get("same_release_in_two_languages")) {
            String a = pair.get(0).asText();
            String b = pair.get(1).asText();
            assertEquals(Set.of(b), links.get(a), a + " links to its translation only");
            assertEquals(Set.of(a), links.get(b), b + " links to its translation only");
        }
        long linked = links.values().stream().filter(r -> !r.isEmpty()).count();
        assertEquals(2 * cases.get("same_release_in_two_languages").size(), linked, "no false links: " + links);

        assertEquals(3, search("Yermekbayev").get("hits").size());
        JsonNode collapsed = search("Yermekbayev", "--collapse-translations");
        assertEquals(2, collapsed.get("hits").size(), "the Hindi and English releases collapse into one hit");
        assertEquals(2, collapsed.get("total").asInt(), "the count is of the hits shown: " + collapsed);
        assertEquals(3, search("Yermekbayev").get("total").asInt(), "uncollapsed, every article counts");
        CliRun get = CliRun.run(
                settings,
                "get",
                hitsByFile.get("000_3b2ee203d687f623.txt").get("id").asText(),
                "--alias",
                ALIAS);
        assertTrue(get.out().contains("translation") && get.out().contains("India and Kazakhstan agree"), get.out());
        // A strong link, shown as the other language's version with its score and evidence.
        assertTrue(get.out().contains("English version: ") && get.out().contains("score 0.9"), get.out());
        for (JsonNode hit : search("Yermekbayev").get("hits")) {
            JsonNode translations = hit.get("translations");
            if (hit.get("related").isEmpty()) {
                assertEquals(0, translations.size(), hit.toString());
            } else {
                assertEquals("strong", translations.get(0).get("strength").asText(), hit.toString());
                assertTrue(translations.get(0).get("score").asDouble() >= 0.8, hit.toString());
                assertEquals(
                        hit.get("related").get(0).asText(),
                        translations.get(0).get("id").asText());
            }
        }
    }

    @Test
    void getShowsTheStoredDocument() {
        JsonNode hit = hitsByFile.get("002_01f5e1dc6ab042ee.txt");
        CliRun run = CliRun.run(settings, "get", hit.get("id").asText(), "--alias", ALIAS, "--json");
        assertEquals(0, run.exitCode(), run.toString());
        JsonNode doc = run.json();
        assertEquals(
                "India and Kazakhstan agree to boost Defence and Military Technical Cooperation",
                doc.get("title").asText());
        assertEquals("1548606", doc.get("release_id").asText());
        assertEquals("PIB Delhi", doc.get("source").asText());
        assertFalse(doc.get("body").asText().contains("Visitor Counter"), "chrome stays out of the body");

        CliRun missing = CliRun.run(settings, "get", "no-such-id", "--alias", ALIAS);
        assertEquals(1, missing.exitCode(), missing.toString());
        assertTrue(missing.err().contains("no-such-id"), missing.err());
    }

    /** What Kibana sends for a free-text search: query_string without fields, over the index's default fields. */
    @Test
    void plainQueryStringFindsCrossScriptMatchesServerSide() throws Exception {
        for (String query : List.of("Yermekbayev", "यरमेकबायेव")) {
            assertEquals(
                    Set.of("000_3b2ee203d687f623.txt", "001_e9dc25aa0423b090.txt", "002_01f5e1dc6ab042ee.txt"),
                    SearchCases.queryStringFiles(TestCluster.url(), ALIAS, query),
                    "query_string " + query);
        }
    }

    @Test
    void chromeNeverReachesFacets() {
        // 003's "related" block names Sudan and Nigeria; 004's ad names "भारत माता चौक".
        Set<String> countries003 = new TreeSet<>();
        hitsByFile.get("003_b44941ac62b5199f.txt").get("countries").forEach(c -> countries003.add(c.asText()));
        assertFalse(countries003.contains("SD"), "Sudan is only in a related link: " + countries003);
        assertFalse(countries003.contains("NG"), "Nigeria is only in the featured video: " + countries003);
    }
}
