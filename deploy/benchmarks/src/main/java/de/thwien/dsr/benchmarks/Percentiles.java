package de.thwien.dsr.benchmarks;

import java.util.Arrays;

/** Nearest-rank percentiles of measured durations. */
public record Percentiles(double p50Millis, double p99Millis, double maxMillis) {

    public static Percentiles of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Percentiles(millis(rank(sorted, 0.50)), millis(rank(sorted, 0.99)),
                millis(sorted[sorted.length - 1]));
    }

    private static long rank(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
