package dev.samachar.es;

import dev.samachar.config.Settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the cluster is and how to authenticate. Secrets come only from environment variables
 * (or files they name); toString never prints them.
 */
public record ClusterConnection(List<String> urls, Optional<String> apiKey, Optional<String> user,
                                Optional<String> password, Optional<Path> caCertificate,
                                Optional<String> caFingerprint, boolean local) {

    /** Connection to the cluster named by SAMACHAR_ES_URL (comma-separated for several nodes). */
    public static ClusterConnection remote(String urlList, Settings settings) {
        List<String> urls = List.of(urlList.split(",")).stream().map(String::trim)
                .filter(s -> !s.isEmpty()).map(ClusterConnection::withoutTrailingSlash).toList();
        if (urls.isEmpty()) {
            throw new ConfigException("the cluster URL is empty");
        }
        for (String url : urls) {
            if (!url.startsWith("http://") && !url.startsWith("https://")) {
                throw new ConfigException("cluster URL must start with http:// or https://: " + url);
            }
        }
        Optional<String> user = settings.get(Settings.ES_USER);
        Optional<String> password = settings.get(Settings.ES_PASSWORD);
        if (user.isPresent() != password.isPresent()) {
            throw new ConfigException(Settings.ES_USER + " and " + Settings.ES_PASSWORD + " must be set together");
        }
        Optional<Path> ca = settings.get(Settings.ES_CA).map(Path::of);
        ca.ifPresent(path -> {
            if (!Files.isReadable(path)) {
                throw new ConfigException(Settings.ES_CA + " names a file that cannot be read: " + path);
            }
        });
        return new ClusterConnection(urls, settings.get(Settings.ES_API_KEY), user, password, ca,
                settings.get(Settings.ES_CA_FINGERPRINT), false);
    }

    public static ClusterConnection localNode(String url) {
        return localNode(List.of(url));
    }

    /** The local cluster: every node's URL, so the client fails over when one node goes down. */
    public static ClusterConnection localNode(List<String> urls) {
        return new ClusterConnection(List.copyOf(urls), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), true);
    }

    public String describe() {
        String auth = apiKey.isPresent() ? "API key" : user.map(u -> "user " + u).orElse("no credentials");
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
