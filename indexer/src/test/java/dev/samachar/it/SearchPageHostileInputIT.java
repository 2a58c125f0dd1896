package dev.samachar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.samachar.config.Settings;
import dev.samachar.es.AnalysisMode;
import dev.samachar.es.ClientFactory;
import dev.samachar.es.ClusterConnection;
import dev.samachar.testing.CliRun;
import dev.samachar.testing.SeedIndex;
import dev.samachar.testing.TestCluster;
import dev.samachar.web.SearchServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken input to the search page, over plain HTTP: markup and scripts in the query
 * and in indexed articles, very long queries, bad dates, unknown facet values, absurd pages and
 * garbage parameters all give a normal page or a clear message; never a stack trace, an
 * Elasticsearch error body or live markup from the input.
 */
class SearchPageHostileInputIT {

    private static final String ALIAS = "it-serve-hostile";
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
    /** What must never reach a page: Java exceptions, stack frames, Elasticsearch error bodies. */
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\tat |at dev\\.samachar|at java\\.|root_cause|\"error\"\\s*:|\"type\"\\s*:|caused_by|co\\.elastic");

    private static Settings settings;
    private static ElasticsearchClient client;
    private static SearchServer server;
    private static String base;

    @BeforeAll
    static void start(@TempDir Path hostileDir) throws Exception {
        settings = TestCluster.settings();
        SeedIndex.index(settings, ALIAS);
        // An article whose text is markup: the page must show it as text, also inside highlights.
        Files.writeString(hostileDir.resolve("hostile.txt"), """
                Ministry of Defence

                Yermekbayev <script>alert('title')</script> visit
                Posted On: 05 OCT 2018 5:19PM by PIB Delhi

                Minister Yermekbayev wrote <img src=x onerror=alert(2)> and <b>bold</b> &amp; "quotes" in Astana, \
                Kazakhstan. Yermekbayev <script>alert(3)</script> said the \uE000marker\uE001 test is done.
                """, StandardCharsets.UTF_8);
        CliRun run = CliRun.run(settings, "index", hostileDir.toString(), "--alias", ALIAS, "--json");
        assertEquals(0, run.exitCode(), run.toString());
        client = ClientFactory.create(ClusterConnection.localNode(TestCluster.url(settings)));
        server = SearchServer.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                client,
                ALIAS,
                AnalysisMode.detect(client),
                System.err);
        base = server.uri().toString();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (client != null) {
            ClientFactory.closeQuietly(client);
        }
    }

    private record Page(int status, String body, HttpResponse<String> response) {}

    private static Page get(String pathAndQuery) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + pathAndQuery.substring(1)))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return checked(new Page(response.statusCode(), response.body(), response));
    }

    private static Page checked(Page page) {
        assertFalse(LEAK.matcher(page.body()).find(), () -> "leaks internals: " + excerpt(page.body(), LEAK));
        assertFalse(
                page.body().contains("<script"),
                () -> "live script tag: " + excerpt(page.body(), Pattern.compile("<script")));
        assertFalse(page.body().contains("<img"), "live img tag");
        assertTrue(
                page.response().headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.response()
                .headers()
                .firstValue("Content-Security-Policy")
                .orElse("")
                .contains("default-src 'none'"));
        assertTrue(page.body().startsWith("<!DOCTYPE html>"), "a whole page");
        return page;
    }

    private static String excerpt(String body, Pattern pattern) {
        var m = pattern.matcher(body);
        return m.find() ? body.substring(Math.max(0, m.start() - 200), Math.min(body.length(), m.end() + 200)) : "";
    }

    private static String q(String text) {
        return "/?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void scriptInTheQueryIsShownAsText() throws Exception {
        Page page = get(q(SCRIPT));
        assertEquals(200, page.status());
        assertTrue(
                page.body().contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""), "query box keeps it, escaped");
        assertTrue(page.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;”"), "and the chip/summary");
        Page attribute = get(q("\" autofocus onfocus=\"alert(1)"));
        assertFalse(attribute.body().contains("onfocus=\"alert"), "no attribute injection");
    }

    @Test
    void markupInArticlesIsEscapedAlsoInHighlights() throws Exception {
        Page page = get(q("Yermekbayev"));
        assertEquals(200, page.status());
        assertTrue(page.body().contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"), "title as text");
        assertTrue(page.body().contains("<mark>Yermekbayev</mark>"), "our own highlight markup survives");
        assertTrue(
                page.body().contains("&lt;img src=x onerror=alert(2)&gt;")
                        || page.body().contains("&lt;script&gt;alert(3)&lt;/script&gt;"),
                "snippet markup as text");
        assertFalse(page.body().contains("<b>bold</b>"));
        Page article = get("/article?id=" + URLEncoder.encode(idOf(page.body(), "hostile"), StandardCharsets.UTF_8));
        assertEquals(200, article.status());
        assertTrue(article.body().contains("&lt;img src=x onerror=alert(2)&gt;"), "article body as text");
    }

    /** The data-id of the hit whose title link contains the word. */
    private static String idOf(String body, String titleWord) {
        var m = Pattern.compile("data-id=\"([^\"]+)\"><article[^>]*><h3><a [^>]*>[^<]*(?i:" + titleWord + "|alert)")
                .matcher(body);
        assertTrue(m.find(), "hostile hit on the page");
        return m.group(1);
    }

    @Test
    void veryLongQueriesAreShortenedWithANotice() throws Exception {
        Page latin = get(q("Yermekbayev ".repeat(900)));
        assertEquals(200, latin.status());
        assertTrue(latin.body().contains("longer than 300 characters"), "says the query was shortened");
        assertTrue(
                latin.body().contains("id=\"total\""),
                "and still searches: " + latin.body().length());
        Page devanagari = get(q("यरमेकबायेव".repeat(1000)));
        assertEquals(200, devanagari.status());
        assertTrue(devanagari.body().contains("longer than 300 characters"));
        Page syntax = get(q("\"unbalanced ( [ { ~ * \\ title:[ TO } ||| -"));
        assertEquals(200, syntax.status());
    }

    @Test
    void invalidDatesGiveAClearMessage() throws Exception {
        Page bad = get("/?q=Yermekbayev&from=2021-13-45&to=yesterday");
        assertEquals(200, bad.status());
        assertTrue(bad.body().contains("From date “2021-13-45” is not a date like 2021-04-09; it was ignored."));
        assertTrue(bad.body().contains("To date “yesterday” is not a date like 2021-04-09"));
        assertTrue(bad.body().contains("id=\"total\""), "the search still runs without the dates");
        Page reversed = get("/?from=2021-01-01&to=2018-01-01");
        assertTrue(reversed.body().contains("is after the end date"), "reversed range");
        Page script = get("/?from=" + URLEncoder.encode(SCRIPT, StandardCharsets.UTF_8));
        assertTrue(script.body().contains("&lt;script&gt;"));
    }

    @Test
    void unknownFacetValuesGiveAnEmptyResultWithAWayOut() throws Exception {
        Page unknown = get(
                "/?q=Yermekbayev&country=XX&person=" + URLEncoder.encode("Nobody " + SCRIPT, StandardCharsets.UTF_8));
        assertEquals(200, unknown.status());
        assertTrue(unknown.body().contains("id=\"empty\""), "the helpful empty result");
        assertTrue(unknown.body().contains("id=\"broaden\""), "offers the search without filters");
        assertTrue(unknown.body().contains("data-facet=\"countries\" data-value=\"XX\""), "a removable chip");
        Page invalid = get("/?country=" + URLEncoder.encode(SCRIPT, StandardCharsets.UTF_8) + "&lang=fr&lang=hi");
        assertEquals(200, invalid.status());
        assertTrue(invalid.body().contains("is not a two-letter country code"));
        assertTrue(invalid.body().contains("Language must be hi (Hindi) or en (English), not “fr”"));
        assertTrue(invalid.body().contains("id=\"total\""), "hi still applies");
        Page nothing = get(q("qqqxxyyzz nonexistentword"));
        assertTrue(nothing.body().contains("Every word must match"), "tips when the text finds nothing");
    }

    @Test
    void absurdPagesAndSizes() throws Exception {
        for (String query : List.of(
                "page=99999",
                "page=-5",
                "page=abc",
                "page=99999999999999999999",
                "size=100000",
                "size=0",
                "size=-1&page=0")) {
            Page page = get("/?" + query);
            assertEquals(200, page.status(), query);
            assertTrue(page.body().contains("id=\"total\""), query);
        }
        assertTrue(get("/?page=99999").body().contains("Only the first 10,000 hits"));
        Page past = get("/?q=Yermekbayev&page=500");
        assertTrue(past.body().contains("showing the last"), "a page past the hits shows the last one");
        assertTrue(past.body().contains("class=\"hit\""));
    }

    @Test
    void garbageParametersAndPaths() throws Exception {
        for (String query : List.of(
                "/?&&&=&q",
                "/?q=%E0%A4",
                "/?foo=bar&collapse=yes&collapse=1",
                "/?q=a%00b%01c",
                "/?country=&lang=&source=" + "x".repeat(300),
                "/?q=%3Cscript%3E&q=second&page=2&page=x")) {
            assertEquals(200, get(query).status(), query);
        }
        // Chromium sends a malformed escape typed into the address bar (100%, %zz) as it is; the JDK's
        // server refuses such a request line before any handler runs, with a bare 400 and no internals.
        for (String query : List.of("/?q=100%", "/?%zz=1")) {
            String response = raw(query, "127.0.0.1");
            assertTrue(response.startsWith("HTTP/1.1 400"), query + ": " + response);
            assertFalse(response.contains("\tat ") || response.contains("root_cause"), response);
            assertTrue(response.length() < 300, response);
        }
        assertEquals(404, get("/nope").status());
        assertEquals(
                404,
                get("/article?id=" + URLEncoder.encode(SCRIPT, StandardCharsets.UTF_8))
                        .status());
        assertEquals(404, get("/article").status());
        HttpResponse<String> post = HTTP.send(
                HttpRequest.newBuilder(URI.create(base))
                        .POST(HttpRequest.BodyPublishers.ofString("q=x"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
    }

    @Test
    void foreignHostNamesAreRefused() throws Exception {
        // A browser tricked by DNS rebinding would send the attacker's name as Host.
        String response = raw("/", "evil.example");
        assertTrue(response.startsWith("HTTP/1.1 400"), response);
        assertFalse(response.contains("id=\"total\""));
        assertTrue(raw("/", "localhost:" + server.uri().getPort()).startsWith("HTTP/1.1 200"));
    }

    /** The whole HTTP/1.1 response to a GET sent byte for byte as given. */
    private static String raw(String target, String host) throws Exception {
        try (Socket socket =
                new Socket(InetAddress.getLoopbackAddress(), server.uri().getPort())) {
            socket.getOutputStream()
                    .write(("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anUnreachableClusterGivesAFriendlyPage() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ElasticsearchClient dead = ClientFactory.create(ClusterConnection.localNode("http://127.0.0.1:" + closedPort));
        try (SearchServer down = SearchServer.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                dead,
                ALIAS,
                AnalysisMode.PLUGIN,
                System.err)) {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(down.uri() + "?q=x")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Page page = checked(new Page(response.statusCode(), response.body(), response));
            assertEquals(503, page.status());
            assertTrue(page.body().contains("could not be run right now"));
            assertTrue(page.body().contains("value=\"x\""), "the form keeps the query");
            assertFalse(page.body().contains(Integer.toString(closedPort)), "no connection details");
        } finally {
            ClientFactory.closeQuietly(dead);
        }
    }
}
