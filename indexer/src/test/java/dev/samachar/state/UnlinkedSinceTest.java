package dev.samachar.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnlinkedSinceTest {

    private static final Instant FIRST = Instant.parse("2026-12-06T00:00:00Z");
    private static final Instant SECOND = Instant.parse("2026-12-06T01:00:00Z");

    @Test
    void aRunStoppedBeforeLinkingLeavesItsStartForTheNextRun(@TempDir Path dir) {
        UnlinkedSince mark = UnlinkedSince.in(dir.resolve("state").resolve("alias"));
        assertNull(mark.read());
        assertEquals(FIRST, mark.mark(FIRST));
        // The first run stopped: the second keeps the earlier mark, and links from there.
        assertEquals(
                FIRST, UnlinkedSince.in(dir.resolve("state").resolve("alias")).mark(SECOND));
        mark.clear();
        assertNull(mark.read());
        assertEquals(SECOND, mark.mark(SECOND));
    }

    @Test
    void anUnreadableMarkIsReplaced(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("unlinked-since"), "not a time");
        UnlinkedSince mark = UnlinkedSince.in(dir);
        assertNull(mark.read());
        assertEquals(SECOND, mark.mark(SECOND));
        assertEquals(SECOND, mark.read());
    }
}
