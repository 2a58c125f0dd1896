package dev.samachar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samachar.config.Settings;
import dev.samachar.localnode.LocalElasticsearch;
import dev.samachar.testing.TestCluster;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Samachar's analysis plugin, installed by `samachar es start` into the shared test node, is loaded and works
 * in analysis requests and in index mappings.
 */
class AnalysisPluginIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
    private static final String PLUGIN = "samachar-analysis";

    /** कज़ाकिस्तान with the precomposed ज़ (U+095B). */
    private static final String KAZAKHSTAN_PRECOMPOSED = "\u0915\u095B\u093E\u0915\u093F\u0938\u094D\u0924\u093E\u0928";
    /** कज़ाकिस्तान with ज + combining nukta (U+091C U+093C). */
    private static final String KAZAKHSTAN_COMBINING =
            "\u0915\u091C\u093C\u093E\u0915\u093F\u0938\u094D\u0924\u093E\u0928";

    private static final String KAZAKHSTAN_PLAIN = "कजाकिस्तान";

    @Test
    void thePluginIsInstalledAndListed() throws Exception {
        Settings settings = TestCluster.settings();
        JsonNode plugins = send("GET", "/_cat/plugins?format=json", null);
        List<String> components = new ArrayList<>();
        plugins.forEach(p -> components.add(p.path("component").asText()));
        assertTrue(components.contains(PLUGIN), plugins.toString());

        List<String> installed = new LocalElasticsearch(settings.home(), settings.env(), System.err)
                .status()
                .plugins();
        assertTrue(installed.contains(PLUGIN), installed.toString());
    }

    /** In the compatibility run this is 9.2.4 with the zip built for it: the same bytecode on Lucene 10. */
    @Test
    void theNodeRunsTheVersionUnderTestWithThePluginBuiltForIt() throws Exception {
        TestCluster.settings();
        JsonNode nodes = send("GET", "/_nodes/plugins", null).path("nodes");
        JsonNode node = nodes.elements().next();
        String server = node.path("version").asText();
        assertEquals(TestCluster.version(), server, nodes.toString());
        JsonNode plugin = null;
        for (JsonNode p : node.path("plugins")) {
            plugin = PLUGIN.equals(p.path("name").asText()) ? p : plugin;
        }
        assertTrue(plugin != null, nodes.toString());
        assertEquals(server, plugin.path("elasticsearch_version").asText(), plugin.toString());
    }

    @Test
    void analyzeWithTheFoldFilter() throws Exception {
        ObjectNode request =
                JSON.createObjectNode().put("tokenizer", "standard").put("text", KAZAKHSTAN_PRECOMPOSED + " सम्बन्ध");
        request.putArray("filter").add("samachar_fold");
        assertEquals(List.of(KAZAKHSTAN_PLAIN, "संबंध"), tokens(send("POST", "/_analyze", request)));

        request.put("text", KAZAKHSTAN_COMBINING + " हिन्दी हाँ");
        assertEquals(List.of(KAZAKHSTAN_PLAIN, "हिंदी", "हां"), tokens(send("POST", "/_analyze", request)));
    }

    @Test
    void analyzeWithTheFoldedAnalyzer() throws Exception {
        ObjectNode request = JSON.createObjectNode()
                .put("analyzer", "samachar_folded")
                .put("text", "India–" + KAZAKHSTAN_PRECOMPOSED + " सम्बन्ध २०२१");
        assertEquals(List.of("india", KAZAKHSTAN_PLAIN, "संबंध", "2021"), tokens(send("POST", "/_analyze", request)));
    }

    /** The server computes the same forms as `samachar analyze`: the spellings of one name meet. */
    @Test
    void serverSideAnalyzersMakeSpellingsMeet() throws Exception {
        // A search for the Latin spelling looks for "_armakbav", which every Devanagari spelling indexes,
        // and a search for each Devanagari spelling looks for "armakbav", which the Latin one indexes.
        ObjectNode latinQuery =
                JSON.createObjectNode().put("analyzer", "samachar_loose_query").put("text", "Yermekbayev");
        assertTrue(tokens(send("POST", "/_analyze", latinQuery)).contains("_armakbav"), "Yermekbayev query terms");
        for (String spelling : List.of("Yermekbayev", "यरमेकबायेव", "येरमेकबायेव", "यरमेकबेयेव")) {
            boolean latin = spelling.chars().allMatch(c -> c < 0x80);
            ObjectNode loose =
                    JSON.createObjectNode().put("analyzer", "samachar_loose").put("text", spelling);
            assertTrue(
                    tokens(send("POST", "/_analyze", loose)).contains(latin ? "armakbav" : "_armakbav"),
                    spelling + " loose form");
            ObjectNode query = JSON.createObjectNode()
                    .put("analyzer", "samachar_loose_query")
                    .put("text", spelling);
            assertTrue(
                    tokens(send("POST", "/_analyze", query)).contains("armakbav"),
                    spelling + " query finds the Latin spelling");
            ObjectNode key =
                    JSON.createObjectNode().put("analyzer", "samachar_key").put("text", spelling);
            assertEquals(List.of("RNKBV"), tokens(send("POST", "/_analyze", key)), spelling + " name key");
        }
        ObjectNode russia =
                JSON.createObjectNode().put("analyzer", "samachar_loose").put("text", "रूस");
        assertTrue(tokens(send("POST", "/_analyze", russia)).contains("_=russia"), "exonym group of Russia for रूस");
        ObjectNode hindi =
                JSON.createObjectNode().put("analyzer", "samachar_hindi").put("text", "शोइगू पण्डित");
        assertEquals(
                List.of("शोइगू", "पंडित"), tokens(send("POST", "/_analyze", hindi)), "names stay whole; nasal folded");
        ObjectNode exact =
                JSON.createObjectNode().put("analyzer", "samachar_exact").put("text", "करता कर्ता");
        assertEquals(
                List.of("करता", "कर्ता"), tokens(send("POST", "/_analyze", exact)), "the exact field keeps the virama");
        for (String filter : List.of(
                "samachar_nfc",
                "samachar_hindi_normalization",
                "samachar_hindi_stem",
                "samachar_romanise",
                "samachar_loose_latin",
                "samachar_exonym",
                "samachar_name_key")) {
            ObjectNode request =
                    JSON.createObjectNode().put("tokenizer", "standard").put("text", "राजनाथ सिंह");
            request.putArray("filter").add(filter);
            assertFalse(
                    tokens(send("POST", "/_analyze", request)).isEmpty(), filter + " is usable in a custom analyzer");
        }
    }

    @Test
    void anIndexUsingTheFilterFindsNuktaVariants() throws Exception {
        String index = "it-analysis-plugin";
        send("DELETE", "/" + index + "?ignore_unavailable=true", null);
        JsonNode created = send("PUT", "/" + index, JSON.readTree("""
                {
                  "settings": {
                    "number_of_shards": 1,
                    "number_of_replicas": 0,
                    "analysis": {
                      "analyzer": {
                        "folded": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "samachar_fold"]}
                      }
                    }
                  },
                  "mappings": {
                    "properties": {
                      "title": {"type": "text", "analyzer": "folded"},
                      "body": {"type": "text", "analyzer": "samachar_folded"}
                    }
                  }
                }
                """));
        assertTrue(created.path("acknowledged").asBoolean(), created.toString());
        try {
            ObjectNode doc = JSON.createObjectNode()
                    .put("title", "भारत-" + KAZAKHSTAN_PRECOMPOSED + " रक्षा सम्बन्ध")
                    .put("body", KAZAKHSTAN_PRECOMPOSED + " के साथ सम्बन्ध");
            assertEquals(
                    "created",
                    send("PUT", "/" + index + "/_doc/1?refresh=true", doc)
                            .path("result")
                            .asText());

            for (String field : List.of("title", "body")) {
                for (String query : List.of(KAZAKHSTAN_PLAIN, KAZAKHSTAN_COMBINING, KAZAKHSTAN_PRECOMPOSED, "संबंध")) {
                    assertEquals(1, hits(index, field, query), field + ": " + query);
                }
                assertEquals(0, hits(index, field, "उज़्बेकिस्तान"), field + " finds only what is there");
            }
        } finally {
            send("DELETE", "/" + index, null);
        }
    }

    /**
     * Wildcard terms of a query are normalized by the field's analyzer: Elasticsearch calls the filters' normalize(),
     * which must give exactly one term however the text folds. (Elasticsearch keeps stable-plugin filters out of
     * keyword normalizers: it wraps them as filters that do not normalize.)
     */
    @Test
    void wildcardQueryTermsAreNormalizedByThePluginFilters() throws Exception {
        String index = "it-analysis-plugin-wildcards";
        send("DELETE", "/" + index + "?ignore_unavailable=true", null);
        JsonNode created = send("PUT", "/" + index, JSON.readTree("""
                {
                  "settings": {
                    "number_of_shards": 1,
                    "number_of_replicas": 0,
                    "analysis": {
                      "analyzer": {
                        "nfc": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "samachar_nfc"]},
                        "spelling": {"type": "custom", "tokenizer": "standard", "filter": ["samachar_hindi_normalization"]},
                        "folded": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "samachar_fold"]}
                      }
                    }
                  },
                  "mappings": {
                    "properties": {
                      "nfc": {"type": "text", "analyzer": "nfc"},
                      "spelling": {"type": "text", "analyzer": "spelling"},
                      "folded": {"type": "text", "analyzer": "folded"}
                    }
                  }
                }
                """));
        assertTrue(created.path("acknowledged").asBoolean(), created.toString());
        try {
            ObjectNode doc = JSON.createObjectNode()
                    .put("nfc", KAZAKHSTAN_COMBINING)
                    .put("spelling", "पंडित")
                    .put("folded", "संबंध");
            assertEquals(
                    "created",
                    send("PUT", "/" + index + "/_doc/1?refresh=true", doc)
                            .path("result")
                            .asText());

            // The precomposed ज़ (U+095B) is brought to the indexed combining form before the wildcard runs.
            assertEquals(1, wildcardHits(index, "nfc", KAZAKHSTAN_PRECOMPOSED.substring(0, 9) + "?"));
            assertEquals(1, wildcardHits(index, "spelling", "पण्डि?"));
            // A stray nukta folds to nothing: the pattern is then "**", not an error.
            assertEquals(1, wildcardHits(index, "folded", "\u093C*\u093C*"));
            assertEquals(0, wildcardHits(index, "spelling", "पन्डा?"), "only what is there");
        } finally {
            send("DELETE", "/" + index, null);
        }
    }

    private static long wildcardHits(String index, String field, String pattern)
            throws IOException, InterruptedException {
        ObjectNode query = JSON.createObjectNode();
        query.putObject("query")
                .putObject("query_string")
                .put("default_field", field)
                .put("query", pattern);
        JsonNode response = send("POST", "/" + index + "/_search", query);
        return response.path("hits").path("total").path("value").asLong(-1);
    }

    private static long hits(String index, String field, String text) throws IOException, InterruptedException {
        ObjectNode query = JSON.createObjectNode();
        query.putObject("query").putObject("match").put(field, text);
        JsonNode response = send("POST", "/" + index + "/_search", query);
        return response.path("hits").path("total").path("value").asLong(-1);
    }

    private static List<String> tokens(JsonNode analyzed) {
        List<String> tokens = new ArrayList<>();
        analyzed.path("tokens").forEach(t -> tokens.add(t.path("token").asText()));
        assertTrue(analyzed.has("tokens"), analyzed.toString());
        return tokens;
    }

    private static JsonNode send(String method, String path, JsonNode body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestCluster.url() + path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(
                                        JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300 && !(method.equals("DELETE") && response.statusCode() == 404)) {
            throw new AssertionError(
                    method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
