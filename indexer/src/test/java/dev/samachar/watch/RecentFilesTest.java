package dev.samachar.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {

    @TempDir
    Path dir;

    @Test
    void findsTheArticleFilesChangedSinceAMomentAndNothingElse() throws Exception {
        Path root = dir.toRealPath();
        Path old = Files.writeString(root.resolve("old.txt"), "x");
        Files.createDirectories(root.resolve("day"));
        Path otherOld = Files.writeString(root.resolve("day").resolve("older.txt"), "x");
        Thread.sleep(1100);
        long since = System.currentTimeMillis();
        Thread.sleep(50); // the kernel stamps files with a coarse clock, a few ms behind
        Path fresh = Files.writeString(root.resolve("day").resolve("fresh.txt"), "x");
        Files.writeString(root.resolve("day").resolve(".hidden.txt"), "x");
        Files.writeString(root.resolve("day").resolve("notes.doc"), "x");

        Map<Path, Long> recent = RecentFiles.changedSince(List.of(root), since);
        assertEquals(List.of(fresh), List.copyOf(recent.keySet()), "old: " + old + ", " + otherOld);
        assertTrue(recent.get(fresh) >= since);
    }

    @Test
    void aFileMovedInWithAnOldModificationTimeIsFoundByItsChangeTime() throws Exception {
        Path root = Files.createDirectories(dir.toRealPath().resolve("watched"));
        Path elsewhere = Files.writeString(dir.toRealPath().resolve("copied-with-times.txt"), "x");
        Files.setLastModifiedTime(elsewhere, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        Thread.sleep(1100);
        long since = System.currentTimeMillis();
        Thread.sleep(50); // the kernel stamps files with a coarse clock, a few ms behind
        Path arrived = Files.move(elsewhere, root.resolve("arrived.txt"));
        assertEquals(
                FileTime.from(Instant.parse("2020-01-01T00:00:00Z")),
                Files.getLastModifiedTime(arrived),
                "a move keeps the modification time");

        assertEquals(
                List.of(arrived),
                List.copyOf(RecentFiles.changedSince(List.of(root), since).keySet()));
    }
}
