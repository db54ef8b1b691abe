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

    /**
     * The fixed ports of the local stack, each overridable by a system property:
     * {@code dsr.postgres.port} (15432), {@code kafka.port} (19092), {@code kafka.controller.port} (19093),
     * {@code dsr.mail.smtp-port} (3025), {@code dsr.mail.imap-port} (3143), and {@code dsr.infra.data-dir}
     * (optional: keeps the data across restarts).
     */
    public static EmbeddedInfraOptions localStackFromSystemProperties() {
        EmbeddedInfraOptions options = defaults()
                .withPostgresPort(Integer.getInteger("dsr.postgres.port", 15432))
                .withKafkaPort(Integer.getInteger("kafka.port", 19092))
                .withKafkaControllerPort(Integer.getInteger("kafka.controller.port", 19093))
                .withSmtpPort(Integer.getInteger("dsr.mail.smtp-port", 3025))
                .withImapPort(Integer.getInteger("dsr.mail.imap-port", 3143));
        String dataDirectory = System.getProperty("dsr.infra.data-dir");
        return dataDirectory == null || dataDirectory.isBlank() ? options
                : options.withDataDirectory(Path.of(dataDirectory));
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
