package dev.samachar.localnode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLContext;

/**
 * The few HTTP calls Samachar makes to judge the node's health. This distribution has no {@code GET /},
 * so liveness and version come from {@code /_cluster/health} and {@code /_nodes/_local}.
 */
final class NodeHttp {

    /** Cluster health as far as deciding readiness needs it. */
    record Health(String status, int nodes, int dataNodes, int unassignedShards, boolean timedOut) {
        boolean green() {
            return "green".equals(status);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    /** Server-side wait per request; short so a node that died meanwhile is noticed promptly. */
    private static final Duration MAX_SERVER_WAIT = Duration.ofSeconds(10);

    private final String baseUrl;
    private final HttpClient client;
    private final String authorization;

    NodeHttp(String baseUrl) {
        this(baseUrl, null, null);
    }

    /**
     * @param ssl           trust for a node with TLS on HTTP (its own CA), or null
     * @param authorization the Authorization header for a node with security on, or null
     */
    NodeHttp(String baseUrl, SSLContext ssl, String authorization) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
        // Never through a proxy: the node is on loopback and http.proxyHost could otherwise capture it.
        HttpClient.Builder builder = HttpClient.newBuilder()
                .proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(Duration.ofSeconds(2))
                .version(HttpClient.Version.HTTP_1_1);
        if (ssl != null) {
            builder.sslContext(ssl);
        }
        this.client = builder.build();
    }

    /** True when the node answers its health API at all, whatever the colour. */
    boolean answers() {
        return get("/_cluster/health", PROBE_TIMEOUT).isPresent();
    }

    /** The version the node reports, or null when it cannot be asked. */
    String version() {
        return get("/_nodes/_local?filter_path=nodes.*.version", PROBE_TIMEOUT)
                .map(body -> {
                    Iterator<JsonNode> nodes = body.path("nodes").elements();
                    return nodes.hasNext() ? nodes.next().path("version").asText(null) : null;
                })
                .orElse(null);
    }

    /**
     * Waits until the cluster is green, or until it is as green as a single node can get.
     *
     * <p>Indices created with the default of one replica can never turn green on one node: their replicas
     * have nowhere to go. Waiting for green would then always burn the whole timeout, so on a single data
     * node a yellow cluster with all primaries active and nothing left initializing counts as ready.
     *
     * @param stillRunning checked between polls so that a node that died fails fast instead of timing out
     * @throws LocalNodeException with a reason when the timeout passes or the node dies
     */
    Health awaitReady(Duration timeout, BooleanSupplier stillRunning) {
        return awaitReady(timeout, stillRunning, 1);
    }

    /**
     * Waits until {@code expectedNodes} nodes form the cluster. With several nodes a yellow cluster with nothing
     * left initializing also counts: every primary is active, and replicas of a node that has just come back may
     * wait for delayed allocation rather than initialize.
     */
    Health awaitReady(Duration timeout, BooleanSupplier stillRunning, int expectedNodes) {
        Instant deadline = Instant.now().plus(timeout);
        Health last = null;
        while (true) {
            if (!stillRunning.getAsBoolean()) {
                throw new LocalNodeException("The Elasticsearch process exited while starting up.");
            }
            Duration remaining = Duration.between(Instant.now(), deadline);
            if (remaining.isNegative() || remaining.isZero()) {
                long seconds = (timeout.toMillis() + 999) / 1000;
                throw new LocalNodeException("Elasticsearch did not become healthy within " + seconds + " s"
                        + (last == null
                                ? " (its HTTP API never answered at " + baseUrl + ")."
                                : " (cluster health is " + last.status()
                                        + (expectedNodes > 1
                                                ? ", " + last.nodes() + " of " + expectedNodes + " nodes joined"
                                                : "")
                                        + ")."));
            }
            long waitSeconds = Math.max(1, Math.min(remaining.toSeconds(), MAX_SERVER_WAIT.toSeconds()));
            Optional<JsonNode> body = get(
                    "/_cluster/health?wait_for_status=yellow&wait_for_no_initializing_shards=true"
                            + (expectedNodes > 1 ? "&wait_for_nodes=" + expectedNodes : "")
                            + "&timeout=" + waitSeconds + "s",
                    Duration.ofSeconds(waitSeconds + 5));
            if (body.isPresent()) {
                last = toHealth(body.get());
                boolean ready =
                        expectedNodes > 1 ? last.nodes() >= expectedNodes : last.green() || last.dataNodes() == 1;
                if (!last.timedOut() && ready) {
                    return last;
                }
            } else {
                sleep(POLL_INTERVAL);
            }
        }
    }

    private static Health toHealth(JsonNode body) {
        return new Health(
                body.path("status").asText("unknown"),
                body.path("number_of_nodes").asInt(0),
                body.path("number_of_data_nodes").asInt(0),
                body.path("unassigned_shards").asInt(0),
                body.path("timed_out").asBoolean(false));
    }

    /**
     * Empty when the node cannot be reached or answers with an error. The health API answers 408 when its
     * wait times out, but the body is still the health, which is what {@link #awaitReady} needs.
     */
    private Optional<JsonNode> get(String pathAndQuery, Duration timeout) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                    .timeout(timeout)
                    .header("Accept", "application/json")
                    .GET();
            if (authorization != null) {
                builder.header("Authorization", authorization);
            }
            HttpRequest request = builder.build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            int code = response.statusCode();
            if (code == 200 || code == 408) {
                return Optional.of(JSON.readTree(response.body()));
            }
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: a hand-edited node.json with an impossible port; not reachable either.
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalNodeException("Interrupted while talking to Elasticsearch at " + baseUrl, e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalNodeException("Interrupted while waiting for Elasticsearch", e);
        }
    }
}
