package de.thwien.dsr.subjectindex.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.connectors.identity.EmailNormaliser;
import de.thwien.dsr.connectors.identity.Identifier;
import de.thwien.dsr.connectors.identity.IdentifierKind;
import de.thwien.dsr.connectors.spi.IndexedRecord;
import de.thwien.dsr.connectors.mail.MailReference;
import de.thwien.dsr.connectors.spi.RecordHit;
import de.thwien.dsr.connectors.stores.ConnectedStore;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.Finding.MatchStrength;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.Topics;
import de.thwien.dsr.infra.InfraConfiguration;
import de.thwien.dsr.infra.test.TopicProbe;
import de.thwien.dsr.platform.codec.EventCodec;
import de.thwien.dsr.subjectindex.DemoMailbox;
import de.thwien.dsr.subjectindex.SeededStoresTestResource;
import de.thwien.dsr.subjectindex.locate.SubjectLocator;
import de.thwien.dsr.subjectindex.stores.StoreRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** After an erasure the index holds nothing of the erased records, neither at once nor after the next crawl. */
@QuarkusTest
@QuarkusTestResource(SeededStoresTestResource.class)
class ErasedRecordsConsumerTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final EventCodec codec = new EventCodec();

    @Inject
    SubjectIndex index;

    @Inject
    CrawlStates states;

    @Inject
    Crawler crawler;

    @Inject
    StoreRegistry stores;

    @Inject
    SubjectLocator locator;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = InfraConfiguration.MAIL_HOST)
    String mailHost;

    @ConfigProperty(name = InfraConfiguration.MAIL_IMAP_PORT)
    int imapPort;

    @Test
    void theEntriesOfAnErasedRecordLeaveTheIndexWhileTheStoresOtherRecordsStay() throws Exception {
        String store = "test-" + UUID.randomUUID();
        Identifier email = new Identifier(IdentifierKind.EMAIL, "erased-" + store + "@example.org");
        Identifier phone = new Identifier(IdentifierKind.PHONE, "+4930" + Math.abs(store.hashCode()));
        index.put(store, List.of(new IndexedRecord("mail_message/64", Set.of(email, phone), null, null),
                new IndexedRecord("mail_message/65", Set.of(email), null, null)));

        String caseId = UUID.randomUUID().toString();
        EventEnvelope erased = recordsErased(caseId,
                List.of(new ErasureEvents.ErasedRecord(store, "mail_message/64", "correspondence", Instant.now(), null)),
                List.of());
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            send(probe, erased);
            send(probe, erased); // delivered twice: no second effect, no failure
        }

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(index.lookup(Set.of(email))).isEqualTo(
                Map.of(store, List.of(new RecordHit("mail_message/65", MatchStrength.STRONG)))));
        assertThat(index.lookup(Set.of(phone))).as("the erased record's phone").isEmpty();
    }

    @Test
    void aRectifiedEmailAddressIsFoundAtOnceAndTheStoresNextCrawlIsAFullOne() throws Exception {
        String id = UUID.randomUUID().toString();
        String newAddress = "Rectified-" + id + "@Example.org";
        var rectified = new de.thwien.dsr.events.RectificationEvents.RecordsRectified(UUID.randomUUID().toString(),
                "de", List.of(new de.thwien.dsr.events.RectificationEvents.RectifiedRecord("crm", "res_partner/1",
                        "customer-master-data", null, de.thwien.dsr.events.RectificationEvents.Outcome.CORRECTED,
                        List.of("email", "street"), Instant.now())),
                new de.thwien.dsr.events.RectificationEvents.Rectification(new de.thwien.dsr.events.Person(
                        "jana.becker@example.net", "Jana Becker"), List.of(
                        new de.thwien.dsr.events.RectificationEvents.CorrectedValue("crm", "res_partner/1", "email",
                                newAddress),
                        new de.thwien.dsr.events.RectificationEvents.CorrectedValue("crm", "res_partner/1", "street",
                                "Neue Straße 5")), List.of(), List.of()));
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            send(probe, EventEnvelope.of("/dsr/erasure-service", Instant.now(), rectified));
        }

        Identifier email = new Identifier(IdentifierKind.EMAIL,
                de.thwien.dsr.connectors.identity.EmailNormaliser.canonical(newAddress).orElseThrow());
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(index.lookup(Set.of(email))).isEqualTo(
                Map.of("crm", List.of(new RecordHit("res_partner/1", MatchStrength.STRONG)))));
        assertThat(states.fullCrawlDue("crm")).as("the old keys leave with a full crawl").isTrue();
    }

    @Test
    void theOldPlaceOfARestrictedRecordLeavesTheIndexWithTheNextCrawlOfItsStore() throws Exception {
        var crm = stores.store("crm").orElseThrow();
        crawler.crawl(crm);
        String id = UUID.randomUUID().toString();
        Identifier movedAway = new Identifier(IdentifierKind.EMAIL, "moved-" + id + "@example.org");
        index.put("crm", List.of(new IndexedRecord("res_partner/moved-" + id, Set.of(movedAway), null, null)));

        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            send(probe, recordsErased(UUID.randomUUID().toString(), List.of(), List.of(
                    new ErasureEvents.RestrictedRecord("crm", "res_partner/restricted-" + id, "invoices",
                            "§147 AO", LocalDate.now().plusYears(10), LocalDate.now().plusYears(10), null,
                            ErasureEvents.ReasonCode.RETENTION_HOLD))));
        }
        await().atMost(PATIENCE).until(() -> states.fullCrawlDue("crm"));
        assertThat(index.lookup(Set.of(movedAway))).as("until the crawl").containsKey("crm");

        assertThat(crawler.crawl(crm)).isTrue();

        assertThat(index.lookup(Set.of(movedAway))).isEmpty();
        assertThat(index.lookup(Set.of(new Identifier(IdentifierKind.EMAIL, "jana.becker@example.net"))))
                .containsKey("crm");
    }

    @Test
    void aRestrictedRecordThatMovedIsIndexedAtItsNewPlaceOnlyAtOnceWithoutAFullCrawl() throws Exception {
        var crm = stores.store("crm").orElseThrow();
        crawler.crawl(crm);
        String id = UUID.randomUUID().toString();
        Identifier email = new Identifier(IdentifierKind.EMAIL, "restricted-" + id + "@example.org");
        Identifier phone = new Identifier(IdentifierKind.PHONE, "+4940" + Math.abs(id.hashCode()));
        String before = "res_partner/found-" + id;
        String after = "res_partner/restricted-" + id;
        index.put("crm", List.of(new IndexedRecord(before, Set.of(email, phone), null, null),
                new IndexedRecord("res_partner/other-" + id, Set.of(email), null, null)));

        EventEnvelope erased = recordsErased(UUID.randomUUID().toString(), List.of(), List.of(
                new ErasureEvents.RestrictedRecord("crm", after, "invoices", "§147 AO", LocalDate.now().plusYears(10),
                        LocalDate.now().plusYears(10), null, ErasureEvents.ReasonCode.RETENTION_HOLD, List.of(),
                        before)));
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            send(probe, erased);
            send(probe, erased); // delivered twice: no second effect, no failure
        }

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(index.lookup(Set.of(phone)))
                .isEqualTo(Map.of("crm", List.of(new RecordHit(after, MatchStrength.STRONG)))));
        assertThat(index.lookup(Set.of(email)).get("crm")).extracting(RecordHit::reference)
                .containsExactlyInAnyOrder(after, "res_partner/other-" + id);
        assertThat(states.fullCrawlDue("crm")).as("the event named both places").isFalse();
    }

    /**
     * Issue #18 (M4): a mail the erasure service moved into the restricted folder was indexed twice, under the
     * reference it reported (naming the folder the mail came from) and under the one the crawl of the restricted
     * folder gives it; a later locate, and so the access answer, listed the mail twice.
     */
    @Test
    void aMailTheErasureServiceRestrictedStaysOneEntryWhenTheRestrictedFolderIsCrawled() throws Exception {
        ConnectedStore mail = stores.store("mail").orElseThrow();
        String sender = "restricted-" + UUID.randomUUID() + "@example.org";
        DemoMailbox.receive(mailHost, imapPort, sender, "Rechnung zur Aufbewahrung");
        assertThat(crawler.crawl(mail)).isTrue();
        Identifier email = new Identifier(IdentifierKind.EMAIL, EmailNormaliser.canonical(sender).orElseThrow());
        String before = index.lookup(Set.of(email)).get("mail").get(0).reference();

        // what erasure-service does with its write credentials: the mail moves, the reference names where it came from
        String restricted = mail.writer().restrict(before, LocalDate.now().plusYears(10));
        assertThat(restricted).contains(";ORIGIN=INBOX");
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            EventEnvelope envelope = EventEnvelope.of("/dsr/test", Instant.now(), new ErasureEvents.RecordsRestricted(
                    UUID.randomUUID().toString(), "de", List.of(new ErasureEvents.RestrictedRecord("mail", restricted,
                            "correspondence", "§147 AO", LocalDate.now().plusYears(10),
                            LocalDate.now().plusYears(10), null, ErasureEvents.ReasonCode.RETENTION_HOLD, List.of(),
                            before)), List.of(), new Person(sender, "Erika Muster")));
            send(probe, envelope);
        }
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(index.lookup(Set.of(email)).get("mail"))
                .extracting(RecordHit::reference).noneMatch(before::equals));

        assertThat(crawler.crawl(mail)).isTrue();

        List<RecordHit> hits = index.lookup(Set.of(email)).get("mail");
        assertThat(hits).as("one mail, one entry").hasSize(1);
        assertThat(hits.get(0).reference()).startsWith(MailReference.folderPrefix("info", "DSR-Restricted"))
                .doesNotContain(";ORIGIN=");
        assertThat(locator.locate(Set.of(email), new CaughtUp(Instant.now(), Map.of())).findings())
                .as("the locate behind every answer names the mail once")
                .filteredOn(finding -> finding.store().equals("mail")).hasSize(1);
    }

    private static EventEnvelope recordsErased(String caseId, List<ErasureEvents.ErasedRecord> erased,
            List<ErasureEvents.RestrictedRecord> restricted) {
        return EventEnvelope.of("/dsr/test", Instant.now(), new ErasureEvents.RecordsErased(caseId,
                RequestType.ERASURE, "de", erased, restricted, List.of(), List.of(), List.of(),
                new Person("erased@example.org", "Erika Muster"), List.of(), List.of()));
    }

    private void send(TopicProbe probe, EventEnvelope envelope) {
        probe.send(Topics.ERASURE, envelope.subject(), codec.headers(envelope), codec.encode(envelope.data()));
    }
}
