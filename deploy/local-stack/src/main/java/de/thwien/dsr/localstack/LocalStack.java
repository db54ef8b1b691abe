package de.thwien.dsr.localstack;

import de.thwien.dsr.infra.EmbeddedInfra;
import de.thwien.dsr.infra.EmbeddedInfraOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole system on one machine: embedded PostgreSQL, Kafka and GreenMail in this JVM and the
 * four services as separate JVMs pointed at them. Used by the local-stack command and the
 * system tests.
 */
public final class LocalStack implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final EmbeddedInfra infra;
    private final List<ServiceProcess> services;

    private LocalStack(EmbeddedInfra infra, List<ServiceProcess> services) {
        this.infra = infra;
        this.services = services;
    }

    /** Starts infrastructure and services and waits until every service is ready. */
    public static LocalStack start(EmbeddedInfraOptions infraOptions, List<ServiceDefinition> definitions,
            Path projectRoot, Path logDirectory) {
        EmbeddedInfra infra = EmbeddedInfra.start(infraOptions);
        List<ServiceProcess> started = new ArrayList<>();
        LocalStack stack = new LocalStack(infra, started);
        try {
            Map<String, String> configuration = serviceConfiguration(infra, definitions);
            for (ServiceDefinition definition : definitions) {
                started.add(ServiceProcess.start(definition, projectRoot, configuration, logDirectory));
            }
            for (ServiceProcess service : started) {
                service.awaitReady(READY_TIMEOUT);
            }
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    /** What every service is told: where the infrastructure is and where the requester pages live. */
    private static Map<String, String> serviceConfiguration(EmbeddedInfra infra, List<ServiceDefinition> definitions) {
        Map<String, String> configuration = new LinkedHashMap<>(infra.configuration());
        definitions.stream().filter(definition -> definition.name().equals("intake-service")).findFirst()
                .ifPresent(intake -> configuration.put("dsr.intake.public-base-url", intake.baseUrl()));
        return configuration;
    }

    public EmbeddedInfra infra() {
        return infra;
    }

    public List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    public ServiceProcess service(String name) {
        return services.stream().filter(service -> service.service().name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    /** Services first (they need the infrastructure to shut down cleanly), then the infrastructure. */
    @Override
    public void close() {
        services.parallelStream().forEach(ServiceProcess::close);
        infra.close();
    }
}
