package dev.samachar.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samachar.config.Settings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Indexes ../shared/seeds under an alias through the CLI, as several integration tests start. */
public final class SeedIndex {

    private SeedIndex() {}

    /** Indexes the five seeds (skipping the caller when they are absent) and returns each stored hit by file name. */
    public static Map<String, JsonNode> index(Settings settings, String alias) {
        Path seeds = TestData.seeds();
        CliRun run = CliRun.run(settings, "index", seeds.toString(), "--alias", alias, "--json");
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(5, run.json().get("indexed").asInt(), run.toString());
        CliRun search = CliRun.run(settings, "search", "--alias", alias, "--json", "--size", "50");
        assertEquals(0, search.exitCode(), search.toString());
        Map<String, JsonNode> byFile = new HashMap<>();
        search.json().get("hits").forEach(hit -> byFile.put(fileName(hit), hit));
        assertEquals(5, byFile.size(), byFile.keySet().toString());
        return byFile;
    }

    public static String fileName(JsonNode hit) {
        return Path.of(hit.get("file").asText()).getFileName().toString();
    }
}
