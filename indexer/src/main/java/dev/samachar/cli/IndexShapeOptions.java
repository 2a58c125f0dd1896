package dev.samachar.cli;

import dev.samachar.config.Settings;
import dev.samachar.es.IndexShape;
import java.util.Optional;
import picocli.CommandLine.Option;

/** --shards and --replicas, shared by the commands that set up the index; the environment supplies defaults. */
public class IndexShapeOptions {

    @Option(
            names = "--shards",
            paramLabel = "N",
            description = "Primary shards of a new index version (default: $SAMACHAR_SHARDS, else what the live "
                    + "index has, else 1). Fixed once the index exists.")
    Integer shards;

    @Option(
            names = "--replicas",
            paramLabel = "N",
            description = "Replicas of each shard, also changed on the live index (default: $SAMACHAR_REPLICAS, "
                    + "else what the live index has, else 0). Needs at least N+1 nodes to turn green.")
    Integer replicas;

    IndexShape shape(Settings settings) {
        return new IndexShape(
                Optional.ofNullable(shards).or(() -> IndexShape.parse(Settings.SHARDS, settings.get(Settings.SHARDS))),
                Optional.ofNullable(replicas)
                        .or(() -> IndexShape.parse(Settings.REPLICAS, settings.get(Settings.REPLICAS))));
    }
}
