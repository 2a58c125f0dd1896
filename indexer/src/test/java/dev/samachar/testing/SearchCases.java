package dev.samachar.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/** Relevance cases ({"q", "relevant", "never"}) as dynamic tests, and searches as a plain HTTP client (Kibana) sends them. */
public final class SearchCases {

    private SearchCases() {}

    /** One test per case: {@code search} returns the file names a query finds. */
    public static Stream<DynamicTest> queries(JsonNode cases, Function<String, Set<String>> search) {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : cases) {
            String q = c.get("q").asText();
            tests.add(DynamicTest.dynamicTest("search " + q, () -> {
                Set<String> found = search.apply(q);
                c.get("relevant")
                        .forEach(r -> assertTrue(
                                found.contains(r.asText()), q + " should find " + r.asText() + " but found " + found));
                c.get("never")
                        .forEach(n -> assertFalse(
                                found.contains(n.asText()),
                                q + " must not find " + n.asText() + " but found " + found));
            }));
        }
        return tests.stream();
    }

    /** File names a plain query_string search (no fields: the index's default fields) returns. */
    public static Set<String> queryStringFiles(String url, String alias, String query)
            throws IOException, InterruptedException {
        String body = "{\"size\": 50, \"_source\": [\"file\"], \"query\": {\"query_string\": {\"query\": "
                + new ObjectMapper().writeValueAsString(query) + "}}}";
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url + "/" + alias + "/_search"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        Set<String> files = new TreeSet<>();
        new ObjectMapper()
                .readTree(response.body())
                .path("hits")
                .path("hits")
                .forEach(h -> files.add(Path.of(h.path("_source").path("file").asText())
                        .getFileName()
                        .toString()));
        return files;
    }
}
