package de.thwien.dsr.systemtests;

import de.thwien.dsr.infra.EmbeddedInfraOptions;
import de.thwien.dsr.localstack.LocalStack;
import de.thwien.dsr.localstack.ServiceDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

/** Starts the packaged services and the embedded infrastructure on free ports for a system test. */
final class RunningSystem {

    private RunningSystem() {
    }

    static LocalStack start() {
        Path root = Path.of(System.getProperty("dsr.project.root", "../..")).toAbsolutePath().normalize();
        List<ServiceDefinition> services = ServiceDefinition.defaults().stream()
                .map(service -> service.withPort(freePort()))
                .toList();
        return LocalStack.start(EmbeddedInfraOptions.defaults().withShutdownHook(true), services, root,
                root.resolve("deploy/system-tests/target/service-logs"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
