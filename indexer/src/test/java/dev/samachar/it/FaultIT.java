package dev.samachar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samachar.config.Settings;
import dev.samachar.corpus.CorpusGenerator;
import dev.samachar.localnode.LocalElasticsearch;
import dev.samachar.testing.CliProcess;
import dev.samachar.testing.CliRun;
import dev.samachar.testing.EsHttp;
import dev.samachar.testing.TestCluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * Fault tests on a node of their own (loopback, bounded in time): a write thread pool of one thread and a
 * queue of one, so concurrent bulk requests are rejected with 429 (a queue of one alone, with the default
 * pool of one thread per core, rejected nothing in a trial run); and the node killed with SIGKILL in the middle of a run,
 * then restarted; and the indexer itself killed with SIGKILL mid-run. 5,000 generated articles, one per file. The counts observed are printed ("FaultIT …").
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultIT {

    private static final int COUNT = 5000;
    private static Settings settings;
    private static Path corpus;

    @BeforeAll
    static void startNodeAndWriteCorpus() throws IOException {
        settings = TestCluster.dedicated("faults", "thread_pool.write.size: 1; thread_pool.write.queue_size: 1");
        corpus = Files.createTempDirectory("samachar-fault-corpus-");
        assertEquals(COUNT, new CorpusGenerator(42).write(corpus, COUNT).size());
    }

    @AfterAll
    static void deleteCorpus() throws IOException {
        try (Stream<Path> paths = Files.walk(corpus)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    @Order(1)
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void rejectedBulkRequestsAreRetriedAndNothingIsLost() {
        String alias = "fault-429";
        // One write thread and a queue of one reject most concurrent requests, and a batch can lose the race
        // many times in a row: 30 retries once ran out on a loaded machine, so the bound here is generous.
        CliRun run = CliRun.run(
                settings,
                "index",
                corpus.toString(),
                "--alias",
                alias,
                "--json",
                "--concurrency",
                "3",
                "--bulk-size",
                "100",
                "--max-retries",
                "100",
                "--retry-max-wait",
                "1000");
        JsonNode summary = run.json();
        System.out.println("FaultIT 429: indexed=" + summary.get("indexed") + " retried_items="
                + summary.get("retried_items") + " retried_requests=" + summary.get("retried_requests")
                + " bulk_requests=" + summary.get("bulk_requests") + " failed=" + summary.get("failed")
                + " elapsed_ms=" + summary.get("elapsed_ms"));
        assertEquals(0, run.exitCode(), brief(summary));
        assertEquals(COUNT, summary.get("indexed").asInt(), brief(summary));
        assertTrue(
                summary.get("retried_items").asLong()
                                + summary.get("retried_requests").asLong()
                        > 0,
                "the one-thread write pool with a queue of one rejected nothing: " + brief(summary));
        assertExactlyOneDocumentPerFile(alias);
        assertNoFailuresReported(alias);
    }

    @Test
    @Order(2)
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void aRunCutShortByAKilledNodeResumesToExactlyEveryArticle() throws Exception {
        String alias = "fault-kill";
        Path journal = settings.home().resolve("state").resolve(alias).resolve("journal.jsonl");
        ExecutorService background = Executors.newSingleThreadExecutor();
        Future<CliRun> running = background.submit(() -> CliRun.run(
                settings,
                "index",
                corpus.toString(),
                "--alias",
                alias,
                "--json",
                "--bulk-size",
                "100",
                "--max-retries",
                "8",
                "--retry-max-wait",
                "1000"));
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (recordedFiles(journal) < 1000) {
            if (running.isDone()) {
                throw new AssertionError("the run ended before the node was killed: exit "
                        + running.get().exitCode() + ", " + recordedFiles(journal) + " files recorded");
            }
            assertTrue(System.nanoTime() < deadline, "fewer than 1,000 files recorded after 3 minutes");
            Thread.sleep(50);
        }
        LocalElasticsearch node = new LocalElasticsearch(settings.home(), settings.env(), System.err);
        Long pid = node.status().pid();
        assertNotNull(pid, "no pid for the running node");
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        assertTrue(process.destroyForcibly(), "SIGKILL not delivered");
        process.onExit().get(60, TimeUnit.SECONDS);
        int recordedAtKill = recordedFiles(journal);

        CliRun cut = running.get(3, TimeUnit.MINUTES);
        background.shutdown();
        JsonNode cutSummary = cut.json();
        int recorded = recordedFiles(journal);
        System.out.println("FaultIT kill: recorded when killed=" + recordedAtKill + " recorded at exit=" + recorded
                + " exit=" + cut.exitCode() + " indexed=" + cutSummary.get("indexed") + " failed="
                + cutSummary.get("failed") + " retried_requests=" + cutSummary.get("retried_requests")
                + " cluster_failure=" + cutSummary.get("cluster_failure"));
        assertEquals(3, cut.exitCode(), "the cluster went away: exit 3\n" + brief(cutSummary) + cut.err());
        assertTrue(recorded < COUNT, "the run was cut short: " + recorded);
        assertEquals(
                COUNT - recorded,
                cutSummary.get("failures").size(),
                "every file not acknowledged is reported: " + brief(cutSummary));
        assertTrue(countStage(cutSummary, "bulk") > 0, brief(cutSummary));
        CliRun listed = CliRun.run(settings, "failures", "--alias", alias, "--json");
        assertEquals(COUNT - recorded, listed.json().get("count").asInt(), "failure report after the cut");

        node.start(Duration.ofSeconds(180));
        CliRun rerun = CliRun.run(settings, "index", corpus.toString(), "--alias", alias, "--json");
        JsonNode summary = rerun.json();
        System.out.println("FaultIT kill: rerun exit=" + rerun.exitCode() + " unchanged=" + summary.get("unchanged")
                + " indexed=" + summary.get("indexed") + " failed=" + summary.get("failed"));
        assertEquals(0, rerun.exitCode(), brief(summary) + rerun.err());
        assertEquals(recorded, summary.get("unchanged").asInt(), "acknowledged files are not sent again");
        assertEquals(COUNT - recorded, summary.get("indexed").asInt(), brief(summary));
        assertExactlyOneDocumentPerFile(alias);
        assertNoFailuresReported(alias);
    }

    @Test
    @Order(3)
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void anIndexerKilledMidRunResumesToExactlyEveryArticle() throws Exception {
        String alias = "fault-indexer-kill";
        Path journal = settings.home().resolve("state").resolve(alias).resolve("journal.jsonl");
        // The real CLI in a JVM of its own (scripts/samachar execs java), so SIGKILL hits the indexer only,
        // as a crash or power loss would: no shutdown hook, no final compaction of the journal.
        try (CliProcess indexer = CliProcess.start(
                settings, "index", corpus.toString(), "--alias", alias, "--json", "--bulk-size", "100")) {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (recordedFiles(journal) < 1000) {
                assertTrue(
                        indexer.isAlive(),
                        "the run ended before it was killed: " + indexer.exitState() + ", " + recordedFiles(journal)
                                + " files recorded");
                assertTrue(System.nanoTime() < deadline, "fewer than 1,000 files recorded after 3 minutes");
                Thread.sleep(50);
            }
            indexer.kill(Duration.ofSeconds(60));
        }
        int recorded = recordedFiles(journal);
        assertTrue(recorded < COUNT, "the run was cut short: " + recorded);

        CliRun rerun = CliRun.run(settings, "index", corpus.toString(), "--alias", alias, "--json");
        JsonNode summary = rerun.json();
        System.out.println("FaultIT indexer kill: recorded when killed=" + recorded + " rerun exit=" + rerun.exitCode()
                + " unchanged=" + summary.get("unchanged") + " indexed=" + summary.get("indexed")
                + " failed=" + summary.get("failed"));
        assertEquals(0, rerun.exitCode(), brief(summary) + rerun.err());
        assertEquals(recorded, summary.get("unchanged").asInt(), "what the journal recorded is not sent again");
        assertEquals(COUNT - recorded, summary.get("indexed").asInt(), brief(summary));
        assertExactlyOneDocumentPerFile(alias);
        assertNoFailuresReported(alias);
    }

    /** A summary without its thousands of failure entries: the first three, and the count by stage. */
    private static String brief(JsonNode summary) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = summary.deepCopy();
        com.fasterxml.jackson.databind.node.ArrayNode failures = copy.putArray("failures");
        for (int i = 0; i < Math.min(3, summary.get("failures").size()); i++) {
            failures.add(summary.get("failures").get(i));
        }
        copy.put("failures_at_bulk", countStage(summary, "bulk"));
        copy.put("failures_at_index", countStage(summary, "index"));
        return copy.toString();
    }

    private static int countStage(JsonNode summary, String stage) {
        int n = 0;
        for (JsonNode f : summary.get("failures")) {
            n += f.get("stage").asText().equals(stage) ? 1 : 0;
        }
        return n;
    }

    /** Files recorded in the state journal (its first line names the index). */
    private static int recordedFiles(Path journal) throws IOException {
        try (Stream<String> lines = Files.lines(journal)) {
            return (int) lines.filter(l -> l.contains("\"op\":\"file\"")).count();
        } catch (NoSuchFileException e) {
            return 0;
        }
    }

    private static void assertExactlyOneDocumentPerFile(String alias) {
        String url = TestCluster.url(settings);
        JsonNode hits = EsHttp.allHits(url, alias, "{\"match_all\":{}}", "file");
        assertEquals(COUNT, hits.path("total").path("value").asInt(), "documents in the index");
        Set<String> files = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode hit : hits.path("hits")) {
            assertTrue(ids.add(hit.path("_id").asText()), "duplicate id " + hit);
            assertTrue(files.add(hit.path("_source").path("file").asText()), "two documents for one file: " + hit);
        }
        assertEquals(COUNT, files.size());
        System.out.println("FaultIT " + alias + ": documents="
                + hits.path("total").path("value").asInt() + " distinct ids=" + ids.size() + " distinct files="
                + files.size());
    }

    private static void assertNoFailuresReported(String alias) {
        CliRun failures = CliRun.run(settings, "failures", "--alias", alias, "--json");
        assertEquals(
                0,
                failures.exitCode(),
                failures.out().substring(0, Math.min(2000, failures.out().length())));
        assertEquals(0, failures.json().get("count").asInt());
        assertEquals(List.of(), List.copyOf(failures.json().get("failures").findValuesAsText("file")));
    }
}
