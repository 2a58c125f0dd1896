package dev.samachar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samachar.config.Settings;
import dev.samachar.testing.CliRun;
import dev.samachar.testing.EsHttp;
import dev.samachar.testing.SearchCases;
import dev.samachar.testing.TestCluster;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the node with Samachar's plugin, a word after a full stop with no space ("हैं.दिल्ली",
 * "jack.The", as in real news pages) is found by searching it, by `samachar search` and by a plain
 * query_string as Kibana sends it, and is highlighted; numbers, abbreviations and domain names stay
 * whole. On a node without the plugin (portable mode), `samachar search` finds a name after a glued
 * full stop through the loose terms the indexer computes with the same tokenizer.
 */
class GluedSentencesIT {

    private static final String ALIAS = "it-glued";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HINDI = "hindi.txt";
    private static final String ENGLISH = "english.txt";

    @TempDir
    static Path pages;

    private static Settings settings;
    private static Settings portable;

    @BeforeAll
    static void indexPagesWithGluedSentences() throws Exception {
        Files.writeString(pages.resolve(HINDI), """
                रांची में कोरोना के नए मरीज

                रांची में आज 12 नए कोरोना पॉजिटिव मरीज सामने आये हैं.दिल्ली में भी संक्रमण के मामले बढ़ रहे हैं और स्वास्थ्य विभाग पूरी तरह सतर्क है।

                स्वास्थ्य सचिव ने कहा कि जांच की संख्या और बढ़ायी जायेगी।
                """, StandardCharsets.UTF_8);
        Files.writeString(pages.resolve(ENGLISH), """
                Music player review

                The player has an audio/headphone jack.Reviewers liked the sound, and the U.S. price at Amazon.com is 3.5 times lower than last year.

                It goes on sale in the spring.
                """, StandardCharsets.UTF_8);
        settings = TestCluster.settings();
        portable = TestCluster.portableSettings();
        for (Settings node : List.of(settings, portable)) {
            CliRun run = CliRun.run(node, "index", pages.toString(), "--alias", ALIAS, "--json");
            assertEquals(0, run.exitCode(), run.toString());
            assertEquals(2, run.json().get("indexed").asInt(), run.toString());
        }
    }

    @Test
    void theWordAfterAGluedFullStopIsFound() throws Exception {
        assertEquals(Set.of(HINDI), files(search(settings, "दिल्ली")), "samachar search दिल्ली");
        assertEquals(Set.of(ENGLISH), files(search(settings, "Reviewers")), "samachar search Reviewers");
        assertEquals(Set.of(HINDI), SearchCases.queryStringFiles(TestCluster.url(settings), ALIAS, "दिल्ली"));
        assertEquals(Set.of(ENGLISH), SearchCases.queryStringFiles(TestCluster.url(settings), ALIAS, "jack"));
    }

    @Test
    void theFoundWordIsHighlighted() {
        JsonNode hit = search(settings, "दिल्ली").get("hits").get(0);
        assertTrue(hit.get("snippet").asText().contains("<em>दिल्ली</em>"), hit.toString());
    }

    @Test
    void numbersAbbreviationsAndDomainsStayWhole() throws Exception {
        assertEquals(Set.of(ENGLISH), SearchCases.queryStringFiles(TestCluster.url(settings), ALIAS, "\"amazon.com\""));
        String body = JSON.createObjectNode()
                .put("analyzer", "samachar_exact")
                .put("text", "jack.Reviewers U.S. Amazon.com 3.5 १२.५ हैं.दिल्ली ए.के. सिंह")
                .toString();
        List<String> tokens = new ArrayList<>();
        EsHttp.request(TestCluster.url(settings), "POST", "/_analyze", body)
                .get("tokens")
                .forEach(t -> tokens.add(t.get("token").asText()));
        assertEquals(
                List.of("jack", "reviewers", "u.s", "amazon.com", "3.5", "१२.५", "हैं", "दिल्ली", "ए.के", "सिंह"),
                tokens);
    }

    @Test
    void portableSearchFindsANameAfterAGluedFullStop() {
        assertEquals(Set.of(HINDI), files(search(portable, "दिल्ली")), "samachar search दिल्ली, portable mode");
    }

    private static JsonNode search(Settings node, String query) {
        CliRun run = CliRun.run(node, "search", query, "--alias", ALIAS, "--json");
        assertEquals(0, run.exitCode(), run.toString());
        return run.json();
    }

    private static Set<String> files(JsonNode results) {
        Set<String> files = new java.util.TreeSet<>();
        results.get("hits")
                .forEach(h ->
                        files.add(Path.of(h.get("file").asText()).getFileName().toString()));
        return files;
    }
}
