package dev.samachar.localnode;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Installs, starts, checks and stops the single-node Elasticsearch that Samachar indexes into, under
 * {@code $SAMACHAR_HOME/es}. The node outlives the JVM that started it: every method works from the files
 * on disk (pid file, {@code node.json}), so a later command can find and stop a node started earlier.
 */
public final class LocalElasticsearch {

    public static final String ENV_HOME = "SAMACHAR_HOME";
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(120);

    private static final Duration KILL_WAIT = Duration.ofSeconds(10);

    private final NodeLayout layout;
    private final Map<String, String> env;
    private final PrintStream progress;
    private final DistributionLocator locator;
    private final PluginInstaller pluginInstaller;
    private final NodeStateStore stateStore;
    private final StartupFailures failures;

    /**
     * @param samacharHome the Samachar home, usually {@link #defaultHome(Map)}
     * @param env          environment to read the SAMACHAR_ES_* settings from, usually {@link System#getenv()}
     * @param progress     receives short human-readable progress lines
     */
    public LocalElasticsearch(Path samacharHome, Map<String, String> env, PrintStream progress) {
        this.env = Map.copyOf(env);
        this.progress = progress;
        this.locator = DistributionLocator.fromClasspath(this.env);
        this.layout = new NodeLayout(samacharHome.toAbsolutePath().normalize(), locator.version());
        this.stateStore = new NodeStateStore(layout.stateFile(), progress);
        this.failures = new StartupFailures(layout);
        this.pluginInstaller = new PluginInstaller(layout, PluginLocator.fromClasspath(this.env), progress);
    }

    /** {@code $SAMACHAR_HOME}, or {@code ~/.samachar}. */
    public static Path defaultHome(Map<String, String> env) {
        String home = env.get(ENV_HOME);
        if (home != null && !home.isBlank()) {
            return Path.of(home.strip()).toAbsolutePath().normalize();
        }
        return Path.of(System.getProperty("user.home"), ".samachar");
    }

    /** The node's current state; "not running" is a normal answer, not an exception. */
    public NodeStatus status() {
        NodeState state = stateStore.read();
        Optional<ProcessHandle> process = NodeProcess.findAlive(currentPid(state));
        String url = state.httpPort() == null ? null : layout.urlFor(state.httpPort());
        if (process.isPresent() && url != null) {
            NodeHttp http = new NodeHttp(url);
            if (http.answers()) {
                String version = http.version();
                return statusOf(true, url, process.get().pid(), version != null ? version : state.version());
            }
        }
        String installed = DistributionInstaller.isInstalled(layout.installDir()) ? layout.version() : null;
        return statusOf(false, url, null, installed);
    }

    /**
     * Starts the node unless it is already running: installs Elasticsearch and Samachar's analysis plugin if
     * needed (the plugin again whenever its zip changed), launches the node and waits
     * until the cluster is green (or, with unassignable replicas on this single node, yellow with every
     * primary active).
     *
     * @param timeout how long launching and waiting for health may take; installing comes on top
     * @throws LocalNodeException with the reason and the end of the node's log when the node does not start
     */
    public NodeStatus start(Duration timeout) {
        try (HomeLock lock = HomeLock.acquire(layout.lockFile())) {
            NodeStatus current = status();
            if (current.running() && !pluginInstaller.needsUpdate()) {
                progress.println("Elasticsearch is already running at " + current.url()
                        + " (pid " + current.pid() + ").");
                return current;
            }
            if (current.running()) {
                // A node loads plugins only at start: after a rebuild it must restart to use the new analysis.
                progress.println("Samachar's analysis plugin changed; restarting Elasticsearch to install it.");
                stopHoldingLock(Duration.ofSeconds(60));
            }
            Instant deadline = Instant.now().plus(timeout);
            NodeState state = stateStore.read();
            Optional<ProcessHandle> leftover = NodeProcess.findAlive(currentPid(state));
            if (leftover.isPresent()) {
                return awaitLeftover(leftover.get(), state, remaining(deadline));
            }
            ServiceAccount account = ServiceAccount.forCurrentUser(progress);
            NodeLauncher launcher = new NodeLauncher(layout, env, account);
            installIfNeeded();
            pluginInstaller.ensureInstalled(launcher.javaHome());
            return launch(state, account, launcher, deadline);
        }
    }

    /** What the build recorded (version, Elasticsearch version and zip, plugin zip, checkout). */
    public static java.util.Properties buildProperties() {
        return DistributionLocator.loadBuildProperties();
    }

    /** Starts the node with {@link #DEFAULT_START_TIMEOUT} unless it is already running. */
    public NodeStatus ensureRunning() {
        NodeStatus current = status();
        return current.running() && !pluginInstaller.needsUpdate() ? current : start(DEFAULT_START_TIMEOUT);
    }

    /**
     * Stops the node: SIGTERM so it shuts down cleanly, then a kill if it has not exited within
     * {@code timeout}. Stopping a node that is not running only clears stale bookkeeping.
     */
    public void stop(Duration timeout) {
        if (!Files.isDirectory(layout.esDir())) {
            progress.println("Elasticsearch is not running.");
            return;
        }
        try (HomeLock lock = HomeLock.acquire(layout.lockFile())) {
            stopHoldingLock(timeout);
        }
    }

    private void stopHoldingLock(Duration timeout) {
        NodeState state = stateStore.read();
        Optional<ProcessHandle> process = NodeProcess.findAlive(currentPid(state));
        if (process.isEmpty()) {
            progress.println("Elasticsearch is not running.");
        } else {
            long pid = process.get().pid();
            progress.println("Stopping Elasticsearch (pid " + pid + ") ...");
            boolean exited = NodeProcess.terminate(process.get(), timeout, () -> progress.println(
                    "Elasticsearch did not stop within " + timeout.toSeconds() + " s; killing it."));
            if (!exited) {
                throw new LocalNodeException("Elasticsearch (pid " + pid + ") did not exit, even after being"
                        + " killed.");
            }
            progress.println("Elasticsearch stopped.");
        }
        forgetPid(state);
    }

    private void installIfNeeded() {
        Path installDir = layout.installDir();
        if (DistributionInstaller.isInstalled(installDir)) {
            return;
        }
        Path zip = locator.locate();
        progress.println("Installing Elasticsearch " + layout.version() + " into " + installDir + " ...");
        new DistributionInstaller(progress).install(zip, installDir);
    }

    private NodeStatus launch(NodeState previous, ServiceAccount account, NodeLauncher launcher, Instant deadline) {
        createDirectories(List.of(layout.dataDir(), layout.logsDir(), layout.tmpDir()));
        PortAllocator.Ports ports = new PortAllocator().choose(previous.httpPort(), previous.transportPort());
        String url = layout.urlFor(ports.http());
        new NodeConfig(layout.dataDir(), layout.logsDir(), ports.http(), ports.transport())
                .writeTo(layout.configFile());
        ExtraNodeSettings.appendTo(layout.configFile(), env);

        account.prepare(List.of(layout.esDir(), launcher.javaHome()),
                List.of(layout.installDir(), layout.dataDir(), layout.logsDir(), layout.tmpDir()));
        deleteIfExists(layout.pidFile());
        NodeState state = new NodeState(ports.http(), ports.transport(), null, url, layout.version());
        stateStore.write(state);

        progress.println("Starting Elasticsearch " + layout.version() + " on " + url
                + (account.isRoot() ? " as user " + ServiceAccount.USER : "") + " ...");
        // Coarse file timestamps could make the log of this very launch look older; a second of slack avoids that.
        Instant launchedAt = Instant.now().minusSeconds(1);
        int exitCode;
        try {
            exitCode = launcher.launch(remaining(deadline));
        } catch (LocalNodeException e) {
            killLaunched();
            throw failures.launchFailure(e.getMessage(), launchedAt);
        }
        if (exitCode != 0) {
            killLaunched();
            throw failures.launchFailure("Elasticsearch failed to start (launcher exit code " + exitCode + ").",
                    launchedAt);
        }
        Optional<ProcessHandle> process = NodeProcess.readPidFile(layout.pidFile()).flatMap(NodeProcess::findAlive);
        if (process.isEmpty()) {
            throw failures.launchFailure("Elasticsearch exited right after starting (no live process for "
                    + layout.pidFile() + ").", launchedAt);
        }
        state = state.withPid(process.get().pid());
        stateStore.write(state);
        return awaitHealthy(process.get(), state, remaining(deadline), true);
    }

    /** A node from an earlier start is alive but not answering yet: it may still be starting, so wait for it. */
    private NodeStatus awaitLeftover(ProcessHandle process, NodeState state, Duration timeout) {
        progress.println("Elasticsearch (pid " + process.pid() + ") is running but not answering yet; waiting for it ...");
        if (state.httpPort() == null) {
            throw new LocalNodeException("Elasticsearch (pid " + process.pid() + ") is running but its port is unknown"
                    + " (" + layout.stateFile() + " is missing). Stop it and start again.");
        }
        NodeState known = new NodeState(state.httpPort(), state.transportPort(), process.pid(),
                layout.urlFor(state.httpPort()), state.version());
        return awaitHealthy(process, known, timeout, false);
    }

    private NodeStatus awaitHealthy(ProcessHandle process, NodeState state, Duration timeout, boolean killOnFailure) {
        NodeHttp http = new NodeHttp(state.url());
        NodeHttp.Health health;
        try {
            health = http.awaitReady(timeout, process::isAlive);
        } catch (LocalNodeException e) {
            if (killOnFailure) {
                NodeProcess.terminate(process, KILL_WAIT, () -> { });
                forgetPid(state);
            }
            throw failures.nodeFailure(e.getMessage() + (killOnFailure
                    ? " The node was stopped."
                    : " Stop it (pid " + process.pid() + ") and start again."));
        }
        String version = Optional.ofNullable(http.version()).orElse(layout.version());
        stateStore.write(state.withVersion(version));
        progress.println("Elasticsearch is up at " + state.url() + " (" + describe(health) + ")");
        return statusOf(true, state.url(), process.pid(), version);
    }

    private static String describe(NodeHttp.Health health) {
        if (health.green()) {
            return "green";
        }
        return health.status() + ": " + health.unassignedShards()
                + " replica shard(s) cannot be placed on a single node; all data is available";
    }

    /**
     * After a failed launch a node may be half up; leaving it would hold the data lock and block the next
     * start. Before it has written its pid file it can only be found by its install dir.
     */
    private void killLaunched() {
        Optional<ProcessHandle> byPid = NodeProcess.readPidFile(layout.pidFile()).flatMap(NodeProcess::findAlive);
        List<ProcessHandle> targets = byPid.map(List::of)
                .orElseGet(() -> NodeProcess.runningFrom(layout.installDir()));
        targets.forEach(p -> NodeProcess.terminate(p, KILL_WAIT, () -> { }));
    }

    /** The pid file is authoritative (Elasticsearch removes it on a clean shutdown); node.json covers its loss. */
    private Long currentPid(NodeState state) {
        return NodeProcess.readPidFile(layout.pidFile()).orElse(state.pid());
    }

    private void forgetPid(NodeState state) {
        deleteIfExists(layout.pidFile());
        if (state.pid() != null) {
            stateStore.write(state.withPid(null));
        }
    }

    private NodeStatus statusOf(boolean running, String url, Long pid, String version) {
        return new NodeStatus(running, url, pid, version, layout.home(), layout.installDir(), layout.dataDir(),
                layout.logsDir(), installedPlugins());
    }

    /** The folders under plugins/: what the node loads (or, when stopped, will load) besides its modules. */
    private List<String> installedPlugins() {
        Path plugins = layout.pluginsDir();
        if (!Files.isDirectory(plugins)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(plugins)) {
            return entries.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Duration remaining(Instant deadline) {
        Duration left = Duration.between(Instant.now(), deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static void createDirectories(List<Path> dirs) {
        for (Path dir : dirs) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new LocalNodeException("Cannot create " + dir + ": " + IoErrors.describe(e), e);
            }
        }
    }

    private static void deleteIfExists(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new LocalNodeException("Cannot delete " + file + ": " + IoErrors.describe(e), e);
        }
    }
}
