package dev.samachar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samachar.config.Settings;
import dev.samachar.testing.CliRun;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How the shell hands `search` a query that starts with a dash. A query that reaches the search fails here with
 * exit 3 (no cluster listens on port 1); one taken for an option would print help or the version, or exit 2.
 * QuerySyntaxIT checks on a real node that such a query finds what the quoted one finds.
 */
class SearchExclusionArgumentsTest {

    private static final Settings NO_CLUSTER = new Settings(Map.of("SAMACHAR_ES_URL", "http://127.0.0.1:1"));

    @Test
    void aWordToExcludeIsPartOfTheQueryWhateverLetterItStartsWith() {
        // -V and -h are search's only short options: -Vietnam and -hindi must not be read as them.
        for (List<String> query : List.of(
                List.of("-Lebanon"),
                List.of("-Vietnam"),
                List.of("-hindi"),
                List.of("Kazakhstan", "-Hezbollah"),
                List.of("-Venezuela", "-hindi"))) {
            String[] args = new String[query.size() + 1];
            args[0] = "search";
            for (int i = 0; i < query.size(); i++) {
                args[i + 1] = query.get(i);
            }
            CliRun run = CliRun.run(NO_CLUSTER, args);
            assertEquals(ExitCodes.CLUSTER, run.exitCode(), query + " reached the search: " + run);
            assertTrue(run.err().contains("cannot connect"), query + ": " + run);
        }
    }

    @Test
    void helpAndVersionStillWorkAlone() {
        assertTrue(CliRun.run(NO_CLUSTER, "search", "-h").out().contains("Usage: samachar search"));
        assertEquals(0, CliRun.run(NO_CLUSTER, "search", "-V").exitCode());
    }
}
