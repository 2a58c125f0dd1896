package dev.samachar.watch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import dev.samachar.es.ErrorMessages;
import java.io.IOException;

/**
 * Whether the cluster can take the watch's writes again: it answers, and the alias's index has its primary
 * shards (yellow or green). A node that has just restarted answers before its shards are recovered, and a
 * bulk request sent then would fail again.
 */
public final class ClusterWait {

    private final ElasticsearchClient client;
    private final String alias;

    public ClusterWait(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    /** Null when the index can take writes; otherwise why not, in words. Waits at most a few seconds. */
    public String problem() {
        try {
            HealthResponse health = client.cluster()
                    .health(h ->
                            h.index(alias).waitForStatus(HealthStatus.Yellow).timeout(t -> t.time("5s")));
            return health.timedOut() || health.status() == HealthStatus.Red
                    ? "the index " + alias + " is " + health.status().jsonValue()
                    : null;
        } catch (IOException e) {
            return ErrorMessages.unreachable(e).getMessage();
        } catch (ElasticsearchException e) {
            return ErrorMessages.of(e);
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
    }
}
