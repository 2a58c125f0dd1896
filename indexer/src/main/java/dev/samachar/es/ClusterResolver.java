package dev.samachar.es;

import dev.samachar.config.Settings;
import dev.samachar.localnode.LocalElasticsearch;
import dev.samachar.localnode.LocalNodeException;
import java.io.PrintStream;
import java.util.Optional;

/**
 * Chooses the cluster a command talks to: the one named by --es-url or SAMACHAR_ES_URL, otherwise
 * the local node (or every node of the local cluster) under SAMACHAR_HOME, started on demand.
 */
public final class ClusterResolver {

    private ClusterResolver() {}

    public static ClusterConnection resolve(Settings settings, Optional<String> urlOption, PrintStream progress) {
        Optional<String> url = urlOption.filter(s -> !s.isBlank()).or(() -> settings.get(Settings.ES_URL));
        if (url.isPresent()) {
            return ClusterConnection.remote(url.get(), settings);
        }
        try {
            var node = new LocalElasticsearch(settings.home(), settings.env(), progress);
            var running = node.ensureRunning();
            // A secure local node is always a single node (LocalElasticsearch refuses a secure cluster).
            return node.securityAccess()
                    .map(access -> ClusterConnection.localSecureNode(
                            running.url(), access.caCertificate(), access.user(), access.password()))
                    .orElseGet(() -> ClusterConnection.localNode(running.urls()));
        } catch (LocalNodeException e) {
            throw new ClusterUnavailableException("the local Elasticsearch could not be started: " + e.getMessage(), e);
        }
    }
}
