package dev.samachar.testing;

import dev.samachar.config.Settings;
import dev.samachar.localnode.LocalElasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * One real local Elasticsearch for all integration tests in this JVM, started through the same
 * code as `samachar es start`, in a throwaway SAMACHAR_HOME, and stopped when the JVM exits.
 * Tests isolate themselves by using their own alias.
 */
public final class TestCluster {

    private static Path home;

    private TestCluster() {
    }

    /** Settings a command would see with SAMACHAR_HOME pointing at the test node's home. */
    public static synchronized Settings settings() {
        if (home == null) {
            try {
                home = Files.createTempDirectory("samachar-it-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            LocalElasticsearch node = new LocalElasticsearch(home, Map.of(Settings.HOME, home.toString()), System.err);
            node.start(Duration.ofSeconds(180));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> node.stop(Duration.ofSeconds(30))));
        }
        return new Settings(Map.of(Settings.HOME, home.toString()));
    }

    public static String url() {
        return new LocalElasticsearch(settings().home(), settings().env(), System.err).status().url();
    }
}
