package de.thwien.dsr.subjectindex.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.platform.codec.EventCodec;
import de.thwien.dsr.platform.keyring.SealedEvents;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.Topics;
import de.thwien.dsr.infra.test.MetricsScrape;
import de.thwien.dsr.infra.test.TopicProbe;
import de.thwien.dsr.platform.metrics.GaugeRefresher;
import de.thwien.dsr.subjectindex.NameMatchDecisions;
import de.thwien.dsr.subjectindex.SeededStoresTestResource;
import de.thwien.dsr.subjectindex.index.Crawler;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.thwien.dsr.subjectindex.cases.PackageDownloads.download;
import static de.thwien.dsr.subjectindex.cases.PackageDownloads.unzip;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@QuarkusTestResource(SeededStoresTestResource.class)
class AccessRequestTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Person JANA = new Person("Jana.Becker@example.net", "Jana Becker");

    private final EventCodec codec = new EventCodec();

    @Inject
    SealedEvents sealed;
    private final ObjectMapper json = new ObjectMapper();

    @Inject
    Crawler crawler;

    @Inject
    GaugeRefresher gauges;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void indexUpToDate() {
        crawler.crawlAll();
    }

    @Test
    void aVerifiedAccessRequestIsLocatedAndGetsADownloadablePackage() throws Exception {
        String caseId = UUID.randomUUID().toString();
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            send(probe, verified(caseId, RequestType.ACCESS));
            // her namesake's records match her name only: the answer waits until the assistant rejects them
            NameMatchDecisions.rejectEveryOpenMatch(caseId);

            DiscoveryEvents.SubjectLocated located = (DiscoveryEvents.SubjectLocated) awaitEvent(probe, caseId,
                    DiscoveryEvents.SubjectLocated.class);
            assertThat(located.storesUnavailable()).isEmpty();
            assertThat(located.storesSearched()).containsExactlyInAnyOrder("crm", "mail", "conference");
            assertThat(located.personal().findings()).extracting(finding -> finding.store())
                    .contains("crm", "mail", "conference");

            DiscoveryEvents.AccessPackageReady ready = (DiscoveryEvents.AccessPackageReady) awaitEvent(probe, caseId,
                    DiscoveryEvents.AccessPackageReady.class);
            assertThat(ready.expiresAt()).isAfter(Instant.now().plus(Duration.ofDays(29)));
            assertThat(ready.packageUrl()).doesNotContain(caseId);

            Map<String, byte[]> zip = unzip(download(ready.packageUrl(), "access-package.zip"));
            assertThat(zip).containsKeys("package.json", "index.html");
            JsonNode content = json.readTree(zip.get("package.json"));
            assertThat(content.get("caseId").asText()).isEqualTo(caseId);
            assertThat(content.get("records").findValuesAsText("email")).contains("jana.becker@example.net");
            assertThat(content.get("records").findValuesAsText("subject")).contains("Rechnung INV/2024/0007");
            assertThat(content.get("records").findValuesAsText("record_id")).contains("rec-jana-0001");
            assertThat(content.get("records").findValuesAsText("contentBase64")).as("the invoice PDF itself")
                    .contains("JVBERg==");
            assertThat(content.get("records").findValuesAsText("reference")).doesNotContain("res_partner/2");
            assertThat(new String(zip.get("index.html"), StandardCharsets.UTF_8))
                    .contains("Art. 15", "LDI NRW", "Buchungsbeleg");
        }
    }

    @Test
    void aLocatedCaseAndTheCrawlsShowInTheDomainMetrics() throws Exception {
        MetricsScrape before = refreshedScrape();
        String caseId = UUID.randomUUID().toString();
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            send(probe, verified(caseId, RequestType.ACCESS));
            awaitEvent(probe, caseId, DiscoveryEvents.SubjectLocated.class);
        }

        await().atMost(PATIENCE).untilAsserted(() -> {
            MetricsScrape after = refreshedScrape();
            assertThat(after.value("dsr_locate_duration_seconds_count"))
                    .isEqualTo(before.value("dsr_locate_duration_seconds_count") + 1);
            for (String store : List.of("crm", "mail", "conference")) {
                // crawled just now, in @BeforeEach
                assertThat(after.value("dsr_crawl_age_seconds", "store=" + store)).isBetween(0.0, 120.0);
                assertThat(after.value("dsr_crawl_records", "store=" + store)).isEqualTo(recordsInIndex(store))
                        .isPositive();
                assertThat(after.value("dsr_crawl_never_completed", "store=" + store)).isZero();
            }
            assertThat(after.value("dsr_outbox_backlog", "service=subject-index-service")).isZero();
            assertThat(after.value("dsr_outbox_oldest_unsent_age_seconds", "service=subject-index-service")).isZero();
            assertThat(after.value("dsr_inbox_dead_letters_total", "service=subject-index-service", "topic=dsr.cases"))
                    .isEqualTo(before.value("dsr_inbox_dead_letters_total", "service=subject-index-service",
                            "topic=dsr.cases"));
            assertThat(after.value("dsr_inbox_retries_total", "service=subject-index-service", "topic=dsr.cases"))
                    .isEqualTo(before.value("dsr_inbox_retries_total", "service=subject-index-service",
                            "topic=dsr.cases"));
        });
    }

    private MetricsScrape refreshedScrape() {
        gauges.refreshNow().await().atMost(PATIENCE);
        return MetricsScrape.now();
    }

    private double recordsInIndex(String store) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select count(distinct reference) from index_entry where store = ?")) {
            query.setString(1, store);
            try (var rows = query.executeQuery()) {
                assertThat(rows.next()).as("index of " + store).isTrue();
                return rows.getLong(1);
            }
        }
    }

    @Test
    void theCopyOpensWithoutToolsAnIndexPageEmlFilesAttachmentsAndTables() throws Exception {
        String caseId = UUID.randomUUID().toString();
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            send(probe, verified(caseId, RequestType.ACCESS));
            // her namesake's records match her name only: the answer waits until the assistant rejects them
            NameMatchDecisions.rejectEveryOpenMatch(caseId);
            DiscoveryEvents.AccessPackageReady ready = (DiscoveryEvents.AccessPackageReady) awaitEvent(probe, caseId,
                    DiscoveryEvents.AccessPackageReady.class);

            Map<String, byte[]> zip = unzip(download(ready.packageUrl()));
            JsonNode records = json.readTree(zip.get("package.json")).get("records");
            long mails = java.util.stream.StreamSupport.stream(records.spliterator(), false)
                    .filter(record -> "message".equals(record.get("kind").asText())).count();
            assertThat(zip.keySet()).filteredOn(name -> name.endsWith(".eml")).as("one .eml per mail")
                    .hasSize((int) mails).isNotEmpty();
            assertThat(zip.keySet()).filteredOn(name -> name.startsWith("emails/") && name.contains("Rechnung INV 2024 0007"))
                    .singleElement().satisfies(eml -> assertThat(new String(zip.get(eml), StandardCharsets.US_ASCII))
                            .contains("Rechnung_INV-2024-0007.pdf", "Anbei Ihre Rechnung."));
            assertThat(zip.keySet()).filteredOn(name -> name.startsWith("attachments/"))
                    .singleElement().satisfies(file -> {
                        assertThat(file).endsWith("Rechnung_INV-2024-0007.pdf");
                        assertThat(zip.get(file)).isEqualTo(new byte[] {37, 80, 68, 70});
                    });
            assertThat(zip.keySet()).filteredOn(name -> name.endsWith(".csv")).isNotEmpty()
                    .anySatisfy(csv -> assertThat(new String(zip.get(csv), StandardCharsets.UTF_8))
                            .contains("jana.becker@example.net"));

            String index = new String(zip.get("index.html"), StandardCharsets.UTF_8);
            assertThat(index).contains("lang=\"de\"", "Rechnung INV/2024/0007", "Anbei Ihre Rechnung.",
                    "E-Mail-Postfach", "Kunden- und Rechnungsverwaltung", "Web-Konferenz-Server",
                    "Konferenzaufzeichnung", "wegen § 147 AO", "Vertrag oder Vertragsanbahnung",
                    "Widerspruchsrecht", "Rechnung_INV-2024-0007.pdf");
            assertThat(index.split("<article>", -1)).as("one entry per record").hasSize(records.size() + 1);
            String visible = index.replaceAll("<[^>]*>", " ");
            assertThat(visible).as("no raw store or category ids")
                    .doesNotContainPattern("\\b(mail|crm|conference)\\b")
                    .doesNotContain("accounting-voucher", "commercial-letter", "customer-master-data",
                            "conference-account", "conference-recording", "general-correspondence", "invoice-draft",
                            "res_partner", "account_move", "message-content");
            assertThat(visible).as("no English legal strings").doesNotContain("GDPR", "(contract)", "consent",
                    "kept under", "Sent mail");
        }
    }

    @Test
    void thePackageIsAnnouncedWithTheStoresSearchedAndHowManyRecordsEachHolds() {
        String caseId = UUID.randomUUID().toString();
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            send(probe, verified(caseId, RequestType.ACCESS));
            // her namesake's records match her name only: the answer waits until the assistant rejects them
            NameMatchDecisions.rejectEveryOpenMatch(caseId);

            DiscoveryEvents.AccessPackageReady ready = (DiscoveryEvents.AccessPackageReady) awaitEvent(probe, caseId,
                    DiscoveryEvents.AccessPackageReady.class);
            assertThat(ready.storesSearched()).containsExactlyInAnyOrder("crm", "mail", "conference");
            assertThat(ready.storesUnavailable()).isEmpty();
            assertThat(ready.recordsPerStore()).containsOnlyKeys("crm", "mail", "conference")
                    .allSatisfy((store, records) -> assertThat(records).as(store).isPositive());
            assertThat(ready.followUp()).isFalse();
        }
    }

    @Test
    void aPersonInNoStoreGetsAnAnnouncementWithNoRecordsInAnyOfTheStoresSearched() {
        String caseId = UUID.randomUUID().toString();
        Person stranger = new Person("nobody-" + caseId + "@example.org", "Quirinus Zwiebelmeyer");
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            send(probe, EventEnvelope.of("/dsr/test", Instant.now(), new CaseEvents.IdentityVerified(caseId,
                    RequestType.ACCESS, "de", CaseEvents.VerificationMethod.EMAIL_LINK, Instant.now(), stranger)));

            DiscoveryEvents.AccessPackageReady ready = (DiscoveryEvents.AccessPackageReady) awaitEvent(probe, caseId,
                    DiscoveryEvents.AccessPackageReady.class);
            assertThat(ready.storesSearched()).containsExactlyInAnyOrder("crm", "mail", "conference");
            assertThat(ready.storesUnavailable()).isEmpty();
            assertThat(ready.recordsPerStore()).containsOnlyKeys("crm", "mail", "conference")
                    .allSatisfy((store, records) -> assertThat(records).as(store).isZero());
        }
    }

    @Test
    void aWrongOrExpiredLinkGets404Or410WithoutTellingTheCase() throws Exception {
        String caseId = UUID.randomUUID().toString();
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            send(probe, verified(caseId, RequestType.ACCESS));
            // her namesake's records match her name only: the answer waits until the assistant rejects them
            NameMatchDecisions.rejectEveryOpenMatch(caseId);
            DiscoveryEvents.AccessPackageReady ready = (DiscoveryEvents.AccessPackageReady) awaitEvent(probe, caseId,
                    DiscoveryEvents.AccessPackageReady.class);

            String wrong = downloadProblem(ready.packageUrl() + "x", 404);
            assertThat(wrong).doesNotContain(caseId);
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement expire = connection.prepareStatement(
                         "update access_package set expires_at = now() - interval '1 day' where case_id = ?")) {
                expire.setString(1, caseId);
                expire.executeUpdate();
            }
            assertThat(downloadProblem(ready.packageUrl(), 410)).doesNotContain(caseId);
        }
    }

    @Test
    void aMailNamingTheRequesterOnlyInItsTextIsAWeakFinding() throws Exception {
        String caseId = UUID.randomUUID().toString();
        Person jonas = new Person("jonas.aw@example.org", "Jonas Albrecht-Weidemann");
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            send(probe, verified(caseId, RequestType.ACCESS, jonas));

            DiscoveryEvents.SubjectLocated located = (DiscoveryEvents.SubjectLocated) awaitEvent(probe, caseId,
                    DiscoveryEvents.SubjectLocated.class);
            assertThat(located.personal().findings()).filteredOn(finding -> finding.store().equals("mail"))
                    .singleElement().satisfies(delay -> {
                        assertThat(delay.matchStrength()).isEqualTo(Finding.MatchStrength.WEAK);
                        assertThat(delay.summary()).contains("Lieferverzug");
                    });
        }
    }

    @Test
    void anErasureRequestIsLocatedWithoutAPackage() throws Exception {
        String caseId = UUID.randomUUID().toString();
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            send(probe, verified(caseId, RequestType.ERASURE));

            awaitEvent(probe, caseId, DiscoveryEvents.SubjectLocated.class);
            assertThat(probe.readAll(Topics.DISCOVERY)).filteredOn(record -> caseId.equals(record.key()))
                    .noneMatch(record -> decode(record).data() instanceof DiscoveryEvents.AccessPackageReady);
        }
    }

    private EventEnvelope verified(String caseId, RequestType type) {
        return verified(caseId, type, JANA);
    }

    private EventEnvelope verified(String caseId, RequestType type, Person person) {
        return EventEnvelope.of("/dsr/test", Instant.now(), new CaseEvents.IdentityVerified(caseId, type, "de",
                CaseEvents.VerificationMethod.EMAIL_LINK, Instant.now(), person));
    }

    private void send(TopicProbe probe, EventEnvelope envelope) {
        probe.send(Topics.CASES, envelope.subject(), codec.headers(envelope), codec.encode(envelope.data()));
    }

    private Object awaitEvent(TopicProbe probe, String caseId, Class<?> type) {
        Object[] found = new Object[1];
        await().atMost(PATIENCE).untilAsserted(() -> {
            found[0] = probe.readAll(Topics.DISCOVERY).stream()
                    .filter(record -> caseId.equals(record.key()))
                    .map(record -> decode(record).data())
                    .filter(type::isInstance)
                    .findFirst().orElse(null);
            assertThat(found[0]).as(type.getSimpleName() + " of case " + caseId).isNotNull();
        });
        return found[0];
    }

    /** The event as the consumers see it: personal data opened with the case's key. */
    private EventEnvelope decode(ConsumerRecord<String, String> record) {
        return sealed.openAndWait(record);
    }

    /** The link points at the public base URL; the test reaches the same path on its own port. */

    private static String downloadProblem(String url, int status) {
        return given().when().get(URI.create(url).getPath())
                .then().statusCode(status).contentType("application/problem+json")
                .extract().asString();
    }

}
