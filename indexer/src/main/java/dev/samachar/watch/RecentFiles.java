package dev.samachar.watch;

import dev.samachar.ingest.files.ArticleFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rescan behind the events: the article files under the roots (listed as `index` lists them) whose
 * modification or status-change time is at or after a moment. The change time (ctime) moves when a file is
 * renamed or moved in, even when its modification time is old (mv, cp -p, rsync -t), so a file that arrived
 * while events were lost is still found. Nothing is kept per file between scans: memory stays flat however
 * many files are watched.
 */
public final class RecentFiles {

    private RecentFiles() {}

    /** The files changed at or after {@code sinceMillis}, each with the time it last changed (epoch millis). */
    public static Map<Path, Long> changedSince(List<Path> roots, long sinceMillis) {
        Map<Path, Long> recent = new LinkedHashMap<>();
        for (Path file : ArticleFiles.expand(roots).files()) {
            long changed = lastChange(file);
            if (changed >= sinceMillis) {
                recent.put(file, changed);
            }
        }
        return recent;
    }

    /** The later of the file's modification and status-change times; -1 when it cannot be read (it went). */
    static long lastChange(Path file) {
        try {
            long modified = Files.getLastModifiedTime(file).toMillis();
            try {
                return Math.max(modified, ((FileTime) Files.getAttribute(file, "unix:ctime")).toMillis());
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                return modified;
            }
        } catch (IOException e) {
            return -1;
        }
    }
}
