package dev.samachar.localnode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Secrets go to a command through its standard input (elasticsearch-keystore add -x), never its arguments. */
class CommandsTest {

    @Test
    void handsStandardInputToTheCommandAndClosesIt() {
        Commands.Result result = Commands.run(
                List.of(Commands.executable("cat")),
                Map.of(),
                Duration.ofSeconds(30),
                "from stdin".getBytes(StandardCharsets.UTF_8));
        assertEquals(0, result.exitCode());
        assertEquals("from stdin", result.output());
    }
}
