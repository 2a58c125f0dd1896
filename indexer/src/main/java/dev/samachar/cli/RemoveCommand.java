package dev.samachar.cli;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import dev.samachar.es.AliasIndices;
import dev.samachar.es.ClusterUnavailableException;
import dev.samachar.es.ErrorMessages;
import dev.samachar.schema.ArticleField;
import dev.samachar.search.ArticleSearch;
import dev.samachar.state.IndexState;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "remove",
        mixinStandardHelpOptions = true,
        description = {
            "Remove one article (by its id, as search and get show it) or all articles of one file "
                    + "(by the path it was indexed from).",
            "The file is then no longer recorded as indexed: a later `samachar index` of it adds its articles "
                    + "again, so remove (or move away) the file itself to keep them out."
        })
final class RemoveCommand implements Callable<Integer> {

    @ParentCommand
    SamacharCli root;

    @Mixin
    ClusterOptions cluster;

    @Mixin
    OutputOptions output;

    @Parameters(paramLabel = "ID|PATH", description = "An article id, or the path of an indexed file.")
    String target;

    @Override
    public Integer call() {
        if (target.isBlank()) {
            throw new IllegalArgumentException("give an article id or a file path");
        }
        try (ClusterSession session = ClusterSession.open(root, cluster)) {
            AliasIndices aliasIndices = new AliasIndices(session.client, cluster.alias);
            List<String> names = aliasIndices.names();
            if (names.size() != 1) {
                throw new IllegalArgumentException(
                        names.isEmpty()
                                ? "there is no index behind " + cluster.alias
                                : cluster.alias + " points at several indices (" + String.join(", ", names)
                                        + "); remove needs exactly one");
            }
            String index = names.get(0);
            Path stateDir = IndexState.directory(root.settings.home(), cluster.alias);
            try (IndexState state = IndexState.open(stateDir, index, aliasIndices.uuid(index), new ArrayList<>())) {
                String path = recordedPath(state, target);
                Set<String> ids = new LinkedHashSet<>();
                List<String> forget = new ArrayList<>();
                long removed;
                if (path != null) {
                    // Only what no copy of the file still holds: the copy's articles stay.
                    ids.addAll(state.orphanedBy(path, List.of()));
                    forget.add(path);
                    removed = delete(session, index, ids);
                } else if (ArticleSearch.get(session.client, cluster.alias, target) != null) {
                    ids.add(target);
                    path = ArticleField.FILE.textIn(ArticleSearch.get(session.client, cluster.alias, target));
                    // Every path recorded with it, so that none of them counts as indexed and the next run resends it.
                    for (String recorded : state.paths()) {
                        if (state.entry(recorded).ids().contains(target)) {
                            forget.add(recorded);
                        }
                    }
                    removed = delete(session, index, ids);
                } else {
                    // A file the journal does not know (its state was lost): its documents by their file field.
                    path = target;
                    removed = deleteWithFile(session, index, target);
                    if (removed == 0) {
                        throw new IllegalArgumentException("no article with id " + target + " and no indexed file "
                                + target + " in " + cluster.alias + " (samachar search shows ids and files)");
                    }
                }
                // The file no longer has all its articles in the index: the next run reads it again.
                forget.forEach(state::forget);
                state.checkpoint();
                report(removed, ids, path);
                return ExitCodes.OK;
            }
        }
    }

    /** The path as the state records it: as given, or absolute. Null when the state does not know it. */
    private static String recordedPath(IndexState state, String target) {
        if (state.entry(target) != null) {
            return target;
        }
        try {
            String absolute = Path.of(target).toAbsolutePath().normalize().toString();
            return state.entry(absolute) != null ? absolute : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /**
     * Deletes the documents whose {@code file} is {@code path}, a page at a time until none is left
     * (_delete_by_query needs the reindex module, which a minimal node lacks).
     */
    private static long deleteWithFile(ClusterSession session, String index, String path) {
        long removed = 0;
        while (true) {
            Set<String> ids = new LinkedHashSet<>();
            try {
                session.client
                        .search(
                                s -> s.index(index)
                                        .size(1_000)
                                        .source(src -> src.fetch(false))
                                        .query(q -> q.term(t -> t.field(ArticleField.FILE.fieldName())
                                                .value(FieldValue.of(path)))),
                                Void.class)
                        .hits()
                        .hits()
                        .forEach(h -> ids.add(h.id()));
            } catch (ElasticsearchException e) {
                throw new ClusterUnavailableException("cannot look up " + path + ": " + ErrorMessages.of(e), e);
            } catch (IOException e) {
                throw ErrorMessages.unreachable(e);
            }
            long deleted = delete(session, index, ids);
            removed += deleted;
            if (deleted == 0) {
                return removed;
            }
        }
    }

    /** Deletes the ids; returns how many of them were in the index. */
    private static long delete(ClusterSession session, String index, Set<String> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        try {
            var response = session.client.bulk(b -> {
                ids.forEach(id -> b.operations(o -> o.delete(d -> d.index(index).id(id))));
                return b.refresh(Refresh.WaitFor);
            });
            if (response.errors()) {
                response.items().stream()
                        .filter(i -> i.error() != null)
                        .findFirst()
                        .ifPresent(i -> {
                            throw new ClusterUnavailableException(
                                    "could not remove " + i.id() + ": "
                                            + i.error().reason(),
                                    null);
                        });
            }
            return response.items().stream()
                    .filter(i -> "deleted".equals(i.result()))
                    .count();
        } catch (IOException e) {
            throw ErrorMessages.unreachable(e);
        }
    }

    private void report(long removed, Set<String> ids, String path) {
        if (output.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("alias", cluster.alias);
            json.put("removed", removed);
            json.put("ids", List.copyOf(ids));
            json.put("file", path);
            Json.print(root.out, json);
        } else {
            root.out.println("Removed " + removed + (removed == 1 ? " article" : " articles")
                    + (path == null ? "" : " of " + path)
                    + "; the file will be read again by the next `samachar index`.");
        }
    }
}
