package dev.samachar.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import dev.samachar.es.AnalysisMode;
import dev.samachar.es.ClientFactory;
import dev.samachar.es.ClusterConnection;
import dev.samachar.es.ClusterProbe;
import dev.samachar.es.ClusterResolver;
import dev.samachar.es.IndexAnalysisMode;
import dev.samachar.es.PluginCheck;
import java.io.PrintStream;

/** A connected client for the duration of one command. */
final class ClusterSession implements AutoCloseable {

    final ClusterConnection connection;
    final ElasticsearchClient client;
    private AnalysisMode mode;

    private ClusterSession(ClusterConnection connection) {
        this.connection = connection;
        this.client = ClientFactory.create(connection);
        if (!connection.local()) {
            try {
                ClusterProbe.check(((RestClientTransport) client._transport()).restClient(), connection);
            } catch (RuntimeException e) {
                ClientFactory.closeQuietly(client);
                throw e;
            }
        }
    }

    static ClusterSession open(SamacharCli root, ClusterOptions options) {
        return new ClusterSession(ClusterResolver.resolve(root.settings, options.esUrl(), root.err));
    }

    /**
     * Asked of the cluster once per command: whether every node has Samachar's analysis plugin. This
     * is the mode new indices are made in; searches use {@link #searchMode}.
     */
    AnalysisMode mode() {
        if (mode == null) {
            mode = AnalysisMode.detect(client);
        }
        return mode;
    }

    /**
     * The mode the indices behind {@code alias} were made in, whatever the cluster supports now: a
     * portable index stays portable after the plugin is installed. Before any index exists (or when
     * the mapping may not be read) the cluster's mode, which the first index will get.
     */
    AnalysisMode searchMode(String alias) {
        return IndexAnalysisMode.of(client, alias).orElseGet(this::mode);
    }

    /**
     * The mode for creating or filling an index: as {@link #mode()}, but a plugin of another Samachar or another
     * Elasticsearch, or a server Samachar builds no plugin for, gets portable mode and a notice on {@code err}.
     */
    AnalysisMode modeForIndexing(PrintStream err) {
        PluginCheck.Verdict verdict = PluginCheck.fromBuild().inspect(client);
        verdict.notice().ifPresent(notice -> err.println("notice: " + notice));
        mode = verdict.mode();
        return mode;
    }

    @Override
    public void close() {
        ClientFactory.closeQuietly(client);
    }
}
