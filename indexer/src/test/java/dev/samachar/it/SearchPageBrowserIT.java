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
import dev.samachar.testing.Browser;
import dev.samachar.testing.BrowserInstalled;
import dev.samachar.testing.CliRun;
import dev.samachar.testing.SeedIndex;
import dev.samachar.testing.TestCluster;
import dev.samachar.testing.TestData;
import dev.samachar.web.SearchServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The search page end to end in headless Chromium over ../shared/seeds: type a Devanagari name,
 * tick Kazakhstan, check hits and facet counts against `samachar search` (which counts facets
 * over the filtered hits, so each disjunctive facet equals the CLI's count with that facet's own
 * filter left out) and against the seed cases, page through with two hits a page, and leave a
 * screenshot in target/search-page.png for a person to look at.
 */
@ExtendWith(BrowserInstalled.class)
class SearchPageBrowserIT {

    private static final String ALIAS = "it-serve-browser";
    private static final String QUERY = "यरमेकबायेव";
    private static final Path TARGET = Path.of("target");

    private static Settings settings;
    private static JsonNode cases;
    private static Map<String, JsonNode> byFile;
    private static ElasticsearchClient client;
    private static SearchServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        cases = TestData.json(TestData.sharedEval("seed-cases.json"));
        settings = TestCluster.settings();
        byFile = SeedIndex.index(settings, ALIAS);
        client = ClientFactory.create(ClusterConnection.localNode(TestCluster.url(settings)));
        server = SearchServer.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                client,
                ALIAS,
                AnalysisMode.detect(client),
                System.err);
        browser = Browser.start(TARGET.resolve("browser"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        if (client != null) {
            ClientFactory.closeQuietly(client);
        }
    }

    @Test
    void typeTickPageAndScreenshot() throws Exception {
        assertFalse(
                Browser.devanagariFonts().isEmpty(), "fontconfig has no Devanagari font: Hindi would render as boxes");

        browser.open(server.uri().toString());
        browser.type(browser.find("#q"), QUERY);
        browser.click(browser.find("#go"));
        browser.waitForUrl(url -> url.contains("q="), "the search to load");
        assertEquals(
                QUERY,
                browser.script("return document.getElementById('q').value").asText());

        // Before any filter: the hits and counts `samachar search` gives, and what the seed cases require.
        JsonNode unfiltered = cli(QUERY);
        assertEquals(ids(unfiltered), pageHits(), "same hits in the same order as samachar search");
        JsonNode textCase = caseFor(QUERY);
        Set<String> files = files(pageHits());
        textCase.get("relevant").forEach(f -> assertTrue(files.contains(f.asText()), f + " missing: " + files));
        textCase.get("never").forEach(f -> assertFalse(files.contains(f.asText()), f + " must not match: " + files));
        for (String facet : List.of("countries", "languages", "sources", "persons")) {
            assertEquals(counts(unfiltered, facet), pageFacet(facet), facet + " before ticking");
        }
        assertTrue(!browser.findAll("#results .snippet mark").isEmpty(), "matched words are highlighted");

        // Tick Kazakhstan.
        String kazakhstan = browser.find("section.facet[data-facet=countries] a[data-value=KZ]");
        assertEquals(
                "Kazakhstan",
                browser.text(browser.find("section.facet[data-facet=countries] a[data-value=KZ] .label")));
        assertEquals("false", browser.attribute(kazakhstan, "aria-checked"));
        browser.click(kazakhstan);
        browser.waitForUrl(url -> url.contains("country=KZ"), "the Kazakhstan filter to apply");
        assertEquals(
                "true",
                browser.attribute(
                        browser.find("section.facet[data-facet=countries] a[data-value=KZ]"), "aria-checked"));
        assertFalse(
                browser.findAll("#chips a.chip[data-facet=countries][data-value=KZ]")
                        .isEmpty(),
                "a chip for KZ");

        JsonNode withKz = cli(QUERY, "--country", "KZ");
        List<String> hits = pageHits();
        assertEquals(ids(withKz), hits, "hits with KZ, as samachar search --country KZ");
        assertEquals(expectedFilesWithKz(textCase), files(hits), "relevant seeds that mention Kazakhstan");
        assertEquals(
                Long.toString(withKz.get("total").asLong()), browser.attribute(browser.find("#total"), "data-total"));
        // Disjunctive: countries are counted without the country filter, the rest with it.
        assertEquals(counts(unfiltered, "countries"), pageFacet("countries"), "countries ignore their own filter");
        for (String facet : List.of("languages", "sources", "persons")) {
            assertEquals(counts(withKz, facet), pageFacet(facet), facet + " with KZ ticked");
        }
        assertTranslationsLinked(hits);
        Files.createDirectories(TARGET);
        browser.screenshot(TARGET.resolve("search-page.png"));

        // Two hits a page: the hits split over pages in the same order, facets unchanged.
        browser.open(browser.currentUrl() + "&size=2");
        browser.waitForUrl(url -> url.contains("size=2"), "the two-per-page view");
        List<String> paged = new ArrayList<>(pageHits());
        assertEquals(hits.subList(0, Math.min(2, hits.size())), paged, "page 1");
        Map<String, Long> countriesOnPage1 = pageFacet("countries");
        assertTrue(hits.size() > 2, "the case needs more than two hits to page: " + hits);
        browser.click(browser.find("#paging a#next"));
        browser.waitForUrl(url -> url.contains("page=2"), "page 2");
        assertEquals("2", browser.text(browser.find("#paging .current")));
        paged.addAll(pageHits());
        assertEquals(countriesOnPage1, pageFacet("countries"), "facets do not depend on the page");
        if (hits.size() > 4) {
            assertEquals(hits.subList(0, 4), paged);
        } else {
            assertEquals(hits, paged, "both pages together are all the hits, in order");
            assertTrue(browser.findAll("#paging a#next").isEmpty(), "page 2 is the last");
        }
        browser.screenshot(TARGET.resolve("search-page-2.png"));

        // Tick Hindi too: the hits narrow to Hindi, yet the language facet still offers English with
        // the count it would add (counted without the language filter), which a conjunctive count would not.
        browser.click(browser.find("section.facet[data-facet=languages] a[data-value=hi]"));
        browser.waitForUrl(url -> url.contains("lang=hi"), "the Hindi filter to apply");
        assertFalse(browser.currentUrl().contains("page="), "a new filter starts at page 1");
        JsonNode kzHindi = cli(QUERY, "--country", "KZ", "--lang", "hi");
        List<String> hindiHits = ids(kzHindi);
        assertEquals(hindiHits.subList(0, Math.min(2, hindiHits.size())), pageHits());
        assertEquals(counts(withKz, "languages"), pageFacet("languages"), "languages without their own filter");
        assertTrue(
                pageFacet("languages").containsKey("en")
                        && !counts(kzHindi, "languages").containsKey("en"),
                "English stays on offer while Hindi is ticked: " + pageFacet("languages"));
        assertEquals(
                counts(cli(QUERY, "--lang", "hi"), "countries"), pageFacet("countries"), "countries under hi only");
        assertEquals(counts(kzHindi, "persons"), pageFacet("persons"), "persons under both filters");
    }

    /** Every seed the text case finds and that mentions Kazakhstan (countries from the cases, else as indexed). */
    private static Set<String> expectedFilesWithKz(JsonNode textCase) {
        Set<String> expected = new TreeSet<>();
        textCase.get("relevant").forEach(f -> {
            JsonNode listed = cases.get("countries").get(f.asText());
            JsonNode countries =
                    listed != null ? listed : byFile.get(f.asText()).get("countries");
            countries.forEach(c -> {
                if (c.asText().equals("KZ")) {
                    expected.add(f.asText());
                }
            });
        });
        assertFalse(expected.isEmpty());
        return expected;
    }

    /** A hit whose stored document links a translation shows a link to it, titled as that document. */
    private void assertTranslationsLinked(List<String> hits) throws Exception {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        byFile.values().forEach(hit -> byId.put(hit.get("id").asText(), hit));
        int linked = 0;
        for (String id : hits) {
            for (JsonNode related : byId.get(id).path("related")) {
                JsonNode other = byId.get(related.asText());
                if (other != null) {
                    String link = browser.find(
                            "li.hit[data-id='" + id + "'] .translation a[data-id='" + related.asText() + "']");
                    assertEquals(
                            other.get("title").asText().strip(),
                            browser.text(link).strip());
                    linked++;
                }
            }
        }
        System.out.println("SearchPageBrowserIT: " + linked + " translation links checked");
    }

    private static JsonNode cli(String... args) {
        List<String> all = new ArrayList<>(List.of("search", "--alias", ALIAS, "--json", "--size", "50"));
        all.addAll(List.of(args));
        CliRun run = CliRun.run(settings, all.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.toString());
        return run.json();
    }

    private static JsonNode caseFor(String q) {
        for (JsonNode c : cases.get("queries")) {
            if (c.get("q").asText().equals(q)) {
                return c;
            }
        }
        throw new AssertionError("no seed case for " + q);
    }

    private static List<String> ids(JsonNode results) {
        List<String> ids = new ArrayList<>();
        results.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }

    private static Set<String> files(List<String> ids) {
        Set<String> files = new TreeSet<>();
        Set<String> wanted = new HashSet<>(ids);
        byFile.forEach((file, hit) -> {
            if (wanted.contains(hit.get("id").asText())) {
                files.add(file);
            }
        });
        return files;
    }

    private static Map<String, Long> counts(JsonNode results, String facet) {
        Map<String, Long> counts = new TreeMap<>();
        results.get("facets")
                .get(facet)
                .forEach(v -> counts.put(v.get("value").asText(), v.get("count").asLong()));
        return counts;
    }

    private static List<String> pageHits() throws Exception {
        List<String> ids = new ArrayList<>();
        for (String hit : browser.findAll("#results li.hit")) {
            ids.add(browser.attribute(hit, "data-id"));
        }
        return ids;
    }

    /** Counts as the page prints them next to each value, including values folded under "more". */
    private static Map<String, Long> pageFacet(String facet) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        JsonNode values = browser.script("return Array.from(document.querySelectorAll("
                + "'section.facet[data-facet=" + facet + "] a.value')).map(a => "
                + "[a.dataset.value, a.querySelector('.count').textContent])");
        for (JsonNode value : values) {
            long count = Long.parseLong(value.get(1).asText());
            if (count > 0) {
                counts.put(value.get(0).asText(), count);
            }
        }
        return counts;
    }
}
