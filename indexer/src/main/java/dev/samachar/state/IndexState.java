package dev.samachar.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
 * What one index holds, as far as `samachar index` is concerned: for each file path, the SHA-256 of the
 * content last indexed from it and the ids of its documents, all acknowledged by Elasticsearch.
 *
 * <p>Kept in {@code state/<alias>/journal.jsonl} under SAMACHAR_HOME as an append-only journal: a line is
 * written only after the file's documents were acknowledged, so an interrupted run (Ctrl-C, crash) resumes
 * with the files it had not finished. Lines are forced to disk every {@link #SYNC_EVERY} records and at the
 * end; a power cut loses at most those, which are then simply sent again (ids are stable). A torn last line
 * is ignored when reading. A clean finish rewrites the journal compactly (temp file, fsync, atomic rename).
 *
 * <p>The first line names the physical index and its uuid. If the alias now points at another index (a new
 * schema version, or the index was deleted and recreated), the state describes documents that are not there,
 * so it is dropped and the run starts from nothing.
 */
public final class IndexState implements AutoCloseable {

    static final int SYNC_EVERY = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The content last indexed from one path; {@code hash} is null when rebuilt from an index that lacked it. */
    public record Entry(String hash, List<String> ids) {
    }

    private final Path file;
    private final String indexName;
    private final String indexUuid;
    private final Map<String, Entry> byPath = new TreeMap<>();
    private final Map<String, Integer> idRefs = new HashMap<>();
    private final Map<String, Set<String>> pathsByHash = new HashMap<>();
    private FileChannel journal;
    private int unsynced;

    private IndexState(Path file, String indexName, String indexUuid) {
        this.file = file;
        this.indexName = indexName;
        this.indexUuid = indexUuid;
    }

    /** Where the state and failure report of an alias live. */
    public static Path directory(Path samacharHome, String alias) {
        return samacharHome.resolve("state").resolve(alias);
    }

    /**
     * Loads the journal of {@code dir} for the given physical index.
     *
     * @param notices receives a line when an existing state is dropped, and why
     */
    public static IndexState open(Path dir, String indexName, String indexUuid, List<String> notices) {
        IndexState state = new IndexState(dir.resolve("journal.jsonl"), indexName, indexUuid);
        state.load(notices);
        state.compact();
        return state;
    }

    /** Replaces the state with what a scan of the index found (`index --rescan`). */
    public static IndexState rebuilt(Path dir, String indexName, String indexUuid, Map<String, Entry> entries) {
        IndexState state = new IndexState(dir.resolve("journal.jsonl"), indexName, indexUuid);
        entries.forEach(state::put);
        state.compact();
        return state;
    }

    private void load(List<String> notices) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            notices.add("cannot read " + file + " (" + e.getMessage() + "); every file is read again");
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            JsonNode record;
            try {
                record = JSON.readTree(lines.get(i));
            } catch (IOException e) {
                // Only the last line can be torn by a crash; anything else means the file was edited.
                if (i < lines.size() - 1) {
                    notices.add(file + " line " + (i + 1) + " is damaged and was skipped");
                }
                continue;
            }
            if (record == null) {
                continue;
            }
            switch (record.path("op").asText()) {
                case "index" -> {
                    if (!indexUuid.equals(record.path("uuid").asText()) || !indexName.equals(record.path("name").asText())) {
                        notices.add("the alias now points at " + indexName + " (uuid " + indexUuid + "), not at "
                                + record.path("name").asText() + " (uuid " + record.path("uuid").asText()
                                + ") as at the last run; every file is indexed again");
                        clear();
                        return;
                    }
                }
                case "file" -> {
                    List<String> ids = new ArrayList<>();
                    record.path("ids").forEach(id -> ids.add(id.asText()));
                    put(record.path("path").asText(), new Entry(record.path("hash").isNull() ? null
                            : record.path("hash").asText(null), ids));
                }
                case "gone" -> remove(record.path("path").asText());
                default -> notices.add(file + " line " + (i + 1) + " has an unknown record and was skipped");
            }
        }
    }

    private void clear() {
        byPath.clear();
        idRefs.clear();
        pathsByHash.clear();
    }

    public synchronized Entry entry(String path) {
        return byPath.get(path);
    }

    /** True when {@code path} was last indexed with exactly this content. */
    public synchronized boolean unchanged(String path, String hash) {
        Entry entry = byPath.get(path);
        return entry != null && hash.equals(entry.hash());
    }

    /** Another path whose content (same hash) is fully indexed: a copy or a move needs nothing sent. */
    public synchronized Entry sameContent(String hash) {
        Set<String> paths = pathsByHash.get(hash);
        return paths == null || paths.isEmpty() ? null : byPath.get(paths.iterator().next());
    }

    /** True when some path's documents include this id, acknowledged by the index. */
    public synchronized boolean present(String id) {
        return idRefs.getOrDefault(id, 0) > 0;
    }

    /**
     * Ids of {@code path}'s current documents that no other path references and that are not among
     * {@code keep}: what must be deleted when the path's content changes or the path is gone.
     */
    public synchronized Set<String> orphanedBy(String path, Collection<String> keep) {
        Entry entry = byPath.get(path);
        Set<String> orphans = new LinkedHashSet<>();
        if (entry == null) {
            return orphans;
        }
        Set<String> kept = Set.copyOf(keep);
        // An entry may list an id twice (the same article twice in one feed): count each once.
        Map<String, Integer> own = new HashMap<>();
        entry.ids().forEach(id -> own.merge(id, 1, Integer::sum));
        for (Map.Entry<String, Integer> e : own.entrySet()) {
            if (!kept.contains(e.getKey()) && idRefs.getOrDefault(e.getKey(), 0) <= e.getValue()) {
                orphans.add(e.getKey());
            }
        }
        return orphans;
    }

    public synchronized Set<String> paths() {
        return new TreeSet<>(byPath.keySet());
    }

    public synchronized int files() {
        return byPath.size();
    }

    public synchronized int documents() {
        return (int) idRefs.values().stream().filter(n -> n > 0).count();
    }

    /** Records that {@code path} now holds content {@code hash}, whose documents {@code ids} are all acknowledged. */
    public synchronized void record(String path, String hash, List<String> ids) {
        put(path, new Entry(hash, List.copyOf(ids)));
        ObjectNode line = JSON.createObjectNode().put("op", "file").put("path", path).put("hash", hash);
        ids.forEach(line.putArray("ids")::add);
        append(line);
    }

    /** Records that {@code path} is gone and its documents were removed (or are still another path's). */
    public synchronized void forget(String path) {
        remove(path);
        append(JSON.createObjectNode().put("op", "gone").put("path", path));
    }

    private void put(String path, Entry entry) {
        remove(path);
        byPath.put(path, entry);
        entry.ids().forEach(id -> idRefs.merge(id, 1, Integer::sum));
        if (entry.hash() != null) {
            pathsByHash.computeIfAbsent(entry.hash(), h -> new LinkedHashSet<>()).add(path);
        }
    }

    private void remove(String path) {
        Entry old = byPath.remove(path);
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

    private void append(ObjectNode record) {
        try {
            if (journal == null) {
                Files.createDirectories(file.getParent());
                journal = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND);
            }
            // One write per record, unbuffered: a killed process loses nothing the OS already has.
            journal.write(ByteBuffer.wrap((JSON.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8)));
            if (++unsynced >= SYNC_EVERY) {
                checkpoint();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the index state " + file + ": " + e.getMessage(), e);
        }
    }

    /** Forces what was recorded so far to disk. */
    public synchronized void checkpoint() {
        if (journal != null && unsynced > 0) {
            try {
                journal.force(false);
                unsynced = 0;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot sync the index state " + file + ": " + e.getMessage(), e);
            }
        }
    }

    /** Rewrites the journal as one header and one line per path: temp file, fsync, atomic rename. */
    public synchronized void compact() {
        closeJournal();
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                StringBuilder text = new StringBuilder();
                text.append(JSON.writeValueAsString(JSON.createObjectNode().put("op", "index")
                        .put("name", indexName).put("uuid", indexUuid))).append('\n');
                for (Map.Entry<String, Entry> e : byPath.entrySet()) {
                    ObjectNode line = JSON.createObjectNode().put("op", "file").put("path", e.getKey())
                            .put("hash", e.getValue().hash());
                    e.getValue().ids().forEach(line.putArray("ids")::add);
                    text.append(JSON.writeValueAsString(line)).append('\n');
                }
                ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
                out.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the index state " + file + ": " + e.getMessage(), e);
        }
    }

    private void closeJournal() {
        if (journal != null) {
            try {
                journal.force(false);
                journal.close();
            } catch (IOException e) {
                // The records were written; only the sync failed, which the next compaction redoes.
            }
            journal = null;
            unsynced = 0;
        }
    }

    /** Syncs and closes the journal without compacting (an unfinished run keeps its journal as it is). */
    @Override
    public synchronized void close() {
        closeJournal();
    }
}
