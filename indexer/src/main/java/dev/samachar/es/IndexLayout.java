package dev.samachar.es;

/**
 * Names of what Samachar keeps in the cluster: a versioned index behind a stable alias, so a
 * mapping change can be rolled out into a new index while searches keep using the alias.
 */
public record IndexLayout(String alias, int schemaVersion, AnalysisMode mode) {

    public static final String DEFAULT_ALIAS = "samachar";

    public String templateName() {
        return alias;
    }

    public String versionedIndex() {
        return alias + "-v" + schemaVersion + mode.indexSuffix();
    }
}
