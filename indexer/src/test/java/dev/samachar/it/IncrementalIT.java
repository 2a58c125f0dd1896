package dev.samachar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samachar.config.Settings;
import dev.samachar.testing.CliRun;
import dev.samachar.testing.EsHttp;
import dev.samachar.testing.TestCluster;
import dev.samachar.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental runs: nothing unchanged is sent again, copies and moves do not duplicate, an edit replaces its
 * document, a new feed line is the only line sent, --prune removes what is gone, --rescan rebuilds the state
 * from the index. Counts come from the run summaries and from the index itself.
 */
class IncrementalIT {

    private static final String ALIAS = "it-incremental";

    @Test
    void reRunsSendOnlyWhatChanged(@TempDir Path dir) throws IOException {
        Settings settings = TestCluster.settings();
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        try (Stream<Path> samples = Files.list(TestData.samples())) {
            for (Path sample :
                    samples.filter(p -> !p.toString().endsWith(".json")).toList()) {
                Files.copy(sample, corpus.resolve(sample.getFileName()));
            }
        }
        JsonNode first = index(settings, 0, corpus.toString());
        long documents = first.get("indexed").asLong();
        int files = first.get("files").asInt();
        assertTrue(documents > files, "the feed holds several articles: " + first);
        assertEquals(documents, total());

        JsonNode again = index(settings, 0, corpus.toString());
        assertEquals(0, again.get("indexed").asInt(), again.toString());
        assertEquals(files, again.get("unchanged").asInt(), again.toString());
        assertEquals(documents, total());

        Files.copy(corpus.resolve("pib-en-kazakh-defence-talks.txt"), corpus.resolve("copy.txt"));
        Files.createDirectories(corpus.resolve("moved"));
        Files.move(
                corpus.resolve("pib-hi-kazakh-defence-talks.txt"),
                corpus.resolve("moved").resolve("pib-hi-kazakh-defence-talks.txt"));
        JsonNode copied = index(settings, 0, corpus.toString());
        assertEquals(0, copied.get("indexed").asInt(), copied.toString());
        assertEquals(2, copied.get("copies").asInt(), copied.toString());
        assertEquals(documents, total(), "a copy or a move is not a second document");

        Path edited = corpus.resolve("newspaper-en-shoigu-delhi-talks.txt");
        Files.writeString(
                edited,
                "\nThe two sides also discussed an EDITEDPARAGRAPH on military medicine and "
                        + "training of young officers.\n",
                StandardOpenOption.APPEND);
        JsonNode edit = index(settings, 0, corpus.toString());
        assertEquals(1, edit.get("indexed").asInt(), edit.toString());
        assertEquals(1, edit.get("deleted").asInt(), "the old version is removed: " + edit);
        assertEquals(documents, total());
        JsonNode hits = EsHttp.allHits(TestCluster.url(), ALIAS, "{\"term\":{\"file\":\"" + edited + "\"}}", "body")
                .path("hits");
        assertEquals(1, hits.size(), hits.toString());
        assertTrue(hits.get(0).path("_source").path("body").asText().contains("EDITEDPARAGRAPH"));

        int feedLines = (int) Files.lines(corpus.resolve("feed.jsonl"))
                .filter(l -> !l.isBlank())
                .count();
        Files.writeString(
                corpus.resolve("feed.jsonl"),
                "{\"title\":\"A new line in the feed\",\"body\":\"India and "
                        + "Kazakhstan signed a new agreement on defence training.\"}\n",
                StandardOpenOption.APPEND);
        JsonNode feed = index(settings, 0, corpus.toString());
        assertEquals(1, feed.get("indexed").asInt(), "only the new line is sent: " + feed);
        assertEquals(feedLines, feed.get("already_indexed").asInt(), feed.toString());
        assertEquals(documents + 1, total());

        Files.delete(corpus.resolve("jagran-hi-uzbek-exercise.txt"));
        JsonNode pruned = index(settings, 0, corpus.toString(), "--prune");
        assertEquals(1, pruned.get("deleted").asInt(), pruned.toString());
        assertEquals(
                2, pruned.get("pruned_files").asInt(), "the deleted file and the moved file's old path: " + pruned);
        assertEquals(documents, total(), "the moved file's document stays");

        Path stateDir = settings.home().resolve("state").resolve(ALIAS);
        deleteTree(stateDir);
        JsonNode rescanned = index(settings, 0, corpus.toString(), "--rescan");
        assertEquals(0, rescanned.get("indexed").asInt(), "the rebuilt state knows every document: " + rescanned);
        assertEquals(documents, total());

        deleteTree(stateDir);
        CliRun lostState = CliRun.run(settings, "index", corpus.toString(), "--alias", ALIAS, "--json");
        assertEquals(0, lostState.exitCode(), lostState.toString());
        assertTrue(lostState.err().contains("rebuilding it from the index"), lostState.err());
        assertEquals(0, lostState.json().get("indexed").asInt(), "a lost state is rebuilt, not re-sent: " + lostState);
        assertEquals(documents, total());

        CliRun failures = CliRun.run(settings, "failures", "--alias", ALIAS, "--json");
        assertEquals(0, failures.exitCode(), failures.toString());
        assertEquals(0, failures.json().get("count").asInt());
    }

    /** A file that failed is kept in the report until --retry-failures indexes it; then the report is empty. */
    @Test
    void retryFailuresReadsTheReportedFilesAgain(@TempDir Path dir) throws IOException {
        Settings settings = TestCluster.settings();
        String alias = "it-retry-failures";
        Files.copy(TestData.samples().resolve("pib-en-uzbek-joint-working-group.txt"), dir.resolve("small.txt"));
        Files.copy(TestData.samples().resolve("jagran-hi-lebanon-peacekeeping.txt"), dir.resolve("big.txt"));
        long limit = Files.size(dir.resolve("small.txt"));
        assertTrue(Files.size(dir.resolve("big.txt")) > limit);
        String bigger = "big.txt";

        JsonNode first = index(settings, alias, 1, dir.toString(), "--max-file-size", String.valueOf(limit));
        assertEquals(1, first.get("indexed").asInt(), first.toString());
        CliRun listed = CliRun.run(settings, "failures", "--alias", alias);
        assertEquals(1, listed.exitCode(), listed.toString());
        assertTrue(listed.out().contains(dir.resolve(bigger) + "\tread\tfile is "), listed.out());

        JsonNode retried = index(settings, alias, 0, "--retry-failures");
        assertEquals(1, retried.get("files").asInt(), "only the reported file is read: " + retried);
        assertEquals(1, retried.get("indexed").asInt(), retried.toString());
        CliRun none = CliRun.run(settings, "failures", "--alias", alias, "--json");
        assertEquals(0, none.exitCode(), none.toString());
        assertEquals(0, none.json().get("count").asInt());
    }

    private static JsonNode index(Settings settings, int exit, String... args) {
        return index(settings, ALIAS, exit, args);
    }

    private static JsonNode index(Settings settings, String alias, int exit, String... args) {
        String[] command = Stream.concat(Stream.of("index", "--alias", alias, "--json"), Stream.of(args))
                .toArray(String[]::new);
        CliRun run = CliRun.run(settings, command);
        assertEquals(exit, run.exitCode(), run.toString());
        return run.json();
    }

    private static long total() {
        return EsHttp.allHits(TestCluster.url(), ALIAS, "{\"match_all\":{}}", "file")
                .path("total")
                .path("value")
                .asLong();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
