package dev.samachar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.samachar.testing.CliRun;
import dev.samachar.testing.EsHttp;
import dev.samachar.testing.TestCluster;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The mistakes a user makes in pointing Samachar at a cluster, each against a real server: the message names the
 * cause and the fix, the exit code says whose fault it is (2 the query, 3 the cluster), and no stack trace shows
 * unless --debug asks for one.
 */
class ConnectionErrorsIT {

    private static final String ALIAS = "connection-errors";

    @Test
    void aQueryElasticsearchRefusesIsABadQueryNotAnOutage() {
        String url = TestCluster.url();
        // A real query-time 400: the index allows fewer hits than the search asks for.
        EsHttp.request(
                url,
                "PUT",
                "/" + ALIAS + "-1",
                "{\"settings\":{\"index.max_result_window\":3}," + "\"aliases\":{\"" + ALIAS + "\":{}}}");
        try {
            CliRun run = CliRun.run(TestCluster.settings(), "search", "India", "--alias", ALIAS, "--size", "5");
            assertEquals(2, run.exitCode(), run.toString());
            assertTrue(run.err().contains("Elasticsearch rejected the search"), run.err());
            assertTrue(run.err().contains("Result window is too large"), run.err());
            assertFalse(run.err().contains("try again"), run.err());
            assertNoStackTrace(run);
        } finally {
            EsHttp.request(url, "DELETE", "/" + ALIAS + "-1", null);
        }
    }

    @Test
    void theTransportPortIsNamedAsSuch() {
        String url = TestCluster.url();
        String transport = EsHttp.request(url, "GET", "/_nodes/_local/transport", null)
                .path("nodes")
                .elements()
                .next()
                .path("transport")
                .path("publish_address")
                .asText();
        String port = transport.substring(transport.lastIndexOf(':') + 1);
        String transportUrl = "http://127.0.0.1:" + port;
        long started = System.nanoTime();
        CliRun run = CliRun.run(TestCluster.settings(), "search", "India", "--es-url", transportUrl);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertEquals(
                3,
                run.exitCode(),
                () -> run + "\n--- with --debug\n"
                        + CliRun.run(TestCluster.settings(), "search", "India", "--es-url", transportUrl, "--debug"));
        assertTrue(
                seconds < 30, "told within the probe's timeout, not the 2-minute request timeout: " + seconds + " s");
        assertTrue(run.err().contains("transport port"), run.err());
        assertFalse(run.err().contains("internal error"), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void aWebServerThatIsNotElasticsearchIsNamedAsSuch() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] page = "<html><body>Directory listing</body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
        try {
            String other = "http://127.0.0.1:" + server.getAddress().getPort();
            CliRun run = CliRun.run(TestCluster.settings(), "search", "India", "--es-url", other);
            assertEquals(3, run.exitCode(), run.toString());
            assertTrue(run.err().contains(other + " answered HTTP 200, but not as Elasticsearch"), run.err());
            assertTrue(run.err().contains("HTTP port"), run.err());
            assertNoStackTrace(run);

            CliRun debug = CliRun.run(TestCluster.settings(), "search", "India", "--es-url", other, "--debug");
            assertEquals(3, debug.exitCode(), debug.toString());
            assertTrue(debug.err().contains("\tat dev.samachar."), "--debug prints the stack trace\n" + debug);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void httpsAgainstAPlainHttpNodeSaysToUseHttp() {
        String https = TestCluster.url().replace("http://", "https://");
        CliRun run = CliRun.run(TestCluster.settings(), "search", "India", "--es-url", https);
        assertEquals(3, run.exitCode(), run.toString());
        assertTrue(run.err().contains("use an http:// URL"), run.err());
        assertFalse(run.err().contains("not trusted"), run.err());
        assertNoStackTrace(run);
    }

    private static void assertNoStackTrace(CliRun run) {
        assertFalse(run.err().contains("\tat "), "stack trace without --debug\n" + run);
        assertFalse(run.err().contains("Exception:"), "exception class without --debug\n" + run);
    }
}
