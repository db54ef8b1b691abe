package de.thwien.dsr.benchmarks;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * One phase of the benchmark (loading, crawling) on the terminal while it runs: a line at every tenth of a known
 * total and at least every five seconds, and one when it ends. Counts and seconds only, never a record's content.
 */
final class TerminalProgress {

    private static final long EVERY_NANOS = 5_000_000_000L;

    private final String phase;
    private final long total;
    private final String unit;
    private final PrintStream out;
    private final LongSupplier nanoTime;
    private final long startNanos;
    private long done;
    private long lastLineNanos;
    private long lastTenth;

    TerminalProgress(String phase, long total, String unit, PrintStream out, LongSupplier nanoTime) {
        this.phase = phase;
        this.total = total;
        this.unit = unit;
        this.out = out;
        this.nanoTime = nanoTime;
        this.startNanos = nanoTime.getAsLong();
        this.lastLineNanos = startNanos;
    }

    /** @param total 0 when not known beforehand (a crawl of many tables): then every five seconds only */
    static TerminalProgress of(String phase, long total, String unit) {
        return new TerminalProgress(phase, total, unit, IndexBenchmarkMain.TERMINAL, System::nanoTime);
    }

    void step() {
        done++;
        long now = nanoTime.getAsLong();
        long tenth = total > 0 ? done * 10 / total : 0;
        if (tenth > lastTenth && done < total || now - lastLineNanos >= EVERY_NANOS) {
            lastTenth = tenth;
            lastLineNanos = now;
            out.println(line(now, false));
        }
    }

    void finish() {
        out.println(line(nanoTime.getAsLong(), true));
    }

    private String line(long now, boolean finished) {
        String count = total > 0 ? String.format(Locale.ROOT, "%d %% (%,d of %,d %s)", done * 100 / total, done, total,
                unit) : String.format(Locale.ROOT, "%,d %s", done, unit);
        return String.format(Locale.ROOT, "%s: %s%s after %.0f s", phase, finished ? "done, " : "", count,
                (now - startNanos) / 1e9);
    }
}
