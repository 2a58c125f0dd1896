package dev.samachar.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * Where cross-script analysis happens. With Samachar's plugin on every node, Elasticsearch analyses
 * the text itself (sub-fields per representation). Managed clusters often cannot install plugins:
 * there the indexer computes the romanised/loose forms and all spellings of known names, and stores
 * them in plain fields that core analyzers can search.
 */
public enum AnalysisMode {
    PLUGIN(""),
    PORTABLE("-portable");

    public static final String PLUGIN_NAME = "samachar-analysis";

    private final String indexSuffix;

    AnalysisMode(String indexSuffix) {
        this.indexSuffix = indexSuffix;
    }

    public String indexSuffix() {
        return indexSuffix;
    }

    public String describe() {
        return this == PLUGIN ? "plugin (analysis in Elasticsearch)" : "portable (no plugin; analysis in the indexer)";
    }

    /**
     * PLUGIN only when every node has this Samachar's plugin: a document may be analysed on any of them.
     * {@link PluginCheck} decides, so that search agrees with what `index` created.
     */
    public static AnalysisMode detect(ElasticsearchClient client) {
        return PluginCheck.fromBuild().inspect(client).mode();
    }
}
