package dev.samachar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samachar.config.Settings;
import dev.samachar.testing.CliRun;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Option checks happen before any cluster is contacted. */
class ServeCommandTest {

    private static final Settings NO_CLUSTER = new Settings(Map.of("SAMACHAR_ES_URL", "http://127.0.0.1:1"));

    @Test
    void portOutOfRangeIsAUsageError() {
        CliRun run = CliRun.run(NO_CLUSTER, "serve", "--port", "70000");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("--port must be between 0 and 65535"), run.toString());
    }

    @Test
    void unknownBindAddressIsAUsageError() {
        CliRun run = CliRun.run(NO_CLUSTER, "serve", "--bind", "no-such-host.invalid");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("--bind: unknown address"), run.toString());
    }

    @Test
    void helpListsTheOptions() {
        CliRun run = CliRun.run(NO_CLUSTER, "serve", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("--port")
                && run.out().contains("--bind")
                && run.out().contains("--es-url"));
    }
}
