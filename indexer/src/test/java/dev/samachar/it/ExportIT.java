package dev.samachar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samachar.config.Settings;
import dev.samachar.es.AnalysisMode;
import dev.samachar.es.ClientFactory;
import dev.samachar.es.ClusterConnection;
import dev.samachar.search.ExportFormat;
import dev.samachar.testing.CliRun;
import dev.samachar.testing.TestCluster;
import dev.samachar.web.SearchServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports more hits than Elasticsearch's 10,000-hit window, from the CLI and from the search page,
 * and checks that every article comes out exactly once.
 */
class ExportIT {

    private static final String ALIAS = "it-export";
    private static final int ARTICLES = 10_500;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static Settings settings;

    /** One feed of small English articles; every third one mentions a lighthouse. */
    @BeforeAll
    static void indexGeneratedFeed() throws IOException {
        settings = TestCluster.settings();
        StringBuilder feed = new StringBuilder();
        for (int i = 0; i < ARTICLES; i++) {
            ObjectNode line = JSON.createObjectNode();
            line.put("title", "Harbour bulletin " + i);
            line.put(
                    "body",
                    "Bulletin " + i + " of the port office, \"as issued\", lists the ships in harbour today"
                            + (i % 3 == 0 ? " and the lighthouse keeper's report." : "."));
            line.put("lang", "en");
            if (i % 10 != 0) {
                line.put(
                        "published", LocalDate.of(2020, 1, 1).plusDays(i % 1500).toString());
            }
            feed.append(JSON.writeValueAsString(line)).append('\n');
        }
        Path file = dir.resolve("bulletins.jsonl");
        Files.writeString(file, feed);
        CliRun run = CliRun.run(settings, "index", file.toString(), "--alias", ALIAS, "--json");
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(ARTICLES, run.json().get("indexed").asInt(), run.toString());
    }

    @Test
    void allHitsAsCsvPassTheTenThousandWindowOnceEach() {
        CliRun run = CliRun.run(settings, "search", "--alias", ALIAS, "--format", "csv", "--all");
        assertEquals(0, run.exitCode(), run.err());
        String[] rows = run.out().split("\r\n");
        assertEquals(String.join(",", ExportFormat.COLUMNS), rows[0]);
        Set<String> ids = new HashSet<>();
        Set<String> titles = new HashSet<>();
        for (int i = 1; i < rows.length; i++) {
            String[] fields = rows[i].split(",", -1);
            ids.add(fields[0]);
            titles.add(fields[ExportFormat.COLUMNS.indexOf("title")]);
        }
        assertEquals(ARTICLES, rows.length - 1, "one row per article");
        assertEquals(ARTICLES, ids.size(), "no id twice");
        assertEquals(ARTICLES, titles.size(), "every article, none twice");
        // Undated articles come last, as in the text output.
        assertEquals("", rows[rows.length - 1].split(",", -1)[ExportFormat.COLUMNS.indexOf("published")]);
    }

    @Test
    void aTextQueryExportsExactlyItsHitsToAFile() throws IOException {
        Path out = dir.resolve("lighthouse.jsonl");
        CliRun run = CliRun.run(
                settings,
                "search",
                "lighthouse",
                "--alias",
                ALIAS,
                "--format",
                "jsonl",
                "--all",
                "--out",
                out.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.err().contains("Exported 3,500 articles"), run.err());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        Set<String> ids = new HashSet<>();
        double previousScore = Double.MAX_VALUE;
        for (String line : lines) {
            JsonNode hit = JSON.readTree(line);
            ids.add(hit.get("id").asText());
            int number = Integer.parseInt(hit.get("title").asText().replace("Harbour bulletin ", ""));
            assertEquals(0, number % 3, "only lighthouse articles: " + line);
            assertTrue(hit.get("score").asDouble() <= previousScore, "by relevance: " + line);
            previousScore = hit.get("score").asDouble();
        }
        assertEquals(ARTICLES / 3, lines.size());
        assertEquals(ARTICLES / 3, ids.size());
    }

    @Test
    void withoutAllTheFormatWritesThePageSizeAndPageSelect() {
        CliRun run = CliRun.run(
                settings, "search", "lighthouse", "--alias", ALIAS, "--format", "jsonl", "--size", "7", "--page", "3");
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(7, run.out().split("\n").length, run.out());
    }

    @Test
    void exportOptionsWithoutAFormatAreAUsageError() {
        CliRun all = CliRun.run(settings, "search", "--alias", ALIAS, "--all");
        assertEquals(2, all.exitCode(), all.toString());
        assertTrue(all.err().contains("--all needs --format"), all.err());
        CliRun both = CliRun.run(settings, "search", "--alias", ALIAS, "--format", "csv", "--json");
        assertEquals(2, both.exitCode(), both.toString());
        CliRun bad = CliRun.run(settings, "search", "--alias", ALIAS, "--format", "xlsx");
        assertEquals(2, bad.exitCode(), bad.toString());
        CliRun missingFolder = CliRun.run(
                settings,
                "search",
                "--alias",
                ALIAS,
                "--format",
                "csv",
                "--out",
                dir.resolve("no/such/folder/x.csv").toString());
        assertEquals(2, missingFolder.exitCode(), missingFolder.toString());
        assertTrue(missingFolder.err().contains("no/such/folder/x.csv"), missingFolder.err());
    }

    @Test
    void thePageDownloadsEveryHitOfItsSearch() throws Exception {
        ElasticsearchClient client = ClientFactory.create(ClusterConnection.localNode(TestCluster.url(settings)));
        try (SearchServer server = SearchServer.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                client,
                ALIAS,
                AnalysisMode.detect(client),
                System.err)) {
            HttpClient http =
                    HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
            String page = http.send(
                            HttpRequest.newBuilder(URI.create(server.uri() + "?q=lighthouse&page=2"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .body();
            assertTrue(page.contains("href=\"/export.csv?q=lighthouse\""), "the link carries the query, not the page");

            HttpResponse<String> csv = http.send(
                    HttpRequest.newBuilder(URI.create(server.uri() + "export.csv?q=lighthouse"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, csv.statusCode());
            assertEquals(
                    "attachment; filename=\"samachar-export.csv\"",
                    csv.headers().firstValue("Content-Disposition").orElse(""));
            assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
            assertEquals(ARTICLES / 3 + 1, csv.body().split("\r\n").length, "header and one row per hit");

            HttpResponse<java.util.stream.Stream<String>> jsonl = http.send(
                    HttpRequest.newBuilder(URI.create(server.uri() + "export.jsonl"))
                            .build(),
                    HttpResponse.BodyHandlers.ofLines());
            Set<String> ids = new HashSet<>();
            List<String> duplicates = new ArrayList<>();
            jsonl.body().forEach(line -> {
                try {
                    String id = JSON.readTree(line).get("id").asText();
                    if (!ids.add(id)) {
                        duplicates.add(id);
                    }
                } catch (IOException e) {
                    throw new AssertionError(line, e);
                }
            });
            assertEquals(List.of(), duplicates);
            assertEquals(ARTICLES, ids.size());
        } finally {
            ClientFactory.closeQuietly(client);
        }
    }
}
