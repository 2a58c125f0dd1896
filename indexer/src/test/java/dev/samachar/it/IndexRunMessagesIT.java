package dev.samachar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samachar.config.Settings;
import dev.samachar.corpus.CorpusGenerator;
import dev.samachar.testing.CliProcess;
import dev.samachar.testing.CliRun;
import dev.samachar.testing.TestCluster;
import dev.samachar.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What `index` tells the user about paths, folders and a run stopped with Ctrl-C, against the real node. */
class IndexRunMessagesIT {

    @Test
    void aMistypedPathIsAUsageErrorAndNotRecorded(@TempDir Path dir) throws IOException {
        String alias = "it-mistyped";
        Settings settings = TestCluster.settings();
        Files.createDirectory(dir.resolve("seeds"));
        Files.copy(TestData.samples().resolve("feed.jsonl"), dir.resolve("seeds/feed.jsonl"));

        CliRun run = CliRun.run(settings, "index", dir.resolve("sedds").toString(), "--alias", alias);

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("no such file or directory: " + dir.resolve("sedds")), run.err());
        assertTrue(run.err().contains("(did you mean " + dir.resolve("seeds") + "?)"), run.err());
        CliRun failures = CliRun.run(settings, "failures", "--alias", alias, "--json");
        assertFalse(failures.out().contains("sedds"), "a typo is not a failed file\n" + failures);
    }

    @Test
    void aFolderRunSaysWhatItSkippedAndAnEmptyFolderSaysSo(@TempDir Path dir) throws IOException {
        String alias = "it-skipped";
        Settings settings = TestCluster.settings();
        Files.copy(TestData.samples().resolve("pib-en-kazakh-defence-talks.txt"), dir.resolve("talks.txt"));
        Files.writeString(dir.resolve("scan.pdf"), "%PDF-1.4");
        Files.writeString(dir.resolve("notes.docx"), "x");
        Files.writeString(dir.resolve(".draft.txt"), "x");

        CliRun json = CliRun.run(settings, "index", dir.toString(), "--alias", alias, "--json");
        assertEquals(0, json.exitCode(), json.toString());
        JsonNode skipped = json.json().get("skipped");
        assertEquals(3, skipped.get("total").asInt(), json.out());
        assertEquals(1, skipped.get("hidden").asInt(), json.out());
        assertEquals(1, skipped.get("other_types").get("pdf").asInt(), json.out());

        CliRun text = CliRun.run(settings, "index", dir.toString(), "--alias", alias);
        assertTrue(
                text.out().contains("Skipped 3 files in the folders: 2 of other types (.docx 1, .pdf 1), 1 hidden."),
                text.out());

        Path empty = Files.createDirectory(dir.resolve("empty"));
        Files.writeString(empty.resolve("photo.jpg"), "x");
        CliRun none = CliRun.run(settings, "index", empty.toString(), "--alias", alias);
        assertEquals(0, none.exitCode(), none.toString());
        assertTrue(none.out().contains("No article files found in " + empty), none.out());
        assertTrue(none.out().contains("Skipped 1 file in the folders: 1 of other types (.jpg 1)."), none.out());
    }

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void ctrlCSaysWhatWasRecordedAndTheNextRunResumes(@TempDir Path corpus) throws Exception {
        String alias = "it-interrupt-notice";
        Settings settings = TestCluster.settings();
        new CorpusGenerator(11).write(corpus, 3000);
        Path journal = settings.home().resolve("state").resolve(alias).resolve("journal.jsonl");

        int recorded;
        try (CliProcess indexer =
                CliProcess.start(settings, "index", corpus.toString(), "--alias", alias, "--bulk-size", "10")) {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (journalLines(journal) < 20) {
                assertTrue(indexer.isAlive(), "the run ended before it could be interrupted: " + indexer.exitState());
                assertTrue(System.nanoTime() < deadline, "nothing recorded within 3 minutes");
                Thread.sleep(20);
            }
            assertTrue(indexer.isAlive(), "the run ended before it could be interrupted");
            assertEquals(130, indexer.interrupt(Duration.ofSeconds(60)), "128 + SIGINT\n" + indexer);
            Matcher said = Pattern.compile("Recorded by this run: (\\d+) files? \\((\\d+) documents acknowledged")
                    .matcher(indexer.err());
            assertTrue(said.find(), indexer.toString());
            assertTrue(indexer.err().contains("Run the same command again to resume"), indexer.err());
            recorded = Integer.parseInt(said.group(1));
            assertTrue(recorded > 0 && recorded < 3000, "recorded " + recorded);
        }

        CliRun again = CliRun.run(settings, "index", corpus.toString(), "--alias", alias, "--json");
        assertEquals(0, again.exitCode(), again.toString());
        JsonNode summary = again.json();
        assertEquals(3000, summary.get("files").asInt(), again.out());
        // Every file the notice counted is skipped; a file acknowledged after the count may be too.
        assertTrue(summary.get("unchanged").asInt() >= recorded, again.out());
        assertTrue(summary.get("unchanged").asInt() < 3000, again.out());
        assertEquals(0, summary.get("failed").asInt(), again.out());
    }

    private static long journalLines(Path journal) throws IOException {
        if (!Files.exists(journal)) {
            return 0;
        }
        try (var lines = Files.lines(journal)) {
            return lines.count();
        }
    }
}
