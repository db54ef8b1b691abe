package de.thwien.dsr.subjectindex.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.Topics;
import de.thwien.dsr.infra.InfraConfiguration;
import de.thwien.dsr.infra.test.OtherInstance;
import de.thwien.dsr.infra.test.TopicProbe;
import de.thwien.dsr.platform.codec.EventCodec;
import de.thwien.dsr.platform.keyring.SealedEvents;
import de.thwien.dsr.subjectindex.DemoMailbox;
import de.thwien.dsr.subjectindex.SeededStoresTestResource;
import de.thwien.dsr.subjectindex.index.CrawlStates;
import de.thwien.dsr.subjectindex.index.Crawler;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.thwien.dsr.subjectindex.cases.PackageDownloads.download;
import static de.thwien.dsr.subjectindex.cases.PackageDownloads.unzip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A case's locate looks in an index that holds every mail delivered before the case was verified: the crawl runs
 * every 15 minutes, so each store is first crawled from its cursor by a crawl that started after the verification.
 */
@QuarkusTest
@QuarkusTestResource(SeededStoresTestResource.class)
class MailSinceTheLastCrawlTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final EventCodec codec = new EventCodec();
    private final ObjectMapper json = new ObjectMapper();

    @Inject
    SealedEvents sealed;

    @Inject
    Crawler crawler;

    @Inject
    CrawlStates states;

    @Inject
    LocateRetries retries;

    @Inject
    Pool pool;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = InfraConfiguration.MAIL_HOST)
    String mailHost;

    @ConfigProperty(name = InfraConfiguration.MAIL_IMAP_PORT)
    int imapPort;

    @BeforeEach
    void indexUpToDate() {
        crawler.crawlAll();
    }

    @Test
    void aMailDeliveredAfterTheLastCrawlIsInTheAccessCopy() throws Exception {
        String caseId = UUID.randomUUID().toString();
        Person requester = newRequester(caseId);
        DemoMailbox.receive(mailHost, imapPort, requester.email(), null, "Frage zu meiner Rechnung",
                "Ist die Rechnung vom März schon bezahlt?");
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            send(probe, verified(caseId, RequestType.ACCESS, requester, Instant.now()));

            DiscoveryEvents.AccessPackageReady ready = events(probe, caseId, DiscoveryEvents.AccessPackageReady.class)
                    .get(0);
            assertThat(ready.storesUnavailable()).isEmpty();
            JsonNode records = json.readTree(unzip(download(ready.packageUrl())).get("package.json")).get("records");
            assertThat(records.findValuesAsText("subject")).contains("Frage zu meiner Rechnung");
        }
    }

    @Test
    void aMailDeliveredAfterTheLastCrawlIsAmongTheErasureFindings() {
        String caseId = UUID.randomUUID().toString();
        Person requester = newRequester(caseId);
        DemoMailbox.receive(mailHost, imapPort, requester.email(), null, "Bitte alles löschen", "Auch diese Mail.");
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            send(probe, verified(caseId, RequestType.ERASURE, requester, Instant.now()));

            DiscoveryEvents.SubjectLocated located = events(probe, caseId, DiscoveryEvents.SubjectLocated.class).get(0);
            assertThat(located.storesUnavailable()).isEmpty();
            assertThat(located.personal().findings()).singleElement().satisfies(mail -> {
                assertThat(mail.store()).isEqualTo("mail");
                assertThat(mail.matchStrength()).isEqualTo(Finding.MatchStrength.STRONG);
                assertThat(mail.summary()).contains("Bitte alles löschen");
            });
        }
    }

    @Test
    void aStoreWhoseCatchUpCrawlCannotRunIsUnavailableUntilTheRetryFindsTheMail() throws Exception {
        String caseId = UUID.randomUUID().toString();
        Person requester = newRequester(caseId);
        DemoMailbox.receive(mailHost, imapPort, requester.email(), null, "Noch eine Frage", "Und die Gutschrift?");
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            try (OtherInstance crawling = OtherInstance.running(Crawler.crawlOf("mail", pool), pool)) {
                send(probe, verified(caseId, RequestType.ACCESS, requester, Instant.now()));

                DiscoveryEvents.AccessPackageReady first = events(probe, caseId,
                        DiscoveryEvents.AccessPackageReady.class).get(0);
                assertThat(first.storesUnavailable()).as("not answered from the stale index").containsExactly("mail");
                assertThat(first.storesSearched()).containsExactlyInAnyOrder("crm", "conference");
            }

            retries.retryDue();

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                    events(probe, caseId, DiscoveryEvents.AccessPackageReady.class)).hasSize(2));
            DiscoveryEvents.AccessPackageReady followUp = events(probe, caseId,
                    DiscoveryEvents.AccessPackageReady.class).get(1);
            assertThat(followUp.followUp()).isTrue();
            assertThat(followUp.storesUnavailable()).isEmpty();
            JsonNode records = json.readTree(unzip(download(followUp.packageUrl())).get("package.json"))
                    .get("records");
            assertThat(records.findValuesAsText("subject")).contains("Noch eine Frage");
        }
    }

    @Test
    void aCrawlThatStartedAfterTheVerificationServesTheCaseWithoutAnotherCrawl() throws Exception {
        String caseId = UUID.randomUUID().toString();
        Instant verifiedAt = Instant.now();
        crawler.crawlAll();
        Map<String, Instant> startedBefore = lastStarted();
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            send(probe, verified(caseId, RequestType.ERASURE, newRequester(caseId), verifiedAt));

            DiscoveryEvents.SubjectLocated located = events(probe, caseId, DiscoveryEvents.SubjectLocated.class).get(0);
            assertThat(located.storesUnavailable()).isEmpty();
        }
        assertThat(lastStarted()).as("no store crawled again").isEqualTo(startedBefore);
    }

    private Map<String, Instant> lastStarted() throws Exception {
        Map<String, Instant> started = new java.util.TreeMap<>();
        states.all().forEach(state -> started.put(state.store(), state.lastStartedAt()));
        return started;
    }

    private static Person newRequester(String caseId) {
        return new Person("spaet-" + caseId.substring(0, 8) + "@example.org", "Frieda Nachzügler");
    }

    private static EventEnvelope verified(String caseId, RequestType type, Person person, Instant verifiedAt) {
        return EventEnvelope.of("/dsr/test", verifiedAt, new CaseEvents.IdentityVerified(caseId, type, "de",
                CaseEvents.VerificationMethod.EMAIL_LINK, verifiedAt, person));
    }

    private void send(TopicProbe probe, EventEnvelope envelope) {
        probe.send(Topics.CASES, envelope.subject(), codec.headers(envelope), codec.encode(envelope.data()));
    }

    /** The case's events of that type so far, at least one. */
    private <T> List<T> events(TopicProbe probe, String caseId, Class<T> type) {
        return await().atMost(PATIENCE).until(() -> probe.readAll(Topics.DISCOVERY).stream()
                .filter(record -> caseId.equals(record.key()))
                .map(record -> sealed.openAndWait(record).data())
                .filter(type::isInstance).map(type::cast).toList(), events -> !events.isEmpty());
    }
}
