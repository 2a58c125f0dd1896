package dev.samachar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samachar.config.Settings;
import dev.samachar.testing.CliRun;
import dev.samachar.testing.TestCluster;
import dev.samachar.testing.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * For every group of ../shared/eval/name-variants.tsv: one small article per spelling, indexed
 * through the real analysis plugin; a search for each spelling must return every article of its
 * group, and the spellings of a `!` pair must never find each other.
 */
class NameVariantsIT {

    private static final String ALIAS = "it-name-variants";
    private static final List<List<String>> GROUPS = new ArrayList<>();
    private static final List<List<String>> APART = new ArrayList<>();
    /** Spelling → the line of the feed holding its article. */
    private static final Map<String, Integer> LINE_OF = new LinkedHashMap<>();

    private static Settings settings;

    @TempDir
    static Path dir;

    @BeforeAll
    static void indexOneArticlePerSpelling() throws IOException {
        for (String line : Files.readAllLines(TestData.sharedEval("name-variants.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = new ArrayList<>(List.of(line.split("\t")));
            cells.removeIf(String::isBlank);
            if (cells.get(0).equals("!")) {
                APART.add(cells.subList(1, cells.size()));
            } else {
                GROUPS.add(cells);
            }
        }
        ObjectMapper json = new ObjectMapper();
        StringBuilder feed = new StringBuilder();
        int line = 0;
        for (List<String> spellings : concat(GROUPS, APART)) {
            for (String spelling : spellings) {
                if (LINE_OF.containsKey(spelling)) {
                    continue;
                }
                boolean hindi = spelling.codePoints().anyMatch(c -> c >= 0x900 && c <= 0x97F);
                String body = hindi
                        ? spelling + " ने आज बैठक में हिस्सा लिया।"
                        : spelling + " took part in the meeting today.";
                feed.append(json.writeValueAsString(Map.of("title", "Item " + (line + 1), "body", body)))
                        .append('\n');
                LINE_OF.put(spelling, ++line);
            }
        }
        Path file = dir.resolve("variants.jsonl");
        Files.writeString(file, feed.toString(), StandardCharsets.UTF_8);
        settings = TestCluster.settings();
        CliRun run = CliRun.run(settings, "index", file.toString(), "--alias", ALIAS, "--json");
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(LINE_OF.size(), run.json().get("indexed").asInt(), run.toString());
    }

    private static List<List<String>> concat(List<List<String>> a, List<List<String>> b) {
        List<List<String>> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Lines of the feed a search returns. */
    private static Set<Integer> found(String query) {
        CliRun run = CliRun.run(settings, "search", query, "--alias", ALIAS, "--json", "--size", "100");
        assertEquals(0, run.exitCode(), run.toString());
        Set<Integer> lines = new TreeSet<>();
        run.json().get("hits").forEach(hit -> {
            CliRun get = CliRun.run(settings, "get", hit.get("id").asText(), "--alias", ALIAS, "--json");
            lines.add(get.json().get("line").asInt());
        });
        return lines;
    }

    @TestFactory
    Stream<DynamicTest> everySpellingFindsItsWholeGroup() {
        List<DynamicTest> tests = new ArrayList<>();
        for (List<String> group : GROUPS) {
            for (String spelling : group) {
                tests.add(DynamicTest.dynamicTest(spelling, () -> {
                    Set<Integer> found = found(spelling);
                    for (String other : group) {
                        assertTrue(
                                found.contains(LINE_OF.get(other)),
                                "search " + spelling + " should find the article with " + other + "; found lines "
                                        + found);
                    }
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> pairsMarkedApartNeverMeet() {
        List<DynamicTest> tests = new ArrayList<>();
        for (List<String> pair : APART) {
            for (String query : pair) {
                tests.add(DynamicTest.dynamicTest(String.join(" ≠ ", pair) + ": " + query, () -> {
                    Set<Integer> found = found(query);
                    for (String other : pair) {
                        if (!other.equals(query)) {
                            assertFalse(
                                    found.contains(LINE_OF.get(other)),
                                    "search " + query + " must not find the article with " + other);
                        }
                    }
                    assertTrue(found.contains(LINE_OF.get(query)), "search " + query + " finds its own article");
                }));
            }
        }
        return tests.stream();
    }
}
