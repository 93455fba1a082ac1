package nl.xlascorecard.bench;

import java.util.Arrays;
import java.util.Locale;

/** Latencies of one measured operation, in nanoseconds, summarised as percentiles in milliseconds. */
final class Timings {

    private final long[] nanos;
    private int size;

    Timings(int capacity) {
        this.nanos = new long[capacity];
    }

    void add(long elapsedNanos) {
        nanos[size++] = elapsedNanos;
    }

    int size() {
        return size;
    }

    double percentileMillis(double p) {
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * size) - 1;
        return sorted[Math.max(0, Math.min(size - 1, index))] / 1_000_000.0;
    }

    String row(String what) {
        return String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f |", what, size,
                percentileMillis(50), percentileMillis(95), percentileMillis(99), percentileMillis(100));
    }

    static String header() {
        return "| Operation | Runs | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|";
    }
}
