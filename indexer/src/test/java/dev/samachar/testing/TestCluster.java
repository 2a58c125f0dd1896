package dev.samachar.testing;

import dev.samachar.config.Settings;
import dev.samachar.localnode.LocalElasticsearch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Real local Elasticsearch nodes for the integration tests in this JVM, started through the same
 * code as `samachar es start`, each in a throwaway SAMACHAR_HOME, and stopped when the JVM exits:
 * the default node has Samachar's analysis plugin; the portable one runs without it, like a
 * managed cluster. Tests isolate themselves by using their own alias.
 */
public final class TestCluster {

    private static final Map<String, Settings> STARTED = new HashMap<>();
    /** Set by the build: the main IT run and the compatibility run each test one Elasticsearch version. */
    private static final String VERSION_PROPERTY = "samachar.it.es.version";

    private TestCluster() {}

    /** Settings a command would see with SAMACHAR_HOME pointing at the test node's home. */
    public static Settings settings() {
        return node("plugin", Map.of());
    }

    /** A second node without the analysis plugin (SAMACHAR_ES_PLUGIN=none). */
    public static Settings portableSettings() {
        return node("portable", Map.of("SAMACHAR_ES_PLUGIN", "none"));
    }

    /**
     * A third node with x-pack security on (TLS with its own CA, a generated elastic password), as
     * `samachar es start --secure` runs it; only the security tests use it.
     */
    public static Settings secureSettings() {
        return node("secure", Map.of("SAMACHAR_ES_SECURITY", "on"));
    }

    /**
     * A node of its own for tests that hurt it (kill it, overload it), with extra elasticsearch.yml settings
     * (SAMACHAR_ES_EXTRA_SETTINGS, e.g. "thread_pool.write.queue_size: 1"); stopped when the JVM exits.
     */
    public static Settings dedicated(String name, String extraNodeSettings) {
        return node(name, Map.of("SAMACHAR_ES_EXTRA_SETTINGS", extraNodeSettings));
    }

    /** A node of its own started with these SAMACHAR_ES_* variables (e.g. another plugin zip); stopped at exit. */
    public static Settings dedicatedWith(String name, Map<String, String> env) {
        return node(name, env);
    }

    private static synchronized Settings node(String name, Map<String, String> extraEnv) {
        return STARTED.computeIfAbsent(name, n -> {
            Path home;
            try {
                home = Files.createTempDirectory("samachar-it-" + n + "-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> env = new HashMap<>(extraEnv);
            env.putAll(versionEnv());
            env.put(Settings.HOME, home.toString());
            LocalElasticsearch node = new LocalElasticsearch(home, env, System.err);
            node.start(Duration.ofSeconds(180));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                node.stop(Duration.ofSeconds(30));
                deleteQuietly(home);
            }));
            return new Settings(env);
        });
    }

    /**
     * SAMACHAR_ES_VERSION for the version this run tests, so that a node does not follow whatever JDK the machine
     * has; empty when the build does not say (an IDE run), which leaves the choice to `es start`'s default.
     */
    public static Map<String, String> versionEnv() {
        String version = System.getProperty(VERSION_PROPERTY);
        return version == null || version.isBlank() ? Map.of() : Map.of("SAMACHAR_ES_VERSION", version.strip());
    }

    /** The version under test: the pinned one, else the main one recorded by the build. */
    public static String version() {
        return versionEnv()
                .getOrDefault(
                        "SAMACHAR_ES_VERSION",
                        LocalElasticsearch.buildProperties().getProperty("elasticsearch.version"));
    }

    /** Test homes hold a 100 MB install and the node's data; CI machines are reused, so nothing stays behind. */
    private static void deleteQuietly(Path home) {
        try (var paths = Files.walk(home)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("could not delete test home " + home + ": " + e.getMessage());
        }
    }

    public static String url() {
        return url(settings());
    }

    public static String url(Settings settings) {
        return new LocalElasticsearch(settings.home(), settings.env(), System.err)
                .status()
                .url();
    }
}
