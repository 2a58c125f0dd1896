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
import dev.samachar.testing.SeedIndex;
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
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Forgiving facet filters and entities on the real node, over samples/: every way a user types a
 * person, organisation, event or source finds what the value the index holds finds; an unknown one
 * exits 2 with a suggestion; events are a facet; get and search show entities and translation links.
 */
class FacetFiltersIT {

    private static final String ALIAS = "it-facet-filters";
    private static Settings settings;
    private static JsonNode expected;

    @BeforeAll
    static void indexSamples() {
        settings = TestCluster.settings();
        expected = TestData.json(TestData.samples().resolve("expected.json"));
        CliRun run = CliRun.run(settings, "index", TestData.samples().toString(), "--alias", ALIAS, "--json");
        assertEquals(0, run.exitCode(), run.toString());
    }

    private static CliRun search(String... args) {
        List<String> all = new ArrayList<>(List.of("search", "--alias", ALIAS, "--size", "100"));
        all.addAll(List.of(args));
        return CliRun.run(settings, all.toArray(String[]::new));
    }

    /** File names of the hits (feed lines as feed.jsonl: enough to tell the articles apart here). */
    private static Set<String> found(String... args) {
        List<String> all = new ArrayList<>(List.of("--json"));
        all.addAll(List.of(args));
        CliRun run = search(all.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.toString());
        Set<String> names = new TreeSet<>();
        run.json()
                .get("hits")
                .forEach(h -> names.add(Path.of(h.get("file").asText()).getFileName() + "|"
                        + h.get("title").asText()));
        return names;
    }

    private static Set<String> files(Set<String> found) {
        Set<String> files = new TreeSet<>();
        found.forEach(f -> files.add(f.substring(0, f.indexOf('|'))));
        return files;
    }

    @Test
    void personBySurnameLowerCaseOrDevanagariFindsWhatTheCanonicalNameFinds() {
        Set<String> canonical = found("--person", "Nurlan Yermekbayev");
        assertTrue(
                files(canonical)
                        .containsAll(Set.of("pib-en-kazakh-defence-talks.txt", "pib-hi-kazakh-defence-talks.txt")),
                canonical.toString());
        for (String typed : List.of("Yermekbayev", "nurlan yermekbayev", "यरमेकबायेव", "यर्मेकबायेव")) {
            assertEquals(canonical, found("--person", typed), typed);
        }
    }

    @Test
    void sourceInAnyCaseFindsEveryArticleOfThatSource() {
        Set<String> pti = new TreeSet<>();
        expected.get("articles").fields().forEachRemaining(e -> {
            if ("PTI".equals(e.getValue().path("source").asText())) {
                pti.add(e.getKey());
            }
        });
        expected.get("feed.jsonl").forEach(a -> {
            if ("PTI".equals(a.path("source").asText())) {
                pti.add("feed.jsonl");
            }
        });
        assertFalse(pti.isEmpty(), "samples/expected.json names PTI articles");
        assertEquals(pti, files(found("--source", "pti")));
    }

    /** A Latin source typed as Hindi reads it out, letter by letter, joined or apart. */
    @Test
    void sourceInDevanagariFindsWhatTheLatinValueFinds() {
        Set<String> latin = found("--source", "PTI");
        assertFalse(latin.isEmpty(), "samples have PTI articles");
        for (String typed : List.of("पीटीआई", "पीटीआइ", "पी.टी.आई.")) {
            assertEquals(latin, found("--source", typed), typed);
        }
        CliRun other = search("--source", "एएफपी");
        assertEquals(2, other.exitCode(), "no AFP article in samples: " + other);
    }

    @Test
    void organisationByLowerCaseAcronym() {
        Set<String> unifil = found("--org", "unifil");
        assertTrue(files(unifil).contains("newspaper-en-unifil-kazakh-contingent.txt"), unifil.toString());
        assertEquals(found("--org", "UNIFIL"), unifil);
    }

    @Test
    void eventsAreAFacetAndAFilter() {
        CliRun all = CliRun.run(settings, "search", "--alias", ALIAS, "--json", "--size", "0");
        assertEquals(0, all.exitCode(), all.toString());
        Set<String> events = new TreeSet<>();
        all.json()
                .get("facets")
                .get("events")
                .forEach(v -> events.add(v.get("value").asText()));
        assertTrue(events.contains("Aero India"), events.toString());
        Set<String> aero = found("--event", "aero india");
        assertEquals(1, aero.size(), aero.toString());
        assertTrue(aero.iterator().next().contains("Aero India"), aero.toString());
        assertEquals(aero, found("--event", "एयरो इंडिया"));
    }

    @Test
    void kazindOfTheSeedsIsFoundInEitherCase() {
        SeedIndex.index(settings, ALIAS + "-seeds");
        List<String> base = List.of("search", "--alias", ALIAS + "-seeds", "--json", "--size", "50");
        List<String> upper = new ArrayList<>(base);
        upper.addAll(List.of("--event", "KAZIND"));
        List<String> lower = new ArrayList<>(base);
        lower.addAll(List.of("--event", "kazind"));
        CliRun exact = CliRun.run(settings, upper.toArray(String[]::new));
        CliRun forgiving = CliRun.run(settings, lower.toArray(String[]::new));
        assertTrue(exact.json().get("total").asInt() > 0, exact.toString());
        assertEquals(exact.json().get("total"), forgiving.json().get("total"));
    }

    @Test
    void anUnknownValueExitsTwoWithASuggestion() {
        CliRun typo = search("--person", "Yermekbayv");
        assertEquals(2, typo.exitCode(), typo.toString());
        assertTrue(typo.err().contains("did you mean “Nurlan Yermekbayev”"), typo.err());
        CliRun unknown = search("--source", "Reuters");
        assertEquals(2, unknown.exitCode(), unknown.toString());
        assertTrue(unknown.err().contains("no source “Reuters”"), unknown.err());
    }

    @Test
    void getAndSearchShowEntitiesAndTheTranslationLink() {
        CliRun hits = search("--json", "--person", "yermekbayev", "--lang", "en");
        String id = null;
        for (JsonNode hit : hits.json().get("hits")) {
            if (hit.get("file").asText().endsWith("pib-en-kazakh-defence-talks.txt")) {
                id = hit.get("id").asText();
            }
        }
        assertTrue(id != null, hits.toString());
        CliRun get = CliRun.run(settings, "get", id, "--alias", ALIAS);
        assertEquals(0, get.exitCode(), get.toString());
        assertTrue(get.out().matches("(?s).*\\n  persons +[^\\n]*Nurlan Yermekbayev.*"), get.out());
        assertTrue(get.out().matches("(?s).*\\n  orgs +[^\\n]*UNIFIL.*"), get.out());
        assertTrue(get.out().matches("(?s).*\\n  translation +[^\\n]*score \\d\\.\\d\\d.*"), get.out());
        CliRun text = search("--person", "yermekbayev", "--lang", "en");
        assertEquals(0, text.exitCode(), text.toString());
        assertTrue(text.out().matches("(?s).*\\(score \\d\\.\\d\\d\\)\\n.*"), text.out());
    }

    @Test
    void thePageResolvesValuesAndOffersSuggestionsForUnknownOnes() throws Exception {
        ElasticsearchClient client = ClientFactory.create(ClusterConnection.localNode(TestCluster.url(settings)));
        try (SearchServer server = SearchServer.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                client,
                ALIAS,
                AnalysisMode.detect(client),
                System.err)) {
            HttpClient http =
                    HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
            String resolved = http.send(
                            HttpRequest.newBuilder(server.uri()
                                            .resolve("/?person="
                                                    + URLEncoder.encode("यरमेकबायेव", StandardCharsets.UTF_8)
                                                    + "&event=aero+india"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .body();
            assertTrue(resolved.contains("data-facet=\"persons\" data-value=\"Nurlan Yermekbayev\""), resolved);
            assertTrue(resolved.contains("data-facet=\"events\""), "an events facet");
            assertTrue(resolved.contains("data-total=\"1\""), "the Aero India article only");
            String unknown = http.send(
                            HttpRequest.newBuilder(URI.create(server.uri() + "?person=Yermekbayv"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .body();
            assertTrue(unknown.contains("did you mean “Nurlan Yermekbayev”"), unknown);
            assertTrue(unknown.contains("id=\"empty\""), "the value is kept and matches nothing");
        } finally {
            ClientFactory.closeQuietly(client);
        }
    }
}
