package dev.samachar.benchmarks.names;

import dev.samachar.localnode.LocalElasticsearch;
import dev.samachar.localnode.NodeStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A dedicated local Elasticsearch in its own, new Samachar home, as {@code dev.samachar.benchmarks.BenchNode}
 * starts one: with Samachar's analysis plugin (plugin mode), or without it
 * ({@code SAMACHAR_ES_PLUGIN=none}, the switch {@link LocalElasticsearch} reads: portable mode, as on a
 * managed cluster). {@link #close()} stops the node and deletes the home; a shutdown hook does the same
 * should the JVM be interrupted first, because the node is a separate process that would outlive us.
 */
final class RealNewsNode implements AutoCloseable {

    static final String ENV_PLUGIN = "SAMACHAR_ES_PLUGIN";

    private final LocalElasticsearch node;
    private final Path home;
    private final Map<String, String> env;
    private final Thread hook;
    private NodeStatus status;
    private boolean closed;

    private RealNewsNode(LocalElasticsearch node, Path home, Map<String, String> env) {
        this.node = node;
        this.home = home;
        this.env = env;
        this.hook = new Thread(this::close, "stop-realnews-node");
    }

    /**
     * @param home    a new folder for the Samachar home (created; deleted again on close)
     * @param plugin    whether the node gets Samachar's analysis plugin
     * @param pluginZip the plugin's zip (a snapshot taken at the start of the run, so that a build running
     *                  meanwhile cannot swap it), or null for the one the build recorded
     */
    static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    static RealNewsNode start(Path home, boolean plugin, Path pluginZip) throws IOException {
        Files.createDirectories(home);
        Map<String, String> env = new HashMap<>(System.getenv());
        // This node only: no other cluster, home or plugin choice of the caller's environment applies.
        env.remove("SAMACHAR_ES_URL");
        env.remove("SAMACHAR_ES_SECURITY");
        env.put(LocalElasticsearch.ENV_HOME, home.toAbsolutePath().toString());
        if (plugin && pluginZip != null) {
            env.put(ENV_PLUGIN, pluginZip.toAbsolutePath().toString());
        } else if (plugin) {
            env.remove(ENV_PLUGIN);
        } else {
            env.put(ENV_PLUGIN, "none");
        }
        // Progress goes to stderr so that stdout carries only the report.
        LocalElasticsearch es = new LocalElasticsearch(home, env, System.err);
        RealNewsNode node = new RealNewsNode(es, home, Map.copyOf(env));
        // Registered before starting, so that an interrupted start is cleaned up too.
        Runtime.getRuntime().addShutdownHook(node.hook);
        // A benchmark often runs beside builds: give a loaded machine longer than the CLI's default.
        node.status = es.start(START_TIMEOUT);
        return node;
    }

    /** The environment for CLI runs against this node: its home, its plugin choice, no rebuild. */
    Map<String, String> cliEnv() {
        Map<String, String> cli = new HashMap<>();
        cli.put(LocalElasticsearch.ENV_HOME, env.get(LocalElasticsearch.ENV_HOME));
        cli.put("SAMACHAR_NO_BUILD", "1");
        if (env.containsKey(ENV_PLUGIN)) {
            cli.put(ENV_PLUGIN, env.get(ENV_PLUGIN));
        }
        return cli;
    }

    String url() {
        return status.url();
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
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // called from the hook itself
        }
        try {
            node.stop(Duration.ofSeconds(30));
        } catch (RuntimeException e) {
            System.err.println("Could not stop the node in " + home + ": " + e.getMessage());
        }
        try {
            deleteRecursively(home);
        } catch (IOException e) {
            System.err.println("Could not delete the temporary Samachar home " + home + ": " + e);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
