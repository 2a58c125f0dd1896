package dev.samachar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.transport.TransportUtils;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samachar.config.Settings;
import dev.samachar.localnode.LocalElasticsearch;
import dev.samachar.localnode.NodeSecurity;
import dev.samachar.testing.CliRun;
import dev.samachar.testing.SeedIndex;
import dev.samachar.testing.TestCluster;
import dev.samachar.testing.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against a local node with x-pack security on (TLS on HTTP with a generated CA), as `samachar es start --secure`
 * runs it: API keys and basic auth, trust by CA file and by CA fingerprint, clear refusals (exit 3, no stack
 * trace) for wrong credentials and untrusted certificates, the committed minimal role, and secrets that never
 * show up in output or on any command line.
 */
class SecurityIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROLE = "samachar_indexer";
    private static final String USER = "samachar_it";
    private static final String USER_PASSWORD = "Ix9-" + Long.toHexString(System.nanoTime()) + "-pw";

    private static Settings local;
    private static String url;
    private static Path ca;
    private static String superuserAuthorization;
    private static String superuserPassword;
    private static HttpClient admin;
    private static JsonNode role;

    @BeforeAll
    static void secureNodeWithTheMinimalRole() throws Exception {
        local = TestCluster.secureSettings();
        LocalElasticsearch node = new LocalElasticsearch(local.home(), local.env(), System.err);
        url = node.status().url();
        NodeSecurity.ClientAccess access = node.securityAccess().orElseThrow();
        ca = access.caCertificate();
        superuserPassword = access.password();
        superuserAuthorization = basic(access.user(), superuserPassword);
        admin = HttpClient.newBuilder()
                .sslContext(TransportUtils.sslContextFromHttpCaCrt(ca.toFile()))
                .build();
        role = JSON.readTree(TestData.repoRoot()
                .resolve("mappings/security/samachar-indexer-role.json")
                .toFile());
        // Native roles and users live in the .security index, which needs the security-analysis plugin.
        send("PUT", "/_security/role/" + ROLE, role.toString());
        send(
                "PUT",
                "/_security/user/" + USER,
                "{\"password\": \"" + USER_PASSWORD + "\", \"roles\": [\"" + ROLE + "\"]}");
    }

    @Test
    void theLocalNodeIsServedOverTlsAndCommandsReachItWithoutAnySetting() throws Exception {
        assertTrue(url.startsWith("https://127.0.0.1:"), url);
        CliRun setup = CliRun.run(local, "setup", "--alias", "samachar-local", "--json");
        assertEquals(0, setup.exitCode(), setup.toString());
        CliRun status = CliRun.run(local, "es", "status", "--json");
        assertEquals(0, status.exitCode(), status.toString());
        JsonNode security = status.json().get("security");
        assertTrue(security.get("enabled").asBoolean(), status.toString());
        assertEquals(ca.toString(), security.get("ca").asText());
        assertEquals(caFingerprint(), security.get("ca_fingerprint").asText());
        assertNoSecret(status, superuserPassword);
    }

    /** The .security index's components are for the local node only, never in the plugin users install. */
    @Test
    void theSecurityAnalysisComponentsAreNotInTheUsersPlugin() throws Exception {
        Path userPlugin = Path.of(LocalElasticsearch.buildProperties().getProperty("plugin.zip"))
                .normalize();
        try (var zip = new java.util.zip.ZipFile(userPlugin.toFile())) {
            String components = new String(
                    zip.getInputStream(zip.getEntry("named_components.json")).readAllBytes(), StandardCharsets.UTF_8);
            for (String name : List.of("\"pattern_capture\"", "\"unique\"", "\"uax_url_email\"")) {
                assertFalse(components.contains(name), name + " in " + userPlugin);
            }
            assertTrue(components.contains("samachar_loose"), components);
        }
        CliRun status = CliRun.run(local, "es", "status", "--json");
        assertTrue(status.json().get("plugins").toString().contains("samachar-security-analysis"), status.toString());
    }

    @Test
    void anApiKeyLimitedToTheRoleWithTheCaFile() throws Exception {
        ObjectNode request = JSON.createObjectNode().put("name", "samachar-it");
        // An API key's role descriptors take the role's privileges but not its description.
        ObjectNode privileges = role.deepCopy();
        privileges.remove("description");
        request.putObject("role_descriptors").set(ROLE, privileges);
        String apiKey = send("POST", "/_security/api_key", request.toString())
                .get("encoded")
                .asText();
        CliRun setup = CliRun.run(
                remote(Map.of("SAMACHAR_ES_API_KEY", apiKey, "SAMACHAR_ES_CA", ca.toString())), "setup", "--json");
        assertEquals(0, setup.exitCode(), setup.toString());
        assertTrue(setup.json().get("index").asText().startsWith("samachar-v"), setup.toString());
        assertEquals("plugin", setup.json().get("analysis").asText(), setup.toString());
        assertNoSecret(setup, apiKey);
    }

    @Test
    void basicAuthFromAPasswordFileWithTheCaFingerprint(@TempDir Path dir) throws Exception {
        Path passwordFile = dir.resolve("password");
        Files.writeString(passwordFile, USER_PASSWORD + "\n");
        Settings settings = remote(Map.of(
                "SAMACHAR_ES_USER",
                USER,
                "SAMACHAR_ES_PASSWORD_FILE",
                passwordFile.toString(),
                "SAMACHAR_ES_CA_FINGERPRINT",
                colonSeparated(caFingerprint())));
        CliRun setup = CliRun.run(settings, "setup", "--json");
        assertEquals(0, setup.exitCode(), setup.toString());
        assertNoSecret(setup, USER_PASSWORD);
    }

    /**
     * The committed role is enough for the whole cycle: setup, index (with translation linking), search, get. The
     * role covers the default alias only, so the tests that act as its user use that alias.
     */
    @Test
    void theMinimalRoleCanIndexAndSearchTheSeeds() {
        Settings indexer = remote(Map.of(
                "SAMACHAR_ES_USER", USER, "SAMACHAR_ES_PASSWORD", USER_PASSWORD, "SAMACHAR_ES_CA", ca.toString()));
        Map<String, JsonNode> hits = SeedIndex.index(indexer, "samachar");
        String id = hits.values().iterator().next().get("id").asText();
        CliRun get = CliRun.run(indexer, "get", id, "--json");
        assertEquals(0, get.exitCode(), get.toString());
        CliRun analysis = CliRun.run(indexer, "setup", "--json");
        // `monitor` lets Samachar see the plugin on the node: analysis happens in Elasticsearch.
        assertEquals("plugin", analysis.json().path("analysis").asText(), analysis.toString());
    }

    @Test
    void aRoleWithoutManageIsRefusedNamingThePrivilege() throws Exception {
        send(
                "PUT",
                "/_security/role/samachar_read_only",
                "{\"indices\": [{\"names\": [\"samachar*\"], \"privileges\": [\"read\"]}]}");
        send(
                "PUT",
                "/_security/user/samachar_reader",
                "{\"password\": \"" + USER_PASSWORD + "\", \"roles\": [\"samachar_read_only\"]}");
        CliRun setup = CliRun.run(
                remote(Map.of(
                        "SAMACHAR_ES_USER",
                        "samachar_reader",
                        "SAMACHAR_ES_PASSWORD",
                        USER_PASSWORD,
                        "SAMACHAR_ES_CA",
                        ca.toString())),
                "setup",
                "--alias",
                "samachar-denied");
        assertEquals(3, setup.exitCode(), setup.toString());
        assertTrue(setup.err().contains("permission denied (HTTP 403)"), setup.err());
        // The first call the role may not make decides which privilege the message names; it must name one
        // that the committed minimal role grants.
        assertTrue(
                setup.err().matches("(?s).*granted by the (index|cluster) privileges \\[[^]]*manage.*"), setup.err());
        assertClean(setup, USER_PASSWORD);
    }

    @Test
    void aWrongPasswordExitsThreeWithAClearMessage() {
        String wrong = USER_PASSWORD + "-wrong";
        CliRun run = CliRun.run(
                remote(Map.of(
                        "SAMACHAR_ES_USER", USER, "SAMACHAR_ES_PASSWORD", wrong, "SAMACHAR_ES_CA", ca.toString())),
                "search",
                "Yermekbayev");
        assertEquals(3, run.exitCode(), run.toString());
        assertTrue(run.err().contains("authentication failed"), run.err());
        assertTrue(run.err().contains("SAMACHAR_ES_PASSWORD"), run.err());
        assertClean(run, wrong);
    }

    @Test
    void anUnknownApiKeyExitsThreeWithAClearMessage() {
        String bogus = Base64.getEncoder().encodeToString("nosuchid:nosuchsecret".getBytes(StandardCharsets.UTF_8));
        CliRun run = CliRun.run(
                remote(Map.of("SAMACHAR_ES_API_KEY", bogus, "SAMACHAR_ES_CA", ca.toString())),
                "setup",
                "--alias",
                "samachar-bogus");
        assertEquals(3, run.exitCode(), run.toString());
        assertTrue(run.err().contains("authentication failed"), run.err());
        assertClean(run, bogus);
    }

    @Test
    void withoutTheCaTheCertificateIsNotTrusted() {
        CliRun run = CliRun.run(
                remote(Map.of("SAMACHAR_ES_USER", USER, "SAMACHAR_ES_PASSWORD", USER_PASSWORD)),
                "setup",
                "--alias",
                "samachar-untrusted");
        assertEquals(3, run.exitCode(), run.toString());
        assertTrue(run.err().contains("not trusted"), run.err());
        assertTrue(run.err().contains("SAMACHAR_ES_CA") && run.err().contains("SAMACHAR_ES_CA_FINGERPRINT"), run.err());
        assertClean(run, USER_PASSWORD);
    }

    @Test
    void anotherFingerprintIsNotTrusted() {
        CliRun run = CliRun.run(
                remote(Map.of(
                        "SAMACHAR_ES_USER",
                        USER,
                        "SAMACHAR_ES_PASSWORD",
                        USER_PASSWORD,
                        "SAMACHAR_ES_CA_FINGERPRINT",
                        "ab".repeat(32))),
                "setup",
                "--alias",
                "samachar-untrusted");
        assertEquals(3, run.exitCode(), run.toString());
        assertTrue(run.err().contains("not trusted"), run.err());
        assertClean(run, USER_PASSWORD);
    }

    /**
     * Secrets reach child processes only through the environment or stdin: neither the node (started by the
     * launcher) nor the CLI run through scripts/samachar carries one on its command line, which any user can
     * read. The CLI is sampled with ps for as long as it runs.
     */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void noSecretAppearsOnAnyCommandLine(@TempDir Path home) throws Exception {
        List<String> nodeSample = ps();
        assertTrue(
                nodeSample.stream().anyMatch(line -> line.contains("-Des.path.home=" + local.home())),
                "the secure node is running: " + nodeSample);
        assertNoLineContains(nodeSample, superuserPassword);

        ProcessBuilder cli = new ProcessBuilder(
                        TestData.repoRoot().resolve("scripts/samachar").toString(),
                        "index",
                        TestData.seeds().toString(),
                        "--json")
                .redirectErrorStream(true);
        Map<String, String> env = cli.environment();
        env.put("SAMACHAR_HOME", home.toString());
        env.put("SAMACHAR_ES_URL", url);
        env.put("SAMACHAR_ES_USER", USER);
        env.put("SAMACHAR_ES_PASSWORD", USER_PASSWORD);
        env.put("SAMACHAR_ES_CA", ca.toString());
        Path output = home.resolve("cli.out");
        cli.redirectOutput(output.toFile());
        Process process = cli.start();
        List<String> seen = new ArrayList<>();
        int samplesWithCli = 0;
        while (process.isAlive()) {
            List<String> sample = ps();
            seen.addAll(sample);
            if (sample.stream()
                    .anyMatch(line -> line.contains("samachar.jar")
                            && line.contains(TestData.seeds().toString()))) {
                samplesWithCli++;
            }
            process.waitFor(100, TimeUnit.MILLISECONDS);
        }
        String printed = Files.readString(output);
        assertEquals(0, process.exitValue(), printed);
        assertTrue(samplesWithCli > 0, "ps saw the CLI's JVM at least once");
        assertNoLineContains(seen, USER_PASSWORD);
        assertFalse(printed.contains(USER_PASSWORD), printed);
    }

    private static Settings remote(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(extra);
        env.put("SAMACHAR_ES_URL", url);
        // A home of its own: these commands must never fall back to (or start) a local node.
        env.put("SAMACHAR_HOME", local.home().resolve("remote-client").toString());
        return new Settings(env);
    }

    private static void assertClean(CliRun run, String secret) {
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        assertFalse(run.err().contains("internal error"), run.err());
        assertNoSecret(run, secret);
    }

    private static void assertNoSecret(CliRun run, String secret) {
        assertFalse(run.out().contains(secret) || run.err().contains(secret), "secret printed: " + run);
    }

    private static void assertNoLineContains(List<String> lines, String secret) {
        for (String line : lines) {
            assertFalse(line.contains(secret), "a command line shows a secret: " + line);
        }
    }

    private static List<String> ps() throws IOException, InterruptedException {
        Process ps = new ProcessBuilder("ps", "-eo", "args", "--no-headers", "-ww")
                .redirectErrorStream(true)
                .start();
        String out = new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ps.waitFor(30, TimeUnit.SECONDS) && ps.exitValue() == 0, out);
        return out.lines().toList();
    }

    private static String caFingerprint() throws Exception {
        try (InputStream in = Files.newInputStream(ca)) {
            byte[] der = CertificateFactory.getInstance("X.509")
                    .generateCertificate(in)
                    .getEncoded();
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
        }
    }

    /** As openssl prints it (AB:CD:…), which users paste. */
    private static String colonSeparated(String hex) {
        return HexFormat.ofDelimiter(":")
                .withUpperCase()
                .formatHex(HexFormat.of().parseHex(hex));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode send(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + path))
                .header("Authorization", superuserAuthorization)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = admin.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), method + " " + path + ": " + response.body());
        return JSON.readTree(response.body());
    }
}
