package dev.samachar.cli;

import dev.samachar.es.AnalysisMode;
import dev.samachar.localnode.LocalElasticsearch;
import dev.samachar.localnode.NodeSecurity;
import dev.samachar.localnode.NodeStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "es",
        mixinStandardHelpOptions = true,
        description = "Manage the local Elasticsearch under $SAMACHAR_HOME (default ~/.samachar).",
        subcommands = {EsCommand.Start.class, EsCommand.Stop.class, EsCommand.Status.class})
final class EsCommand implements Runnable {

    @ParentCommand
    SamacharCli root;

    @Override
    public void run() {
        new CommandLine(this).usage(root.out);
    }

    LocalElasticsearch node() {
        return new LocalElasticsearch(root.settings.home(), root.settings.env(), root.err);
    }

    static void print(SamacharCli root, NodeStatus status, boolean json, LocalElasticsearch node) {
        var security = node.securityAccess();
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("running", status.running());
            out.put("url", status.url());
            out.put("pid", status.pid());
            out.put("version", status.version());
            out.put("home", String.valueOf(status.home()));
            out.put("install", String.valueOf(status.installDir()));
            out.put("data", String.valueOf(status.dataDir()));
            out.put("logs", String.valueOf(status.logsDir()));
            out.put("plugins", status.plugins());
            out.put("analysis", mode(status).name().toLowerCase(Locale.ROOT));
            // Where the secrets are, never the secrets themselves.
            Map<String, Object> securityOut = new LinkedHashMap<>();
            securityOut.put("enabled", security.isPresent());
            security.ifPresent(access -> {
                securityOut.put("ca", access.caCertificate().toString());
                securityOut.put("ca_fingerprint", access.caFingerprint());
                securityOut.put("user", access.user());
                securityOut.put("password_file", access.passwordFile().toString());
            });
            out.put("security", securityOut);
            List<Map<String, Object>> nodes = new ArrayList<>();
            for (NodeStatus.Node member : status.nodes()) {
                Map<String, Object> n = new LinkedHashMap<>();
                n.put("name", member.name());
                n.put("running", member.running());
                n.put("url", member.url());
                n.put("pid", member.pid());
                n.put("data", String.valueOf(member.dataDir()));
                n.put("logs", String.valueOf(member.logsDir()));
                nodes.add(n);
            }
            out.put("nodes", nodes);
            Json.print(root.out, out);
            return;
        }
        if (status.nodes().size() > 1) {
            long up = status.nodes().stream().filter(NodeStatus.Node::running).count();
            root.out.printf(
                    Locale.ROOT,
                    "Elasticsearch %s cluster: %d of %d nodes running%n",
                    status.version(),
                    up,
                    status.nodes().size());
            for (NodeStatus.Node member : status.nodes()) {
                root.out.printf(
                        Locale.ROOT,
                        "  %s: %s%s%n",
                        member.name(),
                        member.running() ? "running at " + member.url() + " (pid " + member.pid() + ")" : "not running",
                        "; data " + member.dataDir());
            }
        } else if (status.running()) {
            root.out.printf(
                    Locale.ROOT,
                    "Elasticsearch %s is running at %s (pid %s)%n",
                    status.version(),
                    status.url(),
                    status.pid());
        } else {
            root.out.println("Elasticsearch is not running");
        }
        root.out.println("  data: " + status.dataDir());
        root.out.println("  logs: " + status.logsDir());
        root.out.println("  install: " + status.installDir());
        if (!status.plugins().isEmpty()) {
            root.out.println("  plugins: " + String.join(", ", status.plugins()));
        }
        root.out.println("  analysis: " + mode(status).describe());
        security.ifPresent(access -> {
            root.out.println("  security: on (TLS; user " + access.user() + ")");
            root.out.println("  CA certificate: " + access.caCertificate() + "  (SAMACHAR_ES_CA for other clients)");
            root.out.println("  CA fingerprint (SHA-256): " + access.caFingerprint());
            root.out.println("  password file: " + access.passwordFile());
        });
    }

    private static AnalysisMode mode(NodeStatus status) {
        return status.plugins().contains(AnalysisMode.PLUGIN_NAME) ? AnalysisMode.PLUGIN : AnalysisMode.PORTABLE;
    }

    @Command(
            name = "start",
            mixinStandardHelpOptions = true,
            description = {
                "Install (first time) and start the local node; wait for green health; print its URL.",
                "With --nodes N, a cluster of N nodes on 127.0.0.1 (one install, a data folder per node)."
            })
    static final class Start implements Callable<Integer> {
        @ParentCommand
        EsCommand es;

        @Mixin
        OutputOptions output;

        @Option(
                names = "--timeout",
                paramLabel = "SECONDS",
                defaultValue = "180",
                description = "How long to wait for green health (default: ${DEFAULT-VALUE}).")
        int timeoutSeconds;

        @Option(
                names = "--secure",
                description = "Run with x-pack security: TLS on HTTP with a generated CA, and a generated password"
                        + " for user elastic (both under $SAMACHAR_HOME/es/security). Stays on until "
                        + NodeSecurity.ENV_SECURITY + "=off. Same as " + NodeSecurity.ENV_SECURITY + "=on."
                        + " Single node only.")
        boolean secure;

        @Option(
                names = "--nodes",
                paramLabel = "N",
                description = "Nodes in the local cluster (default: as many as this home's cluster has, 1 for a new"
                        + " home). A cluster can grow but not shrink. Each node of several gets a 512m heap unless"
                        + " SAMACHAR_ES_HEAP is set.")
        Integer nodes;

        @Override
        public Integer call() {
            LocalElasticsearch node = secure
                    ? new LocalElasticsearch(
                            es.root.settings.home(),
                            es.root
                                    .settings
                                    .with(NodeSecurity.ENV_SECURITY, "on")
                                    .env(),
                            es.root.err)
                    : es.node();
            Duration timeout = Duration.ofSeconds(timeoutSeconds);
            NodeStatus status = nodes == null ? node.start(timeout) : node.start(nodes, timeout);
            print(es.root, status, output.json, node);
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "stop",
            mixinStandardHelpOptions = true,
            description = "Stop the local node, or every node of the local cluster (data is kept).")
    static final class Stop implements Callable<Integer> {
        @ParentCommand
        EsCommand es;

        @Override
        public Integer call() {
            es.node().stop(Duration.ofSeconds(60));
            // the node has said whether it stopped or was not running; only where the data stays is new here
            es.root.out.println("Data kept in " + es.node().status().dataDir() + ".");
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "status",
            mixinStandardHelpOptions = true,
            description = "Say whether the local node runs, its URL, and where its data and logs are.")
    static final class Status implements Callable<Integer> {
        @ParentCommand
        EsCommand es;

        @Mixin
        OutputOptions output;

        @Override
        public Integer call() {
            LocalElasticsearch node = es.node();
            NodeStatus status = node.status();
            print(es.root, status, output.json, node);
            return status.running() ? ExitCodes.OK : ExitCodes.CLUSTER;
        }
    }
}
