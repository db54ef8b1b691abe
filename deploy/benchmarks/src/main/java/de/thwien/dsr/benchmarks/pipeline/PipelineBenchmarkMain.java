package de.thwien.dsr.benchmarks.pipeline;

import static de.thwien.dsr.faults.Polling.await;

import de.thwien.dsr.benchmarks.Percentiles;
import de.thwien.dsr.faults.FaultHarness;
import de.thwien.dsr.faults.HarnessLogging;
import de.thwien.dsr.faults.HumanSteps;
import de.thwien.dsr.faults.PlannedRequest;
import de.thwien.dsr.faults.Requesters;
import de.thwien.dsr.faults.SystemState;
import de.thwien.dsr.infra.EmbeddedInfra;
import de.thwien.dsr.infra.EmbeddedInfraOptions;
import de.thwien.dsr.localstack.LocalStack;
import de.thwien.dsr.localstack.ServiceDefinition;
import de.thwien.dsr.localstack.ServiceProcess;
import de.thwien.dsr.localstack.demo.DemoData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pipeline and footprint benchmark (issue 9): the four packaged services as processes on embedded
 * PostgreSQL, Kafka and GreenMail with the demo data (the fault harness's stack, without faults), then
 *
 * <ul>
 *   <li>start-up time of each service to {@code /q/health/ready} (each restarted alone, the others running)
 *       and its RSS idle;</li>
 *   <li>the floors on the same infrastructure: Kafka produce→consume round trip, raw PostgreSQL commit rate;</li>
 *   <li>{@code bench.pipeline.requests} mixed requests (the fault harness's {@link PlannedRequest} plan: erasure,
 *       access, consent withdrawal, web form and mail) sent by {@code bench.pipeline.senders} requesters at once,
 *       human steps done by the fault harness's {@link HumanSteps}; per-case latency from sending the request to
 *       sending its answer, throughput to the last answer, commits and Kafka records per case, RSS and CPU
 *       under load, and a JFR recording of every service during the load.</li>
 * </ul>
 *
 * Writes {@code pipeline.md}, {@code pipeline-latency.png} and (with the crawl/locate output, when that ran)
 * {@code report.md} into {@code bench.report.dir}. Numbers only: nothing is asserted.
 */
public final class PipelineBenchmarkMain {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineBenchmarkMain.class);
    private static final Duration POLL = Duration.ofSeconds(2);
    private static final Duration BASELINE = Duration.ofSeconds(30);
    private static final Duration AFTER_LAST_ANSWER = Duration.ofMinutes(2);
    /** Idle: the services together use less than this share of one core between two looks (idle pollers: ~0.12). */
    private static final double IDLE_CPU_SHARE = 0.25;
    private static final Duration IDLE_WAIT = Duration.ofMinutes(3);

    private PipelineBenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        int requestCount = Integer.getInteger("bench.pipeline.requests", 1000);
        int senders = Integer.getInteger("bench.pipeline.senders", 4);
        Duration timeout = Duration.ofSeconds(Long.getLong("bench.pipeline.timeout-seconds", 3600));
        Path projectRoot = Path.of(System.getProperty("dsr.project.root", "../..")).toAbsolutePath().normalize();
        Path reportDir = Path.of(System.getProperty("bench.report.dir", "target/report")).toAbsolutePath();
        Files.createDirectories(reportDir);
        HarnessLogging.toConsole();
        PipelineReport report = new PipelineReport(requestCount, senders);
        report.loadAtStart = loadAverage();

        EmbeddedInfra infra = EmbeddedInfra.start(EmbeddedInfraOptions.defaults().withShutdownHook(false));
        DemoData demo = DemoData.generate(LocalDate.now());
        List<ServiceDefinition> services = ServiceDefinition.defaultsOnFreePorts();
        long stackStart = System.nanoTime();
        try (LocalStack stack = LocalStack.startOn(infra, services, projectRoot,
                reportDir.resolve("service-logs"), demo, 0, configuration -> {
                    configuration.putAll(FaultHarness.CONFIGURATION);
                    return configuration;
                })) {
            report.parallelStartSeconds = (System.nanoTime() - stackStart) / 1e9;
            log("stack ready in %.1f s", report.parallelStartSeconds);
            FaultHarness.awaitEveryStoreIndexed(stack.service("subject-index-service").service().baseUrl());
            for (ServiceDefinition service : services) {
                stack.kill(service.name());
                long start = System.nanoTime();
                stack.restart(service.name());
                report.startSeconds.put(service.name(), (System.nanoTime() - start) / 1e9);
                log("%s started alone in %.1f s", service.name(), report.startSeconds.get(service.name()));
            }
            FaultHarness.awaitEveryStoreIndexed(stack.service("subject-index-service").service().baseUrl());
            awaitIdle(stack);
            report.idle.putAll(footprints(stack));

            report.kafkaRoundTrips = KafkaRoundTrip.measure(infra.kafkaBootstrapServers(),
                    Integer.getInteger("bench.kafka.round-trips", 500));
            PostgresCommits commits = new PostgresCommits(infra);
            for (int connections : List.of(1, 8)) {
                report.rawCommitRates.put(connections, commits.rawCommitRate(connections,
                        Integer.getInteger("bench.postgres.commits-per-connection", 1000)));
            }
            log("floors: Kafka round trip p50 %.2f ms, PostgreSQL %.0f commits/s (8 connections)",
                    Percentiles.of(report.kafkaRoundTrips).p50Millis(), report.rawCommitRates.get(8));

            runPipeline(stack, demo, requestCount, senders, timeout, commits, report);
        }
        report.loadAtEnd = loadAverage();
        report.write(reportDir);
        log("report written to %s", reportDir.resolve("report.md"));
        System.exit(0); // embedded infra leaves non-daemon threads behind
    }

    private static void runPipeline(LocalStack stack, DemoData demo, int requestCount, int senders, Duration timeout,
            PostgresCommits commits, PipelineReport report) throws Exception {
        EmbeddedInfra infra = stack.infra();
        List<PlannedRequest> requests = PlannedRequest.plan(requestCount, demo, System.nanoTime());
        Set<String> requesters = requests.stream().map(PlannedRequest::email).collect(Collectors.toSet());
        Set<String> lowerCaseRequesters = requesters.stream().map(String::toLowerCase).collect(Collectors.toSet());
        SystemState state = new SystemState(infra);
        HumanSteps people = new HumanSteps(state, stack.service("erasure-service").service().baseUrl(),
                stack.service("subject-index-service").service().baseUrl(), requesters);
        Requesters send = new Requesters(stack.service("intake-service").service().baseUrl(), infra);
        CaseTimes times = new CaseTimes(infra);

        ScheduledExecutorService background = Executors.newScheduledThreadPool(2);
        background.scheduleWithFixedDelay(() -> safely(people::round), 1, 1, TimeUnit.SECONDS);
        // the idle commit rate, with the same background work as during the load (human rounds, polling)
        long baselineStart = commits.committed();
        long baselineNanos = System.nanoTime();
        Instant baselineEnd = Instant.now().plus(BASELINE);
        // a fixed window with the answer polling's load: polled as during the run until the window is over
        await().pollInterval(POLL).atMost(BASELINE.plus(POLL.multipliedBy(3))).until(() -> {
            times.answered(lowerCaseRequesters);
            return !Instant.now().isBefore(baselineEnd);
        });
        report.idleCommitsPerSecond = (commits.committed() - baselineStart) / ((System.nanoTime() - baselineNanos) / 1e9);

        Map<String, Long> pids = new LinkedHashMap<>();
        stack.services().forEach(service -> pids.put(service.service().name(), service.pid()));
        pids.values().forEach(FlightRecordings::start);
        Map<String, ProcessFootprint> before = footprints(stack);
        Map<String, Long> peakRss = new ConcurrentHashMap<>();
        background.scheduleAtFixedRate(() -> pids.forEach((name, pid) -> safely(() -> peakRss.merge(name,
                ProcessFootprint.of(pid).rssKib(), Math::max))), 0, 1, TimeUnit.SECONDS);

        long recordsBefore = TopicRecords.total(infra.kafkaBootstrapServers());
        long commitsBefore = commits.committed();
        long loadStartNanos = System.nanoTime();
        Instant loadStart = Instant.now();
        Map<String, Instant> sentAt = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<PlannedRequest> queue = new ConcurrentLinkedQueue<>(requests);
        ExecutorService load = Executors.newFixedThreadPool(senders);
        List<Future<?>> sending = new ArrayList<>();
        for (int i = 0; i < senders; i++) {
            sending.add(load.submit(() -> {
                for (PlannedRequest request = queue.poll(); request != null; request = queue.poll()) {
                    sentAt.put(request.email().toLowerCase(), Instant.now());
                    send.send(request);
                }
                return null;
            }));
        }
        for (Future<?> future : sending) {
            future.get();
        }
        report.sendSeconds = (System.nanoTime() - loadStartNanos) / 1e9;
        log("%d requests sent in %.1f s", requests.size(), report.sendSeconds);

        Map<String, Instant> answered = awaitAnswers(times, lowerCaseRequesters, requests.size(),
                Duration.between(Instant.now(), loadStart.plus(timeout)));
        // the last answers' own commits and records land before the counters are read: every outbox published and
        // every consumer group caught up
        await().pollInterval(POLL).atMost(AFTER_LAST_ANSWER).until(() ->
                state.unpublishedOutbox().values().stream().mapToLong(Long::longValue).sum() == 0
                        && state.consumerLag().values().stream().mapToLong(Long::longValue).sum() == 0);
        long commitsAfter = commits.committed();
        double windowSeconds = (System.nanoTime() - loadStartNanos) / 1e9;
        long recordsAfter = TopicRecords.total(infra.kafkaBootstrapServers());
        Map<String, ProcessFootprint> after = footprints(stack);
        background.shutdownNow();
        load.shutdownNow();

        Path jfrDir = report.jfrDirectory();
        Files.createDirectories(jfrDir);
        for (Map.Entry<String, Long> service : pids.entrySet()) {
            Path file = jfrDir.resolve(service.getKey() + ".jfr");
            try {
                FlightRecordings.stop(service.getValue(), file);
                report.hotMethods.put(service.getKey(), FlightRecordings.hotMethods(file, 8));
            } catch (RuntimeException | java.io.IOException e) {
                log("no profile of %s: %s", service.getKey(), e);
            }
        }

        report.completed = answered.size();
        report.humanConfirmations = people.confirmed();
        report.humanApprovals = people.approved();
        Instant lastAnswer = answered.values().stream().max(Instant::compareTo).orElse(Instant.now());
        report.firstSendToLastAnswerSeconds = Duration.between(loadStart, lastAnswer).toMillis() / 1000.0;
        List<Double> latencies = new ArrayList<>();
        answered.forEach((email, at) -> latencies.add(Duration.between(sentAt.get(email), at).toMillis() / 1000.0));
        report.latencySeconds = latencies.stream().mapToDouble(Double::doubleValue).toArray();
        report.commitsInWindow = commitsAfter - commitsBefore;
        report.windowSeconds = windowSeconds;
        report.kafkaRecords = recordsAfter - recordsBefore;
        report.steps = stepOffsets(times.steps(lowerCaseRequesters), sentAt);
        for (String name : pids.keySet()) {
            report.underLoad.put(name, new PipelineReport.LoadFootprint(peakRss.getOrDefault(name, 0L) / 1024.0,
                    after.get(name).hwmMib(), after.get(name).cpuSeconds() - before.get(name).cpuSeconds()));
        }
    }

    /**
     * Until every case is answered or the benchmark's timeout is up; then the cases answered so far (the
     * report counts them as completed: a timeout is a result of the run, not a failure).
     */
    private static Map<String, Instant> awaitAnswers(CaseTimes times, Set<String> requesters, int expected,
            Duration timeLeft) {
        AtomicReference<Map<String, Instant>> answered = new AtomicReference<>(Map.of());
        if (timeLeft.isNegative() || timeLeft.isZero()) {
            return answered.get();
        }
        AtomicReference<Instant> nextLog = new AtomicReference<>(Instant.now());
        try {
            await().atMost(timeLeft).pollInterval(POLL).until(() -> {
                answered.set(times.answered(requesters));
                if (answered.get().size() >= expected) {
                    return true;
                }
                if (Instant.now().isAfter(nextLog.get())) {
                    log("%d of %d cases answered", answered.get().size(), expected);
                    nextLog.set(Instant.now().plusSeconds(30));
                }
                return false;
            });
        } catch (ConditionTimeoutException timeIsUp) {
            log("timeout: %d of %d cases answered", answered.get().size(), expected);
        }
        return answered.get();
    }

    /** Timeline entry kind → seconds from sending the request to the case's first entry of that kind, per case. */
    private static Map<String, List<Double>> stepOffsets(Map<String, Map<String, Instant>> steps,
            Map<String, Instant> sentAt) {
        Map<String, List<Double>> offsets = new TreeMap<>();
        steps.forEach((email, kinds) -> kinds.forEach((kind, at) -> offsets.computeIfAbsent(kind,
                k -> new ArrayList<>()).add(Duration.between(sentAt.get(email), at).toMillis() / 1000.0)));
        return offsets;
    }

    /**
     * Waits until the restarted services have finished their start-up work (their CPU time hardly grows between two
     * looks), so the idle footprint is measured idle. On a machine too busy for that, it is measured anyway.
     */
    private static void awaitIdle(LocalStack stack) {
        double[] lastCpuSeconds = {totalCpuSeconds(stack)};
        double idleCpuSeconds = IDLE_CPU_SHARE * POLL.toMillis() / 1000.0;
        try {
            await().pollDelay(POLL).pollInterval(POLL).atMost(IDLE_WAIT).until(() -> {
                double cpuSeconds = totalCpuSeconds(stack);
                boolean idle = cpuSeconds - lastCpuSeconds[0] < idleCpuSeconds;
                lastCpuSeconds[0] = cpuSeconds;
                return idle;
            });
        } catch (ConditionTimeoutException busy) {
            log("services still busy after %s; idle footprint measured anyway", IDLE_WAIT);
        }
    }

    private static double totalCpuSeconds(LocalStack stack) {
        return footprints(stack).values().stream().mapToDouble(ProcessFootprint::cpuSeconds).sum();
    }

    private static Map<String, ProcessFootprint> footprints(LocalStack stack) {
        Map<String, ProcessFootprint> footprints = new LinkedHashMap<>();
        for (ServiceProcess service : stack.services()) {
            footprints.put(service.service().name(), ProcessFootprint.of(service.pid()));
        }
        return footprints;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
        } catch (Exception e) {
            return "?";
        }
    }

    private static void safely(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            // a failed round or sample is simply done again next time
        }
    }

    /** Progress goes to the log; the results go to the report files. */
    private static void log(String format, Object... arguments) {
        if (LOG.isInfoEnabled()) {
            LOG.info(String.format(format, arguments));
        }
    }
}
