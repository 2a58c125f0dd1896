package dev.samachar.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class EtaEstimatorTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void noEstimateFromTheFirstFilesOrTheFirstSeconds() {
        EtaEstimator eta = new EtaEstimator(0);
        // Unchanged files fly by at first: 15 files in 2 s would promise a far too early end.
        assertTrue(eta.secondsLeft(15, 1000, 2 * SECOND).isEmpty());
        // Enough files, but not yet enough time.
        assertTrue(eta.secondsLeft(100, 1000, 2 * SECOND + SECOND / 2).isEmpty());
        assertTrue(eta.secondsLeft(120, 1000, 3 * SECOND).isPresent());
    }

    @Test
    void theFirstEstimateUsesTheWholeRunSoFar() {
        EtaEstimator eta = new EtaEstimator(0);
        eta.secondsLeft(10, 1000, SECOND);
        eta.secondsLeft(20, 1000, 2 * SECOND);
        OptionalLong left = eta.secondsLeft(30, 1000, 3 * SECOND);
        assertEquals(97, left.getAsLong(), "970 files at 10 files/s");
    }

    @Test
    void oneFastStretchDoesNotSetTheRateAlone() {
        EtaEstimator eta = new EtaEstimator(0);
        int done = 0;
        for (int s = 1; s <= 10; s++) {
            done += 10;
            eta.secondsLeft(done, 2000, s * SECOND);
        }
        long steady = eta.secondsLeft(done, 2000, 10 * SECOND).getAsLong();
        assertEquals(190, steady, "1900 files at 10 files/s");
        // 200 unchanged files skipped in one second: 20 times the rate for one interval.
        done += 200;
        long afterBurst = eta.secondsLeft(done, 2000, 11 * SECOND).getAsLong();
        assertTrue(afterBurst > 20 && afterBurst < steady, "smoothed, not 1700 files at 200 files/s: " + afterBurst);
    }

    @Test
    void formatsMinutesAndHours() {
        assertEquals("45 s", EtaEstimator.format(45));
        assertEquals("3 min 20 s", EtaEstimator.format(200));
        assertEquals("2 h 05 min", EtaEstimator.format(7500));
    }
}
