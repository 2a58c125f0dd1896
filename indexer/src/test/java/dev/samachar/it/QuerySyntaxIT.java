package dev.samachar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import dev.samachar.config.Settings;
import dev.samachar.es.AnalysisMode;
import dev.samachar.es.ClientFactory;
import dev.samachar.es.ClusterConnection;
import dev.samachar.testing.CliRun;
import dev.samachar.testing.TestCluster;
import dev.samachar.testing.TestData;
import dev.samachar.web.SearchServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every form of the query language (docs/search.md) on samples/, on a node with the analysis
 * plugin and on one without (portable mode): each must find its articles and never the excluded
 * ones. Then the date orders (undated last) and bad syntax, in the CLI and on the page.
 */
class QuerySyntaxIT {

    private static final String ALIAS = "it-query-syntax";

    /** query; articles it must find; articles it must never find. Names as samples/expected.json writes them. */
    private record Case(String query, List<String> relevant, List<String> never) {}

    private static final String PIB_EN = "pib-en-kazakh-defence-talks.txt",
            PIB_HI = "pib-hi-kazakh-defence-talks.txt",
            SCO_HI = "ndtv-hi-sco-astana-shoigu.txt",
            SHOIGU_EN = "newspaper-en-shoigu-delhi-talks.txt",
            UNIFIL_EN = "newspaper-en-unifil-kazakh-contingent.txt",
            LEBANON_HI = "jagran-hi-lebanon-peacekeeping.txt",
            UZBEK_EN = "pib-en-uzbek-joint-working-group.txt",
            UZBEK_HI = "jagran-hi-uzbek-exercise.txt",
            AERO_INDIA = "feed.jsonl#1",
            SHOIGU_FEED = "feed.jsonl#2",
            MONGOLIA_FEED = "feed.jsonl#3",
            ARMENIA = "portal-hi-armenia-artillery-deal.txt",
            VIETNAM = "pib-hi-navy-vietnam-port-call.txt";

    private static final List<Case> CASES = List.of(
            // Words: all must match, in either script.
            new Case("Rajnath Shoigu", List.of(SCO_HI, SHOIGU_EN, SHOIGU_FEED), List.of(PIB_EN, PIB_HI, AERO_INDIA)),
            // -word: the excluded name in any script removes the article (शोइगू in SCO_HI and the feed).
            new Case("Rajnath -Shoigu", List.of(PIB_EN, PIB_HI, AERO_INDIA), List.of(SCO_HI, SHOIGU_EN, SHOIGU_FEED)),
            new Case("Rajnath -शोइगू", List.of(PIB_EN, PIB_HI, AERO_INDIA), List.of(SCO_HI, SHOIGU_EN, SHOIGU_FEED)),
            new Case("राजनाथ -Shoigu", List.of(PIB_EN, PIB_HI, AERO_INDIA), List.of(SCO_HI, SHOIGU_EN, SHOIGU_FEED)),
            new Case(
                    "Kazakhstan -Lebanon", List.of(SCO_HI, AERO_INDIA), List.of(PIB_EN, PIB_HI, UNIFIL_EN, LEBANON_HI)),
            new Case(
                    "-Lebanon",
                    List.of(SCO_HI, AERO_INDIA, UZBEK_EN, ARMENIA),
                    List.of(PIB_EN, PIB_HI, UNIFIL_EN, LEBANON_HI)),
            // "phrase": the words next to each other; both samples that only have them apart are left out.
            new Case("joint exercise", List.of(UZBEK_EN, PIB_EN), List.of()),
            new Case("\"joint exercise\"", List.of(UZBEK_EN), List.of(PIB_EN, SHOIGU_EN)),
            new Case("\"संयुक्त सैन्य अभ्यास\"", List.of(UZBEK_HI, MONGOLIA_FEED), List.of(SCO_HI, PIB_HI)),
            // Across scripts a phrase holds through the aliases: the gazetteer's spellings of a name.
            new Case("\"Rajnath Singh\"", List.of(PIB_EN, PIB_HI, SCO_HI), List.of(UNIFIL_EN, LEBANON_HI, UZBEK_EN)),
            // a | b: either, and still every other group.
            new Case(
                    "Uzbekistan | Lebanon",
                    List.of(UZBEK_EN, UZBEK_HI, PIB_EN, PIB_HI, UNIFIL_EN, LEBANON_HI),
                    List.of(SCO_HI, SHOIGU_EN, SHOIGU_FEED, MONGOLIA_FEED, ARMENIA, VIETNAM)),
            new Case(
                    "Shoigu | Uzbekistan Rajnath",
                    List.of(SCO_HI, SHOIGU_EN, SHOIGU_FEED),
                    List.of(UZBEK_EN, UZBEK_HI, PIB_EN, PIB_HI, AERO_INDIA)),
            // -"phrase": only the phrase excludes; its words apart do not.
            new Case("Uzbekistan -\"joint exercise\"", List.of(UZBEK_HI), List.of(UZBEK_EN)),
            new Case("Kazakhstan -\"joint exercise\"", List.of(PIB_EN, UNIFIL_EN), List.of()),
            new Case(
                    "Kazakhstan -\"रक्षा मंत्री\"",
                    List.of(UNIFIL_EN, AERO_INDIA),
                    List.of(PIB_HI, LEBANON_HI, SCO_HI)));

    private static final Map<String, Settings> NODES = new HashMap<>();
    private static final Map<String, Map<String, String>> NAMES = new HashMap<>();

    @BeforeAll
    static void indexSamplesOnBothNodes() {
        NODES.put("plugin", TestCluster.settings());
        NODES.put("portable", TestCluster.portableSettings());
        NODES.forEach((mode, settings) -> {
            CliRun run = CliRun.run(settings, "index", TestData.samples().toString(), "--alias", ALIAS, "--json");
            assertEquals(0, run.exitCode(), run.toString());
            Map<String, String> names = new HashMap<>();
            for (JsonNode hit : search(settings, "--size", "100").get("hits")) {
                CliRun get = CliRun.run(settings, "get", hit.get("id").asText(), "--alias", ALIAS, "--json");
                String file = Path.of(hit.get("file").asText()).getFileName().toString();
                names.put(
                        hit.get("id").asText(),
                        get.json().has("line")
                                ? file + "#" + get.json().get("line").asInt()
                                : file);
            }
            assertEquals(13, names.size(), names.toString());
            NAMES.put(mode, names);
        });
    }

    private static JsonNode search(Settings settings, String... args) {
        List<String> all = new ArrayList<>(List.of("search", "--alias", ALIAS, "--json"));
        all.addAll(List.of(args));
        CliRun run = CliRun.run(settings, all.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.toString());
        return run.json();
    }

    private static List<String> names(String mode, JsonNode hits) {
        List<String> names = new ArrayList<>();
        hits.forEach(h -> names.add(NAMES.get(mode).get(h.get("id").asText())));
        return names;
    }

    @TestFactory
    Stream<DynamicTest> everyFormInBothAnalysisModes() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String mode : List.of("plugin", "portable")) {
            for (Case c : CASES) {
                tests.add(DynamicTest.dynamicTest(mode + ": " + c.query(), () -> {
                    Set<String> found = new TreeSet<>(names(
                            mode,
                            search(NODES.get(mode), "--size", "100", "--", c.query())
                                    .get("hits")));
                    c.relevant()
                            .forEach(r -> assertTrue(
                                    found.contains(r), c.query() + " should find " + r + "; found " + found));
                    c.never()
                            .forEach(n -> assertFalse(
                                    found.contains(n), c.query() + " must not find " + n + "; found " + found));
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void dateOrdersPutUndatedArticlesLast() {
        for (String mode : List.of("plugin", "portable")) {
            Settings settings = NODES.get(mode);
            for (String sort : List.of("newest", "oldest")) {
                for (List<String> query : List.of(List.<String>of(), List.of("Rajnath"))) {
                    List<String> args = new ArrayList<>(query);
                    args.addAll(List.of("--sort", sort, "--size", "100"));
                    JsonNode hits =
                            search(settings, args.toArray(String[]::new)).get("hits");
                    List<String> dates = new ArrayList<>();
                    hits.forEach(h -> dates.add(
                            h.get("published") == null || h.get("published").isNull()
                                    ? null
                                    : h.get("published").asText()));
                    int firstUndated = dates.indexOf(null);
                    assertTrue(
                            firstUndated > 0,
                            mode + " " + query + " --sort " + sort + ": dated and undated hits " + dates);
                    List<String> dated = dates.subList(0, firstUndated);
                    assertFalse(
                            dates.subList(firstUndated, dates.size()).stream().anyMatch(d -> d != null),
                            mode + " " + query + " --sort " + sort + ": undated last " + dates);
                    List<String> ordered = new ArrayList<>(dated);
                    // ISO-8601 with one offset (+05:30) orders as text.
                    ordered.sort(
                            sort.equals("newest")
                                    ? java.util.Comparator.reverseOrder()
                                    : java.util.Comparator.naturalOrder());
                    assertEquals(ordered, dated, mode + " " + query + " --sort " + sort);
                    if (!query.isEmpty()) {
                        assertEquals(
                                new TreeSet<>(names(
                                        mode,
                                        search(settings, "Rajnath", "--size", "100")
                                                .get("hits"))),
                                new TreeSet<>(names(mode, hits)),
                                "sorting changes the order, not the hits");
                        assertTrue(hits.get(0).get("score").isNumber(), "hits sorted by date keep their scores");
                    }
                }
            }
        }
    }

    @Test
    void badSyntaxAndBadSortAreUsageErrors() {
        Settings settings = NODES.get("plugin");
        for (String[] args : List.of(
                new String[] {"Rajnath \"Singh"},
                new String[] {"Rajnath", "-"},
                new String[] {"Kazakhstan", "|"},
                new String[] {"Rajnath", "--sort", "random"})) {
            List<String> all = new ArrayList<>(List.of("search", "--alias", ALIAS));
            all.addAll(List.of(args));
            CliRun run = CliRun.run(settings, all.toArray(String[]::new));
            assertEquals(2, run.exitCode(), run.toString());
            assertTrue(run.err().contains("bad query: ") || run.err().contains("--sort must be"), run.toString());
            assertFalse(run.err().contains("\tat "), "no stack trace: " + run);
        }
    }

    /** As a shell passes them: each word its own argument, an exclusion not taken for an unknown option. */
    @Test
    void wordsTypedAsSeparateArgumentsMeanTheSame() {
        Settings settings = NODES.get("plugin");
        for (String query :
                List.of("Rajnath -Shoigu", "Kazakhstan -Lebanon", "-Lebanon", "Kazakhstan -Vietnam", "-hindi")) {
            assertEquals(
                    names("plugin", search(settings, query).get("hits")),
                    names("plugin", search(settings, query.split(" ")).get("hits")),
                    query);
        }
        CliRun typo = CliRun.run(settings, "search", "--alias", ALIAS, "Rajnath", "--sise", "3");
        assertEquals(2, typo.exitCode(), typo.toString());
        assertTrue(typo.err().contains("unknown option --sise"), typo.toString());
    }

    private static final Pattern HIT = Pattern.compile("<li class=\"hit\" data-id=\"([^\"]+)\"");

    /** The page runs the same query language and orders: same hits, same order as the CLI. */
    @Test
    void thePageMeansTheSame() throws Exception {
        for (String mode : List.of("plugin", "portable")) {
            Settings settings = NODES.get(mode);
            ElasticsearchClient client = ClientFactory.create(ClusterConnection.localNode(TestCluster.url(settings)));
            try (SearchServer server = SearchServer.start(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                    client,
                    ALIAS,
                    AnalysisMode.detect(client),
                    System.err)) {
                for (String q : List.of("Rajnath -Shoigu", "Kazakhstan -Lebanon", "Uzbekistan | Lebanon")) {
                    for (String sort : List.of("relevance", "oldest")) {
                        String page = get(server.uri() + "?size=50&sort=" + sort + "&q="
                                + URLEncoder.encode(q, StandardCharsets.UTF_8));
                        List<String> expected = new ArrayList<>();
                        search(settings, q, "--sort", sort, "--size", "50")
                                .get("hits")
                                .forEach(h -> expected.add(h.get("id").asText()));
                        assertFalse(expected.isEmpty(), q);
                        assertEquals(expected, matches(page), mode + ": " + q + " --sort " + sort);
                    }
                }
                String bad =
                        get(server.uri() + "?q=" + URLEncoder.encode("Rajnath -Shoigu \"", StandardCharsets.UTF_8));
                assertTrue(bad.contains("never closed"), "a notice explains the quote");
                List<String> expected = new ArrayList<>();
                search(settings, "Rajnath -Shoigu", "--size", "10")
                        .get("hits")
                        .forEach(h -> expected.add(h.get("id").asText()));
                assertEquals(expected, matches(bad), mode + ": the words of an unreadable query are still searched");
            } finally {
                ClientFactory.closeQuietly(client);
            }
        }
    }

    private static String get(String uri) throws Exception {
        return HttpClient.newBuilder()
                .proxy(HttpClient.Builder.NO_PROXY)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(uri)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body();
    }

    private static List<String> matches(String page) {
        List<String> ids = new ArrayList<>();
        Matcher m = HIT.matcher(page);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
