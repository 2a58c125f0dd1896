package dev.samachar.benchmarks;

import java.util.Arrays;

/** Nearest-rank percentiles of a sample of durations. */
final class Percentiles {

    private final long[] sorted;

    Percentiles(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    /** The p-th percentile (0 < p <= 100) in milliseconds. */
    double millis(double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    int count() {
        return sorted.length;
    }
}
