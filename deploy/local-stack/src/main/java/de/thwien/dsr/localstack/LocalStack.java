package de.thwien.dsr.localstack;

import de.thwien.dsr.infra.EmbeddedInfra;
import de.thwien.dsr.infra.EmbeddedInfraOptions;
import de.thwien.dsr.localstack.demo.DemoData;
import de.thwien.dsr.localstack.demo.DemoStores;
import java.time.LocalDate;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;

/**
 * The whole system on one machine: embedded PostgreSQL, Kafka and GreenMail in this JVM, the demo
 * stores (CRM and Greenlight schemas, BBB API simulator, mailboxes; {@link DemoStores}) loaded with
 * {@link DemoData}, and the four services as separate JVMs pointed at them. Used by the local-stack
 * command and the system tests.
 */
public final class LocalStack implements AutoCloseable {

    /** 3 minutes; longer on an overloaded machine with {@code -Ddsr.local-stack.ready-timeout-seconds=…}. */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(
            Long.getLong("dsr.local-stack.ready-timeout-seconds", 180));

    private final EmbeddedInfra infra;
    private final List<ServiceProcess> services;
    private final Path projectRoot;
    private final Path logDirectory;
    private final Map<String, String> configuration = new LinkedHashMap<>();
    private DemoStores demo;

    private LocalStack(EmbeddedInfra infra, List<ServiceProcess> services, Path projectRoot, Path logDirectory) {
        this.infra = infra;
        this.services = services;
        this.projectRoot = projectRoot;
        this.logDirectory = logDirectory;
    }

    /** Starts infrastructure, demo stores (today's demo data, BBB on a free port) and services. */
    public static LocalStack start(EmbeddedInfraOptions infraOptions, List<ServiceDefinition> definitions,
            Path projectRoot, Path logDirectory) {
        return start(infraOptions, definitions, projectRoot, logDirectory, StartupProgress.SILENT);
    }

    /** Like {@link #start(EmbeddedInfraOptions, List, Path, Path)}, reporting each component as it becomes ready. */
    public static LocalStack start(EmbeddedInfraOptions infraOptions, List<ServiceDefinition> definitions,
            Path projectRoot, Path logDirectory, StartupProgress progress) {
        Instant started = Instant.now();
        EmbeddedInfra infra = EmbeddedInfra.start(infraOptions);
        progress.ready("PostgreSQL, Kafka, SMTP/IMAP (embedded)", Duration.between(started, Instant.now()));
        return startOn(infra, definitions, projectRoot, logDirectory, DemoData.generate(LocalDate.now()), 0,
                UnaryOperator.identity(), progress, started);
    }

    /**
     * Starts infrastructure, loads {@code demoData} into the demo stores (BBB simulator on {@code bbbPort},
     * 0 = free), starts the services with the infrastructure and store configuration plus
     * {@code extraConfiguration} (e.g. shorter intervals for tests) and waits until every service is ready.
     */
    public static LocalStack start(EmbeddedInfraOptions infraOptions, List<ServiceDefinition> definitions,
            Path projectRoot, Path logDirectory, DemoData demoData, int bbbPort,
            Map<String, String> extraConfiguration) {
        return startOn(EmbeddedInfra.start(infraOptions), definitions, projectRoot, logDirectory, demoData, bbbPort,
                configuration -> {
                    configuration.putAll(extraConfiguration);
                    return configuration;
                });
    }

    /**
     * Like {@link #start(EmbeddedInfraOptions, List, Path, Path, DemoData, int, Map)} on infrastructure the
     * caller started (the stack closes it). {@code adjustConfiguration} gets everything the services would be
     * told and returns what they are told, e.g. with PostgreSQL reached through a proxy.
     */
    public static LocalStack startOn(EmbeddedInfra infra, List<ServiceDefinition> definitions, Path projectRoot,
            Path logDirectory, DemoData demoData, int bbbPort,
            UnaryOperator<Map<String, String>> adjustConfiguration) {
        return startOn(infra, definitions, projectRoot, logDirectory, demoData, bbbPort, adjustConfiguration,
                StartupProgress.SILENT, Instant.now());
    }

    private static LocalStack startOn(EmbeddedInfra infra, List<ServiceDefinition> definitions, Path projectRoot,
            Path logDirectory, DemoData demoData, int bbbPort,
            UnaryOperator<Map<String, String>> adjustConfiguration, StartupProgress progress, Instant startedAt) {
        List<ServiceProcess> started = new ArrayList<>();
        LocalStack stack = new LocalStack(infra, started, projectRoot, logDirectory);
        try {
            stack.demo = DemoStores.load(infra, demoData, bbbPort);
            progress.ready("demo stores (CRM, Greenlight, BBB simulator, mailboxes)",
                    Duration.between(startedAt, Instant.now()));
            Map<String, String> configuration = serviceConfiguration(infra, definitions);
            configuration.putAll(stack.demo.configuration());
            stack.configuration.putAll(adjustConfiguration.apply(configuration));
            for (ServiceDefinition definition : definitions) {
                started.add(ServiceProcess.start(definition, projectRoot, stack.configuration, logDirectory));
            }
            awaitEveryServiceReady(started, progress, startedAt);
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    /** The services start side by side: each is reported the moment it is ready, whichever comes first. */
    private static void awaitEveryServiceReady(List<ServiceProcess> services, StartupProgress progress,
            Instant startedAt) {
        // one waiting thread per service (the common pool has a single thread on a 2-core machine)
        ExecutorService waiting = Executors.newFixedThreadPool(services.size());
        try {
            List<CompletableFuture<Void>> readiness = services.stream()
                    .map(service -> CompletableFuture.runAsync(() -> {
                        service.awaitReady(READY_TIMEOUT);
                        progress.ready(service.service().name(), Duration.between(startedAt, Instant.now()));
                    }, waiting))
                    .toList();
            CompletableFuture.allOf(readiness.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } finally {
            waiting.shutdownNow();
        }
    }

    /**
     * What every service is told: where the infrastructure is, where the requester pages live, and
     * where the dashboard (in intake) finds the other services.
     */
    private static Map<String, String> serviceConfiguration(EmbeddedInfra infra, List<ServiceDefinition> definitions) {
        Map<String, String> configuration = new LinkedHashMap<>(infra.configuration());
        Map<String, String> urlKeys = Map.of(
                "intake-service", "dsr.intake.public-base-url",
                "subject-index-service", "dsr.access-package.public-base-url");
        Map<String, String> dashboardKeys = Map.of(
                "subject-index-service", "dsr.dashboard.index-base-url",
                "erasure-service", "dsr.dashboard.erasure-base-url",
                "notifier-service", "dsr.dashboard.notifier-base-url");
        for (ServiceDefinition definition : definitions) {
            if (urlKeys.containsKey(definition.name())) {
                configuration.put(urlKeys.get(definition.name()), definition.baseUrl());
            }
            if (dashboardKeys.containsKey(definition.name())) {
                configuration.put(dashboardKeys.get(definition.name()), definition.baseUrl());
            }
        }
        return configuration;
    }

    public EmbeddedInfra infra() {
        return infra;
    }

    /** The demo stores: the BBB simulator and the store configuration the services got. */
    public DemoStores demo() {
        return demo;
    }

    public synchronized List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    /**
     * Kills the service's JVM with SIGKILL (no shutdown hooks, no graceful shutdown: a crash) and waits
     * until it is gone.
     */
    public void kill(String name) {
        service(name).kill();
    }

    /** Starts a killed or stopped service again with the same configuration and waits until it is ready. */
    public ServiceProcess restart(String name) {
        ServiceProcess restarted;
        synchronized (this) {
            ServiceProcess old = service(name);
            if (old.isAlive()) {
                throw new IllegalStateException(name + " is still running");
            }
            restarted = ServiceProcess.start(old.service(), projectRoot, configuration, logDirectory, true);
            services.set(services.indexOf(old), restarted);
        }
        restarted.awaitReady(READY_TIMEOUT);
        return restarted;
    }

    public synchronized ServiceProcess service(String name) {
        return services.stream().filter(service -> service.service().name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    /** Services first (they need the infrastructure to shut down cleanly), then the infrastructure. */
    @Override
    public void close() {
        services.parallelStream().forEach(ServiceProcess::close);
        if (demo != null) {
            demo.close();
        }
        infra.close();
    }
}
