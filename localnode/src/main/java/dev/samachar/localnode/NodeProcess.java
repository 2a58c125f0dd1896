package dev.samachar.localnode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Finds and ends the node's process by pid; the node is a daemon, not a child of this JVM. */
final class NodeProcess {

    private static final Duration KILL_GRACE = Duration.ofSeconds(10);
    /**
     * Every Elasticsearch JVM (server and launcher) gets this system property. Merely containing
     * "elasticsearch" would also match, say, a Samachar JVM with the elasticsearch-java client on its classpath.
     */
    private static final String ES_HOME_PROPERTY = "-Des.path.home=";

    private static final String ES_CONF_PROPERTY = "-Des.path.conf=";

    private NodeProcess() {}

    /** The pid Elasticsearch wrote with {@code -p}; empty if the file is missing or garbled. */
    static Optional<Long> readPidFile(Path pidFile) {
        try {
            return Optional.of(Long.parseLong(
                    Files.readString(pidFile, StandardCharsets.US_ASCII).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The live process with that pid, provided it looks like Elasticsearch. Pids are recycled, so a stale
     * pid file must never lead to signalling an unrelated process.
     */
    static Optional<ProcessHandle> findAlive(Long pid) {
        if (pid == null) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(NodeProcess::looksLikeElasticsearch);
    }

    /** Elasticsearch JVMs (node or launcher) running from {@code installDir}. */
    static List<ProcessHandle> runningFrom(Path installDir) {
        String marker = ES_HOME_PROPERTY + installDir.toAbsolutePath().normalize();
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses()
                .filter(p -> p.pid() != self)
                .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
                .toList();
    }

    /**
     * Elasticsearch JVMs (node or launcher) reading their config from {@code configDir}: in a multi-node cluster
     * every node shares the install dir, but each has its own config dir.
     */
    static List<ProcessHandle> runningWithConfig(Path configDir) {
        String marker = ES_CONF_PROPERTY + configDir.toAbsolutePath().normalize();
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses()
                .filter(p -> p.pid() != self)
                .filter(p -> p.info()
                        .commandLine()
                        .map(c -> c.contains(marker + " ") || c.endsWith(marker))
                        .orElse(false))
                .toList();
    }

    private static boolean looksLikeElasticsearch(ProcessHandle process) {
        // When the OS hides other users' command lines there is nothing to check against: trust the pid file.
        return process.info()
                .commandLine()
                .map(c -> c.contains(ES_HOME_PROPERTY))
                .orElse(true);
    }

    /**
     * Asks the process to shut down (SIGTERM lets Elasticsearch flush and release its data lock), and kills it
     * if it has not exited within {@code timeout}.
     *
     * @param beforeKill runs just before the kill, to tell the user why the node may not have shut down cleanly
     * @return true when the process is gone
     */
    static boolean terminate(ProcessHandle process, Duration timeout, Runnable beforeKill) {
        process.destroy();
        if (awaitExit(process, timeout)) {
            return true;
        }
        beforeKill.run();
        process.destroyForcibly();
        return awaitExit(process, KILL_GRACE);
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalNodeException(
                    "Interrupted while waiting for Elasticsearch (pid " + process.pid() + ") to stop", e);
        }
    }
}
