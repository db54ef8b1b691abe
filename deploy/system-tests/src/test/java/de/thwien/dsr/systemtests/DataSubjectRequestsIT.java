package de.thwien.dsr.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;

import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.events.EventTypes;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Topics;
import de.thwien.dsr.infra.test.ReceivedMail;
import io.restassured.path.json.JsonPath;
import de.thwien.dsr.infra.test.TopicProbe;
import de.thwien.dsr.localstack.LocalStack;
import de.thwien.dsr.localstack.demo.DemoData;
import de.thwien.dsr.localstack.demo.DemoData.Customer;
import io.restassured.http.ContentType;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole story end to end (issue 7, scenarios 1–5, and issue 6's routine retention): four service JVMs,
 * PostgreSQL, Kafka, GreenMail, the BBB simulator and the demo stores. Each scenario asserts what really happened: mails read over IMAP,
 * rows in the CRM and Greenlight schemas, recordings in the simulator, events in Kafka. Scenario 5 runs
 * routine retention once; scenario 6 moves erasure-service's clock, so it runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DataSubjectRequestsIT {

    private static final Duration PATIENCE = SystemProbes.PATIENCE;
    private static final Pattern VERIFICATION_LINK = SystemProbes.VERIFICATION_LINK;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Partners marked with the restriction tag in Odoo (res_partner_category, created on the first restriction). */
    private static final String RESTRICTION_TAGGED = "select count(*) from crm_demo.res_partner_res_partner_category_rel r"
            + " join crm_demo.res_partner_category c on c.id = r.category_id and c.name->>'en_US' = 'Eingeschränkt (Art. 18)'";
    private static final Pattern PACKAGE_LINK = Pattern.compile("(http://\\S+/access-packages/[A-Za-z0-9_-]+)");

    private static LocalStack system;
    private static SystemProbes probes;
    private static StoreProbe stores;
    private static DemoData demo;
    private static SealedEventsProbe sealedEvents;
    /** Scenario 1's case: scenario 5 lets its restrictions end. */
    private static String erasureCaseId;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
        probes = new SystemProbes(system);
        stores = new StoreProbe(system.infra());
        sealedEvents = new SealedEventsProbe(system.infra());
        demo = DemoData.generate(LocalDate.now());
        probes.awaitEveryStoreIndexed();
    }

    @Test
    @Order(1)
    void erasureRequestByMailIsErasedAndRestrictedAsTheLawSaysAndConfirmed() throws Exception {
        Customer katrin = DemoData.KATRIN_VOGEL;
        String requestId = "<erasure-" + UUID.randomUUID() + "@example.org>";
        sendMail(katrin.mailbox(), DemoData.PRIVACY, requestId, "Löschung meiner Daten",
                "Hallo,\n\nBitte löschen Sie alle meine Daten.\n\nKatrin Vogel");

        String caseId = caseOpenedFor(katrin.email());
        ReceivedMail acknowledgement = awaitMail(katrin.email(),
                mail -> mail.subject().startsWith("Eingang Ihres Antrags"));
        ReceivedMail verification = awaitMail(katrin.email(), mail -> VERIFICATION_LINK.matcher(mail.text()).find());
        assertThat(acknowledgement.inReplyTo()).contains(requestId);
        assertThat(verification.inReplyTo()).contains(requestId);

        confirm(verification);

        ConsumerRecord<String, String> located = awaitEvent(Topics.DISCOVERY, caseId, EventTypes.SUBJECT_LOCATED);
        assertThat(((DiscoveryEvents.SubjectLocated) sealedEvents.open(located).data()).personal().findings())
                .extracting(Finding::store).contains("mail", "crm", "conference");

        ReceivedMail confirmation = awaitMail(katrin.email(),
                mail -> mail.subject().startsWith("Bestätigung der Löschung Ihrer Daten"));
        assertThat(confirmation.inReplyTo()).contains(requestId);
        // the invoice of 2024 is a voucher: restricted until 31 Dec 2032 (8 years, BEG IV), named with its date
        assertThat(confirmation.text()).contains("2032").contains("Hetzner");

        // conference: both recordings erased through the BBB API, the account and its room gone
        demo.recordings().stream().filter(recording -> recording.recordId().startsWith("rec-1-"))
                .forEach(recording -> assertThat(system.demo().bbb().recording(recording.recordId()))
                        .as(recording.recordId()).isEmpty());
        assertThat(stores.count("select count(*) from greenlight_demo.users where lower(email) = ?", katrin.email()))
                .isZero();
        // CRM: posted invoices restricted (§147 AO; Odoo has no place for it: erasure-service's plan holds the
        // hold date), the partner marked with the restriction tag while a hold runs, chatter about the partner
        // only (no transaction) erased
        assertThat(stores.count("select count(*) from crm_demo.account_move where partner_id = 1")).isEqualTo(2);
        assertThat(stores.count(RESTRICTION_TAGGED + " where r.partner_id = 1")).isOne();
        // mail: the Christmas greeting (no transaction) erased, the invoice mail moved to the restricted folder
        assertThat(stores.subjects(DemoData.THOMAS, "INBOX")).doesNotContain("Frohe Weihnachten");
        assertThat(stores.subjects(DemoData.INFO, "DSR-Restricted")).anyMatch(subject -> subject.startsWith("Rechnung INV/2024/"));
        assertThat(awaitEvent(Topics.ERASURE, caseId, EventTypes.RECORDS_ERASED)).isNotNull();
        erasureCaseId = caseId;
    }

    @Test
    @Order(2)
    void accessRequestByWebFormInEnglishGetsADownloadWithMailsCrmRowsAndConferenceData() throws Exception {
        Customer oliver = DemoData.OLIVER_BRANDT;
        given().baseUri(intakeUrl()).contentType(ContentType.JSON)
                .body("{\"type\":\"ACCESS\",\"email\":\"" + oliver.email() + "\",\"name\":\"" + oliver.name()
                        + "\",\"language\":\"en\"}")
                .when().post("/api/requests")
                .then().statusCode(202);

        confirm(awaitMail(oliver.email(), mail -> VERIFICATION_LINK.matcher(mail.text()).find()));

        ReceivedMail answer = awaitMail(oliver.email(), mail -> mail.subject().startsWith("Access to your data"));
        Matcher link = PACKAGE_LINK.matcher(answer.text());
        assertThat(link.find()).as("package link in the answer").isTrue();
        byte[] zip = given().when().get(link.group(1)).then().statusCode(200).extract().asByteArray();
        String content = unzipped(zip);

        String invoice = demo.invoices().stream().filter(i -> i.partnerId() == oliver.partnerId()).findFirst()
                .orElseThrow().name();
        assertThat(content)
                .contains(oliver.email())
                .contains("Anfrage Webhosting Jahrespaket") // his mail in the operator's INBOX
                .contains(invoice) // CRM invoice row
                .contains("rec-" + oliver.partnerId() + "-1"); // his Greenlight recording
    }

    @Test
    @Order(3)
    void consentWithdrawalForRecordingsErasesThemAndLeavesAccountAndInvoices() throws Exception {
        Customer miriam = DemoData.MIRIAM_SCHULTE;
        given().baseUri(intakeUrl()).contentType(ContentType.JSON)
                .body("{\"type\":\"CONSENT_WITHDRAWAL\",\"email\":\"" + miriam.email() + "\",\"name\":\""
                        + miriam.name() + "\",\"language\":\"de\",\"message\":\"Ich widerrufe meine Einwilligung"
                        + " in die Aufzeichnung von Videokonferenzen.\"}")
                .when().post("/api/requests")
                .then().statusCode(202);

        confirm(awaitMail(miriam.email(), mail -> VERIFICATION_LINK.matcher(mail.text()).find()));
        // a withdrawal also erases what outlived its storage period; a record matched by her name only waits for the
        // assistant, as on an erasure: here she finds it is not Miriam's. Her master data and conference account wait
        // for the assistant's word that the relationship still runs: it does
        declinePendingItems(caseOpenedFor(miriam.email()));

        ReceivedMail confirmation = awaitMail(miriam.email(),
                mail -> mail.subject().startsWith("Bestätigung Ihres Widerrufs der Einwilligung"));
        assertThat(confirmation.text()).contains("Unsere Geschäftsbeziehung mit Ihnen besteht noch")
                .contains(RELATIONSHIP_RUNS);
        List<String> recordIds = demo.recordings().stream().map(DemoData.Recording::recordId)
                .filter(id -> id.startsWith("rec-" + miriam.partnerId() + "-")).toList();
        assertThat(recordIds).hasSize(2);
        recordIds.forEach(id -> assertThat(system.demo().bbb().recording(id)).as(id).isEmpty());
        assertThat(stores.count("select count(*) from greenlight_demo.recordings where record_id like ?",
                "rec-" + miriam.partnerId() + "-%")).isZero();
        // the account (contract) and the invoices (legal obligation) are not processed on consent: untouched
        assertThat(stores.count("select count(*) from greenlight_demo.users where email = ? and status = 0",
                miriam.email())).isOne();
        assertThat(stores.count("select count(*) from crm_demo.account_move where partner_id = ?", miriam.partnerId()))
                .isEqualTo(2);
        assertThat(stores.count("select count(*) from crm_demo.res_partner where id = ? and active and email = ?",
                miriam.partnerId(), miriam.email())).isOne();
        assertThat(stores.count(RESTRICTION_TAGGED + " where r.partner_id = ?", miriam.partnerId())).isZero();
    }

    @Test
    @Order(4)
    void extensionBeforeTheDueDateAndRejectionAreToldToTheRequester() {
        String extended = "extension-" + UUID.randomUUID() + "@example.org";
        String extendedCase = submitAccessRequest(extended, "de");
        given().baseUri(intakeUrl()).auth().preemptive().basic("assistant", "demo-assistant")
                .contentType(ContentType.JSON)
                .body("{\"reasons\":\"Ihre Anfrage betrifft Unterlagen aus zehn Jahren in mehreren Systemen.\"}")
                .when().post("/api/cases/" + extendedCase + "/extension")
                .then().statusCode(both(greaterThanOrEqualTo(200)).and(lessThan(300)));
        ReceivedMail extension = awaitMail(extended,
                mail -> mail.subject().startsWith("Verlängerung der Frist für Ihren Auskunftsantrag"));
        assertThat(extension.text()).contains("Unterlagen aus zehn Jahren");

        String rejected = "rejection-" + UUID.randomUUID() + "@example.org";
        String rejectedCase = submitAccessRequest(rejected, "de");
        given().baseUri(intakeUrl()).auth().preemptive().basic("assistant", "demo-assistant")
                .contentType(ContentType.JSON)
                .body("{\"reasonCode\":\"MANIFESTLY_UNFOUNDED\",\"reasons\":\"Die Anfrage wurde zum zwölften Mal"
                        + " in dieser Woche gestellt.\"}")
                .when().post("/api/cases/" + rejectedCase + "/rejection")
                .then().statusCode(both(greaterThanOrEqualTo(200)).and(lessThan(300)));
        ReceivedMail refusal = awaitMail(rejected,
                mail -> mail.subject().startsWith("Ihr Auskunftsantrag: Wir werden nicht tätig"));
        assertThat(refusal.text())
                .contains("Art. 12 Abs. 4")
                .contains("LDI NRW").contains("Kavalleriestraße 2-4")
                .contains("gerichtlichen Rechtsbehelf")
                .contains("zum zwölften Mal");
    }

    @Test
    @Order(5)
    void routineRetentionDeletesRecordingsOlderThan14DaysFromBbbAndGreenlightAndKeepsYoungOnesAndAccounts() {
        // RunningSystem switches the daily run off; this runs it once, before scenario 6 moves the clock.
        // A margin of two days either side of the 14 keeps the test off the day boundaries.
        LocalDate today = LocalDate.now(BERLIN);
        List<String> onBbb = demo.recordings().stream().map(DemoData.Recording::recordId)
                .filter(id -> system.demo().bbb().recording(id).isPresent()).toList();
        List<String> old = onBbb.stream().filter(id -> !recordedOn(id).isAfter(today.minusDays(16))).toList();
        List<String> young = onBbb.stream().filter(id -> !recordedOn(id).isBefore(today.minusDays(12))).toList();
        assertThat(old).as("demo recordings older than 14 days").isNotEmpty();
        assertThat(young).as("demo recordings younger than 14 days").isNotEmpty();
        long accounts = stores.count("select count(*) from greenlight_demo.users");
        long rooms = stores.count("select count(*) from greenlight_demo.rooms");

        String report = given().baseUri(system.service("erasure-service").service().baseUrl())
                .auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/jobs/routine-retention")
                .then().statusCode(200).extract().path("report");

        old.forEach(id -> {
            assertThat(system.demo().bbb().recording(id)).as(id).isEmpty();
            assertThat(stores.count("select count(*) from greenlight_demo.recordings where record_id = ?", id))
                    .as(id).isZero();
            assertThat(report).contains("deleted recording " + id);
        });
        young.forEach(id -> {
            assertThat(system.demo().bbb().recording(id)).as(id).isPresent();
            assertThat(stores.count("select count(*) from greenlight_demo.recordings where record_id = ?", id))
                    .as(id).isOne();
        });
        assertThat(stores.count("select count(*) from greenlight_demo.users")).isEqualTo(accounts);
        assertThat(stores.count("select count(*) from greenlight_demo.rooms")).isEqualTo(rooms);
    }

    @Test
    @Order(6)
    void whenTheHoldsEndTheDeferredErasureRunsByItself() {
        assertThat(erasureCaseId).as("scenario 1 restricted records first").isNotNull();
        long erasedEventsBefore = events(Topics.ERASURE, erasureCaseId, EventTypes.RECORDS_ERASED).size();

        // ten years later every hold of scenario 1 (latest: 31 Dec 2032) has ended
        given().baseUri(system.service("erasure-service").service().baseUrl())
                .auth().preemptive().basic("owner", "demo-owner")
                .when().post("/api/clock/advance?by=P3650D")
                .then().statusCode(200);

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(stores.count("select count(*) from crm_demo.account_move where partner_id = 1")).isZero();
            assertThat(stores.subjects(DemoData.INFO, "DSR-Restricted"))
                    .noneMatch(subject -> subject.startsWith("Rechnung INV/2024/"));
            // master data was kept while the invoices were: it goes with (or right after) the last of them
            assertThat(stores.count("select count(*) from crm_demo.res_partner where id = 1 and email is null"
                    + " and name = '[erased]'")).isOne();
            assertThat(stores.count(RESTRICTION_TAGGED + " where r.partner_id = 1")).isZero();
            // the posted invoices stay in the books (Odoo forbids deleting them), detached from her
            assertThat(stores.count("select count(*) from crm_demo.account_move where partner_id is null"
                    + " and invoice_partner_display_name is null and state = 'posted'")).isPositive();
        });
        await().atMost(PATIENCE).until(() -> events(Topics.ERASURE, erasureCaseId, EventTypes.RECORDS_ERASED).size(),
                count -> count > erasedEventsBefore);
        assertThat(events(Topics.ERASURE, erasureCaseId, EventTypes.RESTRICTION_LIFTED)).isNotEmpty();
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private static LocalDate recordedOn(String recordId) {
        return demo.recordings().stream().filter(recording -> recording.recordId().equals(recordId)).findFirst()
                .orElseThrow().startedAt().atZone(BERLIN).toLocalDate();
    }

    /** The assistant declines, as not the requester's, every item of the case's plan that waits for her decision. */
    private static final String RELATIONSHIP_RUNS = "Ihr Konferenz-Abonnement läuft weiter";

    /** Name-only matches are another person's; a record of the relationship waits on it, which still runs. */
    private static void declinePendingItems(String caseId) {
        String erasure = system.service("erasure-service").service().baseUrl();
        JsonPath plan = await().atMost(SystemProbes.PATIENCE).until(() -> given().baseUri(erasure).auth()
                        .preemptive().basic("assistant", "demo-assistant")
                        .when().get("/api/cases/" + caseId + "/erasure-plan")
                        .then().extract().jsonPath(),
                planned -> planned.getList("items") != null && !planned.getList("items").isEmpty());
        List<Integer> relationship = plan.getList(
                "items.findAll { it.approval == 'PENDING' && it.reasonCode == 'RELATIONSHIP_CHECK' }.id");
        List<Integer> namesakes = plan.getList(
                "items.findAll { it.approval == 'PENDING' && it.reasonCode != 'RELATIONSHIP_CHECK' }.id");
        for (Integer item : relationship) {
            decline(erasure, caseId, item, "OTHER", RELATIONSHIP_RUNS);
        }
        for (Integer item : namesakes) {
            decline(erasure, caseId, item, "NOT_THE_REQUESTER", "Namensgleichheit, nicht die Antragstellerin");
        }
    }

    private static void decline(String erasure, String caseId, Integer item, String reasonCode, String reason) {
        given().baseUri(erasure).auth().preemptive().basic("assistant", "demo-assistant")
                .contentType(ContentType.JSON)
                .body(Map.of("reasonCode", reasonCode, "reason", reason))
                .when().post("/api/cases/" + caseId + "/erasure-plan/items/" + item + "/decline")
                .then().statusCode(200);
    }

    private static String intakeUrl() {
        return probes.intakeUrl();
    }

    private static ReceivedMail awaitMail(String address, Predicate<ReceivedMail> which) {
        return probes.awaitMail(address, which);
    }

    private static String caseOpenedFor(String email) {
        return probes.caseOpenedFor(email);
    }

    private static String submitAccessRequest(String email, String language) {
        String caseId = given().baseUri(intakeUrl()).contentType(ContentType.JSON)
                .body("{\"type\":\"ACCESS\",\"email\":\"" + email + "\",\"language\":\"" + language + "\"}")
                .when().post("/api/requests")
                .then().statusCode(202).extract().path("caseId");
        awaitMail(email, mail -> mail.subject().startsWith("Eingang Ihres Antrags"));
        return caseId;
    }

    private static void confirm(ReceivedMail verification) {
        Matcher link = VERIFICATION_LINK.matcher(verification.text());
        assertThat(link.find()).isTrue();
        given().when().post(link.group(1)).then().statusCode(200);
    }

    private static ConsumerRecord<String, String> awaitEvent(String topic, String caseId, String type) {
        return await().atMost(PATIENCE).until(() -> events(topic, caseId, type), found -> !found.isEmpty()).get(0);
    }

    private static List<ConsumerRecord<String, String>> events(String topic, String caseId, String type) {
        try (TopicProbe probe = new TopicProbe(system.infra().kafkaBootstrapServers())) {
            return probe.readAll(topic).stream()
                    .filter(r -> caseId.equals(r.key()) && type.equals(TopicProbe.header(r, "ce_type")))
                    .toList();
        }
    }

    private static void sendMail(String from, String to, String messageId, String subject, String text)
            throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", system.infra().mailHost());
        properties.put("mail.smtp.port", Integer.toString(system.infra().smtpPort()));
        Session session = Session.getInstance(properties);
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        Transport.send(message);
    }

    private static String unzipped(byte[] zip) throws IOException {
        StringBuilder content = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                content.append("== ").append(entry.getName()).append('\n')
                        .append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        return content.toString();
    }
}
