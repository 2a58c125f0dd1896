package dev.samachar.localnode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeStateStoreTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream progress = new ByteArrayOutputStream();

    private NodeStateStore store(Path file) {
        return new NodeStateStore(file, new PrintStream(progress, true, StandardCharsets.UTF_8));
    }

    @Test
    void remembersPortsAcrossRuns() {
        Path file = dir.resolve("es/node.json");
        NodeState state = new NodeState(9201, 9301, 4242L, "http://127.0.0.1:9201", "8.19.21");
        store(file).write(state);
        assertEquals(state, store(file).read());
        assertEquals(state.withPid(null), new NodeState(9201, 9301, null, "http://127.0.0.1:9201", "8.19.21"));
    }

    @Test
    void missingFileMeansNothingKnown() {
        assertEquals(NodeState.EMPTY, store(dir.resolve("node.json")).read());
        assertEquals("", progress.toString(StandardCharsets.UTF_8));
    }

    @Test
    void corruptFileIsIgnoredWithANotice() throws Exception {
        Path file = dir.resolve("node.json");
        Files.writeString(file, "{\"httpPort\": 92");
        assertEquals(NodeState.EMPTY, store(file).read());
        assertTrue(progress.toString(StandardCharsets.UTF_8).startsWith("Ignoring unreadable " + file));
    }

    @Test
    void toleratesFieldsFromNewerVersions() throws Exception {
        Path file = dir.resolve("node.json");
        Files.writeString(file, "{\"httpPort\":9201,\"transportPort\":9301,\"future\":true}");
        assertEquals(new NodeState(9201, 9301, null, null, null), store(file).read());
    }
}
