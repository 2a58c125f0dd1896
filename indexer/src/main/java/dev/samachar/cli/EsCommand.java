package dev.samachar.cli;

import dev.samachar.es.AnalysisMode;
import dev.samachar.localnode.LocalElasticsearch;
import dev.samachar.localnode.NodeSecurity;
import dev.samachar.localnode.NodeStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "es", mixinStandardHelpOptions = true,
        description = "Manage the local Elasticsearch under $SAMACHAR_HOME (default ~/.samachar).",
        subcommands = {EsCommand.Start.class, EsCommand.Stop.class, EsCommand.Status.class})
final class EsCommand implements Runnable {

    @ParentCommand
    SamacharCli root;

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(root.out);
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
            out.put("analysis", mode(status).name().toLowerCase(java.util.Locale.ROOT));
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
            Json.print(root.out, out);
            return;
        }
        if (status.running()) {
            root.out.printf("Elasticsearch %s is running at %s (pid %s)%n", status.version(), status.url(), status.pid());
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
            root.out.println("  CA certificate: " + access.caCertificate()
                    + "  (SAMACHAR_ES_CA for other clients)");
            root.out.println("  CA fingerprint (SHA-256): " + access.caFingerprint());
            root.out.println("  password file: " + access.passwordFile());
        });
    }

    private static AnalysisMode mode(NodeStatus status) {
        return status.plugins().contains(AnalysisMode.PLUGIN_NAME) ? AnalysisMode.PLUGIN : AnalysisMode.PORTABLE;
    }

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = "Install (first time) and start the local node; wait for green health; print its URL.")
    static final class Start implements Callable<Integer> {
        @ParentCommand
        EsCommand es;
        @Mixin
        OutputOptions output;
        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "180",
                description = "How long to wait for green health (default: ${DEFAULT-VALUE}).")
        int timeoutSeconds;
        @Option(names = "--secure",
                description = "Run with x-pack security: TLS on HTTP with a generated CA, and a generated password"
                        + " for user elastic (both under $SAMACHAR_HOME/es/security). Stays on until "
                        + NodeSecurity.ENV_SECURITY + "=off. Same as " + NodeSecurity.ENV_SECURITY + "=on.")
        boolean secure;

        @Override
        public Integer call() {
            LocalElasticsearch node = secure
                    ? new LocalElasticsearch(es.root.settings.home(),
                    es.root.settings.with(NodeSecurity.ENV_SECURITY, "on").env(), es.root.err)
                    : es.node();
            NodeStatus status = node.start(Duration.ofSeconds(timeoutSeconds));
            print(es.root, status, output.json, node);
            return ExitCodes.OK;
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop the local node (data is kept).")
    static final class Stop implements Callable<Integer> {
        @ParentCommand
        EsCommand es;

        @Override
        public Integer call() {
            es.node().stop(Duration.ofSeconds(60));
            es.root.out.println("Elasticsearch stopped; data kept in " + es.node().status().dataDir());
            return ExitCodes.OK;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
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
