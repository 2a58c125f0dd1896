package dev.samachar.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The compact {@link IndexState} against {@link ReferenceIndexState}, the semantics it had as maps of
 * strings: long random sequences of record, forget, crash-and-reopen and compaction over paths that share
 * folders (or prefixes of folders), canonical and odd hashes and ids, ids listed twice, and copies.
 */
class CompactIndexStateTest {

    private static final List<String> PATHS = List.of(
            "/corpus/2024/01/a.txt",
            "/corpus/2024/01/b.txt",
            "/corpus/2024/01b.txt",
            "/corpus/2024/01/b/x.txt",
            "/corpus/2024/01.txt",
            "/corpus/हिंदी/समाचार-१.txt",
            "/corpus/café.html",
            "/corpus/z\uD83D\uDE00.txt",
            "relative.txt",
            "/corpus/2024/02/",
            "/a.txt",
            "/feed.jsonl");
    private static final List<String> HASHES = new ArrayList<>();
    private static final List<String> IDS = new ArrayList<>();

    static {
        Random random = new Random(7);
        for (int i = 0; i < 4; i++) {
            HASHES.add(hex(random, 64));
        }
        HASHES.add("h1");
        HASHES.add(hex(random, 64).toUpperCase());
        HASHES.add(hex(random, 63));
        HASHES.add("");
        for (int i = 0; i < 8; i++) {
            IDS.add(hex(random, 32));
        }
        IDS.add("id1");
        IDS.add(hex(random, 32).toUpperCase());
        IDS.add(hex(random, 64));
        IDS.add("/corpus/2024/01/a.txt#0");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void randomHistoriesAnswerAsTheMapsDid(long seed, @TempDir Path dir) throws IOException {
        Random random = new Random(seed);
        ReferenceIndexState expected = new ReferenceIndexState();
        IndexState state = IndexState.open(dir, "news-v2", "uuid-1", new ArrayList<>());
        for (int step = 0; step < 500; step++) {
            int op = random.nextInt(100);
            String path = PATHS.get(random.nextInt(PATHS.size()));
            if (op < 60) {
                String hash = random.nextInt(10) == 0 ? null : HASHES.get(random.nextInt(HASHES.size()));
                List<String> ids = new ArrayList<>();
                for (int n = random.nextInt(5); n > 0; n--) {
                    ids.add(IDS.get(random.nextInt(IDS.size())));
                }
                if (hash == null) {
                    // Only a rescan makes entries without a hash; record() always has one.
                    expected.record(path, null, ids);
                    Map<String, IndexState.Entry> entries = new HashMap<>();
                    for (String p : expected.paths()) {
                        entries.put(p, expected.entry(p));
                    }
                    state.close();
                    state = IndexState.rebuilt(dir, "news-v2", "uuid-1", entries);
                    expected = new ReferenceIndexState();
                    for (Map.Entry<String, IndexState.Entry> e : entries.entrySet()) {
                        expected.record(
                                e.getKey(), e.getValue().hash(), e.getValue().ids());
                    }
                } else {
                    expected.record(path, hash, ids);
                    state.record(path, hash, ids);
                }
            } else if (op < 80) {
                expected.forget(path);
                state.forget(path);
            } else if (op < 95) {
                if (op < 90) {
                    state.close();
                } // else a crash: nothing closed, nothing compacted.
                // The old code, reading this journal, sees the same state (copies in the order it replays them).
                ReferenceIndexState reread =
                        ReferenceIndexState.read(dir.resolve("journal.jsonl"), "news-v2", "uuid-1");
                assertEquals(expected.compacted("news-v2", "uuid-1"), reread.compacted("news-v2", "uuid-1"));
                expected = reread;
                state = IndexState.open(dir, "news-v2", "uuid-1", new ArrayList<>());
                assertEquals(expected.compacted("news-v2", "uuid-1"), journal(dir), "a reopened state is compacted");
            } else {
                state.compact();
                assertEquals(expected.compacted("news-v2", "uuid-1"), journal(dir));
            }
            assertSame(expected, state, random);
        }
        state.compact();
        assertEquals(expected.compacted("news-v2", "uuid-1"), journal(dir));
    }

    @Test
    void anotherIndexClearsEverything(@TempDir Path dir) {
        IndexState state = IndexState.open(dir, "news-v2", "uuid-1", new ArrayList<>());
        for (int i = 0; i < PATHS.size(); i++) {
            state.record(PATHS.get(i), HASHES.get(i % HASHES.size()), List.of(IDS.get(i % IDS.size())));
        }
        state.close();
        IndexState other = IndexState.open(dir, "news-v3", "uuid-2", new ArrayList<>());
        assertSame(new ReferenceIndexState(), other, new Random(1));
        other.record("/a.txt", HASHES.get(0), List.of(IDS.get(0), IDS.get(0)));
        assertEquals(List.of(IDS.get(0), IDS.get(0)), other.entry("/a.txt").ids());
        assertEquals(1, other.documents());
    }

    /** Many values: the tables grow, and removals shift probe runs back; the answers stay the maps'. */
    @Test
    void manyFilesAndCopies(@TempDir Path dir) {
        Random random = new Random(11);
        ReferenceIndexState expected = new ReferenceIndexState();
        IndexState state = IndexState.open(dir, "i", "u", new ArrayList<>());
        List<String> paths = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            paths.add("/corpus/" + (i % 37) + "/" + i + ".txt");
            hashes.add(hex(random, 64));
        }
        for (int step = 0; step < 20000; step++) {
            String path = paths.get(random.nextInt(paths.size()));
            if (random.nextInt(4) == 0) {
                expected.forget(path);
                state.forget(path);
            } else {
                // Few hashes per many paths: lots of copies, and one content copied hundreds of times.
                int content = random.nextInt(4) == 0 ? 0 : random.nextInt(hashes.size() / 3);
                List<String> ids = List.of(idOf(content), idOf(content + 1));
                expected.record(path, hashes.get(content), ids);
                state.record(path, hashes.get(content), ids);
            }
        }
        for (String path : paths) {
            assertEquals(expected.entry(path), state.entry(path), path);
            assertEquals(expected.orphanedBy(path, List.of()), state.orphanedBy(path, List.of()), path);
        }
        for (String hash : hashes) {
            assertEquals(expected.sameContent(hash), state.sameContent(hash));
        }
        assertEquals(expected.files(), state.files());
        assertEquals(expected.documents(), state.documents());
        assertEquals(expected.paths(), state.paths());
    }

    private static String idOf(int content) {
        return String.format("%032x", content * 2654435761L);
    }

    private static void assertSame(ReferenceIndexState expected, IndexState state, Random random) {
        for (String path : PATHS) {
            assertEquals(expected.entry(path), state.entry(path), path);
            for (String hash : HASHES) {
                assertEquals(expected.unchanged(path, hash), state.unchanged(path, hash), path + " " + hash);
            }
            List<String> keep = new ArrayList<>();
            for (String id : IDS) {
                if (random.nextInt(4) == 0) {
                    keep.add(id);
                }
            }
            assertEquals(expected.orphanedBy(path, keep), state.orphanedBy(path, keep), path + " keeping " + keep);
        }
        for (String hash : HASHES) {
            assertEquals(expected.sameContent(hash), state.sameContent(hash), hash);
        }
        Set<String> present = new HashSet<>();
        for (String id : IDS) {
            assertEquals(expected.present(id), state.present(id), id);
            if (state.present(id)) {
                present.add(id);
            }
        }
        assertEquals(expected.paths(), state.paths());
        assertEquals(expected.files(), state.files());
        assertEquals(expected.documents(), state.documents());
        assertEquals(present.size(), state.documents());
    }

    private static String journal(Path dir) throws IOException {
        return Files.readString(dir.resolve("journal.jsonl"), StandardCharsets.UTF_8);
    }

    private static String hex(Random random, int length) {
        StringBuilder hex = new StringBuilder();
        while (hex.length() < length) {
            hex.append(Character.forDigit(random.nextInt(16), 16));
        }
        return hex.toString();
    }
}
