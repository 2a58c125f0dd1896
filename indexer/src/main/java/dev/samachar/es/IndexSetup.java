package dev.samachar.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Installs the alias's templates ({@link IndexTemplates}) and makes sure the alias points at the index of
 * the mode's schema version. Idempotent: safe to run before every indexing run.
 */
public final class IndexSetup {

    public record Outcome(
            String alias,
            String index,
            boolean indexCreated,
            AnalysisMode mode,
            List<String> warnings,
            int shards,
            int replicas) {}

    private final ElasticsearchClient client;
    private final String alias;
    private final AnalysisMode mode;
    private final IndexShape shape;
    private final List<String> warnings = new ArrayList<>();

    public IndexSetup(ElasticsearchClient client, String alias, AnalysisMode mode) {
        this(client, alias, mode, IndexShape.unspecified());
    }

    /** @param shape shards and replicas asked for; what is not asked for stays as the live index has it */
    public IndexSetup(ElasticsearchClient client, String alias, AnalysisMode mode, IndexShape shape) {
        this.client = client;
        this.alias = alias;
        this.mode = mode;
        this.shape = shape;
    }

    /**
     * Moves the alias onto the current schema's index in one atomic update, so searches never see
     * two versions at once. Documents of an older version are not copied (this minimal
     * Elasticsearch has no _reindex): `samachar index` fills the new index again.
     */
    private void pointAliasAt(IndexLayout layout) throws IOException {
        Set<String> others = new TreeSet<>();
        if (client.indices().existsAlias(a -> a.name(alias)).value()) {
            others.addAll(client.indices().getAlias(a -> a.name(alias)).result().keySet());
        }
        boolean aliased = others.remove(layout.versionedIndex());
        if (aliased && others.isEmpty()) {
            return;
        }
        client.indices().updateAliases(u -> {
            for (String old : others) {
                u.actions(a -> a.remove(r -> r.index(old).alias(alias)));
            }
            return u.actions(a ->
                    a.add(add -> add.index(layout.versionedIndex()).alias(alias).isWriteIndex(true)));
        });
        if (!others.isEmpty()) {
            warnings.add(
                    "alias " + alias + " moved from " + String.join(", ", others) + " to " + layout.versionedIndex()
                            + " (new schema); run `samachar index` on your folders again, then delete the old index");
        }
    }

    /** {primary shards, replicas} of the live index. */
    /**
     * The live index's primary shards and replicas, or null when it does not exist. A GET rather than
     * a HEAD: a HEAD refused for lack of privileges comes back as a bare 403 without the reason, while
     * with ignore_unavailable an index the user may not see reads as absent and the next call's refusal
     * names the privilege it needs.
     */
    private int[] liveShape(String index) throws IOException {
        var state = client.indices()
                .getSettings(g -> g.index(index).ignoreUnavailable(true))
                .get(index);
        if (state == null) {
            return null;
        }
        var settings = state.settings();
        if (settings == null) {
            throw new ClusterUnavailableException("the cluster did not report the settings of " + index);
        }
        var flat = settings.index() != null ? settings.index() : settings;
        return new int[] {Integer.parseInt(flat.numberOfShards()), Integer.parseInt(flat.numberOfReplicas())};
    }

    /** The settings and mappings an index of {@code mode} is created with, and its schema version. */
    public static ObjectNode templateBody(AnalysisMode mode) {
        return IndexTemplates.composed(mode);
    }

    /** Elasticsearch refuses the plugin mode's component template when a node lacks its analyzers. */
    private static boolean lacksPluginAnalyzers(ElasticsearchException e) {
        String reasons = e.error().reason() + " " + ErrorMessages.reason(e);
        return reasons.contains("template after composition is invalid") || reasons.contains("analyzer [samachar_");
    }

    public Outcome apply() {
        ObjectNode template = templateBody(mode);
        IndexLayout layout = new IndexLayout(alias, IndexTemplates.schemaVersion(template), mode);
        IndexAnalysisMode.stamp((ObjectNode) template.path("template").path("mappings"), mode);
        try {
            int[] live = liveShape(layout.versionedIndex());
            boolean exists = live != null;
            ObjectNode settings = (ObjectNode) template.path("template").path("settings");
            // Unasked, the template follows the live index, so that `index` never undoes an earlier `setup --replicas`.
            int shards = shape.shards()
                    .orElse(
                            live != null
                                    ? live[0]
                                    : settings.path("number_of_shards").asInt(1));
            int replicas = shape.replicas()
                    .orElse(
                            live != null
                                    ? live[1]
                                    : settings.path("number_of_replicas").asInt(0));
            IndexTemplates.install(client, layout.templateName(), mode, shards, replicas);
            if (exists) {
                // Fields added to the template within a schema version reach the existing index too;
                // a change Elasticsearch cannot apply in place fails here and needs a new schema_version.
                String mappings = template.path("template").path("mappings").toString();
                client.indices()
                        .putMapping(m -> m.index(layout.versionedIndex()).withJson(new StringReader(mappings)));
                if (replicas != live[1]) {
                    client.indices()
                            .putSettings(p -> p.index(layout.versionedIndex())
                                    .settings(s -> s.numberOfReplicas(Integer.toString(replicas))));
                }
                if (shards != live[0]) {
                    warnings.add(layout.versionedIndex() + " keeps its " + live[0] + " primary shard(s): shards are"
                            + " fixed when an index is created, so " + shards + " applies to the next schema version's"
                            + " index");
                    shards = live[0];
                }
            } else {
                client.indices().create(c -> c.index(layout.versionedIndex()));
            }
            pointAliasAt(layout);
            return new Outcome(alias, layout.versionedIndex(), !exists, mode, List.copyOf(warnings), shards, replicas);
        } catch (ElasticsearchException e) {
            String hint = lacksPluginAnalyzers(e)
                    ? "; the cluster most likely lacks the samachar-analysis plugin: install "
                            + "es-plugin/target/samachar-analysis-plugin-*.zip on every node (bin/elasticsearch-plugin install)"
                    : "";
            throw new ClusterUnavailableException(
                    "the cluster refused the index setup: " + ErrorMessages.of(e) + hint, e);
        } catch (IOException e) {
            throw ErrorMessages.unreachable(e);
        }
    }
}
