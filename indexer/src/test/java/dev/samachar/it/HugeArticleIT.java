package dev.samachar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samachar.config.Settings;
import dev.samachar.es.AnalysisMode;
import dev.samachar.es.ClientFactory;
import dev.samachar.es.ClusterConnection;
import dev.samachar.testing.CliRun;
import dev.samachar.testing.TestCluster;
import dev.samachar.testing.TestData;
import dev.samachar.web.SearchServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 9.5 MB article, under the default --max-file-size, indexed as a user runs it: scripts/samachar
 * in a JVM of its own with the launcher's default flags (the 192 MB heap cap), beside a few normal
 * articles and a file over the limit. Every file but the oversize one is indexed, the oversize one is
 * a failure of its own, and the huge article is found and shown, with a snippet, by a word near its
 * start and by one far past the highlighter's limit, through `samachar search` and the search page.
 */
class HugeArticleIT {

    private static final String ALIAS = "it-huge";
    private static final long HUGE_BYTES = 9_961_472; // 9.5 MB
    private static final long DEFAULT_LIMIT = 10L * 1024 * 1024;
    private static final String NEAR_START = "quokkastart";
    private static final String DEEP = "zanderdeep";

    @TempDir
    static Path dir;

    private static Settings settings;
    private static JsonNode summary;
    private static int exitCode;
    private static int deepOffset;

    @BeforeAll
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    static void indexWithTheLauncher() throws Exception {
        settings = TestCluster.settings();
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        deepOffset = writeHugeArticle(corpus.resolve("huge.txt"));
        try (var samples = Files.list(TestData.samples())) {
            for (Path sample : samples.filter(p -> p.toString().endsWith(".txt"))
                    .sorted()
                    .limit(3)
                    .toList()) {
                Files.copy(sample, corpus.resolve(sample.getFileName()));
            }
        }
        writeOversize(corpus.resolve("oversize.txt"));

        ProcessBuilder cli = new ProcessBuilder(
                        TestData.repoRoot().resolve("scripts/samachar").toString(),
                        "index",
                        corpus.toString(),
                        "--alias",
                        ALIAS,
                        "--json")
                .redirectError(dir.resolve("index.err").toFile())
                .redirectOutput(dir.resolve("index.out").toFile());
        cli.environment().putAll(settings.env());
        cli.environment().put("SAMACHAR_NO_BUILD", "1");
        cli.environment().remove("SAMACHAR_JAVA_OPTS"); // the launcher's own defaults, heap cap included
        Process process = cli.start();
        assertTrue(process.waitFor(8, TimeUnit.MINUTES), "index did not finish in 8 minutes");
        exitCode = process.exitValue();
        String out = Files.readString(dir.resolve("index.out"));
        String err = Files.readString(dir.resolve("index.err"));
        assertFalse(err.contains("out of memory"), err);
        summary = new ObjectMapper().readTree(out.isBlank() ? "{}" : out);
        assertTrue(summary.has("indexed"), "exit " + exitCode + "\nstdout: " + out + "\nstderr: " + err);
    }

    @Test
    void everyFileButTheOversizeOneIsIndexed() {
        assertEquals(5, summary.get("files").asInt(), summary.toString());
        assertEquals(4, summary.get("indexed").asInt(), summary.toString());
        assertEquals(1, summary.get("failed").asInt(), summary.toString());
        JsonNode failure = summary.get("failures").get(0);
        assertTrue(failure.get("file").asText().endsWith("oversize.txt"), failure.toString());
        assertEquals("read", failure.get("stage").asText());
        assertTrue(
                failure.get("reason").asText().contains("over the limit of " + DEFAULT_LIMIT + " bytes"),
                failure.toString());
        assertEquals(1, exitCode, "a run with a failed file is partial");
    }

    @Test
    void cliFindsTheHugeArticleByAWordNearItsStart() {
        JsonNode hit = onlyHit(NEAR_START);
        assertTrue(hit.get("snippet").asText().contains("<em>" + NEAR_START + "</em>"), hit.toString());
    }

    /** Past the highlighter's limit the word still matches; the snippet is then the article's opening. */
    @Test
    void cliFindsTheHugeArticleByAWordFarPastTheHighlightLimit() {
        assertTrue(deepOffset > 3_000_000, "the deep word is at char " + deepOffset);
        JsonNode hit = onlyHit(DEEP);
        String snippet = hit.get("snippet").asText();
        assertTrue(snippet.contains(NEAR_START), "the opening: " + snippet);
        assertFalse(snippet.contains("<em>"), snippet);
    }

    @Test
    void searchPageShowsTheHugeArticleWithASnippet() throws Exception {
        ElasticsearchClient client = ClientFactory.create(ClusterConnection.localNode(TestCluster.url(settings)));
        try (SearchServer server = SearchServer.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                client,
                ALIAS,
                AnalysisMode.detect(client),
                System.err)) {
            for (String word : List.of(NEAR_START, DEEP)) {
                HttpResponse<String> response = HttpClient.newBuilder()
                        .proxy(HttpClient.Builder.NO_PROXY)
                        .build()
                        .send(
                                HttpRequest.newBuilder(URI.create(
                                                server.uri() + "?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertEquals(200, response.statusCode(), word);
                String page = response.body();
                String id = onlyHit(word).get("id").asText();
                int hit = page.indexOf("<li class=\"hit\" data-id=\"" + id + "\"");
                assertTrue(hit >= 0, word + ": the page lists the huge article\n" + page);
                int snippet = page.indexOf("<p class=\"snippet\">", hit);
                int nextHit = page.indexOf("<li class=\"hit\"", hit + 1);
                assertTrue(snippet > hit && (nextHit < 0 || snippet < nextHit), word + ": it has a snippet");
            }
            String page = HttpClient.newBuilder()
                    .proxy(HttpClient.Builder.NO_PROXY)
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create(server.uri() + "?q=" + NEAR_START))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .body();
            assertTrue(page.contains("<mark>" + NEAR_START + "</mark>"), "the word near the start is highlighted");
        } finally {
            ClientFactory.closeQuietly(client);
        }
    }

    private static JsonNode onlyHit(String word) {
        CliRun run = CliRun.run(settings, "search", word, "--alias", ALIAS, "--json");
        assertEquals(0, run.exitCode(), run.toString());
        JsonNode hits = run.json().get("hits");
        assertEquals(1, hits.size(), run.out());
        JsonNode hit = hits.get(0);
        assertTrue(hit.get("file").asText().endsWith("huge.txt"), hit.toString());
        assertNotNull(hit.get("snippet"), hit.toString());
        return hit;
    }

    /**
     * A headline and distinct paragraphs of generated English and Hindi prose up to 9.5 MB, with
     * {@link #NEAR_START} in the first paragraph and {@link #DEEP} at about 70% of the text; returns
     * the char offset of {@link #DEEP}.
     */
    private static int writeHugeArticle(Path file) throws IOException {
        Random random = new Random(13);
        StringBuilder text = new StringBuilder("Monsoon session digest of committee reports\n\n");
        long bytes = text.length();
        int deep = -1;
        for (int paragraph = 1; bytes < HUGE_BYTES - 4_000; paragraph++) {
            StringBuilder p = new StringBuilder();
            boolean hindi = paragraph % 2 == 0;
            for (int sentence = 0; sentence < 4; sentence++) {
                p.append(sentence(random, hindi ? HINDI : ENGLISH, hindi ? "। " : ". "));
            }
            p.append("(").append(paragraph).append(")");
            if (paragraph == 1) {
                p.insert(0, "The " + NEAR_START + " committee met today. ");
            }
            if (deep < 0 && bytes > HUGE_BYTES * 7 / 10) {
                deep = text.length() + p.length() + 1;
                p.append(' ').append(DEEP);
            }
            p.append("\n\n");
            text.append(p);
            bytes += p.toString().getBytes(StandardCharsets.UTF_8).length;
        }
        byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
        assertTrue(utf8.length > 9_900_000 && utf8.length < DEFAULT_LIMIT, "size " + utf8.length);
        Files.write(file, utf8);
        return deep;
    }

    private static String sentence(Random random, List<String> words, String end) {
        StringBuilder s = new StringBuilder();
        int length = 8 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            String word = words.get(random.nextInt(words.size()));
            s.append(i == 0 && !word.isEmpty() ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            s.append(i == length - 1 ? end : " ");
        }
        return s.toString();
    }

    /** One byte over the default limit: rejected before it is parsed. */
    private static void writeOversize(Path file) throws IOException {
        byte[] line =
                "The council discussed the budget for the coming year at length.\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[(int) DEFAULT_LIMIT + 1];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = line[i % line.length];
        }
        Files.write(file, bytes);
    }

    private static final List<String> ENGLISH = List.of(
            "the",
            "council",
            "reviewed",
            "budget",
            "for",
            "roads",
            "schools",
            "and",
            "hospitals",
            "in",
            "district",
            "minister",
            "said",
            "that",
            "new",
            "report",
            "shows",
            "growth",
            "of",
            "rural",
            "markets",
            "while",
            "farmers",
            "expect",
            "rain",
            "next",
            "week",
            "officials",
            "announced",
            "plans",
            "to",
            "expand",
            "railway",
            "lines",
            "across",
            "state",
            "with",
            "funds",
            "from",
            "central",
            "government",
            "after",
            "long",
            "debate",
            "members",
            "opposition",
            "demanded",
            "inquiry",
            "into",
            "delays",
            "water",
            "supply",
            "projects",
            "court",
            "ordered",
            "inspection",
            "bridge");
    private static final List<String> HINDI = List.of(
            "सरकार",
            "ने",
            "आज",
            "नई",
            "योजना",
            "की",
            "घोषणा",
            "किसानों",
            "के",
            "लिए",
            "बजट",
            "में",
            "सड़क",
            "और",
            "स्कूल",
            "अस्पताल",
            "का",
            "निर्माण",
            "होगा",
            "मंत्री",
            "कहा",
            "कि",
            "बारिश",
            "से",
            "फसल",
            "अच्छी",
            "रेलवे",
            "लाइन",
            "विस्तार",
            "जिले",
            "अधिकारियों",
            "बैठक",
            "पानी",
            "आपूर्ति",
            "परियोजना",
            "देरी",
            "जांच",
            "अदालत",
            "आदेश",
            "पुल",
            "निरीक्षण",
            "विपक्ष",
            "सदस्यों",
            "मांग",
            "राज्य",
            "केंद्र",
            "धन",
            "बाजार",
            "विकास",
            "गांव",
            "शहर",
            "लोगों",
            "सुविधा");
}
