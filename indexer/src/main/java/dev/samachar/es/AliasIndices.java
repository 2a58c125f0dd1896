package dev.samachar.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an alias points at, with its size, and removing it: for `samachar status` and `samachar delete`. */
public final class AliasIndices {

    /** One physical index behind the alias. */
    public record IndexInfo(String name, long documents, long sizeBytes, Integer schemaVersion, AnalysisMode mode) {}

    private final ElasticsearchClient client;
    private final String alias;

    public AliasIndices(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    /** The indices the alias resolves to (an index of that very name counts too); empty when there are none. */
    public List<String> names() {
        try {
            return new ArrayList<>(client.indices()
                            .get(g -> g.index(alias).ignoreUnavailable(true).allowNoIndices(true))
                            .result()
                            .keySet())
                    .stream().sorted().toList();
        } catch (ElasticsearchException e) {
            throw new ClusterUnavailableException("cannot look up " + alias + ": " + ErrorMessages.of(e), e);
        } catch (IOException e) {
            throw ErrorMessages.unreachable(e);
        }
    }

    /** Documents (primaries, as searches count them) and store size (all copies) of each index. */
    public List<IndexInfo> describe() {
        List<String> names = names();
        if (names.isEmpty()) {
            return List.of();
        }
        try {
            var stats = client.indices()
                    .stats(s -> s.index(names).metric("docs", "store"))
                    .indices();
            List<IndexInfo> infos = new ArrayList<>();
            for (String name : names) {
                var index = stats.get(name);
                long docs = index == null
                                || index.primaries() == null
                                || index.primaries().docs() == null
                        ? 0
                        : index.primaries().docs().count();
                long bytes =
                        index == null || index.total() == null || index.total().store() == null
                                ? 0
                                : index.total().store().sizeInBytes();
                infos.add(new IndexInfo(name, docs, bytes, schemaVersion(name), modeOf(name)));
            }
            return infos;
        } catch (ElasticsearchException e) {
            throw new ClusterUnavailableException(
                    "cannot read the statistics of " + alias + ": " + ErrorMessages.of(e), e);
        } catch (IOException e) {
            throw ErrorMessages.unreachable(e);
        }
    }

    /** Deletes every index behind the alias (and with them the alias); returns their names. */
    public List<String> delete() {
        List<String> names = names();
        if (names.isEmpty()) {
            return names;
        }
        try {
            client.indices().delete(d -> d.index(names));
            return names;
        } catch (ElasticsearchException e) {
            throw new ClusterUnavailableException(
                    "cannot delete " + String.join(", ", names) + ": " + ErrorMessages.of(e), e);
        } catch (IOException e) {
            throw ErrorMessages.unreachable(e);
        }
    }

    /** The uuid Elasticsearch gave {@code index}, which the local state is tied to; "unknown" if it has none. */
    public String uuid(String index) {
        try {
            var settings =
                    client.indices().getSettings(g -> g.index(index)).result().get(index);
            String uuid = settings == null
                            || settings.settings() == null
                            || settings.settings().index() == null
                    ? null
                    : settings.settings().index().uuid();
            return uuid == null ? "unknown" : uuid;
        } catch (ElasticsearchException e) {
            throw new ClusterUnavailableException(
                    "cannot read the settings of " + index + ": " + ErrorMessages.of(e), e);
        } catch (IOException e) {
            throw ErrorMessages.unreachable(e);
        }
    }

    /** Cluster health: green, yellow or red. */
    public String health() {
        try {
            return client.cluster().health().status().jsonValue();
        } catch (ElasticsearchException e) {
            throw new ClusterUnavailableException("cannot read cluster health: " + ErrorMessages.of(e), e);
        } catch (IOException e) {
            throw ErrorMessages.unreachable(e);
        }
    }

    /** From the name {@link IndexLayout#versionedIndex} gave it; null for an index Samachar did not name. */
    private Integer schemaVersion(String index) {
        Matcher m =
                Pattern.compile(Pattern.quote(alias) + "-v(\\d+)(-portable)?").matcher(index);
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    /**
     * The mode searches of this index use ({@link IndexAnalysisMode}: its mapping), so that status and
     * search agree; by its name when the mapping may not be read, null for an index Samachar did not name.
     */
    private AnalysisMode modeOf(String index) {
        return IndexAnalysisMode.of(client, index)
                .orElseGet(() -> schemaVersion(index) == null
                        ? null
                        : index.endsWith(AnalysisMode.PORTABLE.indexSuffix())
                                ? AnalysisMode.PORTABLE
                                : AnalysisMode.PLUGIN);
    }
}
