package dev.samachar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samachar.config.Settings;
import dev.samachar.testing.SeedIndex;
import dev.samachar.testing.TestCluster;
import dev.samachar.testing.TestData;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the aggregations the Kibana dashboard (mappings/kibana/samachar.ndjson) implies against the real
 * local node, over ../shared/seeds: the options-list controls (terms on countries, lang, source, persons),
 * "Top countries" (terms on countries), "Articles over time by language" (date_histogram on published
 * split by terms on lang) and the saved search (newest first).
 */
class KibanaDashboardIT {

    private static final String ALIAS = "it-kibana";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
    private static Settings settings;
    private static JsonNode cases;
    /** Every indexed seed by file name, as the CLI's search returns it. */
    private static Map<String, JsonNode> byFile;

    @BeforeAll
    static void indexSeeds() {
        cases = TestData.json(TestData.sharedEval("seed-cases.json"));
        settings = TestCluster.settings();
        byFile = SeedIndex.index(settings, ALIAS);
    }

    private static JsonNode search(String body) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(TestCluster.url(settings) + "/" + ALIAS + "/_search"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static Map<String, Long> buckets(JsonNode agg) {
        Map<String, Long> counts = new TreeMap<>();
        agg.get("buckets")
                .forEach(b ->
                        counts.put(b.get("key").asText(), b.get("doc_count").asLong()));
        return counts;
    }

    /** What a terms aggregation must return: counts of values over the indexed documents. */
    private static Map<String, Long> countValues(String field) {
        Map<String, Long> counts = new TreeMap<>();
        byFile.values().forEach(hit -> {
            JsonNode values = hit.path(field);
            if (values.isArray()) {
                values.forEach(v -> counts.merge(v.asText(), 1L, Long::sum));
            } else if (values.isTextual()) {
                counts.merge(values.asText(), 1L, Long::sum);
            }
        });
        return counts;
    }

    @Test
    void topCountriesMatchTheSeedExpectations() throws Exception {
        JsonNode result = search("""
                {"size":0,"aggs":{"countries":{"terms":{"field":"countries","size":15,"order":{"_count":"desc"}}}}}""");
        Map<String, Long> actual = buckets(result.get("aggregations").get("countries"));

        // Expected from seed-cases.json for the four seeds with listed countries, plus the indexed countries
        // of any seed the cases leave open (003).
        Map<String, Long> expected = new TreeMap<>();
        List<String> listed = new ArrayList<>();
        cases.get("countries").fields().forEachRemaining(e -> {
            listed.add(e.getKey());
            e.getValue().forEach(c -> expected.merge(c.asText(), 1L, Long::sum));
        });
        byFile.forEach((file, hit) -> {
            if (!listed.contains(file)) {
                hit.path("countries").forEach(c -> expected.merge(c.asText(), 1L, Long::sum));
            }
        });
        assertEquals(expected, actual, "terms on countries");
        assertEquals(countValues("countries"), actual, "terms agree with the stored documents");
        assertTrue(actual.get("IN") >= 4, "IN in at least 000, 001, 002, 004: " + actual);
        assertTrue(actual.get("KZ") >= 3, "KZ in at least 000, 001, 002: " + actual);
        assertTrue(actual.get("LB") >= 2 && actual.get("RU") >= 1, actual.toString());
        String top = result.get("aggregations")
                .get("countries")
                .get("buckets")
                .get(0)
                .get("key")
                .asText();
        assertEquals(
                Long.valueOf(actual.values().stream()
                        .mapToLong(Long::longValue)
                        .max()
                        .orElseThrow()),
                actual.get(top),
                "Top countries are ordered by count");
    }

    @Test
    void articlesOverTimeByLanguage() throws Exception {
        JsonNode result = search("""
                {"size":0,"query":{"range":{"published":{"gte":"now-20y","lte":"now"}}},
                 "aggs":{"timeline":{"date_histogram":{"field":"published","calendar_interval":"year",
                           "time_zone":"Asia/Kolkata","min_doc_count":1},
                   "aggs":{"lang":{"terms":{"field":"lang","size":5}}}}}}""");
        Map<String, Map<String, Long>> years = new TreeMap<>();
        for (JsonNode bucket : result.get("aggregations").get("timeline").get("buckets")) {
            years.put(bucket.get("key_as_string").asText().substring(0, 4), buckets(bucket.get("lang")));
            long split = buckets(bucket.get("lang")).values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
            assertEquals(
                    bucket.get("doc_count").asLong(),
                    split,
                    "language split adds up in " + bucket.get("key_as_string"));
        }
        // 000 (hi) and 002 (en) were published 2018-10-04, 001 (hi) 2021-04-09; 003 and 004 are undated.
        Map<String, Map<String, Long>> expected = new TreeMap<>();
        cases.get("dates")
                .fields()
                .forEachRemaining(
                        e -> expected.computeIfAbsent(e.getValue().asText().substring(0, 4), y -> new TreeMap<>())
                                .merge(cases.get("languages").get(e.getKey()).asText(), 1L, Long::sum));
        assertEquals(expected, years);
        assertEquals(Map.of("hi", 1L, "en", 1L), years.get("2018"), "2018 holds 000 (hi) and 002 (en)");
        assertEquals(Map.of("hi", 1L), years.get("2021"));
        assertEquals(
                cases.get("undated").size(),
                5 - result.get("hits").get("total").get("value").asInt(),
                "undated seeds fall outside the dashboard's time range");
    }

    @Test
    void controlFacetsAnswerWithTheIndexedValues() throws Exception {
        JsonNode result = search("""
                {"size":0,"aggs":{
                  "countries":{"terms":{"field":"countries","size":50}},
                  "lang":{"terms":{"field":"lang","size":50}},
                  "source":{"terms":{"field":"source","size":50}},
                  "persons":{"terms":{"field":"persons","size":50}}}}""");
        JsonNode aggs = result.get("aggregations");
        Map<String, Long> languages = new TreeMap<>();
        cases.get("languages").forEach(l -> languages.merge(l.asText(), 1L, Long::sum));
        assertEquals(languages, buckets(aggs.get("lang")), "lang control");
        assertEquals(countValues("countries"), buckets(aggs.get("countries")), "countries control");
        assertEquals(countValues("source"), buckets(aggs.get("source")), "source control");
        assertEquals(countValues("persons"), buckets(aggs.get("persons")), "persons control");
        assertFalse(buckets(aggs.get("persons")).isEmpty(), "the seeds name people (Yermekbayev, Shoigu)");

        JsonNode kz = search("""
                {"size":0,"query":{"bool":{"filter":[{"terms":{"countries":["KZ"]}}]}},
                 "aggs":{"lang":{"terms":{"field":"lang"}}}}""");
        assertEquals(
                buckets(search("""
                {"size":0,"aggs":{"countries":{"terms":{"field":"countries","size":50}}}}""").get("aggregations").get("countries")).get("KZ"),
                kz.get("hits").get("total").get("value").asLong(),
                "selecting KZ in the control keeps exactly the KZ articles");
    }

    @Test
    void savedSearchOrderIsNewestFirst() throws Exception {
        JsonNode result = search("""
                {"size":10,"_source":["title","source","lang","countries","published","file"],
                 "sort":[{"published":{"order":"desc"}}]}""");
        List<String> files = new ArrayList<>();
        result.get("hits")
                .get("hits")
                .forEach(h -> files.add(Path.of(h.get("_source").get("file").asText())
                        .getFileName()
                        .toString()));
        assertEquals("001_e9dc25aa0423b090.txt", files.get(0), "2021 article first: " + files);
        assertTrue(
                files.subList(1, 3).containsAll(List.of("000_3b2ee203d687f623.txt", "002_01f5e1dc6ab042ee.txt")),
                "then the 2018 pair: " + files);
        List<String> undated = new ArrayList<>();
        cases.get("undated").forEach(u -> undated.add(u.asText()));
        assertEquals(5, files.size());
        assertTrue(files.subList(3, 5).containsAll(undated), "undated last: " + files);
    }
}
