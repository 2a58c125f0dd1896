package dev.samachar.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexStateTest {

    @Test
    void recordsSurviveAProcessThatNeverClosedTheJournal(@TempDir Path dir) {
        IndexState state = IndexState.open(dir, "news-v2", "uuid-1", new ArrayList<>());
        state.record("/a.txt", "h1", List.of("id1"));
        state.record("/feed.jsonl", "h2", List.of("id2", "id3"));
        // No close, no compaction: a crash right here.
        IndexState reopened = IndexState.open(dir, "news-v2", "uuid-1", new ArrayList<>());
        assertTrue(reopened.unchanged("/a.txt", "h1"));
        assertFalse(reopened.unchanged("/a.txt", "other"));
        assertTrue(reopened.present("id3"));
        assertEquals(2, reopened.files());
        assertEquals(3, reopened.documents());
    }

    @Test
    void aTornLastLineIsIgnored(@TempDir Path dir) throws IOException {
        IndexState state = IndexState.open(dir, "news-v2", "uuid-1", new ArrayList<>());
        state.record("/a.txt", "h1", List.of("id1"));
        state.close();
        Files.writeString(
                dir.resolve("journal.jsonl"),
                "{\"op\":\"file\",\"path\":\"/b.t",
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        List<String> notices = new ArrayList<>();
        IndexState reopened = IndexState.open(dir, "news-v2", "uuid-1", notices);
        assertEquals(Set.of("/a.txt"), reopened.paths());
        assertEquals(List.of(), notices);
    }

    @Test
    void anotherIndexBehindTheAliasDropsTheState(@TempDir Path dir) {
        IndexState state = IndexState.open(dir, "news-v2", "uuid-1", new ArrayList<>());
        state.record("/a.txt", "h1", List.of("id1"));
        state.compact();
        List<String> notices = new ArrayList<>();
        IndexState recreated = IndexState.open(dir, "news-v2", "uuid-2", notices);
        assertEquals(0, recreated.files());
        assertFalse(recreated.present("id1"));
        assertTrue(notices.get(0).contains("uuid-2"), notices.toString());
    }

    @Test
    void copiesShareDocumentsAndOnlyUnsharedIdsAreOrphaned(@TempDir Path dir) {
        IndexState state = IndexState.open(dir, "i", "u", new ArrayList<>());
        state.record("/a.txt", "h1", List.of("id1"));
        state.record("/copy.txt", "h1", List.of("id1"));
        state.record("/feed.jsonl", "h2", List.of("id2", "id3"));
        assertEquals("h1", state.sameContent("h1").hash());
        assertNull(state.sameContent("h9"));
        assertEquals(Set.of(), state.orphanedBy("/a.txt", List.of()), "the copy still has it");
        assertEquals(Set.of("id3"), state.orphanedBy("/feed.jsonl", List.of("id2", "id4")));
        state.forget("/copy.txt");
        assertEquals(Set.of("id1"), state.orphanedBy("/a.txt", List.of()));
    }

    @Test
    void rebuiltStateReplacesTheJournal(@TempDir Path dir) {
        IndexState state = IndexState.open(dir, "i", "u", new ArrayList<>());
        state.record("/old.txt", "h0", List.of("id0"));
        IndexState rebuilt = IndexState.rebuilt(
                dir,
                "i",
                "u",
                Map.of(
                        "/a.txt",
                        new IndexState.Entry("h1", List.of("id1")),
                        "/feed.jsonl",
                        new IndexState.Entry(null, List.of("id2"))));
        assertEquals(Set.of("/a.txt", "/feed.jsonl"), rebuilt.paths());
        IndexState reopened = IndexState.open(dir, "i", "u", new ArrayList<>());
        assertTrue(reopened.present("id2"));
        assertFalse(reopened.present("id0"));
        assertFalse(reopened.unchanged("/feed.jsonl", "h2"), "a path without a hash is read again");
    }
}
