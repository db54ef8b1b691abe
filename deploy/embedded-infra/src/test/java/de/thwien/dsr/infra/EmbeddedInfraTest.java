package de.thwien.dsr.infra;

import de.thwien.dsr.events.Topics;
import de.thwien.dsr.infra.test.Mailbox;
import de.thwien.dsr.infra.test.ReceivedMail;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class EmbeddedInfraTest {

    private static EmbeddedInfra infra;

    @BeforeAll
    static void startInfrastructure() {
        infra = EmbeddedInfra.start(EmbeddedInfraOptions.defaults().withShutdownHook(false));
    }

    @AfterAll
    static void stopInfrastructure() {
        infra.close();
    }

    @Test
    void configuration_names_every_service_setting_and_points_at_loopback() {
        Map<String, String> configuration = infra.configuration();

        assertThat(configuration).containsOnlyKeys(
                "dsr.postgres.host", "dsr.postgres.port", "dsr.postgres.database", "dsr.postgres.username",
                "dsr.postgres.password", "kafka.bootstrap.servers", "dsr.mail.host", "dsr.mail.smtp-port",
                "dsr.mail.imap-port");
        assertThat(configuration)
                .containsEntry("dsr.postgres.host", "127.0.0.1")
                .containsEntry("dsr.postgres.port", Integer.toString(infra.postgresPort()))
                .containsEntry("dsr.postgres.database", "dsr")
                .containsEntry("dsr.postgres.username", "postgres")
                .containsEntry("kafka.bootstrap.servers", "127.0.0.1:" + infra.kafkaBootstrapServers().split(":")[1])
                .containsEntry("dsr.mail.host", "127.0.0.1")
                .containsEntry("dsr.mail.smtp-port", Integer.toString(infra.smtpPort()))
                .containsEntry("dsr.mail.imap-port", Integer.toString(infra.imapPort()));
    }

    @Test
    void postgres_answers_queries_on_the_dsr_database() throws Exception {
        try (Connection connection = DriverManager.getConnection(
                infra.postgresJdbcUrl(), infra.postgresUsername(), infra.postgresPassword());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select 1, current_database(), current_setting('server_version_num')")) {

            assertThat(result.next()).isTrue();
            assertThat(result.getInt(1)).isEqualTo(1);
            assertThat(result.getString(2)).isEqualTo("dsr");
            assertThat(Integer.parseInt(result.getString(3))).isBetween(170_000, 179_999);
        }
    }

    @Test
    void kafka_has_every_business_topic_with_three_partitions_and_every_dead_letter_topic_with_one() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers()))) {
            Map<String, TopicDescription> topics = admin.describeTopics(Topics.allWithDeadLetters())
                    .allTopicNames().get();

            Map<String, Integer> partitionCounts = topics.values().stream()
                    .collect(Collectors.toMap(TopicDescription::name, description -> description.partitions().size()));
            assertThat(partitionCounts).containsOnly(
                    Map.entry("dsr.cases", 3), Map.entry("dsr.discovery", 3),
                    Map.entry("dsr.erasure", 3), Map.entry("dsr.notices", 3),
                    Map.entry("dsr.cases.dlq", 1), Map.entry("dsr.discovery.dlq", 1),
                    Map.entry("dsr.erasure.dlq", 1), Map.entry("dsr.notices.dlq", 1));
            assertThat(admin.listTopics().names().get()).containsAll(Topics.allWithDeadLetters());
        }
    }

    @Test
    void a_record_produced_to_dsr_cases_is_consumed_with_its_key() throws Exception {
        String caseId = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProperties());
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties())) {
            consumer.subscribe(List.of(Topics.CASES));

            producer.send(new ProducerRecord<>(Topics.CASES, caseId, "{\"type\":\"request.received.v1\"}")).get();

            List<ConsumerRecord<String, String>> received = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
                return received.stream().anyMatch(r -> caseId.equals(r.key()));
            });
            assertThat(received).filteredOn(r -> caseId.equals(r.key()))
                    .singleElement()
                    .extracting(ConsumerRecord::value)
                    .isEqualTo("{\"type\":\"request.received.v1\"}");
        }
    }

    @Test
    void a_mail_sent_over_smtp_arrives_in_the_recipients_imap_mailbox() throws Exception {
        String recipient = "requester-" + UUID.randomUUID() + "@example.org";
        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", infra.mailHost());
        smtp.put("mail.smtp.port", Integer.toString(infra.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(smtp));
        message.setFrom(new InternetAddress("privacy@thwien.de"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
        message.setSubject("Ihre Anfrage nach Art. 15 DSGVO");
        message.setText("Guten Tag,\nwir haben Ihre Anfrage erhalten.", "UTF-8");
        message.setHeader("In-Reply-To", "<request-1@example.org>");

        Transport.send(message);

        Mailbox mailbox = Mailbox.fromConfiguration(infra.configuration());
        await().atMost(Duration.ofSeconds(10)).until(() -> !mailbox.messagesFor(recipient).isEmpty());
        ReceivedMail received = mailbox.messagesFor(recipient).get(0);
        assertThat(received.subject()).isEqualTo("Ihre Anfrage nach Art. 15 DSGVO");
        assertThat(received.from()).isEqualTo("privacy@thwien.de");
        assertThat(received.to()).containsExactly(recipient);
        assertThat(received.text()).isEqualTo("Guten Tag,\nwir haben Ihre Anfrage erhalten.");
        assertThat(received.inReplyTo()).contains("<request-1@example.org>");
        assertThat(received.messageId()).isPresent();
        assertThat(received.header("in-reply-to")).contains("<request-1@example.org>");
    }

    @Test
    void an_unknown_mailbox_is_empty_rather_than_an_error() {
        Mailbox mailbox = Mailbox.fromConfiguration(infra.configuration());

        assertThat(mailbox.messagesFor("nobody-" + UUID.randomUUID() + "@example.org")).isEmpty();
    }

    private static Properties producerProperties() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return properties;
    }

    private static Properties consumerProperties() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "roundtrip-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return properties;
    }
}
