package dev.samachar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samachar.config.Settings;
import dev.samachar.corpus.CorpusGenerator;
import dev.samachar.testing.CliProcess;
import dev.samachar.testing.CliRun;
import dev.samachar.testing.EsHttp;
import dev.samachar.testing.TestCluster;
import dev.samachar.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Translation linking pairs a run's own articles from what the run kept of them, and searches the index
 * only for articles of earlier runs. Both paths must find the seeds' one true pair (000 in Hindi, 002 in
 * English, same release) whether the two arrive in one run or in two, in either order, and link nothing
 * else (001 is the same minister in Hindi on another day). A run interrupted (Ctrl-C) after both halves
 * were acknowledged, before it linked, leaves the pair to the next run, which has nothing new to send.
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

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void aRunInterruptedAfterBothTranslationsWereAcknowledgedIsLinkedByTheNextRun(@TempDir Path corpus)
            throws Exception {
        String alias = "it-link-interrupted";
        Settings settings = TestCluster.settings();
        // Files are read in path order: the seeds first (a/), then enough generated articles (z/) that the
        // run is still sending when the seeds are recorded, so the interrupt comes before any linking.
        Path seeds = Files.createDirectories(corpus.resolve("a"));
        for (String seed : List.of(HINDI, ENGLISH, OTHER_DAY)) {
            Files.copy(TestData.seeds().resolve(seed), seeds.resolve(seed));
        }
        new CorpusGenerator(7).write(corpus.resolve("z"), 3000);
        Path journal = settings.home().resolve("state").resolve(alias).resolve("journal.jsonl");

        try (CliProcess indexer = CliProcess.start(
                settings, "index", corpus.toString(), "--alias", alias, "--json", "--bulk-size", "10")) {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (recordedSeeds(journal, seeds) < 3) {
                assertTrue(indexer.isAlive(), "the run ended before the seeds were recorded: " + indexer.exitState());
                assertTrue(System.nanoTime() < deadline, "the seeds were not recorded within 3 minutes");
                Thread.sleep(20);
            }
            assertTrue(indexer.isAlive(), "the run ended before it could be interrupted");
            // Ctrl-C: SIGINT to the JVM (scripts/samachar execs java).
            assertNotEquals(0, indexer.interrupt(Duration.ofSeconds(60)), "the run was cut short");
        }
        Map<String, JsonNode> interrupted = relatedByFile(alias);
        assertEquals(List.of(), files(interrupted.get(HINDI), Map.of()), "not linked before the interrupt");
        assertEquals(List.of(), files(interrupted.get(ENGLISH), Map.of()), "not linked before the interrupt");

        CliRun rerun = CliRun.run(settings, "index", seeds.toString(), "--alias", alias, "--json");
        assertEquals(0, rerun.exitCode(), rerun.toString());
        JsonNode summary = rerun.json();
        assertEquals(3, summary.path("unchanged").asInt(), "nothing new to send: " + summary);
        assertEquals(0, summary.path("indexed").asInt(), summary.toString());
        assertEquals(1, summary.path("translation_links").asInt(), summary.toString());
        Map<String, String> fileById = new HashMap<>();
        Map<String, JsonNode> related = new HashMap<>();
        for (JsonNode hit : EsHttp.allHits(
                        TestCluster.url(), alias, "{\"terms\":{\"file\":[" + quoted(seeds) + "]}}", "file", "related")
                .path("hits")) {
            String file = Path.of(hit.path("_source").path("file").asText())
                    .getFileName()
                    .toString();
            fileById.put(hit.path("_id").asText(), file);
            related.put(file, hit.path("_source").path("related"));
        }
        assertEquals(List.of(ENGLISH), files(related.get(HINDI), fileById));
        assertEquals(List.of(HINDI), files(related.get(ENGLISH), fileById));
        assertEquals(List.of(), files(related.get(OTHER_DAY), fileById));

        CliRun again = CliRun.run(settings, "index", seeds.toString(), "--alias", alias, "--json");
        assertEquals(
                0, again.json().path("translation_links").asInt(), "linked once, the mark is gone: " + again.out());
    }

    private static String quoted(Path seeds) {
        StringBuilder files = new StringBuilder();
        for (String seed : List.of(HINDI, ENGLISH, OTHER_DAY)) {
            files.append(files.isEmpty() ? "" : ",")
                    .append('"')
                    .append(seeds.resolve(seed).toAbsolutePath().normalize())
                    .append('"');
        }
        return files.toString();
    }

    /** How many of the seed files the state journal has recorded. */
    private static int recordedSeeds(Path journal, Path seeds) throws IOException {
        if (!Files.exists(journal)) {
            return 0;
        }
        String text = Files.readString(journal);
        int recorded = 0;
        for (String seed : List.of(HINDI, ENGLISH, OTHER_DAY)) {
            recorded += text.contains(
                            seeds.resolve(seed).toAbsolutePath().normalize().toString())
                    ? 1
                    : 0;
        }
        return recorded;
    }

    private static Map<String, JsonNode> relatedByFile(String alias) {
        Map<String, JsonNode> related = new HashMap<>();
        for (JsonNode hit : EsHttp.allHits(TestCluster.url(), alias, "{\"match_all\":{}}", "file", "related")
                .path("hits")) {
            related.put(
                    Path.of(hit.path("_source").path("file").asText())
                            .getFileName()
                            .toString(),
                    hit.path("_source").path("related"));
        }
        return related;
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
        for (JsonNode hit : EsHttp.allHits(TestCluster.url(), alias, "{\"match_all\":{}}", "file", "related")
                .path("hits")) {
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
