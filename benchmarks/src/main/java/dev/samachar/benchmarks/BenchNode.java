package dev.samachar.benchmarks;

import dev.samachar.localnode.LocalElasticsearch;
import dev.samachar.localnode.NodeStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The local Elasticsearch the indexing benchmark runs on, with the samachar-analysis plugin installed
 * by {@link LocalElasticsearch}. In {@code $SAMACHAR_HOME} when that is set (a node already running
 * there is reused and left running), otherwise in a new temporary home. Whatever this class started
 * it stops, and a temporary home it deletes: on {@link #close()} and, should the JVM be interrupted
 * first, from a shutdown hook, because the node is a separate process that would outlive us.
 */
final class BenchNode implements AutoCloseable {

    private final LocalElasticsearch node;
    private final Path home;
    private final Path temporaryHome; // null when $SAMACHAR_HOME is used
    private final boolean startedHere;
    private NodeStatus status;
    private boolean closed;

    private BenchNode(LocalElasticsearch node, Path home, Path temporaryHome, boolean startedHere) {
        this.node = node;
        this.home = home;
        this.temporaryHome = temporaryHome;
        this.startedHere = startedHere;
    }

    static BenchNode startOrReuse(Map<String, String> env) throws IOException {
        String configured = env.get(LocalElasticsearch.ENV_HOME);
        Path temporaryHome =
                configured == null || configured.isBlank() ? Files.createTempDirectory("samachar-bench-home") : null;
        Path home = temporaryHome != null ? temporaryHome : LocalElasticsearch.defaultHome(env);
        // Progress goes to stderr so that stdout carries only the results.
        LocalElasticsearch node = new LocalElasticsearch(home, env, System.err);
        NodeStatus before = node.status();
        BenchNode bench = new BenchNode(node, home, temporaryHome, !before.running());
        // Registered before starting, so that an interrupted start is cleaned up too.
        Runtime.getRuntime().addShutdownHook(new Thread(bench::close, "stop-bench-node"));
        bench.status = before.running() ? before : node.start(LocalElasticsearch.DEFAULT_START_TIMEOUT);
        return bench;
    }

    /** The Samachar home of the node: CLI runs against this node get it as $SAMACHAR_HOME. */
    Path home() {
        return home;
    }

    String url() {
        return status.url();
    }

    /** The Elasticsearch process, for reading its CPU time. */
    long pid() {
        return status.pid() == null ? -1 : status.pid();
    }

    String version() {
        return status.version();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (startedHere) {
            node.stop(Duration.ofSeconds(30));
        }
        if (temporaryHome != null) {
            try {
                Folders.deleteRecursively(temporaryHome);
            } catch (IOException e) {
                System.err.println("Could not delete the temporary Samachar home " + temporaryHome + ": " + e);
            }
        }
    }
}
