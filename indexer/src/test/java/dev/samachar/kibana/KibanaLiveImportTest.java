package dev.samachar.kibana;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.samachar.config.Settings;
import dev.samachar.testing.CliRun;
import org.junit.jupiter.api.Test;

/**
 * Imports the assets into a real Kibana; runs only when KIBANA_URL is set (credentials from
 * SAMACHAR_KIBANA_API_KEY or SAMACHAR_KIBANA_USER/PASSWORD, optional space from SAMACHAR_KIBANA_SPACE).
 */
class KibanaLiveImportTest {

    @Test
    void importsIntoARealKibana() {
        String url = System.getenv("KIBANA_URL");
        assumeTrue(url != null && !url.isBlank(), "skipped: KIBANA_URL is not set");
        String space = System.getenv("SAMACHAR_KIBANA_SPACE");
        CliRun run = space == null || space.isBlank()
                ? CliRun.run(Settings.fromSystem(), "kibana", "import", "--json")
                : CliRun.run(Settings.fromSystem(), "kibana", "import", "--space", space, "--json");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.json().get("success").asBoolean(), run.toString());
        assertEquals(3, run.json().get("imported").size(), run.toString());
        assertEquals(0, run.json().get("errors").size(), run.toString());
    }
}
