package dev.samachar.localnode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @TempDir
    Path dir;

    @Test
    void returnsTheLastLines() throws Exception {
        Path log = dir.resolve("samachar.log");
        Files.writeString(
                log, IntStream.rangeClosed(1, 50).mapToObj(i -> "line " + i).collect(Collectors.joining("\n")));
        List<String> tail = LogTail.lastLines(log, 3);
        assertEquals(List.of("line 48", "line 49", "line 50"), tail);
    }

    @Test
    void readsOnlyTheEndOfHugeLogs() throws Exception {
        Path log = dir.resolve("samachar.log");
        String longLine = "x".repeat(1000);
        Files.writeString(
                log, IntStream.range(0, 500).mapToObj(i -> i + longLine).collect(Collectors.joining("\n")));
        List<String> tail = LogTail.lastLines(log, 20);
        assertEquals(20, tail.size());
        assertTrue(tail.get(19).startsWith("499x"));
    }

    @Test
    void missingLogGivesNothing() {
        assertEquals(List.of(), LogTail.lastLines(dir.resolve("none.log"), 20));
        assertEquals("", LogTail.section(dir.resolve("none.log"), 20));
    }

    @Test
    void sectionNamesTheFile() throws Exception {
        Path log = Files.writeString(dir.resolve("launcher.out"), "boom\n");
        assertEquals("\n--- last 1 lines of " + log + " ---\nboom", LogTail.section(log, 20));
    }
}
