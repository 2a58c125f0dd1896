package dev.samachar.state;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The summary of the last `samachar index` run of an alias, kept as {@code state/<alias>/last-run.json}
 * for `samachar status`; each run replaces it.
 *
 * @param finished ISO-8601 instant the run ended
 */
public record LastRun(
        String finished,
        String index,
        int files,
        long articles,
        long indexed,
        long alreadyIndexed,
        long deleted,
        int failed,
        long elapsedMs,
        String clusterFailure) {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String FILE = "last-run.json";

    /** Writes atomically, so a reader never sees half a record. */
    public void save(Path stateDir) {
        try {
            Files.createDirectories(stateDir);
            Path temp = stateDir.resolve(FILE + ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), this);
            Files.move(
                    temp, stateDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + stateDir.resolve(FILE), e);
        }
    }

    /** The record in {@code stateDir}, or null when no run finished there (or it cannot be read). */
    public static LastRun load(Path stateDir) {
        try {
            return JSON.readValue(stateDir.resolve(FILE).toFile(), LastRun.class);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
