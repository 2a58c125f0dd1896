package dev.samachar.kibana;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.samachar.config.Settings;
import dev.samachar.testing.CliRun;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** `samachar kibana import` against a tiny local HTTP server standing in for Kibana. */
class KibanaImportCommandTest {

    record Request(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String response = "{}";

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            requests.add(new Request(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getQuery(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    body));
            byte[] out = response.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, out.length);
            exchange.getResponseBody().write(out);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static Settings env(String... pairs) {
        Map<String, String> env = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return new Settings(env);
    }

    private static final String SUCCESS = """
            {"success":true,"successCount":3,"successResults":[
              {"type":"index-pattern","id":"samachar","meta":{"title":"samachar","icon":"indexPatternApp"},"overwrite":true},
              {"type":"search","id":"samachar-latest","meta":{"title":"Samachar: latest articles","icon":"discoverApp"}},
              {"type":"dashboard","id":"samachar-overview","meta":{"title":"Samachar overview","icon":"dashboardApp"}}],
             "warnings":[]}""";

    @Test
    void postsTheAssetsAsMultipartWithXsrfAndApiKey() {
        response = SUCCESS;
        CliRun run = CliRun.run(
                env(
                        "SAMACHAR_KIBANA_API_KEY",
                        "a2V5OnNlY3JldA==",
                        "SAMACHAR_KIBANA_USER",
                        "ignored",
                        "SAMACHAR_KIBANA_PASSWORD",
                        "ignored"),
                "kibana",
                "import",
                "--kibana-url",
                url() + "/");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("dashboard samachar-overview"), run.toString());
        assertEquals(1, requests.size());
        Request r = requests.get(0);
        assertEquals("POST", r.method());
        assertEquals("/api/saved_objects/_import", r.path());
        assertEquals("overwrite=true", r.query());
        assertEquals("true", r.header("kbn-xsrf"));
        assertEquals("ApiKey a2V5OnNlY3JldA==", r.header("Authorization"), "API key wins over user/password");
        assertArrayEquals(KibanaImporter.assets(), filePart(r), "the file part is the bundled NDJSON, byte for byte");
    }

    @Test
    void spaceAndBasicAuthFromTheEnvironment() {
        response = SUCCESS;
        CliRun run = CliRun.run(
                env("KIBANA_URL", url(), "SAMACHAR_KIBANA_USER", "elastic", "SAMACHAR_KIBANA_PASSWORD", "pä:ss"),
                "kibana",
                "import",
                "--space",
                "research",
                "--json");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.json().get("success").asBoolean(), run.toString());
        assertEquals(3, run.json().get("imported").size());
        Request r = requests.get(0);
        assertEquals("/s/research/api/saved_objects/_import", r.path());
        assertEquals(
                "Basic " + Base64.getEncoder().encodeToString("elastic:pä:ss".getBytes(StandardCharsets.UTF_8)),
                r.header("Authorization"));
        assertNotNull(filePart(r));
    }

    @Test
    void noCredentialsMeansNoAuthorizationHeader() {
        response = SUCCESS;
        CliRun run = CliRun.run(env(), "kibana", "import", "--kibana-url", url());
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(null, requests.get(0).header("Authorization"));
    }

    /**
     * What Kibana returns for our import ({@code overwrite=true}, no {@code createNewCopies}) into a second space
     * whose ids another space's copies hold: checkOriginConflicts gives each object a new id, and
     * importSavedObjectsFromStream builds each success result as {@code {type, id, meta, managed, destinationId,
     * createNewCopy: true}} (elastic/kibana
     * src/core/packages/saved-objects/import-export-server-internal/src/import/import_saved_objects.ts in 9.x;
     * packages/core/saved-objects/core-saved-objects-import-export-server-internal/src/import/import_saved_objects.ts
     * in 8.x, the same fields but {@code managed}). The ids are ours, the destination ids made up.
     */
    private static final String NEW_IDS_IN_SECOND_SPACE = """
            {"success":true,"successCount":3,"successResults":[
              {"type":"index-pattern","id":"samachar","meta":{"title":"samachar","icon":"indexPatternApp"},
               "managed":false,"destinationId":"6d2a3c1e-5b0f-4f38-9a51-2f4f8c1a7e01","createNewCopy":true},
              {"type":"search","id":"samachar-latest","meta":{"title":"Samachar: latest articles","icon":"discoverApp"},
               "managed":false,"destinationId":"b7e4d9a2-0c63-4e15-8f27-91d3a6c5e402","createNewCopy":true},
              {"type":"dashboard","id":"samachar-overview","meta":{"title":"Samachar overview","icon":"dashboardApp"},
               "managed":false,"destinationId":"0f9c8b7a-6d5e-4c3b-a2f1-e0d9c8b7a603","createNewCopy":true}],
             "warnings":[]}""";

    /**
     * The response body Kibana's own route test expects from {@code _import?createNewCopies=true}, written out as
     * JSON: elastic/kibana src/core/server/integration_tests/saved_objects/routes/import.test.ts, "createNewCopies
     * enabled / imports objects, regenerating all IDs/reference IDs present, and resetting all origin IDs" (the
     * uuid mock gives new-id-1 and new-id-2).
     */
    private static final String KIBANA_ROUTE_TEST_CREATE_NEW_COPIES = """
            {"success":true,"successCount":2,"successResults":[
              {"type":"visualization","id":"my-vis","meta":{"title":"Look at my visualization","icon":"visualization-icon"},
               "destinationId":"new-id-1","managed":false},
              {"type":"dashboard","id":"my-dashboard","meta":{"title":"Look at my dashboard","icon":"dashboard-icon"},
               "destinationId":"new-id-2","managed":false}],
             "warnings":[]}""";

    @Test
    void kibanasOwnCreateNewCopiesResponseGivesEachOldIdItsNewOne() {
        response = KIBANA_ROUTE_TEST_CREATE_NEW_COPIES;
        CliRun run = CliRun.run(env(), "kibana", "import", "--kibana-url", url(), "--space", "research");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("2 object(s) new ids"), run.toString());
        assertTrue(run.out().contains("visualization my-vis -> new-id-1"), run.toString());
        assertTrue(run.out().contains("dashboard my-dashboard -> new-id-2"), run.toString());

        CliRun json = CliRun.run(env(), "kibana", "import", "--kibana-url", url(), "--space", "research", "--json");
        assertEquals(0, json.exitCode(), json.toString());
        var newIds = json.json().get("new_ids");
        assertEquals(2, newIds.size(), json.toString());
        assertEquals("dashboard", newIds.get(1).get("type").asText());
        assertEquals("my-dashboard", newIds.get(1).get("id").asText());
        assertEquals("new-id-2", newIds.get(1).get("destination_id").asText());
    }

    @Test
    void newIdsGivenInASecondSpaceArePrintedOldToNew() {
        response = NEW_IDS_IN_SECOND_SPACE;
        CliRun run = CliRun.run(env(), "kibana", "import", "--kibana-url", url(), "--space", "research");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("3 object(s) new ids"), run.toString());
        assertTrue(
                run.out().contains("index-pattern samachar -> 6d2a3c1e-5b0f-4f38-9a51-2f4f8c1a7e01"), run.toString());
        assertTrue(
                run.out().contains("dashboard samachar-overview -> 0f9c8b7a-6d5e-4c3b-a2f1-e0d9c8b7a603"),
                run.toString());
        assertTrue(
                run.out().contains("(id 0f9c8b7a-6d5e-4c3b-a2f1-e0d9c8b7a603)"),
                "the dashboard to open has its new id: " + run);

        CliRun json = CliRun.run(env(), "kibana", "import", "--kibana-url", url(), "--space", "research", "--json");
        assertEquals(0, json.exitCode(), json.toString());
        var newIds = json.json().get("new_ids");
        assertEquals(3, newIds.size(), json.toString());
        assertEquals("search", newIds.get(1).get("type").asText());
        assertEquals("samachar-latest", newIds.get(1).get("id").asText());
        assertEquals(
                "b7e4d9a2-0c63-4e15-8f27-91d3a6c5e402",
                newIds.get(1).get("destination_id").asText());
    }

    @Test
    void keptIdsAreNotReportedAsNew() {
        response = SUCCESS;
        CliRun run = CliRun.run(env(), "kibana", "import", "--kibana-url", url(), "--json");
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(0, run.json().get("new_ids").size(), run.toString());
        CliRun text = CliRun.run(env(), "kibana", "import", "--kibana-url", url());
        assertFalse(text.out().contains("new ids"), text.toString());
        assertTrue(text.out().contains("(id samachar-overview)"), text.toString());
    }

    @Test
    void partialFailureIn200IsNonZeroAndListsEveryError() {
        response = """
                {"success":false,"successCount":1,
                 "successResults":[{"type":"index-pattern","id":"samachar","meta":{"title":"samachar"}}],
                 "errors":[
                   {"id":"samachar-latest","type":"search","title":"Samachar: latest articles","meta":{"title":"Samachar: latest articles"},
                    "error":{"type":"missing_references","references":[{"type":"index-pattern","id":"elsewhere"}]}},
                   {"id":"samachar-overview","type":"dashboard","meta":{"title":"Samachar overview"},
                    "error":{"type":"unknown","message":"[panelsJSON]: bad things","statusCode":400}}],
                 "warnings":[]}""";
        CliRun run = CliRun.run(env(), "kibana", "import", "--kibana-url", url());
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("failed for 2 object(s)"), run.toString());
        assertTrue(
                run.err().contains("search samachar-latest (Samachar: latest articles): missing_references"),
                run.toString());
        assertTrue(run.err().contains("index-pattern elsewhere"), run.toString());
        assertTrue(
                run.err()
                        .contains("dashboard samachar-overview (Samachar overview): unknown: [panelsJSON]: bad things"),
                run.toString());

        CliRun json = CliRun.run(env(), "kibana", "import", "--kibana-url", url(), "--json");
        assertEquals(1, json.exitCode(), json.toString());
        assertEquals(2, json.json().get("errors").size(), json.toString());
        assertEquals(false, json.json().get("success").asBoolean());
    }

    @Test
    void successTrueButErrorsStillFails() {
        response = """
                {"success":true,"successCount":2,"successResults":[],
                 "errors":[{"id":"samachar-overview","type":"dashboard","error":{"type":"conflict"}}]}""";
        CliRun run = CliRun.run(env(), "kibana", "import", "--kibana-url", url());
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("dashboard samachar-overview: conflict"), run.toString());
    }

    @Test
    void wholeRequestRejectedIsNonZero() {
        status = 400;
        response = "{\"statusCode\":400,\"error\":\"Bad Request\",\"message\":\"Invalid file extension .txt\"}";
        CliRun run = CliRun.run(env(), "kibana", "import", "--kibana-url", url());
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("HTTP 400: Invalid file extension .txt"), run.toString());
    }

    @Test
    void rejectedCredentialsExitThree() {
        status = 401;
        response = "{\"statusCode\":401,\"error\":\"Unauthorized\",\"message\":\"unable to authenticate\"}";
        CliRun run = CliRun.run(env("SAMACHAR_KIBANA_API_KEY", "bad"), "kibana", "import", "--kibana-url", url());
        assertEquals(3, run.exitCode(), run.toString());
        assertTrue(run.err().contains("credentials rejected"), run.toString());
    }

    @Test
    void unreachableKibanaExitsThreeWithAClearMessage() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        CliRun run = CliRun.run(env(), "kibana", "import", "--kibana-url", "http://127.0.0.1:" + port);
        assertEquals(3, run.exitCode(), run.toString());
        assertTrue(run.err().contains("Kibana unreachable at http://127.0.0.1:" + port), run.toString());
    }

    @Test
    void missingUrlOrHalfCredentialsAreUsageErrors() {
        CliRun noUrl = CliRun.run(env(), "kibana", "import");
        assertEquals(2, noUrl.exitCode(), noUrl.toString());
        assertTrue(noUrl.err().contains("KIBANA_URL"), noUrl.toString());
        CliRun halfAuth = CliRun.run(env("SAMACHAR_KIBANA_USER", "elastic"), "kibana", "import", "--kibana-url", url());
        assertEquals(2, halfAuth.exitCode(), halfAuth.toString());
        assertTrue(requests.isEmpty(), "nothing was sent");
    }

    /** Parses the multipart body by its boundary and returns the content of the part named file. */
    private static byte[] filePart(Request r) {
        String contentType = r.header("Content-Type");
        Matcher m = Pattern.compile("^multipart/form-data; boundary=(\\S+)$").matcher(contentType);
        assertTrue(m.matches(), "content type: " + contentType);
        String boundary = m.group(1);
        String body = new String(r.body(), StandardCharsets.ISO_8859_1);
        assertTrue(body.startsWith("--" + boundary + "\r\n"), "body starts with the boundary");
        assertTrue(body.endsWith("\r\n--" + boundary + "--\r\n"), "body ends with the closing boundary");
        String[] parts = body.substring(0, body.length() - ("--" + boundary + "--\r\n").length())
                .split("--" + Pattern.quote(boundary) + "\r\n");
        List<String> nonEmpty = Arrays.stream(parts).filter(p -> !p.isEmpty()).toList();
        assertEquals(1, nonEmpty.size(), "one part");
        String part = nonEmpty.get(0);
        int split = part.indexOf("\r\n\r\n");
        String headers = part.substring(0, split);
        assertTrue(
                headers.contains("Content-Disposition: form-data; name=\"file\"; filename=\"samachar.ndjson\""),
                headers);
        assertTrue(headers.contains("Content-Type: application/ndjson"), headers);
        String content = part.substring(split + 4, part.length() - 2);
        assertTrue(part.endsWith("\r\n"));
        return content.getBytes(StandardCharsets.ISO_8859_1);
    }
}
