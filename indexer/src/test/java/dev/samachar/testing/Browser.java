package dev.samachar.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Headless Chromium driven through chromedriver's W3C WebDriver HTTP API, with the JDK's HTTP
 * client and Jackson: the few commands the browser tests need, no Selenium.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final Process driver;
    private final Path profile;
    private final String base;
    private final String session;

    private Browser(Process driver, Path profile, String base, String session) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
        this.session = session;
    }

    /**
     * Why the browser test cannot run here, or empty when Chromium, chromedriver and a Devanagari font
     * are all present. Tests install nothing: scripts/test installs these before Maven runs.
     */
    public static Optional<String> missingDependencies() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) {
            missing.add("Chromium (" + CHROMIUM + ")");
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            missing.add("chromedriver (" + CHROMEDRIVER + ")");
        }
        if (devanagariFonts().isEmpty()) {
            missing.add("a Devanagari font (fc-list :lang=hi)");
        }
        return missing.isEmpty()
                ? Optional.empty()
                : Optional.of("no " + String.join(", no ", missing)
                        + ": run scripts/install-browser-deps as root (scripts/test does), then the tests again");
    }

    /** Font families fontconfig offers for Hindi: empty when Devanagari would render as boxes. */
    public static String devanagariFonts() {
        try {
            return run(List.of("fc-list", ":lang=hi", "family"), Duration.ofSeconds(30))
                    .output()
                    .strip();
        } catch (UncheckedIOException e) {
            return "";
        }
    }

    /** Starts chromedriver and a headless Chromium; check {@link #missingDependencies()} first. */
    public static Browser start(Path workDir) throws IOException, InterruptedException {
        missingDependencies().ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Files.createDirectories(workDir);
        Path log = workDir.resolve("chromedriver.log");
        Process driver = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port, "--log-path=" + log)
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("chromedriver.out").toFile())
                .start();
        String base = "http://127.0.0.1:" + port;
        Path profile = Files.createTempDirectory("samachar-chromium-");
        try {
            waitFor(
                    Duration.ofSeconds(30),
                    () -> {
                        try {
                            return call("GET", base + "/status", null)
                                    .path("value")
                                    .path("ready")
                                    .asBoolean();
                        } catch (IOException | InterruptedException | RuntimeException e) {
                            return false;
                        }
                    },
                    "chromedriver to listen on " + base);
            ObjectNode options = JSON.createObjectNode();
            options.put("binary", CHROMIUM.toString());
            ArrayNode args = options.putArray("args");
            for (String arg : List.of(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--window-size=1280,1100",
                    "--user-data-dir=" + profile)) {
                args.add(arg);
            }
            ObjectNode body = JSON.createObjectNode();
            ObjectNode always = body.putObject("capabilities").putObject("alwaysMatch");
            always.put("browserName", "chrome");
            always.set("goog:chromeOptions", options);
            JsonNode created = call("POST", base + "/session", body);
            String session = created.path("value").path("sessionId").asText(null);
            if (session == null) {
                throw new AssertionError("chromedriver did not start Chromium: " + created + " (log: " + log + ")");
            }
            return new Browser(driver, profile, base + "/session/" + session, session);
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            driver.destroy();
            throw e;
        }
    }

    public void open(String url) throws IOException, InterruptedException {
        command("POST", "/url", JSON.createObjectNode().put("url", url));
    }

    public String currentUrl() throws IOException, InterruptedException {
        return command("GET", "/url", null).asText();
    }

    /** The first element matching a CSS selector; fails when there is none. */
    public String find(String css) throws IOException, InterruptedException {
        List<String> all = findAll(css);
        if (all.isEmpty()) {
            throw new AssertionError("no element matches " + css + " on " + currentUrl());
        }
        return all.get(0);
    }

    public List<String> findAll(String css) throws IOException, InterruptedException {
        JsonNode found = command(
                "POST",
                "/elements",
                JSON.createObjectNode().put("using", "css selector").put("value", css));
        List<String> ids = new ArrayList<>();
        found.forEach(e -> ids.add(e.path(ELEMENT).asText()));
        return ids;
    }

    public void click(String element) throws IOException, InterruptedException {
        command("POST", "/element/" + element + "/click", JSON.createObjectNode());
    }

    public void type(String element, String text) throws IOException, InterruptedException {
        command(
                "POST",
                "/element/" + element + "/value",
                JSON.createObjectNode().put("text", text));
    }

    public String text(String element) throws IOException, InterruptedException {
        return command("GET", "/element/" + element + "/text", null).asText();
    }

    /** An attribute as written in the page, or null. */
    public String attribute(String element, String name) throws IOException, InterruptedException {
        JsonNode value = command("GET", "/element/" + element + "/attribute/" + name, null);
        return value.isNull() ? null : value.asText();
    }

    /** Runs a script in the page (for reading state only: the page itself has no scripts). */
    public JsonNode script(String script) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("script", script);
        body.putArray("args");
        return command("POST", "/execute/sync", body);
    }

    public void screenshot(Path file) throws IOException, InterruptedException {
        String png = command("GET", "/screenshot", null).asText();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(png));
    }

    /** Waits until the page's URL satisfies a condition (after a click that navigates). */
    public void waitForUrl(java.util.function.Predicate<String> condition, String what) {
        waitFor(
                Duration.ofSeconds(20),
                () -> {
                    try {
                        return condition.test(currentUrl())
                                && "complete"
                                        .equals(script("return document.readyState")
                                                .asText());
                    } catch (IOException | InterruptedException e) {
                        return false;
                    }
                },
                what);
    }

    private JsonNode command(String method, String path, JsonNode body) throws IOException, InterruptedException {
        JsonNode response = call(method, base + path, body);
        JsonNode value = response.path("value");
        if (value.isObject() && value.has("error")) {
            throw new AssertionError("WebDriver " + method + " " + path + ": "
                    + value.path("error").asText() + ": "
                    + value.path("message").asText());
        }
        return value;
    }

    private static JsonNode call(String method, String url, JsonNode body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json; charset=utf-8")
                    .method(
                            method,
                            HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        }
        HttpResponse<String> response =
                HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return JSON.readTree(response.body());
    }

    private static void waitFor(Duration timeout, BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }

    private record Result(int exitCode, String output) {}

    private static Result run(List<String> command, Duration timeout) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("timed out: " + String.join(" ", command));
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted: " + String.join(" ", command));
        }
    }

    @Override
    public void close() {
        try {
            call("DELETE", base, null);
        } catch (IOException | InterruptedException | RuntimeException e) {
            System.err.println("closing the WebDriver session " + session + ": " + e);
        }
        driver.destroy();
        try {
            if (!driver.waitFor(10, TimeUnit.SECONDS)) {
                driver.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var paths = Files.walk(profile)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("could not delete " + profile + ": " + e.getMessage());
        }
    }
}
