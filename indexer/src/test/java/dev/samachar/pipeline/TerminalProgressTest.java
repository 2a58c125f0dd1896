package dev.samachar.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

    @Test
    void readingShowsRateAndEtaOnceThereIsOne() {
        assertEquals(
                "reading · files 120/5000 · 118 docs acknowledged · 2 failed · 85 files/s · ETA 57 s",
                TerminalProgress.line(Progress.Phase.READING, 120, 5000, 118, 2, 85.2, OptionalLong.of(57)));
        assertEquals(
                "reading · files 3/5000 · 0 docs acknowledged · ETA estimating…",
                TerminalProgress.line(Progress.Phase.READING, 3, 5000, 0, 0, Double.NaN, OptionalLong.empty()));
    }

    @Test
    void laterPhasesAreNamedWithoutAnEta() {
        assertEquals(
                "waiting for acknowledgements · files 5000/5000 · 4800 docs acknowledged …",
                TerminalProgress.line(Progress.Phase.WAITING, 5000, 5000, 4800, 0, 85, OptionalLong.of(0)));
        assertEquals(
                "linking translations · files 5000/5000 · 5000 docs acknowledged …",
                TerminalProgress.line(Progress.Phase.LINKING, 5000, 5000, 5000, 0, 85, OptionalLong.empty()));
    }

    @Test
    void theLineStaysUntilTheRunFinishes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalProgress progress = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        progress.update(10, 10, 10, 0);
        progress.phase(Progress.Phase.LINKING);
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(shown.endsWith("linking translations · files 10/10 · 10 docs acknowledged …"), shown);
        progress.finish();
        assertTrue(bytes.toString(StandardCharsets.UTF_8).endsWith("\r\u001b[K"));
    }
}
