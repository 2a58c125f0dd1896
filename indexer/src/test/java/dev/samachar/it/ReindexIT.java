package dev.samachar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.samachar.config.Settings;
import dev.samachar.testing.CliRun;
import dev.samachar.testing.TestCluster;
import dev.samachar.testing.TestData;
import org.junit.jupiter.api.Test;

/** Document ids are stable: indexing the same files twice leaves the same number of documents. */
class ReindexIT {

    private static final String ALIAS = "it-reindex";

    @Test
    void indexingTheSameFilesTwiceDoesNotDuplicate() {
        Settings settings = TestCluster.settings();
        String samples = TestData.samples().toString();
        CliRun first = CliRun.run(settings, "index", samples, "--alias", ALIAS, "--json");
        assertEquals(0, first.exitCode(), first.toString());
        long afterFirst = total(settings);
        assertEquals(first.json().get("indexed").asLong(), afterFirst);

        CliRun second = CliRun.run(settings, "index", samples, "--alias", ALIAS, "--json");
        assertEquals(0, second.exitCode(), second.toString());
        assertEquals(afterFirst, total(settings), "re-indexing replaced documents instead of adding");
    }

    private static long total(Settings settings) {
        CliRun run = CliRun.run(settings, "search", "--alias", ALIAS, "--json", "--size", "0");
        assertEquals(0, run.exitCode(), run.toString());
        return run.json().get("total").asLong();
    }
}
