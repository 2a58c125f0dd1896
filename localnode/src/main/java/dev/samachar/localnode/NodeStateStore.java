package dev.samachar.localnode;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Reads and writes {@link NodeState} as JSON. */
final class NodeStateStore {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final PrintStream progress;

    NodeStateStore(Path file, PrintStream progress) {
        this.file = file;
        this.progress = progress;
    }

    /**
     * A missing or unreadable file yields {@link NodeState#EMPTY}: the state only saves ports and a pid
     * (the pid file is the primary source), so losing it must not block starting or stopping the node.
     */
    NodeState read() {
        try {
            return JSON.readValue(Files.readAllBytes(file), NodeState.class);
        } catch (NoSuchFileException e) {
            return NodeState.EMPTY;
        } catch (IOException e) {
            String why = IoErrors.describe(e).lines().findFirst().orElse("");
            progress.println("Ignoring unreadable " + file + " (" + why + ")");
            return NodeState.EMPTY;
        }
    }

    /** Written to a temp file and renamed so a crash never leaves a truncated state file behind. */
    void write(NodeState state) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(tmp.toFile(), state);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LocalNodeException("Cannot write " + file + ": " + IoErrors.describe(e), e);
        }
    }
}
