package de.thwien.dsr.subjectindex.contacts;

import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.platform.keyring.SealedEvents;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.Topics;
import de.thwien.dsr.infra.InfraConfiguration;
import de.thwien.dsr.infra.test.TopicProbe;
import de.thwien.dsr.subjectindex.DemoMailbox;
import de.thwien.dsr.subjectindex.SeededStoresTestResource;
import de.thwien.dsr.subjectindex.index.Crawler;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@QuarkusTestResource(SeededStoresTestResource.class)
class FirstContactTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    @Inject
    SealedEvents sealed;

    @Inject
    Crawler crawler;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = InfraConfiguration.MAIL_HOST)
    String mailHost;

    @ConfigProperty(name = InfraConfiguration.MAIL_IMAP_PORT)
    int imapPort;

    @BeforeEach
    void indexUpToDate() {
        crawler.crawlAll(); // the first crawl only builds the index: old mail is no first contact
    }

    @Test
    void aNewSenderIsAnnouncedOnceEvenWhenWritingAgain() {
        String newcomer = "newcomer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        DemoMailbox.receive(mailHost, imapPort, "\"Neu Kunde\" <" + newcomer + ">", "Anfrage");
        crawler.crawlAll();
        DemoMailbox.receive(mailHost, imapPort, newcomer.toUpperCase(), "Noch eine Anfrage");
        crawler.crawlAll();

        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(firstSeen(probe, newcomer)).hasSize(1));
            assertThat(firstSeen(probe, newcomer)).singleElement()
                    .satisfies(event -> assertThat(event.language()).isEqualTo("de"));
        }
    }

    @Test
    void aSenderAnyStoreKnowsIsNoFirstContact() {
        String marker = UUID.randomUUID().toString();
        DemoMailbox.receive(mailHost, imapPort, "lukas.mueller@example.com", "Frage " + marker);
        String newcomer = "control-" + marker.substring(0, 8) + "@example.org";
        DemoMailbox.receive(mailHost, imapPort, newcomer, "Kontrolle");
        crawler.crawlAll();

        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            // the control sender's event shows the crawl's announcements were published
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(firstSeen(probe, newcomer)).hasSize(1));
            assertThat(firstSeen(probe, "lukas.mueller@example.com")).isEmpty();
        }
    }

    @Test
    void aNewSenderWritingInEnglishIsAnnouncedInEnglishAsAPerson() {
        String newcomer = "english-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        DemoMailbox.receive(mailHost, imapPort, newcomer, "Question about my order",
                "Dear Sir or Madam,\n\nplease tell me the status of my order.\n\nKind regards");
        crawler.crawlAll();

        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(firstSeen(probe, newcomer)).singleElement()
                    .satisfies(event -> {
                        assertThat(event.language()).isEqualTo("en");
                        assertThat(event.automatic()).isFalse();
                    }));
        }
    }

    @Test
    void aMailFromAMailingListOrAutoResponderIsAnnouncedAsAutomatic() {
        String list = "news-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String responder = "away-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String bulk = "offers-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        DemoMailbox.receive(mailHost, imapPort, list, "Newsletter März", "Neuigkeiten",
                "List-Id", "<news.example.org>", "List-Unsubscribe", "<mailto:leave@example.org>");
        DemoMailbox.receive(mailHost, imapPort, responder, "Abwesend", "Ich bin nicht im Büro.",
                "Auto-Submitted", "auto-replied");
        DemoMailbox.receive(mailHost, imapPort, bulk, "Angebote", "Nur heute", "Precedence", "bulk");
        crawler.crawlAll();

        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            for (String sender : List.of(list, responder, bulk)) {
                await().atMost(PATIENCE).untilAsserted(() -> assertThat(firstSeen(probe, sender)).singleElement()
                        .satisfies(event -> assertThat(event.automatic()).as(sender).isTrue()));
            }
        }
    }

    private List<DiscoveryEvents.ContactFirstSeen> firstSeen(TopicProbe probe, String address) {
        return probe.readAll(Topics.DISCOVERY).stream()
                .map(this::decode)
                .map(EventEnvelope::data)
                .filter(DiscoveryEvents.ContactFirstSeen.class::isInstance)
                .map(DiscoveryEvents.ContactFirstSeen.class::cast)
                .filter(event -> address.equalsIgnoreCase(event.personal().email()))
                .toList();
    }

    /** The event as the consumers see it: personal data opened with the case's key. */
    private EventEnvelope decode(ConsumerRecord<String, String> record) {
        return sealed.openAndWait(record);
    }
}
