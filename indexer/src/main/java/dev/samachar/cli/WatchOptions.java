package dev.samachar.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Option;

/** `index --watch` and its timing. */
public class WatchOptions {

    @Option(
            names = "--watch",
            description =
                    "Keep running: after indexing the PATHs, index files as they are "
                            + "created or changed (file-system events, and a rescan every --scan-interval as a safety net); with "
                            + "--prune also delete the documents of removed files. Waits out an Elasticsearch restart. One line per "
                            + "batch; Ctrl-C or SIGTERM stops it after the batch in progress and prints a summary. See docs/watch.md.")
    boolean enabled;

    @Option(
            names = "--quiet-period",
            paramLabel = "MILLIS",
            defaultValue = "1000",
            description = "With --watch: index a file once it has not been written to for this long, so a file "
                    + "still being written is read after its last write (default: ${DEFAULT-VALUE}).")
    long quietMillis;

    @Option(
            names = "--scan-interval",
            paramLabel = "SECONDS",
            defaultValue = "300",
            description = "With --watch: how often to rescan the PATHs for changes the events missed "
                    + "(default: ${DEFAULT-VALUE}).")
    long scanSeconds;

    Duration quietPeriod() {
        return Duration.ofMillis(quietMillis);
    }

    Duration scanInterval() {
        return Duration.ofSeconds(scanSeconds);
    }

    /** The watched paths must exist: there is nothing to watch in a path that is not there. */
    void check(List<Path> paths) {
        if (quietMillis < 0 || scanSeconds < 1) {
            throw new IllegalArgumentException("--quiet-period must be 0 or more and --scan-interval at least 1");
        }
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("--watch needs the files or directories to watch");
        }
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new IllegalArgumentException("--watch: no such file or directory: " + path.toAbsolutePath());
            }
        }
    }
}
