package dev.samachar.localnode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * File and deadline chores shared by the single-node and the cluster launch paths, failing with a
 * {@link LocalNodeException} that says what could not be done to which path.
 */
final class NodeFiles {

    private NodeFiles() {}

    static void createDirectories(List<Path> dirs) {
        for (Path dir : dirs) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new LocalNodeException("Cannot create " + dir + ": " + IoErrors.describe(e), e);
            }
        }
    }

    static void deleteIfExists(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new LocalNodeException("Cannot delete " + file + ": " + IoErrors.describe(e), e);
        }
    }

    /** What is left of a deadline; zero once it has passed. */
    static Duration remaining(Instant deadline) {
        Duration left = Duration.between(Instant.now(), deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
