package dev.samachar.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samachar.config.Settings;
import dev.samachar.testing.CliRun;
import dev.samachar.testing.EsHttp;
import dev.samachar.testing.TestCluster;
import dev.samachar.testing.TestData;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Translation linking pairs a run's own articles from what the run kept of them, and searches the index
 * only for articles of earlier runs. Both paths must find the seeds' one true pair (000 in Hindi, 002 in
 * English, same release) whether the two arrive in one run or in two, in either order, and link nothing
 * else (001 is the same minister in Hindi on another day).
 */
class CrossRunLinkingIT {

    private static final String HINDI = "000_3b2ee203d687f623.txt";
    private static final String ENGLISH = "002_01f5e1dc6ab042ee.txt";
    private static final String OTHER_DAY = "001_e9dc25aa0423b090.txt";

    @Test
    void aTranslationIndexedInALaterRunIsLinkedToItsPartner() {
        assertLinked("it-link-later", List.of(HINDI), List.of(ENGLISH, OTHER_DAY));
        assertLinked("it-link-earlier", List.of(ENGLISH), List.of(OTHER_DAY, HINDI));
    }

    @Test
    void bothTranslationsInOneRunAreLinked() {
        assertLinked("it-link-one-run", List.of(), List.of(HINDI, OTHER_DAY, ENGLISH));
    }

    private static void assertLinked(String alias, List<String> firstRun, List<String> secondRun) {
        Settings settings = TestCluster.settings();
        if (!firstRun.isEmpty()) {
            JsonNode first = index(settings, alias, firstRun);
            assertEquals(0, first.path("translation_links").asInt(-1), "nothing to pair with yet: " + first);
        }
        JsonNode second = index(settings, alias, secondRun);
        assertEquals(1, second.path("translation_links").asInt(-1), second.toString());

        Map<String, String> fileById = new HashMap<>();
        Map<String, JsonNode> relatedByFile = new HashMap<>();
        for (JsonNode hit : EsHttp.allHits(TestCluster.url(), alias, "{\"match_all\":{}}", "file", "related").path("hits")) {
            String file = hit.path("_source").path("file").asText();
            file = file.substring(file.lastIndexOf('/') + 1);
            fileById.put(hit.path("_id").asText(), file);
            relatedByFile.put(file, hit.path("_source").path("related"));
        }
        assertEquals(3, fileById.size(), fileById.toString());
        assertEquals(List.of(ENGLISH), files(relatedByFile.get(HINDI), fileById), alias);
        assertEquals(List.of(HINDI), files(relatedByFile.get(ENGLISH), fileById), alias);
        assertEquals(List.of(), files(relatedByFile.get(OTHER_DAY), fileById), alias);
    }

    private static JsonNode index(Settings settings, String alias, List<String> seeds) {
        String[] command = new String[4 + seeds.size()];
        command[0] = "index";
        command[1] = "--alias";
        command[2] = alias;
        command[3] = "--json";
        for (int i = 0; i < seeds.size(); i++) {
            command[4 + i] = TestData.seeds().resolve(seeds.get(i)).toString();
        }
        CliRun run = CliRun.run(settings, command);
        assertEquals(0, run.exitCode(), run.toString());
        return run.json();
    }

    private static List<String> files(JsonNode related, Map<String, String> fileById) {
        List<String> files = new ArrayList<>();
        if (related != null) {
            related.forEach(id -> files.add(fileById.get(id.asText())));
        }
        return files;
    }
}
