package de.thwien.dsr.localstack;

import de.thwien.dsr.infra.test.LowPorts;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/** One of the four services as the local stack runs it: from its packaged Quarkus app. */
public record ServiceDefinition(String name, int port) {

    public static List<ServiceDefinition> defaults() {
        return List.of(
                new ServiceDefinition("intake-service", Integer.getInteger("dsr.intake.port", 8081)),
                new ServiceDefinition("subject-index-service", Integer.getInteger("dsr.subject-index.port", 8082)),
                new ServiceDefinition("erasure-service", Integer.getInteger("dsr.erasure.port", 8083)),
                new ServiceDefinition("notifier-service", Integer.getInteger("dsr.notifier.port", 8084)));
    }

    /**
     * The four services for a run that starts its own stack (system tests, fault harness, benchmark): each on a
     * different free loopback port below the ephemeral range, which the embedded infrastructure's ports come from;
     * two services were once given the same port when each took the next free ephemeral one.
     */
    public static List<ServiceDefinition> defaultsOnFreePorts() {
        List<ServiceDefinition> defaults = defaults();
        List<Integer> ports = LowPorts.free(defaults.size());
        return IntStream.range(0, defaults.size()).mapToObj(i -> defaults.get(i).withPort(ports.get(i))).toList();
    }

    public ServiceDefinition withPort(int newPort) {
        return new ServiceDefinition(name, newPort);
    }

    /** {@code <root>/<name>/target/quarkus-app/quarkus-run.jar}, built by {@code ./mvnw package}. */
    public Path runnerJar(Path projectRoot) {
        return projectRoot.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }
}
