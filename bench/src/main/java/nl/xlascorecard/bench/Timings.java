package nl.xlascorecard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Seconds since {@code startNanos} ({@link System#nanoTime}), for the load and set-up lines of a report. */
    static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** The machine's load average, as every report states it beside its figures. */
    static String machineLoad() throws IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return parts[0] + " / " + parts[1] + " / " + parts[2] + " (1 / 5 / 15 min)";
    }

    static String header() {
        return "| Operation | Runs | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|";
    }
}
