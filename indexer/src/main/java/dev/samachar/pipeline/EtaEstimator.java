package dev.samachar.pipeline;

import java.util.Locale;
import java.util.OptionalLong;

/**
 * Seconds left in a run, from the rate files are done at. The first files say little about the rest (the JVM
 * is still warming up, the first bulk requests are not back yet, unchanged files fly by), so there is no estimate
 * until {@link #MIN_FILES} files and {@link #MIN_NANOS} have passed; after that the rate of each interval of at
 * least {@link #SAMPLE_NANOS} is smoothed exponentially, so one slow or fast stretch moves the estimate only a
 * little.
 */
final class EtaEstimator {

    static final int MIN_FILES = 20;
    static final long MIN_NANOS = 3_000_000_000L;
    static final long SAMPLE_NANOS = 1_000_000_000L;
    /** Weight of the newest interval's rate. */
    static final double SMOOTHING = 0.3;

    private final long started;
    private long sampledAt;
    private int sampledFiles;
    private double rate = Double.NaN;

    EtaEstimator(long startNanos) {
        this.started = startNanos;
        this.sampledAt = startNanos;
    }

    /** Files per second as smoothed so far; NaN before the first estimate. */
    double rate() {
        return rate;
    }

    OptionalLong secondsLeft(int filesDone, int filesTotal, long now) {
        if (now - sampledAt >= SAMPLE_NANOS) {
            double latest = (filesDone - sampledFiles) / ((now - sampledAt) / 1e9);
            if (filesDone >= MIN_FILES && now - started >= MIN_NANOS) {
                // The first estimate takes the whole run so far, not only the last interval.
                rate = Double.isNaN(rate)
                        ? filesDone / ((now - started) / 1e9)
                        : SMOOTHING * latest + (1 - SMOOTHING) * rate;
            }
            sampledAt = now;
            sampledFiles = filesDone;
        }
        if (Double.isNaN(rate) || rate <= 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.round((filesTotal - filesDone) / rate));
    }

    /** "45 s", "3 min 20 s", "2 h 05 min". */
    static String format(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + String.format(Locale.ROOT, "%02d", seconds % 3600 / 60) + " min";
    }
}
