package dev.samachar.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The in-memory semantics of {@link IndexState} as they were before it was made compact (maps of strings),
 * kept as the specification the compact structures are checked against, including the exact text of a
 * compacted journal.
 */
final class ReferenceIndexState {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, IndexState.Entry> byPath = new TreeMap<>();
    private final Map<String, Integer> idRefs = new HashMap<>();
    private final Map<String, Set<String>> pathsByHash = new HashMap<>();

    /** What the old code loaded from a journal: its lines replayed in order, as far as the same index goes. */
    static ReferenceIndexState read(Path journal, String indexName, String indexUuid) throws IOException {
        ReferenceIndexState state = new ReferenceIndexState();
        for (String text : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
            JsonNode record;
            try {
                record = JSON.readTree(text);
            } catch (IOException e) {
                continue;
            }
            if (record == null) {
                continue;
            }
            switch (record.path("op").asText()) {
                case "index" -> {
                    if (!indexUuid.equals(record.path("uuid").asText())
                            || !indexName.equals(record.path("name").asText())) {
                        state.clear();
                        return state;
                    }
                }
                case "file" -> {
                    List<String> ids = new ArrayList<>();
                    record.path("ids").forEach(id -> ids.add(id.asText()));
                    state.put(
                            record.path("path").asText(),
                            new IndexState.Entry(
                                    record.path("hash").isNull()
                                            ? null
                                            : record.path("hash").asText(null),
                                    ids));
                }
                case "gone" -> state.remove(record.path("path").asText());
                default -> throw new IllegalStateException("unknown record " + text);
            }
        }
        return state;
    }

    IndexState.Entry entry(String path) {
        return byPath.get(path);
    }

    boolean unchanged(String path, String hash) {
        IndexState.Entry entry = byPath.get(path);
        return entry != null && hash.equals(entry.hash());
    }

    IndexState.Entry sameContent(String hash) {
        Set<String> paths = pathsByHash.get(hash);
        return paths == null || paths.isEmpty()
                ? null
                : byPath.get(paths.iterator().next());
    }

    boolean present(String id) {
        return idRefs.getOrDefault(id, 0) > 0;
    }

    Set<String> orphanedBy(String path, Collection<String> keep) {
        IndexState.Entry entry = byPath.get(path);
        Set<String> orphans = new LinkedHashSet<>();
        if (entry == null) {
            return orphans;
        }
        Set<String> kept = Set.copyOf(keep);
        Map<String, Integer> own = new HashMap<>();
        entry.ids().forEach(id -> own.merge(id, 1, Integer::sum));
        for (Map.Entry<String, Integer> e : own.entrySet()) {
            if (!kept.contains(e.getKey()) && idRefs.getOrDefault(e.getKey(), 0) <= e.getValue()) {
                orphans.add(e.getKey());
            }
        }
        return orphans;
    }

    Set<String> paths() {
        return new TreeSet<>(byPath.keySet());
    }

    int files() {
        return byPath.size();
    }

    int documents() {
        return (int) idRefs.values().stream().filter(n -> n > 0).count();
    }

    void record(String path, String hash, List<String> ids) {
        put(path, new IndexState.Entry(hash, List.copyOf(ids)));
    }

    void forget(String path) {
        remove(path);
    }

    void clear() {
        byPath.clear();
        idRefs.clear();
        pathsByHash.clear();
    }

    /** The journal the old {@code compact()} wrote. */
    String compacted(String indexName, String indexUuid) throws JsonProcessingException {
        StringBuilder text = new StringBuilder();
        text.append(JSON.writeValueAsString(JSON.createObjectNode()
                        .put("op", "index")
                        .put("name", indexName)
                        .put("uuid", indexUuid)))
                .append('\n');
        for (Map.Entry<String, IndexState.Entry> e : byPath.entrySet()) {
            ObjectNode line = JSON.createObjectNode()
                    .put("op", "file")
                    .put("path", e.getKey())
                    .put("hash", e.getValue().hash());
            e.getValue().ids().forEach(line.putArray("ids")::add);
            text.append(JSON.writeValueAsString(line)).append('\n');
        }
        return text.toString();
    }

    private void put(String path, IndexState.Entry entry) {
        remove(path);
        byPath.put(path, entry);
        entry.ids().forEach(id -> idRefs.merge(id, 1, Integer::sum));
        if (entry.hash() != null) {
            pathsByHash
                    .computeIfAbsent(entry.hash(), h -> new LinkedHashSet<>())
                    .add(path);
        }
    }

    private void remove(String path) {
        IndexState.Entry old = byPath.remove(path);
        if (old == null) {
            return;
        }
        for (String id : old.ids()) {
            idRefs.computeIfPresent(id, (k, n) -> n <= 1 ? null : n - 1);
        }
        if (old.hash() != null) {
            Set<String> paths = pathsByHash.get(old.hash());
            if (paths != null) {
                paths.remove(path);
                if (paths.isEmpty()) {
                    pathsByHash.remove(old.hash());
                }
            }
        }
    }
}
