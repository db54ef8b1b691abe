package de.thwien.dsr.benchmarks.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Memory and CPU time of a process as Linux reports them: {@code VmRSS} (resident now) and {@code VmHWM}
 * (highest resident so far) from {@code /proc/<pid>/status}, user + system CPU time from {@code /proc/<pid>/stat}.
 */
record ProcessFootprint(long rssKib, long hwmKib, double cpuSeconds) {

    /** Clock ticks per second of {@code /proc/<pid>/stat} (USER_HZ; 100 on every Linux this runs on). */
    private static final double TICKS_PER_SECOND = 100.0;

    static ProcessFootprint of(long pid) {
        try {
            long rss = 0;
            long hwm = 0;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = kib(line);
                } else if (line.startsWith("VmHWM:")) {
                    hwm = kib(line);
                }
            }
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // fields after the command name in parentheses (which may contain spaces): utime is field 14, stime 15
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double cpu = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
            return new ProcessFootprint(rss, hwm, cpu);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc for process " + pid + " (Linux only)", e);
        }
    }

    private static long kib(String line) {
        return Long.parseLong(line.replaceAll("\\D", ""));
    }

    double rssMib() {
        return rssKib / 1024.0;
    }

    double hwmMib() {
        return hwmKib / 1024.0;
    }
}
