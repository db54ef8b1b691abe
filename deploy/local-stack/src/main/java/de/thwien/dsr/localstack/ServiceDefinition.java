package de.thwien.dsr.localstack;

import java.nio.file.Path;
import java.util.List;

/** One of the four services as the local stack runs it: from its packaged Quarkus app. */
public record ServiceDefinition(String name, int port) {

    public static List<ServiceDefinition> defaults() {
        return List.of(
                new ServiceDefinition("intake-service", Integer.getInteger("dsr.intake.port", 8081)),
                new ServiceDefinition("subject-index-service", Integer.getInteger("dsr.subject-index.port", 8082)),
                new ServiceDefinition("erasure-service", Integer.getInteger("dsr.erasure.port", 8083)),
                new ServiceDefinition("notifier-service", Integer.getInteger("dsr.notifier.port", 8084)));
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
