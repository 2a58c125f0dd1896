package dev.samachar.watch;

import dev.samachar.ingest.files.ArticleFiles;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * File-system events for the watched paths (java.nio WatchService: inotify on Linux), reduced to the article
 * files that appeared or changed and the paths that went. Directories are watched recursively, with the same
 * rules as `index` lists them ({@link ArticleFiles}: hidden files and directories and files of other types are
 * left out); a directory created later is watched as soon as its creation is seen, and the files already in
 * it are reported, since they may have been written before the watch was in place. A file named as a root is
 * watched through its directory. Events can be lost (the kernel's queue overflows): the caller then rescans.
 */
public final class FileEvents implements AutoCloseable {

    /**
     * @param changed    article files created or written (directories already expanded into their files)
     * @param removed    article files or watched directories deleted or moved away
     * @param overflowed events were lost; only a rescan can tell what changed
     */
    public record Changes(Set<Path> changed, Set<Path> removed, boolean overflowed) {}

    private final WatchService service;
    private final List<Path> rootDirs = new ArrayList<>();
    private final Set<Path> rootFiles = new LinkedHashSet<>();
    private final Map<WatchKey, Path> dirOfKey = new HashMap<>();
    private final Map<Path, WatchKey> keyOfDir = new HashMap<>();

    private FileEvents(WatchService service, List<Path> roots) {
        this.service = service;
        for (Path given : roots) {
            Path root = given.toAbsolutePath().normalize();
            if (Files.isDirectory(root)) {
                rootDirs.add(root);
            } else {
                rootFiles.add(root);
            }
        }
    }

    /** Watches {@code roots}: directories recursively, files through their directory. */
    public static FileEvents open(List<Path> roots, Consumer<String> warnings) throws IOException {
        FileEvents events = new FileEvents(FileSystems.getDefault().newWatchService(), roots);
        events.watchAll(warnings);
        return events;
    }

    /**
     * Watches every directory under the roots that is not watched yet: at the start, and again at each rescan,
     * for a directory created while events were lost or a root that was removed and came back.
     */
    public void watchAll(Consumer<String> warnings) {
        for (Path dir : rootDirs) {
            if (Files.isDirectory(dir)) {
                watchTree(dir, new ArrayList<>(), warnings);
            }
        }
        for (Path file : rootFiles) {
            Path dir = file.getParent();
            if (dir != null && Files.isDirectory(dir)) {
                watch(dir, warnings);
            }
        }
    }

    /**
     * Waits up to {@code timeoutMillis} for events, then takes every event already queued.
     *
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    public Changes poll(long timeoutMillis, Consumer<String> warnings) throws InterruptedException {
        Set<Path> changed = new LinkedHashSet<>();
        Set<Path> removed = new LinkedHashSet<>();
        boolean overflowed = false;
        try {
            WatchKey key = service.poll(Math.max(0, timeoutMillis), TimeUnit.MILLISECONDS);
            while (key != null) {
                overflowed |= drain(key, changed, removed, warnings);
                key = service.poll();
            }
        } catch (ClosedWatchServiceException e) {
            // Closed by close(): the loop is stopping.
        }
        return new Changes(changed, removed, overflowed);
    }

    /** True when the key reported lost events. */
    private boolean drain(WatchKey key, Set<Path> changed, Set<Path> removed, Consumer<String> warnings) {
        Path dir = dirOfKey.get(key);
        boolean overflowed = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                overflowed = true;
                continue;
            }
            if (dir == null) {
                continue;
            }
            Path child = dir.resolve((Path) event.context());
            if (event.kind() == StandardWatchEventKinds.ENTRY_DELETE) {
                if (keyOfDir.containsKey(child)) {
                    forget(child);
                    removed.add(child);
                } else if (wanted(child)) {
                    removed.add(child);
                }
            } else if (Files.isDirectory(child)) {
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && wantedDirectory(child)) {
                    // A directory moved in, or made and filled faster than it could be watched.
                    watchTree(child, changed, warnings);
                }
            } else if (wanted(child)) {
                changed.add(child);
            }
        }
        if (!key.reset()) {
            // Its directory is gone (its parent's event for it may come before or after this); a rescan watches
            // it again if it comes back.
            Path gone = dirOfKey.remove(key);
            if (gone != null) {
                keyOfDir.remove(gone, key);
                removed.add(gone);
            }
        }
        return overflowed;
    }

    /** A path the watch is about: a root file, or an article file under a root directory, not hidden. */
    boolean wanted(Path file) {
        if (rootFiles.contains(file)) {
            return true;
        }
        return ArticleFiles.isArticleFile(file) && underRootDir(file);
    }

    private boolean wantedDirectory(Path dir) {
        return underRootDir(dir);
    }

    private boolean underRootDir(Path path) {
        for (Path root : rootDirs) {
            if (path.startsWith(root) && !path.equals(root)) {
                for (Path name : root.relativize(path)) {
                    if (name.toString().startsWith(".")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** Watches {@code top} and the directories under it, and adds the article files found to {@code files}. */
    private void watchTree(Path top, Collection<Path> files, Consumer<String> warnings) {
        try {
            Files.walkFileTree(
                    top, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (!rootDirs.contains(dir) && !wantedDirectory(dir)) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            watch(dir, warnings);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (!attrs.isDirectory() && wanted(file)) {
                                files.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            // A loop is reported by `index` itself; other errors are the file's own failure.
                            if (!(e instanceof FileSystemLoopException) && Files.isDirectory(file)) {
                                warnings.accept("cannot watch " + file + ": " + e.getMessage());
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            warnings.accept("cannot watch " + top + ": " + e.getMessage());
        }
    }

    private void watch(Path dir, Consumer<String> warnings) {
        WatchKey known = keyOfDir.get(dir);
        if (known != null && known.isValid()) {
            return;
        }
        try {
            WatchKey key = dir.register(
                    service,
                    StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
            dirOfKey.put(key, dir);
            keyOfDir.put(dir, key);
        } catch (IOException e) {
            // Typically the inotify limit (fs.inotify.max_user_watches): the rescan still finds its changes.
            warnings.accept("cannot watch " + dir + " (" + e.getMessage() + "); its changes are found by the "
                    + "periodic rescan only (docs/watch.md: inotify limits)");
        }
    }

    /** Stops watching a directory that was removed, and everything under it. */
    private void forget(Path dir) {
        for (Iterator<Map.Entry<Path, WatchKey>> it = keyOfDir.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Path, WatchKey> entry = it.next();
            if (entry.getKey().startsWith(dir)) {
                // A directory moved elsewhere keeps its watch; its events would carry the old path.
                entry.getValue().cancel();
                dirOfKey.remove(entry.getValue());
                it.remove();
            }
        }
    }

    /** Directories watched now (for tests and the start-up line). */
    public int watchedDirectories() {
        return keyOfDir.size();
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
