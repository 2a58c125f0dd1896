package dev.samachar.es;

import dev.samachar.config.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the cluster is and how to authenticate. Secrets come only from environment variables
 * (or files they name); toString never prints them.
 */
public record ClusterConnection(
        List<String> urls,
        Optional<String> apiKey,
        Optional<String> user,
        Optional<String> password,
        Optional<Path> caCertificate,
        Optional<String> caFingerprint,
        boolean local) {

    /** Connection to the cluster named by SAMACHAR_ES_URL (comma-separated for several nodes). */
    public static ClusterConnection remote(String urlList, Settings settings) {
        List<String> urls = List.of(urlList.split(",")).stream()
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(ClusterConnection::withoutTrailingSlash)
                .toList();
        if (urls.isEmpty()) {
            throw new ConfigException("the cluster URL is empty");
        }
        for (String url : urls) {
            if (!url.startsWith("http://") && !url.startsWith("https://")) {
                throw new ConfigException("cluster URL must start with http:// or https://: " + url);
            }
        }
        Optional<String> apiKey = secret(settings, Settings.ES_API_KEY, Settings.ES_API_KEY_FILE);
        Optional<String> user = settings.get(Settings.ES_USER);
        Optional<String> password = secret(settings, Settings.ES_PASSWORD, Settings.ES_PASSWORD_FILE);
        if (user.isPresent() != password.isPresent()) {
            throw new ConfigException(Settings.ES_USER + " and " + Settings.ES_PASSWORD + " (or "
                    + Settings.ES_PASSWORD_FILE + ") must be set together");
        }
        if (apiKey.isPresent() && user.isPresent()) {
            throw new ConfigException("both an API key (" + Settings.ES_API_KEY + ") and a user (" + Settings.ES_USER
                    + ") are set; set one of them");
        }
        Optional<String> fingerprint = settings.get(Settings.ES_CA_FINGERPRINT).map(ClusterConnection::fingerprint);
        if (fingerprint.isPresent() && settings.get(Settings.ES_CA).isPresent()) {
            throw new ConfigException(
                    "both " + Settings.ES_CA + " and " + Settings.ES_CA_FINGERPRINT + " are set; set one of them");
        }
        Optional<Path> ca = settings.get(Settings.ES_CA).map(Path::of);
        ca.ifPresent(path -> {
            if (!Files.isReadable(path)) {
                throw new ConfigException(Settings.ES_CA + " names a file that cannot be read: " + path);
            }
        });
        return new ClusterConnection(urls, apiKey, user, password, ca, fingerprint, false);
    }

    /**
     * A secret from VAR, or from the file VAR_FILE names (surrounding whitespace and the final newline dropped).
     * Messages name the variable or the file, never the content.
     */
    static Optional<String> secret(Settings settings, String variable, String fileVariable) {
        Optional<String> direct = settings.get(variable);
        Optional<String> file = settings.get(fileVariable);
        if (direct.isPresent() && file.isPresent()) {
            throw new ConfigException("both " + variable + " and " + fileVariable + " are set; set one of them");
        }
        if (file.isEmpty()) {
            return direct;
        }
        Path path = Path.of(file.get());
        try {
            String value = Files.readString(path, StandardCharsets.UTF_8).strip();
            if (value.isEmpty()) {
                throw new ConfigException(fileVariable + " names an empty file: " + path);
            }
            return Optional.of(value);
        } catch (IOException | UncheckedIOException e) {
            throw new ConfigException(fileVariable + " names a file that cannot be read: " + path);
        }
    }

    /** SHA-256 as 64 hex digits, with or without colons (as openssl and Elasticsearch print it). */
    static String fingerprint(String value) {
        String hex = value.replace(":", "").strip().toLowerCase(Locale.ROOT);
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new ConfigException(
                    Settings.ES_CA_FINGERPRINT + " must be a SHA-256 fingerprint (64 hex digits," + " colons allowed)");
        }
        return hex;
    }

    public static ClusterConnection localNode(String url) {
        return localNode(List.of(url));
    }

    /** The local cluster: every node's URL, so the client fails over when one node goes down. */
    public static ClusterConnection localNode(List<String> urls) {
        return new ClusterConnection(
                List.copyOf(urls),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                true);
    }

    /** The local node with security on: its own CA, its superuser (password read from its 0600 file). */
    public static ClusterConnection localSecureNode(String url, Path caCertificate, String user, String password) {
        return new ClusterConnection(
                List.of(url),
                Optional.empty(),
                Optional.of(user),
                Optional.of(password),
                Optional.of(caCertificate),
                Optional.empty(),
                true);
    }

    public String describe() {
        String auth =
                apiKey.isPresent() ? "API key" : user.map(u -> "user " + u).orElse("no credentials");
        return String.join(",", urls) + " (" + (local ? "local node" : auth) + ")";
    }

    @Override
    public String toString() {
        return describe();
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
