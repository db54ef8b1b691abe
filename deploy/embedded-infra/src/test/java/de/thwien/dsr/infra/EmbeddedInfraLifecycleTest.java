package de.thwien.dsr.infra;

import de.thwien.dsr.events.Topics;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.Mailbox;
import de.thwien.dsr.infra.test.TopicProbe;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager.TestInjector;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class EmbeddedInfraLifecycleTest {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    @Test
    void closing_stops_every_server_frees_every_port_and_leaves_no_postgres_process() {
        EmbeddedInfra infra = EmbeddedInfra.start(EmbeddedInfraOptions.defaults().withShutdownHook(false));
        List<Integer> ports = List.of(infra.postgresPort(), kafkaPort(infra), infra.smtpPort(), infra.imapPort());
        ProcessHandle postmaster = ProcessHandle.of(infra.postgresPid().orElseThrow()).orElseThrow();
        List<ProcessHandle> postgresProcesses = PostgresProcesses.withChildren(postmaster);
        assertThat(postgresProcesses).hasSizeGreaterThan(1).allMatch(ProcessHandle::isAlive);

        infra.close();

        await().atMost(STOP_TIMEOUT).untilAsserted(() -> {
            assertThat(postgresProcesses).noneMatch(ProcessHandle::isAlive);
            assertThat(ports).allMatch(LoopbackPorts::isFree);
        });
        assertThat(PostgresProcesses.postgresDescendantsOfThisJvm()).isEmpty();
        infra.close(); // a second close is harmless
    }

    @Test
    void a_kept_data_directory_keeps_tables_and_topics_across_restarts(@TempDir Path dataDirectory) throws Exception {
        EmbeddedInfraOptions options = EmbeddedInfraOptions.defaults().withShutdownHook(false)
                .withDataDirectory(dataDirectory);
        try (EmbeddedInfra infra = EmbeddedInfra.start(options)) {
            execute(infra, "create table kept (id int primary key)", "insert into kept values (42)");
        }

        try (EmbeddedInfra restarted = EmbeddedInfra.start(options)) {
            assertThat(queryInt(restarted, "select id from kept")).isEqualTo(42);
            try (Admin admin = Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, restarted.kafkaBootstrapServers()))) {
                assertThat(admin.listTopics().names().get()).containsAll(Topics.allWithDeadLetters());
            }
        }
        assertThat(dataDirectory.resolve("postgres/PG_VERSION")).exists();
    }

    @Test
    void a_stopped_kafka_broker_starts_again_on_its_port_with_its_records() {
        try (EmbeddedInfra infra = EmbeddedInfra.start(EmbeddedInfraOptions.defaults().withShutdownHook(false))) {
            String bootstrap = infra.kafkaBootstrapServers();
            try (TopicProbe probe = new TopicProbe(bootstrap)) {
                probe.send(Topics.CASES, "case-1", Map.of(), "before the restart");
            }

            infra.stopKafka();
            assertThat(LoopbackPorts.isFree(kafkaPort(infra))).isTrue();
            infra.startKafka();

            assertThat(infra.kafkaBootstrapServers()).isEqualTo(bootstrap);
            try (TopicProbe probe = new TopicProbe(bootstrap)) {
                assertThat(probe.readAll(Topics.CASES)).extracting(record -> record.value())
                        .containsExactly("before the restart");
            }
        }
    }

    @Test
    void the_quarkus_test_resource_hands_out_the_configuration_and_a_mailbox_and_stops_everything() {
        EmbeddedInfraTestResource resource = new EmbeddedInfraTestResource();

        Map<String, String> configuration = resource.start();
        MailboxHolder test = new MailboxHolder();
        resource.inject(fieldsOfType(test));
        int postgresPort = Integer.parseInt(configuration.get(InfraConfiguration.POSTGRES_PORT));
        ProcessHandle postmaster = PostgresProcesses.postmasterOnPort(postgresPort).orElseThrow();
        resource.stop();

        assertThat(configuration).containsKeys(InfraConfiguration.KAFKA_BOOTSTRAP_SERVERS, InfraConfiguration.MAIL_IMAP_PORT);
        assertThat(test.mailbox).isNotNull();
        await().atMost(STOP_TIMEOUT).untilAsserted(() -> {
            assertThat(postmaster.isAlive()).isFalse();
            assertThat(LoopbackPorts.isFree(postgresPort)).isTrue();
        });
    }

    @Test
    void terminating_the_main_process_stops_postgres_through_the_shutdown_hook(@TempDir Path work) throws Exception {
        Path output = work.resolve("main.out");
        Process main = new ProcessBuilder(javaExecutable(), "-cp", testClassPath(),
                "-Ddsr.postgres.port=0", "-Dkafka.port=0", "-Dkafka.controller.port=0",
                "-Ddsr.mail.smtp-port=0", "-Ddsr.mail.imap-port=0",
                EmbeddedInfraMain.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        try {
            await().atMost(Duration.ofSeconds(90)).until(() -> Files.readString(output).contains("ready;"));
            int postgresPort = Integer.parseInt(printedValue(output, InfraConfiguration.POSTGRES_PORT));
            ProcessHandle postmaster = PostgresProcesses.postmasterOnPort(postgresPort).orElseThrow();

            main.destroy(); // SIGTERM, handled by the JVM exactly like Ctrl-C (SIGINT)

            assertThat(main.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            await().atMost(STOP_TIMEOUT).untilAsserted(() -> {
                assertThat(postmaster.isAlive()).isFalse();
                assertThat(LoopbackPorts.isFree(postgresPort)).isTrue();
            });
        } finally {
            main.destroyForcibly();
        }
    }

    private static int kafkaPort(EmbeddedInfra infra) {
        String bootstrap = infra.kafkaBootstrapServers();
        return Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1));
    }

    private static void execute(EmbeddedInfra infra, String... statements) throws SQLException {
        try (Connection connection = connect(infra); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static int queryInt(EmbeddedInfra infra, String sql) throws SQLException {
        try (Connection connection = connect(infra);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            assertThat(result.next()).isTrue();
            return result.getInt(1);
        }
    }

    private static Connection connect(EmbeddedInfra infra) throws SQLException {
        return DriverManager.getConnection(infra.postgresJdbcUrl(), infra.postgresUsername(), infra.postgresPassword());
    }

    private static String printedValue(Path output, String key) throws Exception {
        return Files.readAllLines(output).stream()
                .filter(line -> line.startsWith(key + "="))
                .map(line -> line.substring(key.length() + 1))
                .findFirst()
                .orElseThrow();
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Surefire may run tests from a manifest-only jar; it publishes the real class path separately. */
    private static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                .replace(' ', File.pathSeparatorChar).trim();
    }

    /** What Quarkus does for a test class: fill matching fields. */
    private static TestInjector fieldsOfType(Object testInstance) {
        return (Object value, Predicate<Field> predicate) -> {
            for (Field field : testInstance.getClass().getDeclaredFields()) {
                if (predicate.test(field)) {
                    try {
                        field.setAccessible(true);
                        field.set(testInstance, value);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        };
    }

    static final class MailboxHolder {
        Mailbox mailbox;
    }
}
