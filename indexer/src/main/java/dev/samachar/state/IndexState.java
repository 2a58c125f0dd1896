package dev.samachar.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    public record Entry(String hash, List<String> ids) {}

    private final Path file;
    private final String indexName;
    private final String indexUuid;
    private final PathTable paths = new PathTable();
    private final DigestTable hashes = new DigestTable(64);
    private final DigestTable ids = new DigestTable(32);
    // By path slot: its content hash's slot (-1: none), its documents' id slots (the only one inline, else an
    // array; -1 and null: none), and its neighbours among the paths with the same hash, a list in the order
    // they were recorded (-1: none), so that copies of one file, however many, cost nothing to add or drop.
    private int[] hashOf = new int[0];
    private int[] soleId = new int[0];
    private int[][] manyIds = new int[0][];
    private int[] nextSameHash = new int[0];
    private int[] previousSameHash = new int[0];
    /** By hash slot: the first and last path recorded with that content. */
    private int[] firstWithHash = new int[0];

    private int[] lastWithHash = new int[0];
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

    /** The directory this state lives in (see {@link #directory(Path, String)}). */
    public Path directory() {
        return file.getParent();
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
        entries.forEach((path, entry) -> state.put(path, entry.hash(), entry.ids()));
        state.compact();
        return state;
    }

    /** Reads the journal line by line: a large state is never held as text. */
    private void load(List<String> notices) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            String line = in.readLine();
            while (line != null) {
                String next = in.readLine();
                number++;
                if (!apply(line, number, next == null, notices)) {
                    return;
                }
                line = next;
            }
        } catch (NoSuchFileException e) {
            // No state yet.
        } catch (IOException e) {
            clear();
            notices.add("cannot read " + file + " (" + e.getMessage() + "); every file is read again");
        }
    }

    /** Applies one journal line; false when the journal describes another index and was dropped. */
    private boolean apply(String line, int number, boolean last, List<String> notices) {
        JsonNode record;
        try {
            record = JSON.readTree(line);
        } catch (IOException e) {
            // Only the last line can be torn by a crash; anything else means the file was edited.
            if (!last) {
                notices.add(file + " line " + number + " is damaged and was skipped");
            }
            return true;
        }
        if (record == null) {
            return true;
        }
        switch (record.path("op").asText()) {
            case "index" -> {
                if (!indexUuid.equals(record.path("uuid").asText())
                        || !indexName.equals(record.path("name").asText())) {
                    notices.add("the alias now points at " + indexName + " (uuid " + indexUuid + "), not at "
                            + record.path("name").asText() + " (uuid "
                            + record.path("uuid").asText()
                            + ") as at the last run; every file is indexed again");
                    clear();
                    return false;
                }
            }
            case "file" -> {
                List<String> list = new ArrayList<>();
                record.path("ids").forEach(id -> list.add(id.asText()));
                put(
                        record.path("path").asText(),
                        record.path("hash").isNull()
                                ? null
                                : record.path("hash").asText(null),
                        list);
            }
            case "gone" -> remove(record.path("path").asText());
            default -> notices.add(file + " line " + number + " has an unknown record and was skipped");
        }
        return true;
    }

    private void clear() {
        for (int slot = 0; slot < paths.capacity(); slot++) {
            if (paths.inUse(slot)) {
                release(slot);
                paths.remove(slot);
            }
        }
    }

    public synchronized Entry entry(String path) {
        int slot = paths.find(path);
        return slot < 0 ? null : entryAt(slot);
    }

    /** True when {@code path} was last indexed with exactly this content. */
    public synchronized boolean unchanged(String path, String hash) {
        int slot = paths.find(path);
        return slot >= 0 && hashOf[slot] >= 0 && hashOf[slot] == hashes.find(hash);
    }

    /** Another path whose content (same hash) is fully indexed: a copy or a move needs nothing sent. */
    public synchronized Entry sameContent(String hash) {
        int hashSlot = hashes.find(hash);
        return hashSlot < 0 ? null : entryAt(firstWithHash[hashSlot]);
    }

    /** True when some path's documents include this id, acknowledged by the index. */
    public synchronized boolean present(String id) {
        return ids.find(id) >= 0;
    }

    /**
     * Ids of {@code path}'s current documents that no other path references and that are not among
     * {@code keep}: what must be deleted when the path's content changes or the path is gone.
     */
    public synchronized Set<String> orphanedBy(String path, Collection<String> keep) {
        int slot = paths.find(path);
        Set<String> orphans = new LinkedHashSet<>();
        if (slot < 0) {
            return orphans;
        }
        Set<String> kept = Set.copyOf(keep);
        // An entry may list an id twice (the same article twice in one feed): count each once.
        Map<Integer, Integer> own = new LinkedHashMap<>();
        for (int id : idSlots(slot)) {
            own.merge(id, 1, Integer::sum);
        }
        own.forEach((id, times) -> {
            String text = ids.text(id);
            if (ids.refs(id) <= times && !kept.contains(text)) {
                orphans.add(text);
            }
        });
        return orphans;
    }

    public synchronized Set<String> paths() {
        Set<String> all = new TreeSet<>();
        for (int slot : paths.sortedSlots()) {
            all.add(paths.path(slot));
        }
        return all;
    }

    public synchronized int files() {
        return paths.size();
    }

    public synchronized int documents() {
        return ids.size();
    }

    /** Records that {@code path} now holds content {@code hash}, whose documents {@code ids} are all acknowledged. */
    public synchronized void record(String path, String hash, List<String> ids) {
        put(path, hash, ids);
        append(fileLine(path, hash, ids));
    }

    /** Records that {@code path} is gone and its documents were removed (or are still another path's). */
    public synchronized void forget(String path) {
        remove(path);
        append(JSON.createObjectNode().put("op", "gone").put("path", path));
    }

    private static ObjectNode fileLine(String path, String hash, List<String> ids) {
        ObjectNode line =
                JSON.createObjectNode().put("op", "file").put("path", path).put("hash", hash);
        ids.forEach(line.putArray("ids")::add);
        return line;
    }

    private Entry entryAt(int slot) {
        int[] own = idSlots(slot);
        String[] list = new String[own.length];
        for (int i = 0; i < own.length; i++) {
            list[i] = ids.text(own[i]);
        }
        return new Entry(hashOf[slot] < 0 ? null : hashes.text(hashOf[slot]), List.of(list));
    }

    private int[] idSlots(int slot) {
        if (manyIds[slot] != null) {
            return manyIds[slot];
        }
        return soleId[slot] < 0 ? new int[0] : new int[] {soleId[slot]};
    }

    private void put(String path, String hash, List<String> documentIds) {
        // Acquire before releasing the old content, so that ids the path keeps are never dropped and re-made.
        int hashSlot = hash == null ? -1 : hashes.acquire(hash);
        int[] idSlots = new int[documentIds.size()];
        for (int i = 0; i < idSlots.length; i++) {
            idSlots[i] = ids.acquire(documentIds.get(i));
        }
        int slot = paths.find(path);
        if (slot >= 0) {
            release(slot);
        } else {
            slot = paths.add(path);
            fitPathArrays();
        }
        fitHashArrays();
        hashOf[slot] = hashSlot;
        soleId[slot] = idSlots.length == 1 ? idSlots[0] : -1;
        manyIds[slot] = idSlots.length > 1 ? idSlots : null;
        nextSameHash[slot] = -1;
        previousSameHash[slot] = -1;
        if (hashSlot >= 0) {
            if (hashes.refs(hashSlot) == 1) {
                firstWithHash[hashSlot] = slot;
            } else {
                previousSameHash[slot] = lastWithHash[hashSlot];
                nextSameHash[lastWithHash[hashSlot]] = slot;
            }
            lastWithHash[hashSlot] = slot;
        }
    }

    private void remove(String path) {
        int slot = paths.find(path);
        if (slot >= 0) {
            release(slot);
            paths.remove(slot);
        }
    }

    /** Drops what {@code slot}'s path holds: its references to ids and hash, and its place among copies. */
    private void release(int slot) {
        for (int id : idSlots(slot)) {
            ids.release(id);
        }
        soleId[slot] = -1;
        manyIds[slot] = null;
        int hashSlot = hashOf[slot];
        if (hashSlot >= 0) {
            int previous = previousSameHash[slot];
            int next = nextSameHash[slot];
            if (previous < 0) {
                firstWithHash[hashSlot] = next;
            } else {
                nextSameHash[previous] = next;
            }
            if (next < 0) {
                lastWithHash[hashSlot] = previous;
            } else {
                previousSameHash[next] = previous;
            }
            hashes.release(hashSlot);
        }
        hashOf[slot] = -1;
        nextSameHash[slot] = -1;
        previousSameHash[slot] = -1;
    }

    private void fitPathArrays() {
        int size = paths.capacity();
        if (hashOf.length < size) {
            hashOf = Arrays.copyOf(hashOf, size);
            soleId = Arrays.copyOf(soleId, size);
            manyIds = Arrays.copyOf(manyIds, size);
            nextSameHash = Arrays.copyOf(nextSameHash, size);
            previousSameHash = Arrays.copyOf(previousSameHash, size);
        }
    }

    private void fitHashArrays() {
        int size = hashes.capacity();
        if (firstWithHash.length < size) {
            firstWithHash = Arrays.copyOf(firstWithHash, size);
            lastWithHash = Arrays.copyOf(lastWithHash, size);
        }
    }

    private void append(ObjectNode record) {
        try {
            if (journal == null) {
                Files.createDirectories(file.getParent());
                journal = FileChannel.open(
                        file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
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
            try (FileChannel channel = FileChannel.open(
                    tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                // Written as it is produced: the text of a large state is never held whole.
                Writer out = new BufferedWriter(
                        new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8), 1 << 16);
                out.write(JSON.writeValueAsString(JSON.createObjectNode()
                        .put("op", "index")
                        .put("name", indexName)
                        .put("uuid", indexUuid)));
                out.write('\n');
                for (int slot : paths.sortedSlots()) {
                    Entry entry = entryAt(slot);
                    out.write(JSON.writeValueAsString(fileLine(paths.path(slot), entry.hash(), entry.ids())));
                    out.write('\n');
                }
                out.flush();
                channel.force(true);
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
