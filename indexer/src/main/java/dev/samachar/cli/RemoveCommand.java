package dev.samachar.cli;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samachar.es.AliasIndices;
import dev.samachar.es.ClusterUnavailableException;
import dev.samachar.es.ErrorMessages;
import dev.samachar.search.ArticleSearch;
import dev.samachar.state.IndexState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Remove one article (by its id, as search and get show it) or all articles of one file "
                + "(by the path it was indexed from).",
                "The file is then no longer recorded as indexed: a later `samachar index` of it adds its articles "
                        + "again, so remove (or move away) the file itself to keep them out."})
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
                throw new IllegalArgumentException(names.isEmpty() ? "there is no index behind " + cluster.alias
                        : cluster.alias + " points at several indices (" + String.join(", ", names)
                        + "); remove needs exactly one");
            }
            String index = names.get(0);
            Path stateDir = IndexState.directory(root.settings.home(), cluster.alias);
            try (IndexState state = IndexState.open(stateDir, index, aliasIndices.uuid(index), new ArrayList<>())) {
                String path = recordedPath(state, target);
                ObjectNode article = path == null ? ArticleSearch.get(session.client, cluster.alias, target) : null;
                Set<String> ids = new LinkedHashSet<>();
                if (path != null) {
                    ids.addAll(state.orphanedBy(path, List.of()));
                    ids.addAll(idsWithFile(session, index, path));
                } else if (article != null) {
                    ids.add(target);
                    path = article.path("file").asText(null);
                } else {
                    List<String> byFile = idsWithFile(session, index, Path.of(target).toAbsolutePath().normalize().toString());
                    byFile.addAll(idsWithFile(session, index, target));
                    if (byFile.isEmpty()) {
                        throw new IllegalArgumentException("no article with id " + target + " and no indexed file "
                                + target + " in " + cluster.alias + " (samachar search shows ids and files)");
                    }
                    ids.addAll(byFile);
                }
                delete(session, index, ids);
                if (path != null && state.entry(path) != null) {
                    // The file no longer has all its articles in the index: the next run reads it again.
                    state.forget(path);
                }
                state.checkpoint();
                report(ids, path);
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
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /** Ids of the documents whose {@code file} is {@code path}, however many (a feed may hold thousands). */
    private static List<String> idsWithFile(ClusterSession session, String index, String path) {
        List<String> ids = new ArrayList<>();
        try {
            var response = session.client.search(s -> s.index(index).size(10_000).source(src -> src.fetch(false))
                    .query(q -> q.term(t -> t.field("file").value(FieldValue.of(path)))), ObjectNode.class);
            response.hits().hits().forEach(h -> ids.add(h.id()));
            return ids;
        } catch (ElasticsearchException e) {
            throw new ClusterUnavailableException("cannot look up " + path + ": " + ErrorMessages.of(e), e);
        } catch (IOException e) {
            throw ErrorMessages.unreachable(e);
        }
    }

    private static void delete(ClusterSession session, String index, Set<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try {
            var response = session.client.bulk(b -> {
                ids.forEach(id -> b.operations(o -> o.delete(d -> d.index(index).id(id))));
                return b.refresh(Refresh.WaitFor);
            });
            if (response.errors()) {
                response.items().stream().filter(i -> i.error() != null).findFirst().ifPresent(i -> {
                    throw new ClusterUnavailableException("could not remove " + i.id() + ": " + i.error().reason(), null);
                });
            }
        } catch (IOException e) {
            throw ErrorMessages.unreachable(e);
        }
    }

    private void report(Set<String> ids, String path) {
        if (output.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("alias", cluster.alias);
            json.put("removed", ids.size());
            json.put("ids", List.copyOf(ids));
            json.put("file", path);
            Json.print(root.out, json);
        } else {
            root.out.println("Removed " + ids.size() + (ids.size() == 1 ? " article" : " articles")
                    + (path == null ? "" : " of " + path) + "; the file will be read again by the next `samachar index`.");
        }
    }
}
