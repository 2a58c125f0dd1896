package dev.samachar.localnode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Builds the error for a node that would not start: the reason plus the end of whichever log explains it,
 * so the user sees why without hunting for files.
 */
final class StartupFailures {

    private static final int LOG_LINES = 20;

    private final NodeLayout layout;

    StartupFailures(NodeLayout layout) {
        this.layout = layout;
    }

    /** The node ran long enough to set up logging, so its own log says why. */
    LocalNodeException nodeFailure(String reason) {
        String nodeLog = LogTail.section(layout.nodeLog(), LOG_LINES);
        String log = nodeLog.isEmpty() ? LogTail.section(layout.launcherOutput(), LOG_LINES) : nodeLog;
        return new LocalNodeException(reason + log);
    }

    /**
     * The launcher failed. Errors before logging is set up (bad JVM options, unknown settings) reach only
     * launcher.out; the node log is shown only if this launch wrote to it, since the log of an earlier,
     * healthy run would point the user the wrong way.
     */
    LocalNodeException launchFailure(String reason, Instant launchedAt) {
        StringBuilder message = new StringBuilder(reason);
        if (modifiedSince(layout.nodeLog(), launchedAt)) {
            message.append(LogTail.section(layout.nodeLog(), LOG_LINES));
        }
        message.append(LogTail.section(layout.launcherOutput(), LOG_LINES));
        return new LocalNodeException(message.toString());
    }

    private static boolean modifiedSince(Path file, Instant instant) {
        try {
            return !Files.getLastModifiedTime(file).toInstant().isBefore(instant);
        } catch (IOException e) {
            return false;
        }
    }
}
