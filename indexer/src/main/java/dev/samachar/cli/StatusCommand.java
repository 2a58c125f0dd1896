package dev.samachar.cli;

import dev.samachar.es.AliasIndices;
import dev.samachar.state.FailureReport;
import dev.samachar.state.IndexState;
import dev.samachar.state.LastRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = {
            "What the alias holds: its indices, documents and size, schema version and analysis mode; "
                    + "the cluster's health; the last `samachar index` run and the failures still listed."
        })
final class StatusCommand implements Callable<Integer> {

    @ParentCommand
    SamacharCli root;

    @Mixin
    ClusterOptions cluster;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Path stateDir = IndexState.directory(root.settings.home(), cluster.alias);
        LastRun lastRun = LastRun.load(stateDir);
        int failures = FailureReport.load(stateDir).entries().size();
        try (ClusterSession session = ClusterSession.open(root, cluster)) {
            AliasIndices aliasIndices = new AliasIndices(session.client, cluster.alias);
            List<AliasIndices.IndexInfo> indices = aliasIndices.describe();
            String health = aliasIndices.health();
            String clusterMode = lower(session.mode());
            long documents = indices.stream()
                    .mapToLong(AliasIndices.IndexInfo::documents)
                    .sum();
            long bytes = indices.stream()
                    .mapToLong(AliasIndices.IndexInfo::sizeBytes)
                    .sum();
            if (output.json) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("alias", cluster.alias);
                json.put("es_url", session.connection.urls());
                json.put("health", health);
                json.put("cluster_analysis", clusterMode);
                json.put("documents", documents);
                json.put("size_bytes", bytes);
                List<Map<String, Object>> list = new ArrayList<>();
                for (AliasIndices.IndexInfo index : indices) {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("name", index.name());
                    item.put("documents", index.documents());
                    item.put("size_bytes", index.sizeBytes());
                    item.put("schema_version", index.schemaVersion());
                    item.put("analysis", lower(index.mode()));
                    list.add(item);
                }
                json.put("indices", list);
                json.put("last_run", lastRun);
                json.put("failures", failures);
                json.put("state_dir", stateDir.toString());
                Json.print(root.out, json);
                return ExitCodes.OK;
            }
            root.out.println("Cluster:    " + String.join(", ", session.connection.urls()) + " (health " + health
                    + ", analysis " + clusterMode + ")");
            if (indices.isEmpty()) {
                root.out.println("Alias:      " + cluster.alias + " has no index; `samachar index FOLDER` creates it.");
            } else {
                root.out.println(
                        "Alias:      " + cluster.alias + ": " + count(documents, "document") + ", " + size(bytes));
                for (AliasIndices.IndexInfo index : indices) {
                    root.out.println("Index:      " + index.name() + ": " + count(index.documents(), "document") + ", "
                            + size(index.sizeBytes())
                            + (index.schemaVersion() == null
                                    ? ""
                                    : ", schema v" + index.schemaVersion() + ", " + lower(index.mode()) + " analysis"));
                }
            }
            if (lastRun == null) {
                root.out.println("Last run:   none recorded in " + stateDir);
            } else {
                root.out.println("Last run:   " + lastRun.finished() + " into " + lastRun.index() + ": indexed "
                        + lastRun.indexed() + " of " + lastRun.articles() + " articles from " + lastRun.files()
                        + " files (" + lastRun.alreadyIndexed() + " already indexed, " + lastRun.deleted()
                        + " removed), " + lastRun.failed() + " failed, "
                        + String.format(Locale.ROOT, "%.1f s", lastRun.elapsedMs() / 1000.0)
                        + (lastRun.clusterFailure() == null ? "" : "; stopped: " + lastRun.clusterFailure()));
            }
            root.out.println("Failures:   "
                    + (failures == 0
                            ? "none listed"
                            : failures + " listed (samachar failures; index --retry-failures)"));
            return ExitCodes.OK;
        }
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    private static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        int unit = (63 - Long.numberOfLeadingZeros(bytes)) / 10;
        return String.format(Locale.ROOT, "%.1f %sB", bytes / Math.pow(1024, unit), " KMGTPE".charAt(unit));
    }
}
