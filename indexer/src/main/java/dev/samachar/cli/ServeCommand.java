package dev.samachar.cli;

import dev.samachar.web.SearchServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serves a faceted search page for the index until stopped (Ctrl-C).",
            "Searches run on the server with its own Elasticsearch connection: the browser never sees credentials."
        })
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    SamacharCli root;

    @Mixin
    ClusterOptions cluster;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "8080",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--bind",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). "
                    + "The page has no login: anyone who can reach another address can search the index.")
    String bind;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, not " + port);
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--bind: unknown address " + bind);
        }
        if (!address.isLoopbackAddress()) {
            root.err.println("samachar: warning: listening on " + bind + ", beyond this machine; the search page has"
                    + " no login, so anyone who can reach it can search the index");
        }
        ClusterSession session = ClusterSession.open(root, cluster);
        SearchServer server;
        try {
            server = SearchServer.start(
                    new InetSocketAddress(address, port),
                    session.client,
                    cluster.alias,
                    session.searchMode(cluster.alias),
                    root.err);
        } catch (BindException e) {
            session.close();
            throw new IllegalArgumentException("cannot listen on " + bind + ":" + port + " (" + e.getMessage()
                    + "); choose another --port, or 0 for any free one");
        } catch (IOException | RuntimeException e) {
            session.close();
            throw e instanceof RuntimeException re
                    ? re
                    : new IllegalArgumentException("cannot listen on " + bind + ":" + port + ": " + e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        // Ctrl-C (SIGINT) or SIGTERM: finish the requests in flight, then close the connection.
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            session.close();
                            stopped.countDown();
                        },
                        "samachar-serve-stop"));
        root.out.println("Samachar search page: " + server.uri() + "  (alias " + cluster.alias + ", "
                + session.connection.describe() + "; Ctrl-C stops)");
        stopped.await();
        return ExitCodes.OK;
    }
}
