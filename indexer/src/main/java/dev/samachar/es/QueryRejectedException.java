package dev.samachar.es;

/** Elasticsearch refused a search as malformed (HTTP 400): the query or its options must change (exit code 2). */
public class QueryRejectedException extends ConfigException {

    private final String reason;

    public QueryRejectedException(String reason) {
        super("Elasticsearch rejected the search: " + reason + "; change the query or its options"
                + " (samachar search --help)");
        this.reason = reason;
    }

    /** Elasticsearch's own words for what is wrong. */
    public String reason() {
        return reason;
    }
}
