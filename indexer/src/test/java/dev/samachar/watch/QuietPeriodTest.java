package dev.samachar.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuietPeriodTest {

    private static final Path A = Path.of("/news/a.txt");
    private static final Path B = Path.of("/news/b.txt");

    private final QuietPeriod quiet = new QuietPeriod(Duration.ofMillis(1000), Duration.ofMillis(5000));

    @Test
    void aPathIsReadyOnlyOnceItWasQuietForThePeriod() {
        quiet.touch(A, 10_000);
        assertEquals(List.of(), quiet.takeReady(10_999));
        assertEquals(1, quiet.millisUntilReady(10_999));
        assertEquals(List.of(A), quiet.takeReady(11_000));
        assertEquals(0, quiet.size(), "a path taken is no longer pending");
        assertEquals(Long.MAX_VALUE, quiet.millisUntilReady(11_000));
    }

    @Test
    void eachWritePostponesThePathUntilItsLastWriteHasBeenQuiet() {
        quiet.touch(A, 10_000);
        quiet.touch(A, 10_600);
        quiet.touch(A, 11_200);
        assertEquals(List.of(), quiet.takeReady(12_100), "0.9 s after the last write");
        assertEquals(List.of(A), quiet.takeReady(12_200));
    }

    @Test
    void aPathWrittenWithoutPauseIsReleasedAfterTheLongestWait() {
        for (long t = 10_000; t <= 14_900; t += 100) {
            quiet.touch(A, t);
            assertEquals(List.of(), quiet.takeReady(t));
        }
        quiet.touch(A, 15_000);
        assertEquals(List.of(A), quiet.takeReady(15_000), "5 s after its first write, still being written");
        quiet.touch(A, 15_100);
        assertEquals(List.of(), quiet.takeReady(15_200), "a later write makes it pending again, from the start");
    }

    @Test
    void pathsBecomeReadyEachOnItsOwnClockAndComeOutInPathOrder() {
        quiet.touch(B, 10_000);
        quiet.touch(A, 10_500);
        assertEquals(500, quiet.millisUntilReady(10_500));
        assertEquals(List.of(B), quiet.takeReady(11_000));
        quiet.touch(B, 11_100);
        assertEquals(List.of(A, B), quiet.takeReady(12_100));
    }

    @Test
    void aTimeInThePastFromARescanIsReadyAtOnce() {
        quiet.touch(A, 1_000);
        assertEquals(List.of(A), quiet.takeReady(60_000));
    }

    @Test
    void theLongestWaitCannotBeShorterThanTheQuietPeriod() {
        assertThrows(
                IllegalArgumentException.class, () -> new QuietPeriod(Duration.ofSeconds(2), Duration.ofSeconds(1)));
        assertThrows(
                IllegalArgumentException.class, () -> new QuietPeriod(Duration.ofMillis(-1), Duration.ofSeconds(1)));
    }
}
