package de.thwien.dsr.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;

/**
 * The production profiles for external PostgreSQL (TLS, verify-full) and Kafka (SASL_SSL): what the JDBC
 * driver (Flyway), the reactive client and the Kafka clients get from the Kubernetes configuration.
 */
class ExternalInfrastructureConfigurationTest {

    /** The clients resolve their bootstrap hosts when created; nothing listens here and nothing is sent. */
    private static final String UNUSED_BROKER = "127.0.0.1:9";

    static java.util.List<String> services() {
        return DeploymentFiles.SERVICES;
    }

    @ParameterizedTest
    @MethodSource("services")
    void flywaysJdbcConnectionVerifiesTheServerCertificateAndHostName(String service) {
        ServiceConfiguration configuration = kubernetes(service);

        Properties jdbc = jdbcProperties(configuration);

        assertThat(jdbc.getProperty("PGHOST")).isEqualTo("postgres.example.internal");
        assertThat(jdbc.getProperty("sslmode")).isEqualTo("verify-full");
        assertThat(jdbc.getProperty("sslrootcert")).isEqualTo("/etc/dsr/ca/postgres-ca.crt");
        assertThat(jdbc.getProperty("currentSchema")).isEqualTo(configuration.value("quarkus.flyway.schemas"));
    }

    @ParameterizedTest
    @MethodSource("services")
    void reactiveClientVerifiesTheServerCertificateAndHostName(String service) {
        ServiceConfiguration configuration = kubernetes(service);

        assertThat(configuration.value("quarkus.datasource.reactive.url"))
                .isEqualTo("postgresql://postgres.example.internal:5432/dsr");
        assertThat(configuration.value("quarkus.datasource.reactive.postgresql.ssl-mode")).isEqualTo("verify-full");
        assertThat(configuration.value("quarkus.datasource.reactive.hostname-verification-algorithm"))
                .isEqualTo("HTTPS");
        assertThat(configuration.value("quarkus.datasource.reactive.trust-certificate-pem")).isEqualTo("true");
        assertThat(configuration.value("quarkus.datasource.reactive.trust-certificate-pem.certs"))
                .isEqualTo("/etc/dsr/ca/postgres-ca.crt");
    }

    @ParameterizedTest
    @MethodSource("services")
    void kafkaChannelsLogInWithScramOverTls(String service) {
        Map<String, String> kafka = kubernetes(service).valuesUnder("kafka.");

        assertThat(kafka).containsEntry("bootstrap.servers", DeploymentFiles.kubernetesEnvironment(service)
                        .get("KAFKA_BOOTSTRAP_SERVERS"))
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("ssl.truststore.type", "PEM")
                .containsEntry("ssl.truststore.location", "/etc/dsr/ca/kafka-ca.crt")
                .containsEntry("ssl.endpoint.identification.algorithm", "https");
        assertThat(kafka.get(SaslConfigs.SASL_JAAS_CONFIG)).isEqualTo(
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"dsr\" password=\""
                        + DeploymentFiles.secretData("dsr-shared-secrets").get("DSR_KAFKA_PASSWORD") + "\";");
    }

    @Test
    void kafkaClientsStartWithTheseSettingsAndATruststore() {
        Map<String, String> environment = new HashMap<>(DeploymentFiles.kubernetesEnvironment("notifier-service"));
        environment.put("DSR_KAFKA_CA_CERT", testCa().toString());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", UNUSED_BROKER);
        Map<String, Object> kafka = new HashMap<>(ServiceConfiguration.of("notifier-service", environment)
                .valuesUnder("kafka."));

        // the clients parse the JAAS configuration and load the PEM truststore when they are created
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(withConsumerBasics(kafka));
             KafkaProducer<String, String> producer = new KafkaProducer<>(withProducerBasics(kafka))) {
            assertThat(consumer.groupMetadata().groupId()).isEqualTo("deployment-tests");
            assertThat(producer.metrics()).isNotEmpty();
        }
    }

    @Test
    void plainMechanismSwitchesTheLoginModule() {
        Map<String, String> environment = new HashMap<>(DeploymentFiles.kubernetesEnvironment("erasure-service"));
        environment.put("DSR_KAFKA_SASL_MECHANISM", "PLAIN");
        environment.put("DSR_KAFKA_LOGIN_MODULE", "org.apache.kafka.common.security.plain.PlainLoginModule");
        environment.put("DSR_KAFKA_CA_CERT", testCa().toString());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", UNUSED_BROKER);
        Map<String, Object> kafka = new HashMap<>(ServiceConfiguration.of("erasure-service", environment)
                .valuesUnder("kafka."));

        assertThat(kafka).containsEntry("sasl.mechanism", "PLAIN");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(withConsumerBasics(kafka))) {
            assertThat(consumer.groupMetadata().groupId()).isEqualTo("deployment-tests");
        }
    }

    @Test
    void withoutTheTlsProfilesTheLocalStackStaysPlaintext() {
        ServiceConfiguration compose = ServiceConfiguration.of("intake-service",
                DeploymentFiles.composeEnvironment("intake-service"));

        // the broker's address and the consumers' timing (heartbeat, session timeout), nothing of TLS or SASL
        assertThat(compose.valuesUnder("kafka.")).containsKey("bootstrap.servers")
                .allSatisfy((key, value) -> assertThat(key).doesNotStartWith("security.").doesNotStartWith("sasl.")
                        .doesNotStartWith("ssl."));
        assertThat(jdbcProperties(compose).getProperty("sslmode")).isNull();
        assertThat(compose.value("quarkus.datasource.reactive.postgresql.ssl-mode")).isNull();
    }

    private static ServiceConfiguration kubernetes(String service) {
        return ServiceConfiguration.of(service, DeploymentFiles.kubernetesEnvironment(service));
    }

    /** What the PostgreSQL driver makes of the JDBC URL plus Quarkus' additional JDBC properties. */
    private static Properties jdbcProperties(ServiceConfiguration configuration) {
        Properties additional = new Properties();
        configuration.valuesUnder("quarkus.datasource.jdbc.additional-jdbc-properties.").forEach(additional::put);
        Properties parsed = Driver.parseURL(configuration.value("quarkus.datasource.jdbc.url"), additional);
        assertThat(parsed).as("a JDBC URL the driver accepts").isNotNull();
        return parsed;
    }

    private static Map<String, Object> withConsumerBasics(Map<String, Object> kafka) {
        Map<String, Object> consumer = new HashMap<>(kafka);
        consumer.put(ConsumerConfig.GROUP_ID_CONFIG, "deployment-tests");
        consumer.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return consumer;
    }

    private static Map<String, Object> withProducerBasics(Map<String, Object> kafka) {
        Map<String, Object> producer = new HashMap<>(kafka);
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return producer;
    }

    private static Path testCa() {
        try {
            return Path.of(ExternalInfrastructureConfigurationTest.class.getResource("/tls/test-ca.crt").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
