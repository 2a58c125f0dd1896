package dev.samachar.localnode;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Launches the nodes of a multi-node local cluster that are not running, and waits until all of them have formed
 * one cluster. Every node runs from the shared install with its own config, data, logs, ports and pid; the nodes
 * find each other through {@code discovery.seed_hosts} on loopback. Expects the install and the plugin in place.
 */
final class ClusterStart {

    /** Config files that belong to one node: its own settings, and the keystore each node creates for itself. */
    private static final Set<String> PER_NODE_CONFIG =
            Set.of("elasticsearch.yml", "elasticsearch.keystore", "elasticsearch.keystore.tmp");

    private static final Duration KILL_WAIT = Duration.ofSeconds(10);

    /** One node as planned for this start: alive already, or to be launched on the chosen ports. */
    private record Member(
            NodeLayout layout, NodeStore store, Optional<ProcessHandle> alive, int httpPort, int transportPort) {}

    /** The node's state file, and its pid file, which is the authority on whether it runs. */
    private record NodeStore(NodeStateStore states, NodeLayout layout) {
        NodeState read() {
            return states.read();
        }

        Optional<ProcessHandle> alive(NodeState state) {
            return NodeProcess.findAlive(
                    NodeProcess.readPidFile(layout.pidFile()).orElse(state.pid()));
        }
    }

    private final NodeLayout layout;
    private final Map<String, String> env;
    private final ServiceAccount account;
    private final Path javaHome;
    private final PrintStream progress;

    ClusterStart(
            NodeLayout layout, Map<String, String> env, ServiceAccount account, Path javaHome, PrintStream progress) {
        this.layout = layout;
        this.env = env;
        this.account = account;
        this.javaHome = javaHome;
        this.progress = progress;
    }

    /**
     * @return the URL of every node, node 1 first
     * @throws LocalNodeException when a node does not start or the cluster does not form in time; the nodes
     *                            launched by this call are stopped again
     */
    List<String> start(int size, Instant deadline) {
        List<Member> members = plan(size);
        List<Member> toLaunch =
                members.stream().filter(m -> m.alive().isEmpty()).toList();
        boolean fresh = toLaunch.size() == members.size() && isEmpty(layout.dataDir());
        List<String> seedHosts =
                members.stream().map(m -> "127.0.0.1:" + m.transportPort()).toList();
        prepare(toLaunch, seedHosts, fresh, size);

        List<ProcessHandle> launched = launchAll(toLaunch, size, deadline);
        Member first = members.get(0);
        String firstUrl = layout.urlFor(first.httpPort());
        NodeHttp http = new NodeHttp(firstUrl);
        NodeHttp.Health health;
        try {
            health = http.awaitReady(
                    NodeFiles.remaining(deadline), () -> launched.stream().allMatch(ProcessHandle::isAlive), size);
        } catch (LocalNodeException e) {
            stop(toLaunch);
            throw new StartupFailures(layout)
                    .nodeFailure(e.getMessage() + " The nodes started now were stopped"
                            + " (their logs: "
                            + String.join(
                                    ", ",
                                    toLaunch.stream()
                                            .map(m -> m.layout().logsDir().toString())
                                            .toList()) + ").");
        }
        String version = Optional.ofNullable(http.version()).orElse(layout.version());
        List<String> urls = new ArrayList<>();
        for (Member member : members) {
            NodeState state = member.store().read();
            member.store().states().write(state.withVersion(version));
            urls.add(layout.urlFor(member.httpPort()));
        }
        progress.println(
                "Elasticsearch is up: " + size + " nodes at " + String.join(", ", urls) + " (" + health.status() + ")");
        return urls;
    }

    /**
     * Ports for every node: a running node keeps its own, the others get their remembered ones back when still
     * free, and no two nodes are ever promised the same port.
     */
    private List<Member> plan(int size) {
        List<NodeStore> stores = new ArrayList<>();
        List<NodeState> states = new ArrayList<>();
        Set<Integer> promised = new HashSet<>();
        for (int number = 1; number <= size; number++) {
            NodeLayout node = layout.forNode(number);
            NodeStore store = new NodeStore(new NodeStateStore(node.stateFile(), progress), node);
            NodeState state = store.read();
            stores.add(store);
            states.add(state);
        }
        List<Member> members = new ArrayList<>();
        PortAllocator ports = new PortAllocator();
        for (int i = 0; i < size; i++) {
            NodeState state = states.get(i);
            Optional<ProcessHandle> alive = stores.get(i).alive(state);
            if (alive.isPresent() && state.httpPort() != null && state.transportPort() != null) {
                members.add(new Member(
                        stores.get(i).layout(), stores.get(i), alive, state.httpPort(), state.transportPort()));
            } else {
                Set<Integer> avoid = new HashSet<>(promised);
                for (int j = 0; j < size; j++) {
                    if (j != i) {
                        addIfKnown(avoid, states.get(j).httpPort());
                        addIfKnown(avoid, states.get(j).transportPort());
                    }
                }
                PortAllocator.Ports chosen = ports.choose(state.httpPort(), state.transportPort(), avoid);
                members.add(new Member(
                        stores.get(i).layout(), stores.get(i), Optional.empty(), chosen.http(), chosen.transport()));
            }
            promised.add(members.get(i).httpPort());
            promised.add(members.get(i).transportPort());
        }
        return members;
    }

    /**
     * Writes each node's config. Only a brand-new cluster is bootstrapped, by node 1 alone: the others merely join,
     * so two of them can never form a second cluster of their own while node 1 is still starting.
     */
    private void prepare(List<Member> toLaunch, List<String> seedHosts, boolean fresh, int size) {
        List<Path> reach = new ArrayList<>(List.of(layout.esDir(), javaHome));
        List<Path> owned = new ArrayList<>(List.of(layout.installDir()));
        for (Member member : toLaunch) {
            NodeLayout node = member.layout();
            List<Path> dirs = new ArrayList<>(List.of(node.dataDir(), node.logsDir(), node.tmpDir()));
            if (!node.isFirst()) {
                dirs.add(node.configDir());
            }
            NodeFiles.createDirectories(dirs);
            if (!node.isFirst()) {
                copyConfig(layout.installConfigDir(), node.configDir());
            }
            List<String> bootstrap = fresh && node.isFirst() ? List.of(node.nodeName()) : List.of();
            NodeConfig.clusterMember(
                            node.dataDir(),
                            node.logsDir(),
                            member.httpPort(),
                            member.transportPort(),
                            node.nodeName(),
                            seedHosts,
                            bootstrap)
                    .writeTo(node.configFile());
            ExtraNodeSettings.appendTo(node.configFile(), env);
            reach.add(node.nodeDir());
            owned.addAll(dirs);
        }
        account.prepare(reach, owned);
        if (fresh) {
            progress.println("Forming a new " + size + "-node Elasticsearch cluster " + NodeConfig.CLUSTER_NAME
                    + " on 127.0.0.1.");
        }
    }

    /**
     * Launches all nodes at once: a node that finds no quorum waits up to 30 s before its launcher returns, so
     * starting a formed cluster node by node would take that long per node.
     */
    private List<ProcessHandle> launchAll(List<Member> toLaunch, int size, Instant deadline) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, toLaunch.size()), runnable -> {
            Thread thread = new Thread(runnable, "samachar-es-launch");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<ProcessHandle>> futures = new ArrayList<>();
            for (Member member : toLaunch) {
                futures.add(pool.submit(() -> launch(member, size, deadline)));
            }
            List<ProcessHandle> launched = new ArrayList<>();
            LocalNodeException failure = null;
            for (Future<ProcessHandle> future : futures) {
                try {
                    launched.add(future.get());
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof LocalNodeException l
                                ? l
                                : new LocalNodeException("Cannot start Elasticsearch: " + e.getCause(), e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stop(toLaunch);
                    throw new LocalNodeException("Interrupted while starting Elasticsearch", e);
                }
            }
            if (failure != null) {
                stop(toLaunch);
                throw failure;
            }
            return launched;
        } finally {
            pool.shutdownNow();
        }
    }

    private ProcessHandle launch(Member member, int size, Instant deadline) {
        NodeLayout node = member.layout();
        String url = layout.urlFor(member.httpPort());
        NodeFiles.deleteIfExists(node.pidFile());
        NodeState state = new NodeState(member.httpPort(), member.transportPort(), null, url, layout.version());
        member.store().states().write(state);
        progress.println("Starting Elasticsearch " + layout.version() + " node " + node.nodeName() + " on " + url
                + (account.isRoot() ? " as user " + ServiceAccount.USER : "") + " ...");
        StartupFailures failures = new StartupFailures(node);
        // Coarse file timestamps could make the log of this very launch look older; a second of slack avoids that.
        Instant launchedAt = Instant.now().minusSeconds(1);
        int exitCode;
        try {
            exitCode = new NodeLauncher(node, env, account, size, javaHome).launch(NodeFiles.remaining(deadline));
        } catch (LocalNodeException e) {
            throw failures.launchFailure(node.nodeName() + ": " + e.getMessage(), launchedAt);
        }
        if (exitCode != 0) {
            throw failures.launchFailure(
                    "Elasticsearch node " + node.nodeName() + " failed to start (launcher exit" + " code " + exitCode
                            + ").",
                    launchedAt);
        }
        Optional<ProcessHandle> process =
                NodeProcess.readPidFile(node.pidFile()).flatMap(NodeProcess::findAlive);
        if (process.isEmpty()) {
            throw failures.launchFailure(
                    "Elasticsearch node " + node.nodeName() + " exited right after starting (no" + " live process for "
                            + node.pidFile() + ").",
                    launchedAt);
        }
        member.store().states().write(state.withPid(process.get().pid()));
        return process.get();
    }

    /** Stops what this start launched (a half-up node would hold its data lock and block the next start). */
    private void stop(List<Member> launched) {
        for (Member member : launched) {
            NodeLayout node = member.layout();
            Optional<ProcessHandle> byPid =
                    NodeProcess.readPidFile(node.pidFile()).flatMap(NodeProcess::findAlive);
            List<ProcessHandle> targets =
                    byPid.map(List::of).orElseGet(() -> NodeProcess.runningWithConfig(node.configDir()));
            targets.forEach(ProcessHandle::destroy);
            targets.forEach(p -> NodeProcess.terminate(p, KILL_WAIT, () -> {}));
            NodeFiles.deleteIfExists(node.pidFile());
            NodeState state = member.store().read();
            if (state.pid() != null) {
                member.store().states().write(state.withPid(null));
            }
        }
    }

    /**
     * Node N &gt; 1 reads a copy of the install's config (jvm.options, log4j2.properties, ...); refreshed on every
     * start so that it follows the install. Its own elasticsearch.yml and keystore are not copied.
     */
    static void copyConfig(Path from, Path to) {
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (!PER_NODE_CONFIG.contains(file.getFileName().toString())) {
                        Files.copy(
                                file,
                                to.resolve(from.relativize(file).toString()),
                                StandardCopyOption.REPLACE_EXISTING);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new LocalNodeException(
                    "Cannot copy the Elasticsearch config " + from + " to " + to + ": " + IoErrors.describe(e), e);
        }
    }

    private static boolean isEmpty(Path dir) {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new LocalNodeException("Cannot list " + dir + ": " + IoErrors.describe(e), e);
        }
    }

    private static void addIfKnown(Set<Integer> ports, Integer port) {
        if (port != null) {
            ports.add(port);
        }
    }
}
