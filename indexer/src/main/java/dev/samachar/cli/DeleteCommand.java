package dev.samachar.cli;

import dev.samachar.es.AliasIndices;
import dev.samachar.state.IndexState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "delete",
        mixinStandardHelpOptions = true,
        description = {
            "Delete every index behind the alias, and the alias's local state "
                    + "($SAMACHAR_HOME/state/<alias>: journal, failure list, last run), so that the next "
                    + "`samachar index` starts from nothing. Without --yes it only says what it would delete (exit 2)."
        })
final class DeleteCommand implements Callable<Integer> {

    @ParentCommand
    SamacharCli root;

    @Mixin
    ClusterOptions cluster;

    @Mixin
    OutputOptions output;

    @Option(names = "--yes", description = "Really delete.")
    boolean yes;

    @Override
    public Integer call() {
        Path stateDir = IndexState.directory(root.settings.home(), cluster.alias);
        try (ClusterSession session = ClusterSession.open(root, cluster)) {
            AliasIndices aliasIndices = new AliasIndices(session.client, cluster.alias);
            if (!yes) {
                List<AliasIndices.IndexInfo> indices = aliasIndices.describe();
                long documents = indices.stream()
                        .mapToLong(AliasIndices.IndexInfo::documents)
                        .sum();
                List<String> names =
                        indices.stream().map(AliasIndices.IndexInfo::name).toList();
                root.err.println("samachar: would delete "
                        + (names.isEmpty()
                                ? "no index (none behind " + cluster.alias + ")"
                                : String.join(", ", names) + " (" + documents + " documents)")
                        + (Files.exists(stateDir) ? " and the local state " + stateDir : "")
                        + "; run again with --yes to delete.");
                if (output.json) {
                    print(false, names, Files.exists(stateDir), stateDir);
                }
                return ExitCodes.USAGE;
            }
            List<String> deleted = aliasIndices.delete();
            boolean stateCleared = clear(stateDir);
            if (output.json) {
                print(true, deleted, stateCleared, stateDir);
            } else {
                root.out.println((deleted.isEmpty()
                                ? "No index behind " + cluster.alias + " to delete"
                                : "Deleted " + String.join(", ", deleted))
                        + (stateCleared ? "; cleared " + stateDir : "") + ".");
            }
            return ExitCodes.OK;
        }
    }

    private void print(boolean deleted, List<String> indices, boolean state, Path stateDir) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("alias", cluster.alias);
        json.put("deleted", deleted);
        json.put("indices", indices);
        json.put("state_dir", state ? stateDir.toString() : null);
        Json.print(root.out, json);
    }

    /** Removes the state directory; false when there was none. */
    private static boolean clear(Path stateDir) {
        if (!Files.exists(stateDir)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(stateDir)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "deleted the indices but could not clear " + stateDir + ": " + e.getMessage()
                            + "; delete that folder by hand",
                    e);
        }
    }
}
