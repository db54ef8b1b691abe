package de.thwien.dsr.infra.test;

import de.thwien.dsr.infra.EmbeddedMailServer;
import de.thwien.dsr.infra.InfraConfiguration;
import de.thwien.dsr.infra.KafkaTopics;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.time.Duration;
import java.util.Map;

/**
 * The same infrastructure as {@link de.thwien.dsr.infra.EmbeddedInfra}, with PostgreSQL and Kafka in
 * containers (needs a Docker engine). Mail stays embedded: GreenMail is a Java library either way.
 */
final class TestcontainersInfra implements AutoCloseable {

    private static final String POSTGRES_IMAGE = "postgres:17-alpine";
    /** Same Kafka version as the broker library the Quarkus BOM pins. */
    private static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
    private static final String DATABASE = "dsr";

    private final PostgreSQLContainer postgres;
    private final KafkaContainer kafka;
    private final EmbeddedMailServer mail;

    private TestcontainersInfra(PostgreSQLContainer postgres, KafkaContainer kafka, EmbeddedMailServer mail) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.mail = mail;
    }

    static TestcontainersInfra start() {
        PostgreSQLContainer postgres = new PostgreSQLContainer(POSTGRES_IMAGE).withDatabaseName(DATABASE);
        // same broker settings that matter to the services as the embedded broker
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE)
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        EmbeddedMailServer mail = null;
        try {
            postgres.start();
            kafka.start();
            KafkaTopics.createAll(kafka.getBootstrapServers(), Duration.ofSeconds(60));
            mail = EmbeddedMailServer.start(0, 0);
            return new TestcontainersInfra(postgres, kafka, mail);
        } catch (RuntimeException e) {
            if (mail != null) {
                mail.close();
            }
            kafka.stop();
            postgres.stop();
            throw e;
        }
    }

    Map<String, String> configuration() {
        return InfraConfiguration.of(postgres.getHost(), postgres.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT),
                postgres.getDatabaseName(), postgres.getUsername(), postgres.getPassword(),
                kafka.getBootstrapServers(), mail.host(), mail.smtpPort(), mail.imapPort());
    }

    @Override
    public void close() {
        mail.close();
        kafka.stop();
        postgres.stop();
    }
}
