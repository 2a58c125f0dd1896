package dev.samachar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samachar.config.Settings;
import dev.samachar.localnode.LocalElasticsearch;
import dev.samachar.testing.CliProcess;
import dev.samachar.testing.EsHttp;
import dev.samachar.testing.TestCluster;
import dev.samachar.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * `samachar index --watch --prune` as a process of its own on a node of its own: files appear (also in a new
 * directory), change, turn out unreadable and vanish, and the node is stopped and started again mid-watch;
 * each change must show in the index within a bounded time. SIGTERM then ends the watch with its summary and
 * exit code (0: the one file that failed was removed since), and a second watch over the same folder starts with nothing to send. How long each change took
 * to show is printed ("WatchIT …").
 */
class WatchIT {

    private static final String ALIAS = "it-watch";
    /** From the last write until a search sees it: the quiet period (0.5 s), the batch, a refresh. */
    private static final Duration SHOWS_WITHIN = Duration.ofSeconds(20);

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void indexesWhatAppearsChangesAndVanishesAndOutlivesANodeRestart(@TempDir Path dir) throws Exception {
        Settings settings = TestCluster.dedicated("watch", "");
        String url = TestCluster.url(settings);
        Path inbox = Files.createDirectories(dir.toRealPath().resolve("inbox"));
        Path english = copySample("pib-en-kazakh-defence-talks.txt", inbox);
        Path hindi = copySample("jagran-hi-uzbek-exercise.txt", inbox);

        try (CliProcess watch = startWatch(settings, inbox)) {
            JsonNode startup =
                    watch.awaitRecord(r -> isBatch(r) && r.get("startup").asBoolean(), Duration.ofMinutes(2));
            assertEquals(2, startup.get("new").asInt(), startup.toString());
            assertEquals(2, startup.get("indexed").asInt(), startup.toString());
            assertEquals(1, documentsOf(url, english), "after the start-up batch");

            Path day = Files.createDirectories(inbox.resolve("2024").resolve("06"));
            long appeared = timeUntil(url, copySample("newspaper-en-shoigu-delhi-talks.txt", day), 1, SHOWS_WITHIN);

            Files.writeString(
                    english, "\nBoth sides also spoke of WATCHEDITMARKER at the talks.\n", StandardOpenOption.APPEND);
            long changed = timeUntil(() -> bodyOf(url, english).contains("WATCHEDITMARKER"), SHOWS_WITHIN);
            assertEquals(1, documentsOf(url, english), "the new version replaced the old one");

            Path broken = Files.write(inbox.resolve("broken.txt"), new byte[] {'T', 0, 0, 1, 2, 0, 0, 3});
            JsonNode failed =
                    watch.awaitRecord(r -> isBatch(r) && r.get("failed").asInt() == 1, SHOWS_WITHIN);
            assertEquals(
                    broken.toString(), failed.get("failures").get(0).get("file").asText(), failed.toString());
            assertTrue(failed.get("failures").get(0).get("reason").asText().contains("binary"), failed.toString());

            Files.delete(hindi);
            Files.delete(broken);
            long vanished = timeUntil(url, hindi, 0, SHOWS_WITHIN);
            assertTrue(watch.isAlive(), "one bad file does not stop the watch");

            LocalElasticsearch node = new LocalElasticsearch(settings.home(), settings.env(), System.err);
            node.stop(Duration.ofSeconds(60));
            Path duringOutage = copySample("pib-hi-navy-vietnam-port-call.txt", inbox);
            JsonNode waiting = watch.awaitRecord(r -> r.get("type").asText().equals("waiting"), Duration.ofSeconds(60));
            long restartedAt = System.nanoTime();
            node.start(Duration.ofSeconds(180));
            long nodeStart = (System.nanoTime() - restartedAt) / 1_000_000;
            // The watch asks every 10 s at most whether the cluster is back; then the batch, then a refresh.
            long afterRestart = timeUntil(url, duringOutage, 1, Duration.ofSeconds(40));
            watch.awaitRecord(r -> r.get("type").asText().equals("resumed"), Duration.ofSeconds(5));
            System.out.println("WatchIT: shows in the index after appearing " + appeared + " ms, after a change "
                    + changed + " ms, gone " + vanished + " ms after the delete; node restart took " + nodeStart
                    + " ms, the file written while it was down was searchable " + afterRestart
                    + " ms after it was up again (outage seen as: "
                    + waiting.get("reason").asText() + ")");

            int exit = watch.terminate(Duration.ofSeconds(60));
            JsonNode summary = watch.awaitRecord(r -> r.get("type").asText().equals("summary"), Duration.ofSeconds(5));
            System.out.println("WatchIT summary: exit " + exit + " " + summary);
            assertEquals(0, exit, "exit 0: the file that failed was removed since\n" + watch);
            assertEquals(4, summary.get("new").asInt(), summary.toString());
            assertEquals(1, summary.get("changed").asInt(), summary.toString());
            assertEquals(1, summary.get("removed").asInt(), summary.toString());
            assertEquals(0, summary.get("failing").asInt(), "broken.txt is gone: " + summary);
            assertEquals(5, summary.get("indexed").asInt(), summary.toString());
            assertEquals(2, summary.get("deleted").asInt(), "the old version and the removed file's: " + summary);
            assertTrue(summary.get("cluster_waits").asInt() >= 1, summary.toString());
            assertFalse(summary.get("unsent").asBoolean(), summary.toString());
        }
        assertEquals(
                3,
                EsHttp.allHits(url, ALIAS, "{\"match_all\":{}}", "file")
                        .path("total")
                        .path("value")
                        .asInt());

        try (CliProcess again = startWatch(settings, inbox)) {
            JsonNode startup =
                    again.awaitRecord(r -> isBatch(r) && r.get("startup").asBoolean(), Duration.ofMinutes(2));
            assertEquals(3, startup.get("unchanged").asInt(), "a restarted watch sends nothing again: " + startup);
            assertEquals(0, startup.get("indexed").asInt(), startup.toString());
            assertEquals(0, again.terminate(Duration.ofSeconds(60)), "a clean stop exits 0\n" + again);
            JsonNode summary = again.awaitRecord(r -> r.get("type").asText().equals("summary"), Duration.ofSeconds(5));
            assertEquals(0, summary.get("failing").asInt(), summary.toString());
        }
    }

    private static CliProcess startWatch(Settings settings, Path inbox) {
        // One retry only, so that the outage reaches the watch's own wait quickly instead of the bulk retries.
        return CliProcess.start(
                settings,
                "index",
                "--watch",
                inbox.toString(),
                "--prune",
                "--alias",
                ALIAS,
                "--json",
                "--quiet-period",
                "500",
                "--max-retries",
                "1",
                "--retry-max-wait",
                "500");
    }

    private static boolean isBatch(JsonNode record) {
        return record.get("type").asText().equals("batch");
    }

    private static Path copySample(String name, Path dir) throws Exception {
        // Written to a hidden name and renamed, as careful writers do: the file appears whole.
        Path tmp = dir.resolve("." + name + ".part");
        Files.copy(TestData.samples().resolve(name), tmp);
        return Files.move(tmp, dir.resolve(name));
    }

    /** Milliseconds until {@code file} has {@code count} documents in the index; fails after {@code limit}. */
    private static long timeUntil(String url, Path file, int count, Duration limit) throws InterruptedException {
        return timeUntil(() -> documentsOf(url, file) == count, limit);
    }

    private static long timeUntil(BooleanSupplier condition, Duration limit) throws InterruptedException {
        long start = System.nanoTime();
        while (true) {
            boolean met;
            try {
                met = condition.getAsBoolean();
            } catch (IllegalStateException nodeNotAnsweringYet) {
                met = false;
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (met) {
                return millis;
            }
            assertTrue(millis < limit.toMillis(), "not seen in the index within " + limit.toSeconds() + " s");
            Thread.sleep(100);
        }
    }

    private static int documentsOf(String url, Path file) {
        return EsHttp.allHits(url, ALIAS, fileQuery(file), "file")
                .path("total")
                .path("value")
                .asInt();
    }

    private static String bodyOf(String url, Path file) {
        JsonNode hits = EsHttp.allHits(url, ALIAS, fileQuery(file), "body").path("hits");
        return hits.isEmpty() ? "" : hits.get(0).path("_source").path("body").asText();
    }

    private static String fileQuery(Path file) {
        return "{\"term\":{\"file\":\"" + file.toString().replace("\\", "\\\\") + "\"}}";
    }
}
