package de.thwien.dsr.infra;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link EmbeddedInfra} starts. A port of {@code 0} means "any free loopback port". Without a data
 * directory everything lives in temporary directories that {@link EmbeddedInfra#close()} deletes; with
 * one, PostgreSQL and Kafka data survive restarts (the local stack keeps its demo data that way).
 *
 * @param registerShutdownHook stop everything when the JVM exits (Ctrl-C, SIGTERM), so no
 *                             {@code postgres} process outlives it
 */
public record EmbeddedInfraOptions(
        int postgresPort,
        int kafkaPort,
        int kafkaControllerPort,
        int smtpPort,
        int imapPort,
        Optional<Path> dataDirectory,
        boolean registerShutdownHook) {

    public static final int ANY_FREE_PORT = 0;

    public EmbeddedInfraOptions {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        for (int port : new int[] {postgresPort, kafkaPort, kafkaControllerPort, smtpPort, imapPort}) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("not a port: " + port);
            }
        }
    }

    /** Free ports, temporary directories, a shutdown hook. */
    public static EmbeddedInfraOptions defaults() {
        return new EmbeddedInfraOptions(ANY_FREE_PORT, ANY_FREE_PORT, ANY_FREE_PORT, ANY_FREE_PORT, ANY_FREE_PORT,
                Optional.empty(), true);
    }

    public EmbeddedInfraOptions withPostgresPort(int port) {
        return new EmbeddedInfraOptions(port, kafkaPort, kafkaControllerPort, smtpPort, imapPort, dataDirectory,
                registerShutdownHook);
    }

    public EmbeddedInfraOptions withKafkaPort(int port) {
        return new EmbeddedInfraOptions(postgresPort, port, kafkaControllerPort, smtpPort, imapPort, dataDirectory,
                registerShutdownHook);
    }

    public EmbeddedInfraOptions withKafkaControllerPort(int port) {
        return new EmbeddedInfraOptions(postgresPort, kafkaPort, port, smtpPort, imapPort, dataDirectory,
                registerShutdownHook);
    }

    public EmbeddedInfraOptions withSmtpPort(int port) {
        return new EmbeddedInfraOptions(postgresPort, kafkaPort, kafkaControllerPort, port, imapPort, dataDirectory,
                registerShutdownHook);
    }

    public EmbeddedInfraOptions withImapPort(int port) {
        return new EmbeddedInfraOptions(postgresPort, kafkaPort, kafkaControllerPort, smtpPort, port, dataDirectory,
                registerShutdownHook);
    }

    public EmbeddedInfraOptions withDataDirectory(Path directory) {
        return new EmbeddedInfraOptions(postgresPort, kafkaPort, kafkaControllerPort, smtpPort, imapPort,
                Optional.of(directory), registerShutdownHook);
    }

    public EmbeddedInfraOptions withShutdownHook(boolean register) {
        return new EmbeddedInfraOptions(postgresPort, kafkaPort, kafkaControllerPort, smtpPort, imapPort,
                dataDirectory, register);
    }
}
