package dev.samachar.config;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything Samachar reads from the environment, in one place. Commands receive a Settings
 * instead of calling System.getenv, so tests can run them in-process against their own
 * SAMACHAR_HOME and cluster.
 */
public record Settings(Map<String, String> env) {

    public static final String HOME = "SAMACHAR_HOME";
    public static final String ES_URL = "SAMACHAR_ES_URL";
    public static final String ES_API_KEY = "SAMACHAR_ES_API_KEY";
    /** A file holding the API key (e.g. a mounted secret): keeps it out of the environment too. */
    public static final String ES_API_KEY_FILE = "SAMACHAR_ES_API_KEY_FILE";

    public static final String ES_USER = "SAMACHAR_ES_USER";
    public static final String ES_PASSWORD = "SAMACHAR_ES_PASSWORD";
    public static final String ES_PASSWORD_FILE = "SAMACHAR_ES_PASSWORD_FILE";
    public static final String ES_CA = "SAMACHAR_ES_CA";
    public static final String ES_CA_FINGERPRINT = "SAMACHAR_ES_CA_FINGERPRINT";
    /** Primary shards of a new index version; overridden by --shards. */
    public static final String SHARDS = "SAMACHAR_SHARDS";
    /** Replicas of the index; overridden by --replicas. */
    public static final String REPLICAS = "SAMACHAR_REPLICAS";

    public Settings {
        env = Map.copyOf(env);
    }

    public static Settings fromSystem() {
        return new Settings(System.getenv());
    }

    public Optional<String> get(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public Path home() {
        return get(HOME)
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".samachar"))
                .toAbsolutePath()
                .normalize();
    }

    public Settings with(String name, String value) {
        var copy = new HashMap<>(env);
        copy.put(name, value);
        return new Settings(copy);
    }
}
