package dev.samachar.ingest.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MissingPathTest {

    @Test
    void aTypoOfAnExistingSiblingIsSuggested(@TempDir Path dir) throws IOException {
        Files.createDirectory(dir.resolve("seeds"));
        Files.createDirectory(dir.resolve("samples"));
        String message = MissingPath.message(dir.resolve("sedds"));
        assertEquals(
                "no such file or directory: " + dir.resolve("sedds") + " (did you mean " + dir.resolve("seeds") + "?)",
                message);
    }

    @Test
    void nothingCloseMeansNoSuggestion(@TempDir Path dir) throws IOException {
        Files.createDirectory(dir.resolve("seeds"));
        assertEquals(
                "no such file or directory: " + dir.resolve("articles"), MissingPath.message(dir.resolve("articles")));
        assertTrue(MissingPath.closestSibling(dir.resolve("nope/deeper")).isEmpty());
    }

    @Test
    void editDistanceStopsAtTheLimit() {
        assertEquals(1, MissingPath.distance("sedds", "seeds", 2));
        assertEquals(2, MissingPath.distance("feed.jsnl", "feed.json", 2));
        assertEquals(3, MissingPath.distance("abcdef", "uvwxyz", 2));
    }
}
