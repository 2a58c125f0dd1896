package dev.samachar.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The few Elasticsearch calls the indexing benchmark makes, over plain java.net.http: the request
 * bodies are already rendered, so there is no client-side per-document work to differ between runs.
 */
final class IndexingClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final String url;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // Elasticsearch speaks HTTP/1.1 only; skip the h2c upgrade.
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    IndexingClient(String url) {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    void createIndex(String index, JsonNode body) throws IOException {
        call("PUT", "/" + index, "application/json", JSON.writeValueAsBytes(body));
    }

    void deleteIndex(String index) throws IOException {
        HttpResponse<String> response = send("DELETE", "/" + index, null, null);
        if (response.statusCode() != 200 && response.statusCode() != 404) {
            throw failure("DELETE /" + index, response);
        }
    }

    /**
     * Sends every body to {@code index}'s _bulk endpoint with exactly {@code concurrency} requests in
     * flight (one synchronous sender per slot), then refreshes, and returns the nanoseconds from the
     * first request to the end of the refresh. The refresh is inside the clock so that the index whose
     * analysis produces more terms also pays for writing its last in-memory buffer into a segment.
     */
    long bulkAndRefresh(String index, List<byte[]> bodies, int concurrency) throws IOException, InterruptedException {
        AtomicInteger next = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(concurrency);
        try {
            long start = System.nanoTime();
            List<Future<Void>> slots = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) {
                slots.add(senders.submit(() -> {
                    for (int b = next.getAndIncrement(); b < bodies.size(); b = next.getAndIncrement()) {
                        bulk(index, bodies.get(b));
                    }
                    return null;
                }));
            }
            for (Future<Void> slot : slots) {
                slot.get();
            }
            call("POST", "/" + index + "/_refresh", null, null);
            return System.nanoTime() - start;
        } catch (ExecutionException e) {
            throw new IOException(
                    "bulk indexing into " + index + " failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            senders.shutdownNow();
        }
    }

    /** Sets {@code index.refresh_interval} (e.g. "-1" for none) on an index or the indices behind an alias. */
    void refreshInterval(String index, String interval) throws IOException {
        call(
                "PUT",
                "/" + index + "/_settings",
                "application/json",
                JSON.writeValueAsBytes(Map.of("index", Map.of("refresh_interval", interval))));
    }

    /**
     * CPU time the node's process has used so far, in milliseconds (all its threads: indexing,
     * merging, HTTP). Differences of it measure what a run cost the node even when other work on
     * the machine stretches the wall-clock time.
     */
    long nodeCpuMillis() throws IOException {
        JsonNode nodes = call("GET", "/_nodes/_local/stats/process?filter_path=nodes.*.process.cpu", null, null)
                .path("nodes");
        JsonNode cpu = nodes.elements().next().path("process").path("cpu").path("total_in_millis");
        if (!cpu.isNumber()) {
            throw new IOException("the node reports no process CPU time: " + nodes);
        }
        return cpu.asLong();
    }

    long count(String index) throws IOException {
        return call("GET", "/" + index + "/_count", null, null).path("count").asLong();
    }

    long storeBytes(String index) throws IOException {
        return call("GET", "/" + index + "/_stats/store", null, null)
                .path("_all")
                .path("primaries")
                .path("store")
                .path("size_in_bytes")
                .asLong();
    }

    /** One bulk request; any rejected document fails the run (a benchmark of errors is worthless). */
    private void bulk(String index, byte[] body) throws IOException {
        // filter_path keeps the response small: only the flag and the items that failed.
        JsonNode response =
                call("POST", "/" + index + "/_bulk?filter_path=errors,items.*.error", "application/x-ndjson", body);
        if (response.path("errors").asBoolean()) {
            throw new IOException("Elasticsearch rejected documents: "
                    + response.path("items").path(0));
        }
    }

    private JsonNode call(String method, String path, String contentType, byte[] body) throws IOException {
        HttpResponse<String> response = send(method, path, contentType, body);
        if (response.statusCode() / 100 != 2) {
            throw failure(method + " " + path, response);
        }
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(String method, String path, String contentType, byte[] body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path))
                .timeout(TIMEOUT)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + method + " " + path, e);
        }
    }

    private static IOException failure(String request, HttpResponse<String> response) {
        String body = response.body();
        return new IOException(request + " answered " + response.statusCode() + ": "
                + (body.length() > 500 ? body.substring(0, 500) + " ..." : body));
    }
}
