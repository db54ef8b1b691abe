package de.thwien.dsr.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A service JVM started from its packaged app, with its log in a file. */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(20);
    private static final Duration POLL = Duration.ofMillis(250);

    private final ServiceDefinition service;
    private final Process process;
    private final Path logFile;

    private ServiceProcess(ServiceDefinition service, Process process, Path logFile) {
        this.service = service;
        this.process = process;
        this.logFile = logFile;
    }

    /**
     * Starts the service with {@code configuration} as system properties (they override its
     * application.properties) and the {@code local} configuration profile.
     */
    public static ServiceProcess start(ServiceDefinition service, Path projectRoot, Map<String, String> configuration,
            Path logDirectory) {
        return start(service, projectRoot, configuration, logDirectory, false);
    }

    /** @param appendLog keep the log of an earlier run of the service (a restart) and write after it */
    static ServiceProcess start(ServiceDefinition service, Path projectRoot, Map<String, String> configuration,
            Path logDirectory, boolean appendLog) {
        Path jar = service.runnerJar(projectRoot);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (./mvnw package -DskipTests)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-Dquarkus.profile=local");
        command.add("-Dquarkus.http.port=" + service.port());
        configuration.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar.toString());
        try {
            Files.createDirectories(logDirectory);
            Path logFile = logDirectory.resolve(service.name() + ".log");
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(appendLog ? ProcessBuilder.Redirect.appendTo(logFile.toFile())
                            : ProcessBuilder.Redirect.to(logFile.toFile()))
                    .start();
            return new ServiceProcess(service, process, logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + service.name(), e);
        }
    }

    /** Waits until {@code /q/health/ready} answers 200, or fails naming the log to read. */
    public void awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(service.baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.name() + " exited with code " + process.exitValue()
                        + "; see " + logFile);
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the service is still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + service.name(), e);
            }
            pause();
        }
        throw new IllegalStateException(service.name() + " not ready within " + timeout + "; see " + logFile);
    }

    public ServiceDefinition service() {
        return service;
    }

    public Path logFile() {
        return logFile;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL on Linux ({@link Process#destroyForcibly()}): the JVM ends at once, like a crash. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGTERM, so Quarkus shuts down gracefully; SIGKILL if it does not within 20 s. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(GRACEFUL_STOP.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
