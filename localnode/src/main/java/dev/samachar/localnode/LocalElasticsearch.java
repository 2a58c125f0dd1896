package dev.samachar.localnode;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Installs, starts, checks and stops the local Elasticsearch that Samachar indexes into, under
 * {@code $SAMACHAR_HOME/es}: one node by default, or a cluster of several nodes on loopback sharing one install.
 * The nodes outlive the JVM that started them: every method works from the files on disk (pid files,
 * {@code node.json}), so a later command can find and stop nodes started earlier. The cluster's size is what is on
 * disk: node 1 plus every {@code es/node-N} folder.
 */
public final class LocalElasticsearch {

    public static final String ENV_HOME = "SAMACHAR_HOME";
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(120);

    /** Every node takes a heap and a share of two cores; a handful is plenty for trying out scale-out. */
    public static final int MAX_NODES = 9;

    private static final Duration KILL_WAIT = Duration.ofSeconds(10);

    private final NodeLayout layout;
    private final Map<String, String> env;
    private final PrintStream progress;
    private final VersionChoice.Choice choice;
    private final DistributionLocator locator;
    private final PluginInstaller pluginInstaller;
    private final PluginInstaller securityPluginInstaller;
    private final NodeSecurity security;
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
        Path home = samacharHome.toAbsolutePath().normalize();
        // node.json sits outside the version's install folder, so the version is not needed to read it.
        String homeVersion = new NodeStateStore(new NodeLayout(home, "").stateFile(), progress)
                .read()
                .version();
        this.choice = VersionChoice.fromEnvironment(this.env).choose(homeVersion);
        ElasticsearchTarget target = choice.target();
        this.locator = DistributionLocator.fromClasspath(target, this.env);
        this.layout = new NodeLayout(home, target.version());
        this.stateStore = new NodeStateStore(layout.stateFile(), progress);
        this.failures = new StartupFailures(layout);
        this.pluginInstaller = new PluginInstaller(
                layout, PluginLocator.fromClasspath(PluginLocator.ANALYSIS.forTarget(target), this.env), progress);
        this.security = new NodeSecurity(layout, this.env, progress);
        this.securityPluginInstaller = new PluginInstaller(
                layout,
                PluginLocator.fromClasspath(PluginLocator.SECURITY_ANALYSIS.forTarget(target), this.env),
                progress,
                layout.installDir().resolve("samachar-security-plugin.properties"));
    }

    /** {@code $SAMACHAR_HOME}, or {@code ~/.samachar}. */
    public static Path defaultHome(Map<String, String> env) {
        String home = env.get(ENV_HOME);
        if (home != null && !home.isBlank()) {
            return Path.of(home.strip()).toAbsolutePath().normalize();
        }
        return Path.of(System.getProperty("user.home"), ".samachar");
    }

    /** The cluster's current state; "not running" is a normal answer, not an exception. */
    public NodeStatus status() {
        return status(clusterSize());
    }

    /** How many nodes this home's cluster has: node 1, plus es/node-2, es/node-3, ... as far as they exist. */
    public int clusterSize() {
        int size = 1;
        while (size < MAX_NODES && Files.isDirectory(layout.forNode(size + 1).nodeDir())) {
            size++;
        }
        return size;
    }

    private NodeStatus status(int size) {
        List<NodeStatus.Node> nodes = new ArrayList<>();
        String version = null;
        for (int number = 1; number <= size; number++) {
            NodeLayout node = layout.forNode(number);
            NodeState state = store(node).read();
            Optional<ProcessHandle> process = NodeProcess.findAlive(currentPid(node, state));
            String url = state.httpPort() == null ? null : urlFor(state.httpPort());
            boolean answers = false;
            if (process.isPresent() && url != null) {
                NodeHttp http = http(url);
                answers = http.answers();
                if (answers && version == null) {
                    version = Optional.ofNullable(http.version()).orElse(state.version());
                }
            }
            nodes.add(new NodeStatus.Node(
                    node.nodeName(),
                    answers,
                    url,
                    answers ? process.get().pid() : null,
                    node.dataDir(),
                    node.logsDir()));
        }
        boolean running = nodes.stream().allMatch(NodeStatus.Node::running);
        if (version == null) {
            version = DistributionInstaller.isInstalled(layout.installDir()) ? layout.version() : null;
        }
        NodeStatus.Node first = nodes.get(0);
        return statusOf(running, first.url(), first.pid(), version, nodes);
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
        return start(clusterSize(), timeout);
    }

    /**
     * Starts a cluster of {@code nodes} nodes on loopback (1: the single node), or the nodes of it that are not
     * running. A home's cluster may grow (a running single node restarts to let the others join) but not shrink:
     * the data of a bigger cluster is spread over its nodes.
     *
     * @throws LocalNodeException when {@code nodes} is out of range, smaller than the home's cluster, or a node
     *                            does not start
     */
    public NodeStatus start(int nodes, Duration timeout) {
        if (nodes < 1 || nodes > MAX_NODES) {
            throw new LocalNodeException(
                    "The number of nodes must be between 1 and " + MAX_NODES + ", not " + nodes + ".");
        }
        try (HomeLock lock = HomeLock.acquire(layout.lockFile())) {
            int existing = clusterSize();
            if (nodes < existing) {
                throw new LocalNodeException("This home's Elasticsearch cluster has " + existing + " nodes (data in "
                        + layout.dataDir() + " and " + layout.esDir().resolve("node-2..node-" + existing)
                        + "); start it with --nodes " + existing + ". For a smaller cluster, stop it and delete those"
                        + " folders (the index data goes with them), or use another " + ENV_HOME + ".");
            }
            if (nodes > 1 && security.wanted()) {
                throw new LocalNodeException("A local cluster of several nodes runs without security; --secure (or "
                        + NodeSecurity.ENV_SECURITY + "=on) works with a single node only.");
            }
            NodeStatus current = status(nodes);
            boolean pluginChanged = needsRestart();
            if (current.running() && !pluginChanged) {
                progress.println(
                        nodes == 1
                                ? "Elasticsearch is already running at " + current.url() + " (pid " + current.pid()
                                        + ")."
                                : "Elasticsearch is already running: " + nodes + " nodes at "
                                        + String.join(", ", current.urls()) + ".");
                return current;
            }
            boolean anyRunning = current.nodes().stream().anyMatch(NodeStatus.Node::running);
            if (anyRunning && pluginChanged) {
                // A node loads plugins and security settings only at start.
                progress.println(
                        security.changeRequested()
                                ? "Turning security " + (security.wanted() ? "on" : "off")
                                        + "; restarting Elasticsearch."
                                : "Samachar's analysis plugin changed; restarting Elasticsearch to install it.");
                stopHoldingLock(Duration.ofSeconds(60));
            } else if (nodes > existing
                    && existing == 1
                    && current.nodes().get(0).running()) {
                // The single node runs without discovery; only a restart lets it find the new nodes.
                progress.println("Restarting Elasticsearch to grow it from 1 to " + nodes + " nodes.");
                stopHoldingLock(Duration.ofSeconds(60));
            }
            Instant deadline = Instant.now().plus(timeout);
            progress.println(choice.explanation());
            if (nodes > 1) {
                ServiceAccount account = ServiceAccount.forCurrentUser(progress);
                Path javaHome = new NodeLauncher(layout, env, account, nodes, choice.javaHome()).javaHome();
                installIfNeeded();
                pluginInstaller.ensureInstalled(javaHome);
                new ClusterStart(layout, env, account, javaHome, progress).start(nodes, deadline);
                return status(nodes);
            }
            NodeState state = stateStore.read();
            Optional<ProcessHandle> leftover = NodeProcess.findAlive(currentPid(state));
            if (leftover.isPresent()) {
                return awaitLeftover(leftover.get(), state, NodeFiles.remaining(deadline));
            }
            ServiceAccount account = ServiceAccount.forCurrentUser(progress);
            NodeLauncher launcher = new NodeLauncher(layout, env, account, 1, choice.javaHome());
            installIfNeeded();
            pluginInstaller.ensureInstalled(launcher.javaHome());
            if (security.wanted()) {
                securityPluginInstaller.ensureInstalled(launcher.javaHome());
            }
            security.prepare(launcher.javaHome());
            return launch(state, account, launcher, deadline);
        }
    }

    /** What the build recorded (version, Elasticsearch version and zip, plugin zip, checkout). */
    public static Properties buildProperties() {
        return DistributionLocator.loadBuildProperties();
    }

    /** Starts the node with {@link #DEFAULT_START_TIMEOUT} unless it is already running. */
    public NodeStatus ensureRunning() {
        NodeStatus current = status();
        return current.running() && !needsRestart() ? current : start(DEFAULT_START_TIMEOUT);
    }

    /** How clients reach the node when it runs with security on (its CA, the superuser and password file). */
    public Optional<NodeSecurity.ClientAccess> securityAccess() {
        return security.clientAccess();
    }

    private boolean needsRestart() {
        return pluginInstaller.needsUpdate()
                || security.changeRequested()
                || (security.wanted() && securityPluginInstaller.needsUpdate());
    }

    private String urlFor(int httpPort) {
        return layout.urlFor(httpPort).replaceFirst("^http:", security.scheme() + ":");
    }

    private NodeHttp http(String url) {
        return security.launchedSecure()
                ? new NodeHttp(url, security.sslContext(), security.authorization())
                : new NodeHttp(url);
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
        int size = clusterSize();
        if (size > 1) {
            stopCluster(size, timeout);
            return;
        }
        NodeState state = stateStore.read();
        Optional<ProcessHandle> process = NodeProcess.findAlive(currentPid(state));
        if (process.isEmpty()) {
            progress.println("Elasticsearch is not running.");
        } else {
            long pid = process.get().pid();
            progress.println("Stopping Elasticsearch (pid " + pid + ") ...");
            boolean exited = NodeProcess.terminate(
                    process.get(),
                    timeout,
                    () -> progress.println(
                            "Elasticsearch did not stop within " + timeout.toSeconds() + " s; killing it."));
            if (!exited) {
                throw new LocalNodeException(
                        "Elasticsearch (pid " + pid + ") did not exit, even after being" + " killed.");
            }
            progress.println("Elasticsearch stopped.");
        }
        forgetPid(state);
    }

    /** SIGTERM to every node at once, so the cluster does not shuffle shards around nodes about to stop too. */
    private void stopCluster(int size, Duration timeout) {
        List<NodeLayout> nodes = new ArrayList<>();
        List<ProcessHandle> processes = new ArrayList<>();
        for (int number = 1; number <= size; number++) {
            NodeLayout node = layout.forNode(number);
            Optional<ProcessHandle> process =
                    NodeProcess.findAlive(currentPid(node, store(node).read()));
            if (process.isPresent()) {
                progress.println("Stopping Elasticsearch node " + node.nodeName() + " (pid "
                        + process.get().pid() + ") ...");
                process.get().destroy();
                processes.add(process.get());
            }
            nodes.add(node);
        }
        if (processes.isEmpty()) {
            progress.println("Elasticsearch is not running.");
        }
        List<Long> survivors = new ArrayList<>();
        for (ProcessHandle process : processes) {
            boolean exited = NodeProcess.terminate(
                    process,
                    timeout,
                    () -> progress.println("Elasticsearch (pid " + process.pid() + ") did not stop within "
                            + timeout.toSeconds() + " s; killing it."));
            if (!exited) {
                survivors.add(process.pid());
            }
        }
        nodes.forEach(node -> forgetPid(node, store(node).read()));
        if (!survivors.isEmpty()) {
            throw new LocalNodeException(
                    "Elasticsearch (pid " + survivors + ") did not exit, even after being killed.");
        }
        if (!processes.isEmpty()) {
            progress.println("Elasticsearch stopped (" + processes.size() + " of " + size + " nodes were running).");
        }
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
        NodeFiles.createDirectories(List.of(layout.dataDir(), layout.logsDir(), layout.tmpDir()));
        PortAllocator.Ports ports = new PortAllocator().choose(previous.httpPort(), previous.transportPort());
        new NodeConfig(layout.dataDir(), layout.logsDir(), ports.http(), ports.transport())
                .writeTo(layout.configFile());
        security.appendSettingsTo(layout.configFile());
        security.recordLaunchMode();
        ExtraNodeSettings.appendTo(layout.configFile(), env);
        String url = urlFor(ports.http());

        account.prepare(
                List.of(layout.esDir(), launcher.javaHome()),
                List.of(layout.installDir(), layout.dataDir(), layout.logsDir(), layout.tmpDir()));
        security.storePassword(account, launcher.javaHome());
        NodeFiles.deleteIfExists(layout.pidFile());
        NodeState state = new NodeState(ports.http(), ports.transport(), null, url, layout.version());
        stateStore.write(state);

        progress.println("Starting Elasticsearch " + layout.version() + " on " + url
                + (account.isRoot() ? " as user " + ServiceAccount.USER : "") + " ...");
        // Coarse file timestamps could make the log of this very launch look older; a second of slack avoids that.
        Instant launchedAt = Instant.now().minusSeconds(1);
        int exitCode;
        try {
            exitCode = launcher.launch(NodeFiles.remaining(deadline));
        } catch (LocalNodeException e) {
            killLaunched();
            throw failures.launchFailure(e.getMessage(), launchedAt);
        }
        if (exitCode != 0) {
            killLaunched();
            throw failures.launchFailure(
                    "Elasticsearch failed to start (launcher exit code " + exitCode + ").", launchedAt);
        }
        Optional<ProcessHandle> process =
                NodeProcess.readPidFile(layout.pidFile()).flatMap(NodeProcess::findAlive);
        if (process.isEmpty()) {
            throw failures.launchFailure(
                    "Elasticsearch exited right after starting (no live process for " + layout.pidFile() + ").",
                    launchedAt);
        }
        state = state.withPid(process.get().pid());
        stateStore.write(state);
        return awaitHealthy(process.get(), state, NodeFiles.remaining(deadline), true);
    }

    /** A node from an earlier start is alive but not answering yet: it may still be starting, so wait for it. */
    private NodeStatus awaitLeftover(ProcessHandle process, NodeState state, Duration timeout) {
        progress.println(
                "Elasticsearch (pid " + process.pid() + ") is running but not answering yet; waiting for it ...");
        if (state.httpPort() == null) {
            throw new LocalNodeException("Elasticsearch (pid " + process.pid() + ") is running but its port is unknown"
                    + " (" + layout.stateFile() + " is missing). Stop it and start again.");
        }
        NodeState known = new NodeState(
                state.httpPort(), state.transportPort(), process.pid(), urlFor(state.httpPort()), state.version());
        return awaitHealthy(process, known, timeout, false);
    }

    private NodeStatus awaitHealthy(ProcessHandle process, NodeState state, Duration timeout, boolean killOnFailure) {
        NodeHttp http = http(state.url());
        NodeHttp.Health health;
        try {
            health = http.awaitReady(timeout, process::isAlive);
        } catch (LocalNodeException e) {
            if (killOnFailure) {
                NodeProcess.terminate(process, KILL_WAIT, () -> {});
                forgetPid(state);
            }
            throw failures.nodeFailure(e.getMessage()
                    + (killOnFailure
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
        Optional<ProcessHandle> byPid =
                NodeProcess.readPidFile(layout.pidFile()).flatMap(NodeProcess::findAlive);
        List<ProcessHandle> targets = byPid.map(List::of).orElseGet(() -> NodeProcess.runningFrom(layout.installDir()));
        targets.forEach(p -> NodeProcess.terminate(p, KILL_WAIT, () -> {}));
    }

    /** The same for one node of a cluster, whose siblings share the install dir but not the config dir. */
    private static void killLaunched(NodeLayout node) {
        Optional<ProcessHandle> byPid = NodeProcess.readPidFile(node.pidFile()).flatMap(NodeProcess::findAlive);
        List<ProcessHandle> targets =
                byPid.map(List::of).orElseGet(() -> NodeProcess.runningWithConfig(node.configDir()));
        targets.forEach(p -> NodeProcess.terminate(p, KILL_WAIT, () -> {}));
    }

    /** The pid file is authoritative (Elasticsearch removes it on a clean shutdown); node.json covers its loss. */
    private Long currentPid(NodeState state) {
        return currentPid(layout, state);
    }

    private static Long currentPid(NodeLayout node, NodeState state) {
        return NodeProcess.readPidFile(node.pidFile()).orElse(state.pid());
    }

    private void forgetPid(NodeState state) {
        forgetPid(layout, state);
    }

    private void forgetPid(NodeLayout node, NodeState state) {
        NodeFiles.deleteIfExists(node.pidFile());
        if (state.pid() != null) {
            store(node).write(state.withPid(null));
        }
    }

    private NodeStateStore store(NodeLayout node) {
        return node.isFirst() ? stateStore : new NodeStateStore(node.stateFile(), progress);
    }

    private NodeStatus statusOf(boolean running, String url, Long pid, String version) {
        NodeStatus.Node only =
                new NodeStatus.Node(layout.nodeName(), running, url, pid, layout.dataDir(), layout.logsDir());
        return statusOf(running, url, pid, version, List.of(only));
    }

    private NodeStatus statusOf(boolean running, String url, Long pid, String version, List<NodeStatus.Node> nodes) {
        return new NodeStatus(
                running,
                url,
                pid,
                version,
                layout.home(),
                layout.installDir(),
                layout.dataDir(),
                layout.logsDir(),
                installedPlugins(),
                nodes);
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
}
