package de.thwien.dsr.benchmarks.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * JFR on the running service JVMs (started and stopped with {@code jcmd}, so the services need no extra
 * flags), and where their CPU samples fall.
 */
final class FlightRecordings {

    private static final String NAME = "pipeline-benchmark";

    private FlightRecordings() {
    }

    static void start(long pid) {
        jcmd(pid, "JFR.start", "name=" + NAME, "settings=profile");
    }

    static void stop(long pid, Path file) {
        jcmd(pid, "JFR.stop", "name=" + NAME, "filename=" + file.toAbsolutePath());
    }

    /** A method and its share of a recording's execution samples. */
    record Hot(String method, double share) {
    }

    /**
     * The methods most often on top of the stack, and, separately, the project's own methods ({@code de.thwien})
     * most often anywhere on the stack (time spent in or below them).
     */
    static Map<String, List<Hot>> hotMethods(Path file, int limit) throws IOException {
        Map<String, Long> top = new HashMap<>();
        Map<String, Long> own = new HashMap<>();
        long samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!"jdk.ExecutionSample".equals(event.getEventType().getName()) || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            top.merge(name(frames.get(0)), 1L, Long::sum);
            frames.stream().map(FlightRecordings::name).filter(FlightRecordings::isOwnWrittenCode).distinct()
                    .forEach(m -> own.merge(m, 1L, Long::sum));
        }
        return Map.of("top of stack", ranked(top, samples, limit), "own code on stack", ranked(own, samples, limit),
                "samples", List.of(new Hot("samples", samples)));
    }

    private static List<Hot> ranked(Map<String, Long> counts, long samples, int limit) {
        List<Hot> ranked = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                .forEach(e -> ranked.add(new Hot(e.getKey(), samples == 0 ? 0 : e.getValue() / (double) samples)));
        return ranked;
    }

    /** Project code as written: not the proxies, invokers and lambda classes generated for it. */
    private static boolean isOwnWrittenCode(String method) {
        return method.startsWith("de.thwien") && !method.contains("_ClientProxy") && !method.contains("$$Lambda")
                && !method.contains("Invoker_") && !method.contains(".lambda$");
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static void jcmd(long pid, String... command) {
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        line.add(Long.toString(pid));
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed for process " + pid);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run jcmd", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
