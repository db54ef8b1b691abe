package de.thwien.dsr.faults;

import static de.thwien.dsr.faults.Polling.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.thwien.dsr.events.StoreId;
import de.thwien.dsr.infra.EmbeddedInfra;
import de.thwien.dsr.infra.EmbeddedInfraOptions;
import de.thwien.dsr.infra.test.LowPorts;
import de.thwien.dsr.localstack.FastTimings;
import de.thwien.dsr.localstack.LocalStack;
import de.thwien.dsr.localstack.ServiceDefinition;
import de.thwien.dsr.localstack.demo.DemoData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * Runs data-subject requests through the whole system (four service JVMs, PostgreSQL, the CRM, the BBB API and the
 * mail server behind {@link Outages}, Kafka, GreenMail, the demo stores) while {@link FaultInjector} injects the
 * faults of one {@link Scenario}; does the human steps with {@link HumanSteps}; then lets the system settle and
 * judges the result with {@link Verdict}.
 */
public final class FaultHarness {

    private static final Logger LOG = LoggerFactory.getLogger(FaultHarness.class);
    private static final Duration INDEX_READY = Duration.ofMinutes(3);
    private static final Duration POLL = Duration.ofSeconds(2);
    private static final String ASSISTANT = "Basic " + Base64.getEncoder()
            .encodeToString("assistant:demo-assistant".getBytes(StandardCharsets.UTF_8));

    /** A killed service's claims (notices being sent, plan items being executed) are taken over after this long. */
    static final String NOTIFIER_STALE_CLAIM = "dsr.notifier.stale-claim";
    static final String ERASURE_LEASE = "dsr.erasure.execution.lease";

    /**
     * The shared {@link FastTimings}, and what this harness needs on top: a longer crawl interval than the
     * system tests' (as the harness always had), a killed service's claims taken over soon, and no rate
     * limit for the one client address all requests come from.
     */
    public static final Map<String, String> CONFIGURATION = FastTimings.with(Map.of(
            "dsr.index.crawl-every", "30s",
            // a killed notifier's claimed notices and a killed erasure-service's claimed plan items are taken over
            // after this (not 5 min): the run waits for them. Safe with one instance per service: a service never
            // runs its own claim twice (the scheduled runs do not overlap); not with two (configurationFor)
            NOTIFIER_STALE_CLAIM, "PT45S",
            ERASURE_LEASE, "PT45S",
            // a JDBC connection (Flyway's, at start) took 8-12 s on the 2-core machine at load 40-80 with several
            // stacks up; the 5 s default made every service fail to start there
            "quarkus.datasource.jdbc.acquisition-timeout", "PT60S",
            "dsr.intake.rate-limits.per-client-address", "1000000",
            "dsr.intake.rate-limits.per-email", "1000",
            "dsr.intake.rate-limits.per-domain", "1000000"));

    /**
     * The services' configuration in a scenario. With a second instance of each service alive, a claim held by a
     * live but slow instance (a batch of plan items or notices that takes longer than the lease on a loaded machine)
     * would be taken over by the other one and the store write or the mail done twice: the two instances keep the
     * production claim times (5 minutes), which the settle time outlasts.
     */
    static Map<String, String> configurationFor(Scenario scenario) {
        if (!scenario.needsSecondInstances()) {
            return CONFIGURATION;
        }
        Map<String, String> configuration = new HashMap<>(CONFIGURATION);
        configuration.remove(NOTIFIER_STALE_CLAIM);
        configuration.remove(ERASURE_LEASE);
        return Map.copyOf(configuration);
    }

    private FaultHarness() {
    }

    /** Runs one scenario on a fresh stack (its own PostgreSQL, Kafka, mail server, demo stores and services). */
    public static HarnessReport run(Scenario scenario, HarnessOptions options, Path projectRoot) {
        HarnessLogging.toConsole();
        LOG.info("fault scenario {}: {} requests, seed {}", scenario.id, options.requests(), options.seed());
        Instant started = Instant.now();
        EmbeddedInfra infra = EmbeddedInfra.start(EmbeddedInfraOptions.defaults().withShutdownHook(false));
        PostgresCrash.commitDurably(infra);
        int bbbPort = LowPorts.free();
        Outages outages = Outages.inFrontOf(infra, bbbPort);
        DemoData demo = DemoData.generate(LocalDate.now());
        List<ServiceDefinition> services = ServiceDefinition.defaultsOnFreePorts();
        Path logs = projectRoot.resolve("deploy/fault-harness/target/service-logs").resolve(scenario.id);
        Map<String, String> told = new LinkedHashMap<>();
        try (LocalStack stack = LocalStack.startOn(infra, services, projectRoot, logs, demo, bbbPort,
                configuration -> {
                    outages.rewire(configuration, infra).putAll(configurationFor(scenario));
                    told.putAll(configuration);
                    return configuration;
                });
             SecondInstances second = scenario.needsSecondInstances()
                     ? SecondInstances.start(stack.services(), projectRoot, told, logs.resolve("second-instances"))
                     : null) {
            return run(scenario, options, stack, outages, new PostgresCrash(infra, logs.resolve("postgres.log")),
                    second, demo, started);
        } finally {
            outages.close();
        }
    }

    private static HarnessReport run(Scenario scenario, HarnessOptions options, LocalStack stack, Outages outages,
            PostgresCrash postgres, SecondInstances second, DemoData demo, Instant started) {
        SystemState state = new SystemState(stack.infra());
        awaitEveryStoreIndexed(stack.service("subject-index-service").service().baseUrl());
        List<PlannedRequest> requests = PlannedRequest.plan(options.requests(), demo, options.seed());
        Set<String> requesters = requests.stream().map(PlannedRequest::email).collect(Collectors.toSet());
        HumanSteps people = new HumanSteps(state, stack.service("erasure-service").service().baseUrl(),
                stack.service("subject-index-service").service().baseUrl(), requesters);
        Requesters send = new Requesters(stack.service("intake-service").service().baseUrl(), stack.infra());
        Map<Integer, Integer> attempts = new ConcurrentHashMap<>();
        Random random = new Random(options.seed());
        List<String> serviceNames = stack.services().stream().map(service -> service.service().name()).toList();
        FaultInjector faults = new FaultInjector(stack, state, outages, postgres,
                scenario.faults(options, serviceNames, random),
                options.requestInterval().multipliedBy(Math.max(options.requests(), 20)), random);

        ScheduledExecutorService humans = Executors.newSingleThreadScheduledExecutor();
        ExecutorService load = Executors.newFixedThreadPool(2);
        try {
            humans.scheduleWithFixedDelay(() -> safely(people::round), 1, 1, TimeUnit.SECONDS);
            Future<?> faulting = load.submit(faults);
            Future<?> sending = load.submit(() -> {
                for (PlannedRequest request : requests) {
                    attempts.put(request.number(), send.send(request));
                    // deliberate pacing: one request per interval, so the faults hit a system under steady load
                    Thread.sleep(options.requestInterval().toMillis());
                }
                return null;
            });
            sending.get();
            LOG.info("all {} requests sent; waiting for the faults to end", requests.size());
            faulting.get();
            LOG.info("faults over ({} injected: {} kills, {} restarts); letting the system settle",
                    faults.injected(), faults.kills(), faults.restarts());
            settle(requests, state, faults.clockOffset(), options.settleTimeout());
            Duration timeToSettle = Duration.between(faults.over(), Instant.now());
            Verdict verdict = Verdict.of(requests, attempts, state, faults.clockOffset());
            verdict.findings.add(0, people.confirmed() + " verification links opened, " + people.approved()
                    + " plan items approved; " + faults.kills() + " kills, " + faults.restarts() + " restarts");
            if (second != null && second.alive() < serviceNames.size()) {
                verdict.findings.add("only " + second.alive() + " of the " + serviceNames.size()
                        + " second instances still run (none was killed)");
            }
            return new HarnessReport(scenario.id, requests.size(), faults.injected(), faults.kills(),
                    faults.restarts(), verdict.lost, verdict.duplicated, verdict.stuck, timeToSettle,
                    Duration.between(started, Instant.now()), List.copyOf(verdict.findings));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("the harness itself failed", e.getCause());
        } finally {
            load.shutdownNow();
            humans.shutdownNow();
        }
    }

    /**
     * Until every case is final and nothing waits in an outbox, a topic, the notifier's queue or (after a clock jump)
     * the deferred erasures, or time is up.
     */
    private static void settle(List<PlannedRequest> requests, SystemState state, Duration clockOffset,
            Duration timeout) {
        AtomicReference<Instant> nextLog = new AtomicReference<>(Instant.now());
        try {
            await().atMost(timeout).pollInterval(POLL).until(() -> {
                long unfinished = Verdict.unfinished(requests, state.cases());
                if (unfinished == 0 && sum(state.unpublishedOutbox()) == 0 && sum(state.consumerLag()) == 0
                        && state.undeliveredNotices() == 0 && state.deferredErasuresDue(clockOffset) == 0) {
                    return true;
                }
                if (Instant.now().isAfter(nextLog.get())) {
                    LOG.info("settling: {} cases not final yet", unfinished);
                    nextLog.set(Instant.now().plusSeconds(15));
                }
                return false;
            });
        } catch (ConditionTimeoutException timeIsUp) {
            // not a failure of the harness: the verdict then counts what is still unfinished as stuck
            LOG.warn("settle timeout of {} reached", timeout);
        }
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public static void awaitEveryStoreIndexed(String indexUrl) {
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        try {
            await().atMost(INDEX_READY).pollInterval(POLL).until(() -> everyStoreIndexed(http, json, indexUrl));
        } catch (ConditionTimeoutException timeIsUp) {
            throw new IllegalStateException("the subject index did not crawl every store within " + INDEX_READY,
                    timeIsUp);
        }
    }

    private static boolean everyStoreIndexed(HttpClient http, ObjectMapper json, String indexUrl) {
        try {
            HttpResponse<String> status = http.send(HttpRequest.newBuilder(URI.create(indexUrl + "/api/index/status"))
                    .header("Authorization", ASSISTANT).GET().build(), HttpResponse.BodyHandlers.ofString());
            Set<String> indexed = new HashSet<>();
            for (JsonNode store : json.readTree(status.body()).path("stores")) {
                if (!store.path("lastSuccessAt").isNull() && !store.path("lastSuccessAt").isMissingNode()) {
                    indexed.add(store.path("store").asText());
                }
            }
            return Arrays.stream(StoreId.values()).map(StoreId::id).allMatch(indexed::contains);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void safely(Runnable round) {
        try {
            round.run();
        } catch (RuntimeException e) {
            // a round that fails (e.g. Kafka or PostgreSQL gone for a moment) is simply done again
            LOG.debug("human steps round failed: {}", e.toString());
        }
    }

}
