package dev.samachar.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.samachar.ingest.files.IngestFailure;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailureReportTest {

    @Test
    void entriesStayUntilTheirFileIsSettled(@TempDir Path dir) {
        FailureReport report = FailureReport.load(dir);
        report.update(
                Set.of(),
                List.of(
                        new IngestFailure("/x/feed.jsonl:3", "parse", "invalid JSON"),
                        new IngestFailure("/x/big.txt", "read", "too large"),
                        new IngestFailure("/x/a.txt", "bulk", "cannot connect")),
                Instant.parse("2026-11-23T10:00:00Z"));
        report.save();

        FailureReport loaded = FailureReport.load(dir);
        assertEquals(3, loaded.entries().size());
        assertEquals(Set.of("/x/feed.jsonl", "/x/big.txt", "/x/a.txt"), loaded.paths());
        assertEquals("2026-11-23T10:00:00Z", loaded.entries().get(0).time());

        // Next run: a.txt indexed, feed re-read with a different bad line, big.txt not touched.
        loaded.update(
                Set.of("/x/a.txt", "/x/feed.jsonl"),
                List.of(new IngestFailure("/x/feed.jsonl:4", "parse", "line is not a JSON object")),
                Instant.now());
        loaded.save();
        List<String> files = FailureReport.load(dir).entries().stream()
                .map(FailureReport.Entry::file)
                .toList();
        assertEquals(List.of("/x/big.txt", "/x/feed.jsonl:4"), files);
    }

    @Test
    void aFeedLineIsRetriedByReadingItsFeed() {
        assertEquals("/x/feed.jsonl", FailureReport.pathOf("/x/feed.jsonl:12"));
        assertEquals("/x/page.txt", FailureReport.pathOf("/x/page.txt"));
        assertEquals("/x/odd:1.txt", FailureReport.pathOf("/x/odd:1.txt"));
    }
}
