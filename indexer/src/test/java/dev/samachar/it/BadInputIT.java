package dev.samachar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samachar.config.Settings;
import dev.samachar.testing.CliRun;
import dev.samachar.testing.EsHttp;
import dev.samachar.testing.TestCluster;
import dev.samachar.testing.TestData;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One bad file never stops a run: each is reported by name with its reason, the rest is indexed. */
class BadInputIT {

    private static final String ALIAS = "it-bad-input";

    /**
     * Every kind of bad input the issue lists, next to good articles, in one folder. Unreadable files: the
     * tests run as root, which reads mode-000 files, so unreadability is shown with a dangling symlink and a
     * FIFO named like an article (reading a FIFO would block forever; it must be refused, not opened).
     */
    @Test
    void everyFileOfAMixedFolderHasItsExactOutcome(@TempDir Path dir) throws Exception {
        Files.copy(TestData.samples().resolve("pib-en-kazakh-defence-talks.txt"), dir.resolve("good.txt"));
        String hindi = Files.readString(TestData.samples().resolve("pib-hi-kazakh-defence-talks.txt"));
        byte[] utf16 = hindi.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        Files.write(dir.resolve("utf16-bom.txt"), withBom);
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        byte[] binary = new byte[4096];
        new Random(42).nextBytes(binary);
        binary[10] = 0;
        Files.write(dir.resolve("binary.txt"), binary);
        // 0x8D is neither UTF-8 nor windows-1252: not text. The £ of latin1.txt is windows-1252: read, with a warning.
        Files.write(
                dir.resolve("invalid-utf8.txt"), new byte[] {'I', 'n', 'd', 'i', 'a', ' ', (byte) 0x8D, 0x28, '\n'});
        Files.write(
                dir.resolve("latin1.txt"),
                ("Ad sales boost Time Warner profit\n\nQuarterly profits at the media "
                                + "giant jumped 76% to \u00A3600m for the three months to December.\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
        writeFiftyMegabytes(dir.resolve("huge.txt"));
        Files.writeString(dir.resolve("page.html"), """
                <!doctype html><html><head><title>Site name | Kazakh talks</title>
                <script>var tracker = "SCRIPTTEXT";</script><style>.x{color:red}</style></head>
                <body><nav><a href="/">Home</a> <a href="/world">NAVTEXT World</a></nav>
                <article><h1>India and Kazakhstan review defence cooperation</h1>
                <p>New Delhi, 4 October 2018. Defence ministers of India and Kazakhstan met in New Delhi and reviewed
                the joint military exercises held this year.</p>
                <p>They agreed to expand training of peacekeepers for United Nations missions.</p></article>
                <footer>FOOTERTEXT Copyright</footer></body></html>
                """);
        Files.writeString(
                dir.resolve("untitled.txt"),
                "The ministers of India and Uzbekistan met in Tashkent on "
                        + "Monday and agreed to hold a joint military exercise next spring, with troops from both armies "
                        + "training together in mountain warfare.\n");
        Files.writeString(dir.resolve("title-only.txt"), "Just a headline\n");
        Files.createDirectories(dir.resolve("sub"));
        Files.createSymbolicLink(dir.resolve("sub").resolve("loop"), dir);
        Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("nowhere.txt"));
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("fifo.txt").toString()).start();
        assertEquals(0, mkfifo.waitFor());
        Files.writeString(
                dir.resolve("feed.jsonl"),
                "{\"title\":\"Good line\",\"body\":\"India and Kazakhstan held talks on defence cooperation.\"}\n"
                        + "{not json}\n"
                        + "{\"title\":\"No body\"}\n");

        Settings settings = TestCluster.settings();
        CliRun run = CliRun.run(settings, "index", dir.toString(), "--alias", ALIAS, "--json");
        assertEquals(1, run.exitCode(), "partial run exits 1\n" + run);
        JsonNode summary = run.json();
        assertEquals(6, summary.get("indexed").asInt(), run.toString());
        List<String> warnings = new ArrayList<>();
        summary.get("warnings").forEach(w -> warnings.add(w.asText()));
        assertEquals(
                List.of(dir.resolve("latin1.txt")
                        + ": not valid UTF-8: 1 byte from byte offset 86 read as windows-1252"),
                warnings);

        Map<String, String> reasons = new TreeMap<>();
        summary.get("failures")
                .forEach(f -> reasons.put(
                        relative(dir, f.get("file").asText()),
                        f.get("stage").asText() + ": " + f.get("reason").asText()));
        Map<String, String> expected = Map.of(
                "empty.txt", "parse: empty file",
                "binary.txt", "parse: binary file",
                "invalid-utf8.txt", "parse: invalid UTF-8 at byte offset 6",
                "huge.txt", "read: file is 52428800 bytes, over the limit of 10485760 bytes (--max-file-size)",
                "title-only.txt", "parse: page has a title but no article text",
                "sub/loop", "read: symbolic link loop",
                "dangling.txt", "read: broken symbolic link",
                "fifo.txt", "read: not a regular file",
                "feed.jsonl:2", "parse: invalid JSON",
                "feed.jsonl:3", "parse: missing or empty field 'body'");
        assertEquals(new TreeMap<>(expected).keySet(), reasons.keySet(), reasons.toString());
        expected.forEach((file, reason) -> assertTrue(
                reasons.get(file).startsWith(reason),
                file + ": expected '" + reason + "', got '" + reasons.get(file) + "'"));

        Map<String, JsonNode> indexed = indexedUnder(dir);
        assertEquals(
                Set.of("good.txt", "utf16-bom.txt", "page.html", "untitled.txt", "feed.jsonl", "latin1.txt"),
                indexed.keySet());
        assertEquals(
                "Ad sales boost Time Warner profit",
                indexed.get("latin1.txt").path("title").asText());
        assertTrue(
                indexed.get("latin1.txt").path("body").asText().contains("£600m"),
                indexed.get("latin1.txt").toString());
        assertTrue(
                indexed.get("utf16-bom.txt").path("title").asText().contains("कजाकिस्तान"),
                "UTF-16 decoded: " + indexed.get("utf16-bom.txt"));
        JsonNode page = indexed.get("page.html");
        assertEquals(
                "India and Kazakhstan review defence cooperation",
                page.path("title").asText());
        String pageBody = page.path("body").asText();
        assertTrue(pageBody.contains("peacekeepers"), pageBody);
        for (String chrome : List.of("SCRIPTTEXT", "NAVTEXT", "FOOTERTEXT", "color:red")) {
            assertFalse(pageBody.contains(chrome), chrome + " leaked into " + pageBody);
        }
        JsonNode untitled = indexed.get("untitled.txt");
        assertEquals(
                "The ministers of India and Uzbekistan met in Tashkent on Monday and …",
                untitled.path("title").asText());
        assertTrue(untitled.path("body").asText().endsWith("mountain warfare."), untitled.toString());

        CliRun listed = CliRun.run(settings, "failures", "--alias", ALIAS, "--json");
        assertEquals(1, listed.exitCode(), listed.toString());
        Map<String, String> report = new HashMap<>();
        listed.json()
                .get("failures")
                .forEach(f -> report.put(
                        relative(dir, f.get("file").asText()), f.get("stage").asText()));
        assertTrue(report.keySet().containsAll(expected.keySet()), report.toString());
        listed.json()
                .get("failures")
                .forEach(f -> assertFalse(f.get("time").asText().isEmpty()));

        CliRun text = CliRun.run(settings, "index", dir.toString(), "--alias", ALIAS);
        assertEquals(1, text.exitCode(), text.toString());
        assertTrue(text.err().contains("FAILED " + dir.resolve("binary.txt")), text.err());
        // 13 files listed (the loop is a failure of the walk, not a file); the 6 indexed are unchanged and
        // skipped, the 7 bad files are read again and fail again, with the loop: 8. The feed is unchanged, so
        // its two bad lines are not parsed again, but they are still reported, from the failure report: 10.
        assertTrue(text.out().contains("Indexed 0 of 0 articles from 13 files"), text.out());
        assertTrue(text.out().contains("10 failed"), text.out());
        assertTrue(text.err().contains("FAILED " + dir.resolve("feed.jsonl") + ":2: invalid JSON"), text.err());
        assertTrue(text.out().contains("Already indexed: 6 unchanged files"), text.out());
        CliRun stillListed = CliRun.run(settings, "failures", "--alias", ALIAS, "--json");
        Set<String> stillFailing = new java.util.TreeSet<>();
        stillListed.json().get("failures").forEach(f -> {
            if (f.get("file").asText().startsWith(dir + "/")) {
                stillFailing.add(relative(dir, f.get("file").asText()));
            }
        });
        assertEquals(new TreeMap<>(expected).keySet(), stillFailing);
    }

    private static void writeFiftyMegabytes(Path file) throws IOException {
        String line = "India and Kazakhstan held talks on defence cooperation in New Delhi on Thursday. "
                        .repeat(16)
                        .substring(0, 1023)
                + "\n";
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 50 * 1024; i++) {
                out.write(line);
            }
        }
        assertEquals(50L * 1024 * 1024, Files.size(file));
    }

    private static String relative(Path dir, String origin) {
        return origin.startsWith(dir.toString() + "/")
                ? origin.substring(dir.toString().length() + 1)
                : origin;
    }

    /** The documents of this folder's files, by file name, read straight from the index. */
    private static Map<String, JsonNode> indexedUnder(Path dir) {
        JsonNode hits = EsHttp.allHits(
                TestCluster.url(), ALIAS, "{\"prefix\":{\"file\":\"" + dir + "/\"}}", "file", "title", "body");
        Map<String, JsonNode> byFile = new TreeMap<>();
        hits.path("hits").forEach(h -> {
            String file = relative(dir, h.path("_source").path("file").asText());
            assertFalse(byFile.containsKey(file), "two documents for " + file);
            byFile.put(file, h.path("_source"));
        });
        return byFile;
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
            run.json()
                    .get("failures")
                    .forEach(f ->
                            reasons.put(f.get("file").asText(), f.get("reason").asText()));
            assertEquals(2, reasons.size(), reasons.toString());
            for (String file : List.of("a.txt", "b.txt")) {
                String reason = reasons.get(dir.resolve(file).toString());
                assertTrue(reason != null && reason.contains("cluster_block_exception"), reasons.toString());
            }
            assertEquals(0, run.json().get("retried_items").asInt(), "a blocked index is not retried: " + run);
        } finally {
            putSettings(alias, "{\"index.blocks.write\": null}");
        }
    }

    private static void putSettings(String index, String body) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(TestCluster.url() + "/" + index + "/_settings"))
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void missingPathIsAUsageErrorAndUnreachableClusterExitsThree(@TempDir Path dir) {
        Settings settings = TestCluster.settings();
        CliRun missing = CliRun.run(settings, "index", dir.resolve("nope").toString(), "--alias", ALIAS, "--json");
        assertEquals(2, missing.exitCode(), missing.toString());
        assertTrue(missing.err().contains("no such file or directory: " + dir.resolve("nope")), missing.err());

        CliRun unreachable =
                CliRun.run(settings.with(Settings.ES_URL, "http://127.0.0.1:1"), "search", "India", "--alias", ALIAS);
        assertEquals(3, unreachable.exitCode(), unreachable.toString());
        assertTrue(unreachable.err().contains("cannot connect"), unreachable.err());

        CliRun usage = CliRun.run(settings, "search", "--from", "yesterday", "--alias", ALIAS);
        assertEquals(2, usage.exitCode(), usage.toString());
    }
}
