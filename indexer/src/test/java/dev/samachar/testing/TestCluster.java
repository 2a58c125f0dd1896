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

    private TestCluster() {
    }

    /** Settings a command would see with SAMACHAR_HOME pointing at the test node's home. */
    public static Settings settings() {
        return node("plugin", Map.of());
    }

    /** A second node without the analysis plugin (SAMACHAR_ES_PLUGIN=none). */
    public static Settings portableSettings() {
        return node("portable", Map.of("SAMACHAR_ES_PLUGIN", "none"));
    }

    /**
     * A node of its own for tests that hurt it (kill it, overload it), with extra elasticsearch.yml settings
     * (SAMACHAR_ES_EXTRA_SETTINGS, e.g. "thread_pool.write.queue_size: 1"); stopped when the JVM exits.
     */
    public static Settings dedicated(String name, String extraNodeSettings) {
        return node(name, Map.of("SAMACHAR_ES_EXTRA_SETTINGS", extraNodeSettings));
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

    /** Test homes hold a 100 MB install and the node's data; CI machines are reused, so nothing stays behind. */
    private static void deleteQuietly(Path home) {
        try (var paths = Files.walk(home)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("could not delete test home " + home + ": " + e.getMessage());
        }
    }

    public static String url() {
        return url(settings());
    }

    public static String url(Settings settings) {
        return new LocalElasticsearch(settings.home(), settings.env(), System.err).status().url();
    }
}
