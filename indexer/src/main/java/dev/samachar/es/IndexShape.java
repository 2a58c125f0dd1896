package dev.samachar.es;

import java.util.Optional;

/**
 * How many primary shards and replicas Samachar's index gets. An empty value keeps what the live index has, or
 * for a new index the template's default (1 shard, 0 replicas: right for a single node). Shards are fixed when an
 * index is created, so a new count applies to the next schema version's index; replicas change in place.
 */
public record IndexShape(Optional<Integer> shards, Optional<Integer> replicas) {

    /** Elasticsearch's own limit on primary shards per index. */
    public static final int MAX_SHARDS = 1024;

    public IndexShape {
        shards.ifPresent(n -> {
            if (n < 1 || n > MAX_SHARDS) {
                throw new ConfigException("the number of shards must be between 1 and " + MAX_SHARDS + ", not " + n);
            }
        });
        replicas.ifPresent(n -> {
            if (n < 0) {
                throw new ConfigException("the number of replicas must be 0 or more, not " + n);
            }
        });
    }

    public static IndexShape unspecified() {
        return new IndexShape(Optional.empty(), Optional.empty());
    }

    /** Parses a count from the environment, naming the variable when it is not a number. */
    public static Optional<Integer> parse(String variable, Optional<String> value) {
        return value.map(v -> {
            try {
                return Integer.parseInt(v.strip());
            } catch (NumberFormatException e) {
                throw new ConfigException(variable + " must be a whole number, not \"" + v + "\"");
            }
        });
    }
}
