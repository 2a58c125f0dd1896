package dev.samachar.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * CI runs the performance harness: {@code scripts/bench --quick --no-build} (the jars this build just
 * made) as a child process, on its own temporary Elasticsearch. It must exit 0 and print the table
 * with a figure in every row; a quick run must leave docs/benchmarks.md alone. The figures themselves
 * are not asserted: speed targets are judged from a full run on a quiet machine, not by a test.
 */
class BenchQuickIT {

    /** The start of each row's label, for both quick sizes where a row is per size. */
    private static final List<String> ROWS = List.of(
            "parse + enrich without Elasticsearch, docs/s on 1 core",
            "parse + enrich, docs/s on ",
            "parse + enrich, docs per CPU-second",
            "parse + enrich, KB allocated per article",
            "raw `_bulk` of the same enriched documents, docs/s (2,000 articles)",
            "raw `_bulk` of the same enriched documents, docs/s (5,000 articles)",
            "`samachar index`, docs/s (2,000 articles",
            "`samachar index`, docs/s (5,000 articles",
            "`samachar index` / raw `_bulk` (2,000 articles)",
            "`samachar index` / raw `_bulk` (5,000 articles)",
            "CPU-bound ceiling of `samachar index` on ",
            "indexer peak RSS (2,000 articles)",
            "indexer peak RSS (5,000 articles)",
            "search p50 / p99 through the CLI's search code",
            "search p50 / p99, same bodies sent directly to `_search`",
            "CLI / direct, p50",
            "`samachar --version` cold start",
            "`samachar search Yermekbayev` cold start");

    private static final Pattern FIGURE = Pattern.compile(".*\\d.*");

    @Test
    void quickRunPrintsTheWholeTableAndLeavesTheDocsAlone() throws Exception {
        Path root = Path.of(System.getProperty("samachar.repo.root", ".."))
                .toAbsolutePath()
                .normalize();
        Path doc = root.resolve("docs/benchmarks.md");
        String docBefore = digest(doc);
        Path out = Files.createTempFile("bench-quick", ".out");
        Path err = root.resolve("benchmarks/target/bench-quick.log");
        Files.createDirectories(err.getParent());
        long start = System.nanoTime();
        Process bench = new ProcessBuilder(root.resolve("scripts/bench").toString(), "--quick", "--no-build")
                .directory(root.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        // A hang guard, not a speed check: a quick run takes a few minutes on two cores.
        if (!bench.waitFor(20, TimeUnit.MINUTES)) {
            bench.destroyForcibly();
            fail("scripts/bench --quick did not finish in 20 minutes; see " + err);
        }
        String table = Files.readString(out, StandardCharsets.UTF_8);
        Files.delete(out);
        System.out.printf(
                "scripts/bench --quick took %.0f s:%n%s%n",
                Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0, table);
        assertEquals(0, bench.exitValue(), "scripts/bench --quick failed; see " + err + "\n" + table);

        Map<String, String> figures = new LinkedHashMap<>();
        for (String line : table.split("\n")) {
            String[] cells = line.split("\\|");
            if (line.startsWith("| ") && cells.length >= 5) {
                figures.put(cells[1].strip(), cells[2].strip());
            }
        }
        List<String> rows = new java.util.ArrayList<>(ROWS);
        if (CoreSplit.available()) {
            rows.add(
                    "cores split (node on core 0, sender or indexer on core 1): raw `_bulk` / `samachar index`, docs/s (5,000 articles)");
            rows.add("cores split: `samachar index` / raw `_bulk` (5,000 articles");
        }
        for (String row : rows) {
            String label = figures.keySet().stream()
                    .filter(l -> l.startsWith(row))
                    .findFirst()
                    .orElse(null);
            assertTrue(label != null, "no row '" + row + "' in\n" + table);
            assertTrue(FIGURE.matcher(figures.get(label)).matches(), "no figure for '" + label + "' in\n" + table);
        }
        assertTrue(
                table.contains("- Machine: ") && table.contains("- JDK: ") && table.contains("- Elasticsearch: 8."),
                "machine, JDK and Elasticsearch version missing from\n" + table);
        assertEquals(docBefore, digest(doc), "a quick run must not append to docs/benchmarks.md");
    }

    private static String digest(Path file) throws Exception {
        byte[] bytes = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
