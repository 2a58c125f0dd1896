package dev.samachar.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates the repository's samples/ and the shared seeds and evaluation cases beside the repo. */
public final class TestData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestData() {}

    public static Path repoRoot() {
        String configured = System.getProperty("samachar.repo.root");
        Path root = configured != null ? Path.of(configured) : Path.of("..");
        return root.toAbsolutePath().normalize();
    }

    public static Path samples() {
        return repoRoot().resolve("samples");
    }

    /** ../shared/seeds; skips the calling test, with a message, when the folder is absent. */
    public static Path seeds() {
        Path seeds = repoRoot().resolveSibling("shared").resolve("seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "skipped: no seed articles at " + seeds);
        return seeds;
    }

    /** ../shared/realnews-dev (real pages, never copied into the repo); skips the calling test when absent. */
    public static Path realNews() {
        Path dir = repoRoot().resolveSibling("shared").resolve("realnews-dev");
        Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("truth.jsonl")), "skipped: no realnews-dev at " + dir);
        return dir;
    }

    public static Path sharedEval(String name) {
        Path file = repoRoot().resolveSibling("shared").resolve("eval").resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(file), "skipped: no evaluation file at " + file);
        return file;
    }

    public static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
