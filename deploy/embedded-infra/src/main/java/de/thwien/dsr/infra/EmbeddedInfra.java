package de.thwien.dsr.infra;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real PostgreSQL, a real Kafka KRaft broker and GreenMail SMTP/IMAP on 127.0.0.1, for tests and the local
 * stack. No Docker needed. Start with {@link #start()} or {@link #start(EmbeddedInfraOptions)}, hand
 * {@link #configuration()} to the services, {@link #close()} when done.
 */
public final class EmbeddedInfra implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedInfra.class);
    private static final Duration TOPIC_CREATION_TIMEOUT = Duration.ofSeconds(30);

    private final EmbeddedPostgresServer postgres;
    private volatile EmbeddedKafkaBroker kafka;
    private final EmbeddedMailServer mail;
    private final Optional<Path> temporaryDirectory;
    private final Thread shutdownHook;
    private boolean closed;

    private EmbeddedInfra(EmbeddedPostgresServer postgres, EmbeddedKafkaBroker kafka, EmbeddedMailServer mail,
            Optional<Path> temporaryDirectory, boolean registerShutdownHook) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.mail = mail;
        this.temporaryDirectory = temporaryDirectory;
        this.shutdownHook = registerShutdownHook ? new Thread(this::close, "embedded-infra-shutdown") : null;
        if (shutdownHook != null) {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    /** Free ports, temporary data, stopped on JVM exit. */
    public static EmbeddedInfra start() {
        return start(EmbeddedInfraOptions.defaults());
    }

    public static EmbeddedInfra start(EmbeddedInfraOptions options) {
        QuietLogging.apply();
        long startedAt = System.nanoTime();
        Optional<Path> temporaryDirectory = options.dataDirectory().isPresent()
                ? Optional.empty()
                : Optional.of(Directories.createTemp("dsr-embedded-infra-"));
        Path root = options.dataDirectory().orElseGet(temporaryDirectory::get);
        boolean keepData = options.dataDirectory().isPresent();

        // started one by one, and what is already up is stopped again if a later part fails
        List<AutoCloseable> started = new ArrayList<>();
        try {
            EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(
                    LoopbackPorts.resolve(options.postgresPort()),
                    Directories.create(root.resolve("postgres")), keepData);
            started.add(postgres);
            long postgresReadyAt = System.nanoTime();

            EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(
                    LoopbackPorts.resolve(options.kafkaPort()),
                    LoopbackPorts.resolve(options.kafkaControllerPort()),
                    Directories.create(root.resolve("kafka")));
            started.add(0, kafka);
            KafkaTopics.createAll(kafka.bootstrapServers(), TOPIC_CREATION_TIMEOUT);
            long kafkaReadyAt = System.nanoTime();

            EmbeddedMailServer mail = EmbeddedMailServer.start(options.smtpPort(), options.imapPort());
            started.add(0, mail);

            EmbeddedInfra infra = new EmbeddedInfra(postgres, kafka, mail, temporaryDirectory,
                    options.registerShutdownHook());
            LOG.info("Embedded infrastructure up in {} ms (PostgreSQL {} ms, Kafka with topics {} ms): {}",
                    millisSince(startedAt), (postgresReadyAt - startedAt) / 1_000_000,
                    (kafkaReadyAt - postgresReadyAt) / 1_000_000, infra.configuration());
            return infra;
        } catch (Exception e) {
            for (AutoCloseable closeable : started) {
                closeQuietly(closeable, e);
            }
            temporaryDirectory.ifPresent(directory -> deleteQuietly(directory, e));
            throw new IllegalStateException("embedded infrastructure did not start", e);
        }
    }

    /** Everything a service needs to connect, under the keys of {@link InfraConfiguration}. */
    public Map<String, String> configuration() {
        return InfraConfiguration.of(postgresHost(), postgresPort(), postgresDatabase(), postgresUsername(),
                postgresPassword(), kafkaBootstrapServers(), mailHost(), smtpPort(), imapPort());
    }

    public String postgresHost() {
        return LoopbackPorts.HOST;
    }

    public int postgresPort() {
        return postgres.port();
    }

    public String postgresDatabase() {
        return EmbeddedPostgresServer.DATABASE;
    }

    public String postgresUsername() {
        return EmbeddedPostgresServer.USERNAME;
    }

    public String postgresPassword() {
        return EmbeddedPostgresServer.PASSWORD;
    }

    /** {@code jdbc:postgresql://127.0.0.1:<port>/dsr}, for Flyway and tests. */
    public String postgresJdbcUrl() {
        return "jdbc:postgresql://" + postgresHost() + ":" + postgresPort() + "/" + postgresDatabase();
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String mailHost() {
        return mail.host();
    }

    public int smtpPort() {
        return mail.smtpPort();
    }

    public int imapPort() {
        return mail.imapPort();
    }

    /** GreenMail itself, for tests that want to purge or inspect mailboxes directly. */
    public EmbeddedMailServer mailServer() {
        return mail;
    }

    /**
     * Stops the Kafka broker (clients see it gone, as in a broker crash or restart) until
     * {@link #startKafka()}. For fault tests.
     */
    public synchronized void stopKafka() {
        kafka.close();
    }

    /** Starts the broker stopped by {@link #stopKafka()} again on the same ports and log directory. */
    public synchronized void startKafka() {
        try {
            kafka = kafka.restarted();
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not start again", e);
        }
    }

    /** Pid of the PostgreSQL postmaster; pg_ctl detaches it, so it is not a descendant of this JVM. */
    Optional<Long> postgresPid() {
        return postgres.postmasterPid();
    }

    /** Stops mail, Kafka and PostgreSQL, in that order, and deletes temporary data. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        removeShutdownHook();
        Exception failure = null;
        failure = closeRecording(mail, failure);
        failure = closeRecording(kafka, failure);
        failure = closeRecording(postgres, failure);
        if (temporaryDirectory.isPresent()) {
            try {
                Directories.deleteRecursively(temporaryDirectory.get());
            } catch (IOException e) {
                failure = record(failure, e);
            }
        }
        if (failure != null) {
            throw new IllegalStateException("embedded infrastructure did not stop cleanly", failure);
        }
    }

    private void removeShutdownHook() {
        if (shutdownHook == null || Thread.currentThread() == shutdownHook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or about to; close() is idempotent, so nothing to undo
        }
    }

    private static Exception closeRecording(AutoCloseable closeable, Exception failure) {
        try {
            closeable.close();
            return failure;
        } catch (Exception e) {
            return record(failure, e);
        }
    }

    private static Exception record(Exception failure, Exception e) {
        if (failure == null) {
            return e;
        }
        failure.addSuppressed(e);
        return failure;
    }

    private static void closeQuietly(AutoCloseable closeable, Exception cause) {
        try {
            closeable.close();
        } catch (Exception e) {
            cause.addSuppressed(e);
        }
    }

    private static void deleteQuietly(Path directory, Exception cause) {
        try {
            Directories.deleteRecursively(directory);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    private static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }
}
