package dev.samachar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samachar.config.Settings;
import dev.samachar.ingest.entities.EntityMatcher;
import dev.samachar.testing.CliRun;
import dev.samachar.testing.TestCluster;
import dev.samachar.testing.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `synonyms suggest` on the seeds and samples, `--accept` and `export`. */
class SynonymsIT {

    private static final String ALIAS = "it-synonyms";

    @Test
    void suggestsNewCorrectGroupsAcceptsAndExportsThem(@TempDir Path dir) throws Exception {
        Settings settings = TestCluster.settings();
        CliRun index = CliRun.run(
                settings,
                "index",
                TestData.seeds().toString(),
                TestData.samples().toString(),
                "--alias",
                ALIAS,
                "--json");
        assertEquals(0, index.exitCode(), index.toString());

        Path file = dir.resolve("synonyms.tsv");
        CliRun suggest =
                CliRun.run(settings, "synonyms", "suggest", "--alias", ALIAS, "--json", "--file", file.toString());
        assertEquals(0, suggest.exitCode(), suggest.toString());
        JsonNode groups = suggest.json().get("groups");
        EntityMatcher entities = EntityMatcher.load();
        boolean astana = false;
        for (JsonNode group : groups) {
            List<String> spellings = new ArrayList<>();
            spellings.add(group.get("latin").asText());
            group.get("devanagari").forEach(d -> spellings.add(d.asText()));
            astana |= spellings.contains("Astana") && spellings.contains("अस्ताना");
            Set<String> people = new HashSet<>();
            for (String spelling : spellings) {
                people.addAll(entities.find(spelling).persons());
            }
            assertTrue(people.size() <= 1, "a group joins different people: " + spellings + " → " + people);
            assertTrue(entities.find(group.get("latin").asText()).isEmpty(), "already in the gazetteer: " + group);
        }
        assertTrue(astana, "Astana = अस्ताना (a city, not in the gazetteer) is proposed: " + groups);
        // the seeds and samples have Mantri and Limited in English and मंत्री, लिमिटेड in Hindi: ordinary words
        Set<String> latin = new HashSet<>();
        groups.forEach(g -> latin.add(g.get("latin").asText()));
        for (String ordinary : List.of("Mantri", "Limited", "November", "Minister")) {
            assertTrue(!latin.contains(ordinary), ordinary + " is an ordinary word, not a name: " + groups);
        }
        // no word of a gazetteer name comes back, even one that is not a spelling of its own (a given name)
        Set<String> gazetteerWords = new HashSet<>();
        entities.entries().forEach(e -> e.spellings().forEach(sp -> gazetteerWords.addAll(List.of(sp.split("\\s+")))));
        for (String word : latin) {
            assertTrue(!gazetteerWords.contains(word), word + " is part of a gazetteer name: " + groups);
        }

        CliRun accept = CliRun.run(
                settings, "synonyms", "suggest", "--alias", ALIAS, "--accept", "Astana", "--file", file.toString());
        assertEquals(0, accept.exitCode(), accept.toString());
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("Astana\tअस्ताना"));

        CliRun export = CliRun.run(settings, "synonyms", "export", "--file", file.toString(), "--out", dir.toString());
        assertEquals(0, export.exitCode(), export.toString());
        assertTrue(Files.readString(dir.resolve("samachar-synonyms.txt")).contains("Astana, अस्ताना"));
        JsonNode set = TestData.json(dir.resolve("samachar-names.synonyms-set.json"));
        assertEquals(
                "Astana, अस्ताना",
                set.get("synonyms_set").get(0).get("synonyms").asText());

        CliRun unknown = CliRun.run(
                settings,
                "synonyms",
                "suggest",
                "--alias",
                ALIAS,
                "--accept",
                "Nonexistent",
                "--file",
                file.toString());
        assertEquals(2, unknown.exitCode(), unknown.toString());
    }
}
