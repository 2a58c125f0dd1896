package dev.samachar.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * When the articles that may still lack their translation links began to be indexed: a run marks its
 * start before it sends anything and clears the mark once it has linked. A run stopped in between (Ctrl-C,
 * a crash, a lost cluster) leaves the mark, and the next run links the days of every article indexed since
 * (their {@code indexed_at}), although the index state says those files need not be sent again.
 */
public final class UnlinkedSince {

    private final Path file;

    private UnlinkedSince(Path file) {
        this.file = file;
    }

    /** The mark kept in the state directory of an alias (see {@link IndexState#directory}). */
    public static UnlinkedSince in(Path stateDirectory) {
        return new UnlinkedSince(stateDirectory.resolve("unlinked-since"));
    }

    /**
     * Marks {@code runStart} unless an earlier mark is still there; returns the mark now in force. An unreadable
     * mark is replaced: its run's links are lost, not the rest.
     */
    public Instant mark(Instant runStart) {
        Instant earlier = read();
        if (earlier != null && earlier.isBefore(runStart)) {
            return earlier;
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, runStart.toString() + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return runStart;
    }

    /** Every article indexed so far has been linked. */
    public void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }

    /** The mark, or null when there is none (or it cannot be read). */
    public Instant read() {
        try {
            return Instant.parse(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException | DateTimeParseException e) {
            return null;
        }
    }
}
