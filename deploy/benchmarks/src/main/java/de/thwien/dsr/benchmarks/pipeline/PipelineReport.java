package de.thwien.dsr.benchmarks.pipeline;

import de.thwien.dsr.benchmarks.Percentiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The measured figures of one pipeline run, and their Markdown report with the latency chart. */
final class PipelineReport {

    static final String CHART = "pipeline-latency.png";
    static final String INDEX_OUTPUT = "index-benchmark.md";

    /** RSS sampled every second during the load (peak), VmHWM at its end, CPU time the load cost. */
    record LoadFootprint(double peakRssMib, double hwmMib, double cpuSeconds) {
    }

    final int requests;
    final int senders;
    String loadAtStart;
    String loadAtEnd;
    double parallelStartSeconds;
    final Map<String, Double> startSeconds = new LinkedHashMap<>();
    final Map<String, ProcessFootprint> idle = new LinkedHashMap<>();
    final Map<String, LoadFootprint> underLoad = new LinkedHashMap<>();
    long[] kafkaRoundTrips;
    final Map<Integer, Double> rawCommitRates = new TreeMap<>();
    double idleCommitsPerSecond;
    double sendSeconds;
    int completed;
    int humanConfirmations;
    int humanApprovals;
    double firstSendToLastAnswerSeconds;
    double[] latencySeconds = new double[0];
    long commitsInWindow;
    double windowSeconds;
    long kafkaRecords;
    Map<String, List<Double>> steps = Map.of();
    final Map<String, Map<String, List<FlightRecordings.Hot>>> hotMethods = new LinkedHashMap<>();

    PipelineReport(int requests, int senders) {
        this.requests = requests;
        this.senders = senders;
    }

    Path jfrDirectory() {
        return Path.of(System.getProperty("bench.report.dir", "target/report")).toAbsolutePath().resolve("jfr");
    }

    /** Commits of one case: all commits while the load ran, minus what the idle system commits in that time. */
    double commitsPerCase() {
        return (commitsInWindow - idleCommitsPerSecond * windowSeconds) / Math.max(1, completed);
    }

    double throughput() {
        return completed / firstSendToLastAnswerSeconds;
    }

    double throughputFloor() {
        return bestCommitRate() / commitsPerCase();
    }

    double bestCommitRate() {
        return rawCommitRates.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    double kafkaRecordsPerCase() {
        return kafkaRecords / (double) Math.max(1, completed);
    }

    void write(Path directory) throws IOException {
        Percentiles kafka = Percentiles.of(kafkaRoundTrips);
        double[] latency = quantiles(latencySeconds);
        double latencyFloorP50 = kafkaRecordsPerCase() * kafka.p50Millis() / 1000;
        double latencyFloorP99 = kafkaRecordsPerCase() * kafka.p99Millis() / 1000;
        LatencyChart.write(latencySeconds, latency[0], latency[1], latencyFloorP50,
                String.format("Per-case latency, %d cases: %.2f cases/s (PostgreSQL floor %.1f cases/s)", completed,
                        throughput(), throughputFloor()), directory.resolve(CHART));

        StringBuilder md = new StringBuilder();
        md.append("## Pipeline, footprint and floors\n\n");
        md.append(String.format("Machine: %d cores, %.1f GiB RAM, Java %s, %s; shared with other engineers' builds and"
                        + " tests: load average %s at the start and %s at the end of the run (1-minute, /proc/loadavg)."
                        + " Four service JVMs (-Xmx256m each), embedded PostgreSQL, Kafka (KRaft) and GreenMail, demo"
                        + " data, on this one machine.%n%n", Runtime.getRuntime().availableProcessors(), memoryGib(),
                System.getProperty("java.version"), System.getProperty("os.name"), loadAtStart, loadAtEnd));
        md.append(String.format("%d mixed requests (erasure, access, consent withdrawal in turn; every third by mail,"
                        + " the others by the web form), sent by %d requesters at once in %.1f s; %d answered"
                        + " (%d verification links opened, %d plan items approved by the harness).%n%n", requests,
                senders, sendSeconds, completed, humanConfirmations, humanApprovals));
        md.append("| Measurement | Measured | Floor, same run | Measured / floor |\n|---|---:|---:|---:|\n");
        md.append(String.format("| Throughput, first request sent to last answer sent | %.2f cases/s (%d cases in %.0f s)"
                        + " | %.1f cases/s (PostgreSQL %.0f commits/s ÷ %.1f commits per case) | %s |%n",
                throughput(), completed, firstSendToLastAnswerSeconds, throughputFloor(), bestCommitRate(),
                commitsPerCase(), ratio(throughput() / throughputFloor())));
        md.append(String.format("| Per-case latency p50, request sent to answer sent | %.1f s | %.3f s (%.1f Kafka records"
                        + " per case × round trip p50) | %s |%n", latency[0], latencyFloorP50, kafkaRecordsPerCase(),
                ratio(latency[0] / latencyFloorP50)));
        md.append(String.format("| Per-case latency p99 | %.1f s (max %.1f s) | %.3f s (× round trip p99) | %s |%n",
                latency[1], latency[2], latencyFloorP99, ratio(latency[1] / latencyFloorP99)));
        md.append(String.format("| Kafka produce→consume round trip (acks=all, one record at a time, %d records) |"
                        + " p50 %.2f ms, p99 %.2f ms | | |%n", kafkaRoundTrips.length, kafka.p50Millis(),
                kafka.p99Millis()));
        rawCommitRates.forEach((connections, rate) -> md.append(String.format("| Raw PostgreSQL commit rate (single-row"
                + " insert per transaction, %d connection%s) | %.0f commits/s | | |%n", connections,
                connections == 1 ? "" : "s", rate)));
        md.append(String.format("| Commits per case | %.1f | | |%n", commitsPerCase()));
        md.append(String.format("| Kafka records per case (all topics but DLQs) | %.1f | | |%n%n", kafkaRecordsPerCase()));
        md.append(String.format("Commits per case: `sum(xact_commit)` of `pg_stat_database` (every database of the"
                        + " instance) read before the first request and 5 s after the last answer (%d commits in %.0f s),"
                        + " minus the idle rate measured over %s before the load with the same background work"
                        + " (services' pollers and schedulers, the harness's human rounds and polling: %.1f commits/s"
                        + " × %.0f s), divided by the %d answered cases. The throughput floor divides the best raw"
                        + " commit rate by it; the latency floor assumes the case's Kafka records follow each other"
                        + " (each a produce→consume round trip) and ignores every database and mail step.%n%n",
                commitsInWindow, windowSeconds, "30 s", idleCommitsPerSecond, windowSeconds, completed));
        md.append("![Per-case latency](" + CHART + ")\n\n");

        md.append("Where a case's time goes: seconds from sending the request to the case's first timeline entry of"
                + " each kind (intake's case timeline), over the cases that have one.\n\n");
        md.append("| Timeline step | Cases | p50 | p99 |\n|---|---:|---:|---:|\n");
        steps.entrySet().stream()
                .sorted((a, b) -> Double.compare(quantiles(a.getValue())[0], quantiles(b.getValue())[0]))
                .forEach(step -> {
                    double[] q = quantiles(step.getValue());
                    md.append(String.format("| %s | %d | %.1f s | %.1f s |%n", step.getKey(), step.getValue().size(),
                            q[0], q[1]));
                });

        md.append(String.format("%nFootprint. Start-up: each service killed and started again alone (the other three"
                + " running), JVM start to `/q/health/ready` answering 200; all four started at once took %.1f s."
                + " RSS from `/proc/<pid>/status`: VmRSS idle (after start-up and the first crawl), VmRSS peak"
                + " (sampled every second during the load), VmHWM at the end; CPU = user + system time during the"
                + " load (`/proc/<pid>/stat`).%n%n", parallelStartSeconds));
        md.append("| Service | Start-up alone | RSS idle | RSS peak under load | VmHWM | CPU under load | CPU per case |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (String service : startSeconds.keySet()) {
            LoadFootprint load = underLoad.get(service);
            md.append(String.format("| %s | %.1f s | %.0f MiB | %.0f MiB | %.0f MiB | %.0f s | %.0f ms |%n", service,
                    startSeconds.get(service), idle.get(service).rssMib(), load.peakRssMib(), load.hwmMib(),
                    load.cpuSeconds(), load.cpuSeconds() * 1000 / Math.max(1, completed)));
        }
        md.append(String.format("%nJFR (`settings=profile`, started with `jcmd` on every service for the load; files in"
                + " `jfr/`): the methods most often on top of the stack, and the project's own methods most often on"
                + " the stack, as a share of the service's execution samples.%n%n"));
        hotMethods.forEach((service, hot) -> {
            md.append(String.format("- **%s** (%.0f samples): top of stack: %s; own code: %s%n", service,
                    hot.get("samples").get(0).share(), list(hot.get("top of stack")), list(hot.get("own code on stack"))));
        });
        Files.writeString(directory.resolve("pipeline.md"), md.toString());

        StringBuilder report = new StringBuilder("# Benchmark report\n\n").append(md);
        Path index = directory.resolve(INDEX_OUTPUT);
        report.append("\n## Crawl and locate\n\n");
        if (Files.isRegularFile(index)) {
            report.append(Files.readString(index));
        } else {
            report.append("Not run in this run (`-Dbench.index.skip=true`).\n");
        }
        Files.writeString(directory.resolve("report.md"), report.toString());
    }

    private static String list(List<FlightRecordings.Hot> hot) {
        StringBuilder text = new StringBuilder();
        for (FlightRecordings.Hot method : hot) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(String.format("`%s` %.0f %%", method.method(), method.share() * 100));
        }
        return text.toString();
    }

    private static String ratio(double ratio) {
        return ratio >= 1 ? String.format("%.1f ×", ratio) : String.format("%.3f ×", ratio);
    }

    /** p50, p99, max (nearest rank) of seconds. */
    private static double[] quantiles(List<Double> values) {
        return quantiles(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double[] quantiles(double[] values) {
        if (values.length == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new double[] {rank(sorted, 0.50), rank(sorted, 0.99), sorted[sorted.length - 1]};
    }

    private static double rank(double[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double memoryGib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0;
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return 0;
    }
}
