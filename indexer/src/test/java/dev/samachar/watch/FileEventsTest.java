package dev.samachar.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real files in a temporary directory, real events from the operating system (inotify on Linux). */
class FileEventsTest {

    /** Events come within milliseconds on Linux; the JDK's polling watcher elsewhere takes up to 10 s. */
    private static final long PATIENCE_MILLIS = 15_000;

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();
    private final Set<Path> changed = new LinkedHashSet<>();
    private final Set<Path> removed = new LinkedHashSet<>();
    private FileEvents events;

    @AfterEach
    void close() throws IOException {
        if (events != null) {
            events.close();
        }
    }

    @Test
    void reportsArticleFilesCreatedWrittenAndDeleted() throws Exception {
        Path root = dir.toRealPath();
        watch(root);
        Path article = Files.writeString(root.resolve("a.txt"), "Title\n\nBody.\n");
        awaitUntil(c -> c.contains(article), changed);

        changed.clear();
        Files.writeString(article, "More.\n", StandardOpenOption.APPEND);
        awaitUntil(c -> c.contains(article), changed);

        Files.delete(article);
        awaitUntil(r -> r.contains(article), removed);
        assertEquals(List.of(), warnings);
    }

    @Test
    void leavesOutHiddenFilesHiddenDirectoriesAndOtherTypes() throws Exception {
        Path root = dir.toRealPath();
        Files.createDirectories(root.resolve(".cache"));
        watch(root);
        Files.writeString(root.resolve(".a.txt.swp"), "x");
        Files.writeString(root.resolve(".partial.txt"), "x");
        Files.writeString(root.resolve("photo.jpg"), "x");
        Files.writeString(root.resolve(".cache").resolve("b.txt"), "x");
        Path marker = Files.writeString(root.resolve("z.html"), "<p>x</p>");
        awaitUntil(c -> c.contains(marker), changed);
        assertEquals(Set.of(marker), changed, "only the article file, not hidden ones or other types");
    }

    @Test
    void watchesDirectoriesCreatedLaterAndReportsTheFilesAlreadyInThem() throws Exception {
        Path root = dir.toRealPath();
        watch(root);
        Path day = Files.createDirectories(root.resolve("2024").resolve("05"));
        Path early = Files.writeString(day.resolve("early.txt"), "written at once, maybe before the watch");
        awaitUntil(c -> c.contains(early), changed);

        Path later = Files.writeString(day.resolve("later.jsonl"), "{\"title\":\"t\",\"body\":\"b\"}\n");
        awaitUntil(c -> c.contains(later), changed);
        assertTrue(
                events.watchedDirectories() >= 3, "the root and both new directories: " + events.watchedDirectories());

        Path moved = Files.createDirectories(
                dir.resolve("..").resolve(dir.getFileName() + "-outside").normalize());
        Path outside = Files.writeString(moved.resolve("moved-in.txt"), "x");
        Files.move(moved, root.resolve("moved"));
        awaitUntil(c -> c.contains(root.resolve("moved").resolve("moved-in.txt")), changed);
        assertFalse(Files.exists(outside));
    }

    @Test
    void reportsARemovedDirectoryAndStopsWatchingIt() throws Exception {
        Path root = dir.toRealPath();
        Path sub = Files.createDirectories(root.resolve("sub"));
        Files.writeString(sub.resolve("a.txt"), "x");
        watch(root);
        int before = events.watchedDirectories();
        Files.delete(sub.resolve("a.txt"));
        Files.delete(sub);
        awaitUntil(r -> r.contains(sub) && r.contains(sub.resolve("a.txt")), removed);
        assertEquals(before - 1, events.watchedDirectories());
    }

    @Test
    void aFileGivenAsTheRootIsTheOnlyFileReportedFromItsDirectory() throws Exception {
        Path root = dir.toRealPath();
        Path feed = Files.writeString(root.resolve("feed.data"), "given by name, so any extension");
        watch(feed);
        Files.writeString(root.resolve("sibling.txt"), "not watched");
        Files.writeString(feed, "appended\n", StandardOpenOption.APPEND);
        awaitUntil(c -> c.contains(feed), changed);
        assertEquals(Set.of(feed), changed);
    }

    @Test
    void watchAllPicksUpARootDirectoryThatCameBack() throws Exception {
        Path root = Files.createDirectories(dir.toRealPath().resolve("inbox"));
        watch(root);
        Files.delete(root);
        awaitUntil(r -> true, removed);
        Files.createDirectories(root);
        events.watchAll(warnings::add);
        Path article = Files.writeString(root.resolve("back.txt"), "x");
        awaitUntil(c -> c.contains(article), changed);
    }

    private void watch(Path root) throws IOException {
        events = FileEvents.open(List.of(root), warnings::add);
    }

    /** Polls until {@code condition} holds for {@code collected}, which the polls fill. */
    private void awaitUntil(Predicate<Set<Path>> condition, Set<Path> collected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        boolean first = true;
        while (first || !condition.test(collected)) {
            first = false;
            assertTrue(
                    System.currentTimeMillis() < deadline,
                    "not seen in time: changed " + changed + ", removed " + removed + ", warnings " + warnings);
            FileEvents.Changes c = events.poll(200, warnings::add);
            changed.addAll(c.changed());
            removed.addAll(c.removed());
        }
    }
}
