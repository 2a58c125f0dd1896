package dev.samachar.cli;

import dev.samachar.es.IndexSetup;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "setup",
        mixinStandardHelpOptions = true,
        description = "Apply the index template from mappings/ and create the versioned index behind the alias. "
                + "`index` does this too; running it twice changes nothing.")
final class SetupCommand implements Callable<Integer> {

    @ParentCommand
    SamacharCli root;

    @Mixin
    ClusterOptions cluster;

    @Mixin
    OutputOptions output;

    @Mixin
    IndexShapeOptions indexShape;

    @Override
    public Integer call() {
        try (ClusterSession session = ClusterSession.open(root, cluster)) {
            IndexSetup.Outcome outcome = new IndexSetup(
                            session.client,
                            cluster.alias,
                            session.modeForIndexing(root.err),
                            indexShape.shape(root.settings))
                    .apply();
            if (output.json) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("cluster", session.connection.describe());
                json.put("alias", outcome.alias());
                json.put("index", outcome.index());
                json.put("created", outcome.indexCreated());
                json.put("analysis", outcome.mode().name().toLowerCase(Locale.ROOT));
                json.put("shards", outcome.shards());
                json.put("replicas", outcome.replicas());
                json.put("warnings", outcome.warnings());
                Json.print(root.out, json);
            } else {
                outcome.warnings().forEach(w -> root.err.println("warning: " + w));
                root.out.printf(
                        Locale.ROOT,
                        "Template applied on %s; alias %s -> %s (%s; %d shard%s, %d replica%s); analysis: %s%n",
                        session.connection.describe(),
                        outcome.alias(),
                        outcome.index(),
                        outcome.indexCreated() ? "created" : "already there",
                        outcome.shards(),
                        outcome.shards() == 1 ? "" : "s",
                        outcome.replicas(),
                        outcome.replicas() == 1 ? "" : "s",
                        outcome.mode().describe());
            }
            return ExitCodes.OK;
        }
    }
}
