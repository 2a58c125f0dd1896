package dev.samachar.localnode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Runs {@code bin/elasticsearch -d}: it returns once the node has started (or failed to), leaving the node
 * running as a daemon that writes its pid file.
 */
final class NodeLauncher {

    static final String ENV_JAVA_HOME = "SAMACHAR_ES_JAVA_HOME";
    static final String ENV_HEAP = "SAMACHAR_ES_HEAP";
    /** Starts small on a laptop and may grow; a set heap size pins both ends instead. */
    static final String DEFAULT_JAVA_OPTS = "-Xms512m -Xmx1g";
    /** Several nodes share one machine: each gets a small fixed heap unless {@value #ENV_HEAP} says otherwise. */
    static final String CLUSTER_MEMBER_JAVA_OPTS = "-Xms512m -Xmx512m";

    private static final Pattern HEAP_SIZE = Pattern.compile("[1-9][0-9]*[kKmMgG]?");

    private final NodeLayout layout;
    private final ServiceAccount account;
    private final Path javaHome;
    private final String javaOpts;

    /** Reads and checks the SAMACHAR_ES_* settings up front, so a typo fails before anything is launched. */
    NodeLauncher(NodeLayout layout, Map<String, String> samacharEnv, ServiceAccount account) {
        this(layout, samacharEnv, account, 1);
    }

    /** @param clusterSize how many nodes share this machine; more than one shrinks the default heap */
    NodeLauncher(NodeLayout layout, Map<String, String> samacharEnv, ServiceAccount account, int clusterSize) {
        this(layout, samacharEnv, account, clusterSize, javaHome(samacharEnv.get(ENV_JAVA_HOME)));
    }

    /** @param javaHome the JDK {@link VersionChoice} found for the node's version */
    NodeLauncher(
            NodeLayout layout,
            Map<String, String> samacharEnv,
            ServiceAccount account,
            int clusterSize,
            Path javaHome) {
        this.layout = layout;
        this.account = account;
        this.javaHome = javaHome;
        this.javaOpts = javaOpts(samacharEnv.get(ENV_HEAP), clusterSize);
    }

    static String javaOpts(String heap, int clusterSize) {
        if (clusterSize > 1 && (heap == null || heap.isBlank())) {
            return CLUSTER_MEMBER_JAVA_OPTS;
        }
        return javaOpts(heap);
    }

    /**
     * Turns {@value #ENV_HEAP} (e.g. {@code 1g}) into JVM options. Min and max heap are set equal, as
     * Elasticsearch recommends, so the heap never resizes under load.
     */
    static String javaOpts(String heap) {
        if (heap == null || heap.isBlank()) {
            return DEFAULT_JAVA_OPTS;
        }
        String size = heap.strip();
        if (!HEAP_SIZE.matcher(size).matches()) {
            throw new LocalNodeException(ENV_HEAP + " must be a heap size such as 1g or 768m, not \"" + heap + "\".");
        }
        return "-Xms" + size + " -Xmx" + size;
    }

    /** The JVM for the node: by default the one running Samachar, which is known to be recent enough. */
    static Path javaHome(String override) {
        Path home = override == null || override.isBlank()
                ? Path.of(System.getProperty("java.home"))
                : Path.of(override.strip());
        if (!Files.isExecutable(home.resolve("bin").resolve("java"))) {
            throw new LocalNodeException(
                    "No Java found at " + home.resolve("bin").resolve("java")
                            + (override == null || override.isBlank() ? "" : " (from " + ENV_JAVA_HOME + ")") + ".");
        }
        return home;
    }

    Path javaHome() {
        return javaHome;
    }

    List<String> command() {
        return account.wrap(List.of(
                layout.launcherScript().toString(), "-d", "-p", layout.pidFile().toString()));
    }

    /**
     * Starts the node and waits for the launcher to exit.
     *
     * @return the launcher's exit code; 0 means the node started
     * @throws LocalNodeException if the launcher does not finish within {@code timeout}
     */
    int launch(Duration timeout) {
        ProcessBuilder builder = new ProcessBuilder(command())
                // gc.log and heap dumps are written relative to the working directory (see jvm.options).
                .directory(layout.logsDir().toFile())
                .redirectErrorStream(true)
                // A file, never a pipe to this JVM: the daemon may keep the stream open long after we exit.
                .redirectOutput(
                        ProcessBuilder.Redirect.to(layout.launcherOutput().toFile()));
        Map<String, String> env = builder.environment();
        env.put("ES_JAVA_HOME", javaHome.toString());
        env.put("ES_JAVA_OPTS", javaOpts);
        env.put("ES_TMPDIR", layout.tmpDir().toString());
        // A user's own ES_PATH_CONF would make the node read a different elasticsearch.yml.
        env.put("ES_PATH_CONF", layout.configDir().toString());
        // Ignored by Elasticsearch in favour of ES_JAVA_HOME; dropped only to spare a warning in launcher.out.
        env.remove("JAVA_HOME");
        try {
            Process process = builder.start();
            // Nobody types into the launcher: EOF on stdin keeps it from ever waiting for input.
            process.getOutputStream().close();
            if (!process.waitFor(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new LocalNodeException(
                        "The Elasticsearch launcher did not finish within " + timeout.toSeconds() + " s.");
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new LocalNodeException("Cannot run " + layout.launcherScript() + ": " + IoErrors.describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalNodeException("Interrupted while starting Elasticsearch", e);
        }
    }
}
