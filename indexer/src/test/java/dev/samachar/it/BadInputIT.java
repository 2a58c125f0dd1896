package dev.samachar.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samachar.config.Settings;
import dev.samachar.testing.CliRun;
import dev.samachar.testing.TestCluster;
import dev.samachar.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One bad file never stops a run: each is reported by name with its reason, the rest is indexed. */
class BadInputIT {

    private static final String ALIAS = "it-bad-input";

    @Test
    void badFilesAreReportedAndGoodFilesStillIndexed(@TempDir Path dir) throws IOException {
        Files.copy(TestData.samples().resolve("pib-en-kazakh-defence-talks.txt"), dir.resolve("good.txt"));
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        byte[] binary = new byte[4096];
        new Random(42).nextBytes(binary);
        binary[10] = 0;
        Files.write(dir.resolve("binary.txt"), binary);
        Files.write(dir.resolve("invalid-utf8.txt"), new byte[]{'I', 'n', 'd', 'i', 'a', ' ', (byte) 0xC3, 0x28, '\n'});
        Files.writeString(dir.resolve("feed.jsonl"),
                "{\"title\":\"Good line\",\"body\":\"India and Kazakhstan held talks on defence cooperation.\"}\n"
                        + "{not json}\n"
                        + "{\"title\":\"No body\"}\n");

        Settings settings = TestCluster.settings();
        CliRun run = CliRun.run(settings, "index", dir.toString(), "--alias", ALIAS, "--json");
        assertEquals(1, run.exitCode(), "partial run exits 1\n" + run);
        JsonNode summary = run.json();
        assertEquals(2, summary.get("indexed").asInt(), run.toString());

        Map<String, String> reasons = new HashMap<>();
        summary.get("failures").forEach(f -> reasons.put(f.get("file").asText(), f.get("reason").asText()));
        assertEquals(5, reasons.size(), reasons.toString());
        assertTrue(reasons.get(dir.resolve("empty.txt").toString()).contains("empty"), reasons.toString());
        assertTrue(reasons.get(dir.resolve("binary.txt").toString()).contains("binary"), reasons.toString());
        assertTrue(reasons.get(dir.resolve("invalid-utf8.txt").toString()).contains("invalid UTF-8 at byte offset 6"),
                reasons.toString());
        assertTrue(reasons.get(dir.resolve("feed.jsonl") + ":2").contains("invalid JSON"), reasons.toString());
        assertTrue(reasons.get(dir.resolve("feed.jsonl") + ":3").contains("'body'"), reasons.toString());

        CliRun text = CliRun.run(settings, "index", dir.toString(), "--alias", ALIAS);
        assertEquals(1, text.exitCode(), text.toString());
        assertTrue(text.err().contains("FAILED " + dir.resolve("binary.txt")), text.err());
        assertTrue(text.out().contains("Indexed 2 of 2 articles from 5 files"), text.out());
    }

    @Test
    void everyRefusedBulkItemIsReportedWithItsFile(@TempDir Path dir) throws Exception {
        String alias = "it-write-blocked";
        Settings settings = TestCluster.settings();
        assertEquals(0, CliRun.run(settings, "setup", "--alias", alias).exitCode());
        putSettings(alias, "{\"index.blocks.write\": true}");
        try {
            Files.copy(TestData.samples().resolve("pib-en-kazakh-defence-talks.txt"), dir.resolve("a.txt"));
            Files.copy(TestData.samples().resolve("pib-hi-kazakh-defence-talks.txt"), dir.resolve("b.txt"));
            CliRun run = CliRun.run(settings, "index", dir.toString(), "--alias", alias, "--json");
            assertEquals(3, run.exitCode(), "nothing written: the cluster refused writes\n" + run);
            Map<String, String> reasons = new HashMap<>();
            run.json().get("failures").forEach(f -> reasons.put(f.get("file").asText(), f.get("reason").asText()));
            assertEquals(2, reasons.size(), reasons.toString());
            for (String file : List.of("a.txt", "b.txt")) {
                String reason = reasons.get(dir.resolve(file).toString());
                assertTrue(reason != null && reason.contains("cluster_block_exception"), reasons.toString());
            }
        } finally {
            putSettings(alias, "{\"index.blocks.write\": null}");
        }
    }

    private static void putSettings(String index, String body) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(TestCluster.url() + "/" + index + "/_settings"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void missingPathIsReportedAndUnreachableClusterExitsThree(@TempDir Path dir) {
        Settings settings = TestCluster.settings();
        CliRun missing = CliRun.run(settings, "index", dir.resolve("nope").toString(), "--alias", ALIAS, "--json");
        assertEquals(1, missing.exitCode(), missing.toString());
        assertTrue(missing.json().get("failures").get(0).get("reason").asText().contains("no such file"));

        CliRun unreachable = CliRun.run(settings.with(Settings.ES_URL, "http://127.0.0.1:1"),
                "search", "India", "--alias", ALIAS);
        assertEquals(3, unreachable.exitCode(), unreachable.toString());
        assertTrue(unreachable.err().contains("cannot connect"), unreachable.err());

        CliRun usage = CliRun.run(settings, "search", "--from", "yesterday", "--alias", ALIAS);
        assertEquals(2, usage.exitCode(), usage.toString());
    }
}
