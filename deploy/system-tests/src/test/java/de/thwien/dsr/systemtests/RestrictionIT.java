package de.thwien.dsr.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.events.EventTypes;
import de.thwien.dsr.events.Topics;
import de.thwien.dsr.infra.test.Mailbox;
import de.thwien.dsr.infra.test.ReceivedMail;
import de.thwien.dsr.infra.test.TopicProbe;
import de.thwien.dsr.localstack.LocalStack;
import de.thwien.dsr.localstack.demo.DemoData;
import de.thwien.dsr.localstack.demo.DemoData.Customer;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Restriction at the requester's request (Art. 18 GDPR, issue 18 item 2) through the running services: a web-form
 * request with its ground restricts her mail (moved to the restricted folder), her CRM partner (the restriction tag)
 * and her published recording (unpublished on BBB) and answers her with the records, the ground, how long and the
 * Art. 18(3) promise; the assistant's lift first tells her, and only then do the stores change. On 18(1)(c) the end of
 * the restriction puts nothing back into use: what no retention hold keeps is erased, what one keeps stays restricted.
 */
class RestrictionIT {

    private static final Duration PATIENCE = SystemProbes.PATIENCE;
    private static final String RESTRICTION_TAGGED = "select count(*) from crm_demo.res_partner_res_partner_category_rel r"
            + " join crm_demo.res_partner_category c on c.id = r.category_id and c.name->>'en_US' = 'Eingeschränkt (Art. 18)'";
    private static final String THANKS = "Danke!";
    private static final String GREENLIGHT_RECORDING = "select count(*) from greenlight_demo.recordings where record_id = ?";

    private static LocalStack system;
    private static SystemProbes probes;
    private static StoreProbe stores;
    private static DemoData demo;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
        probes = new SystemProbes(system);
        stores = new StoreProbe(system.infra());
        demo = DemoData.generate(LocalDate.now());
        probes.awaitEveryStoreIndexed();
    }

    @Test
    void restrictionRequestRestrictsHerRecordsInEveryStoreAndTheLiftTellsHerBeforeAnyStoreChanges() throws Exception {
        Customer her = customerWithAThankYouMailAndARecentPublishedRecording();
        String recordId = "rec-" + her.partnerId() + "-1";
        long thanksInInbox = thanksIn("INBOX");
        long thanksRestricted = thanksIn("DSR-Restricted");

        String caseId = given().baseUri(probes.intakeUrl()).contentType(ContentType.JSON)
                .body("{\"type\":\"RESTRICTION\",\"email\":\"" + her.email() + "\",\"name\":\"" + her.name()
                        + "\",\"language\":\"de\",\"restrictionGround\":\"NEEDED_FOR_LEGAL_CLAIMS\","
                        + "\"message\":\"Ich brauche meine Unterlagen für einen Rechtsstreit.\"}")
                .when().post("/api/requests")
                .then().statusCode(202).extract().path("caseId");
        confirm(probes.awaitMail(her.email(), mail -> SystemProbes.VERIFICATION_LINK.matcher(mail.text()).find()));
        // 18(1)(c) presumes that we no longer need the data: for her master data (and a conference account) the
        // assistant confirms that the customer relationship has ended; until then the answer waits
        await().atMost(PATIENCE).until(() -> plan(caseId).statusCode() == 200);
        List<Object> premiseChecks = plan(caseId).jsonPath()
                .getList("items.findAll { it.reasonCode == 'RESTRICTION_PREMISE_CHECK' }.id");
        assertThat(premiseChecks).as("her master data waits for the check").isNotEmpty();
        for (Object item : premiseChecks) {
            given().baseUri(erasureUrl()).auth().preemptive().basic("assistant", "demo-assistant")
                    .when().post("/api/cases/" + caseId + "/erasure-plan/items/" + item + "/approve")
                    .then().statusCode(200);
        }

        ReceivedMail answer = probes.awaitMail(her.email(),
                mail -> mail.subject().startsWith("Einschränkung der Verarbeitung Ihrer Daten"));
        assertThat(answer.text())
                .contains("Wir benötigen die Daten nicht mehr, Sie benötigen sie aber zur Geltendmachung")
                // 18(1)(c): it lasts until she tells us she no longer needs the data
                .contains("Wie lange: bis Sie uns mitteilen, dass Sie die Daten nicht mehr für Rechtsansprüche"
                        + " benötigen.")
                .contains("Bevor wir die Einschränkung aufheben, teilen wir Ihnen das mit (Art. 18 Abs. 3 DSGVO).")
                .contains("Kundenstammdaten")
                .contains("Konferenzaufzeichnung")
                .contains("Empfänger Ihrer Daten (Art. 19 DSGVO)")
                .contains("Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen");

        // the stores: mail in the restricted folder, the partner tagged, the recording no longer published
        assertThat(thanksIn("INBOX")).isEqualTo(thanksInInbox - 1);
        assertThat(thanksIn("DSR-Restricted")).isEqualTo(thanksRestricted + 1);
        assertThat(stores.count(RESTRICTION_TAGGED + " where r.partner_id = ?", her.partnerId())).isOne();
        assertThat(system.demo().bbb().recording(recordId).orElseThrow().published()).isFalse();
        // Greenlight lists its own column, not BBB's state: it must not go on showing the recording as published
        assertThat(stores.count(GREENLIGHT_RECORDING + " and visibility = 'Unpublished'", recordId)).isOne();
        assertThat(events(caseId, EventTypes.RECORDS_RESTRICTED)).isNotEmpty();
        assertThat(timeline(caseId)).contains("RECORDS_RESTRICTED");

        // Art. 18(1)(c): the restriction ends only once she told us she no longer needs the data
        given().baseUri(erasureUrl()).auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/cases/" + caseId + "/restriction/lift")
                .then().statusCode(409);
        given().baseUri(erasureUrl()).auth().preemptive().basic("assistant", "demo-assistant")
                .contentType("application/json")
                .body("{\"end\":\"CLAIMS_NO_LONGER_NEEDED\",\"reason\":\"Sie schreibt, der Rechtsstreit ist"
                        + " verglichen und sie braucht die Daten nicht mehr.\"}")
                .when().put("/api/cases/" + caseId + "/restriction/end")
                .then().statusCode(200);
        given().baseUri(erasureUrl()).auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/cases/" + caseId + "/restriction/lift")
                .then().statusCode(200);

        // 18(1)(c): we no longer needed the data, and now she does not either: nothing goes back into use. What no
        // retention hold keeps is erased after her notice (Art. 17(1)(a)); once the store shows it, the notice is in her box
        await().atMost(PATIENCE).until(() -> thanksIn("DSR-Restricted") == thanksRestricted);
        List<ReceivedMail> received = new Mailbox(system.infra().mailHost(), system.infra().imapPort())
                .messagesFor(her.email());
        ReceivedMail notice = received.stream()
                .filter(mail -> mail.subject().startsWith("Aufhebung der Einschränkung Ihrer Daten")).findFirst()
                .orElseThrow(() -> new AssertionError("a store was changed before her Art. 18(3) notice arrived"));
        assertThat(notice.text()).contains("bevor die Einschränkung der Verarbeitung endet (Art. 18 Abs. 3 DSGVO)")
                .contains("Kundenstammdaten")
                // her ground's own end, never an accuracy check that did not happen
                .contains("Sie haben uns mitgeteilt, dass Sie die Daten nicht mehr zur Geltendmachung, Ausübung oder"
                        + " Verteidigung von Rechtsansprüchen benötigen.")
                .contains("Da auch wir diese Daten nicht mehr benötigen, verwenden wir sie nicht wieder, sondern"
                        + " löschen sie im Anschluss an diese Mitteilung (Art. 17 Abs. 1 lit. a DSGVO)")
                .contains("Empfänger Ihrer Daten (Art. 19 DSGVO)")
                .doesNotContain("wieder wie vor Ihrem Antrag")
                .doesNotContain("Richtigkeit Ihrer Daten");
        Instant noticeSent = eventTime(caseId, EventTypes.NOTICE_SENT, Topics.NOTICES);
        // the thank-you mail and the recording had no hold: erased with proof, never back in the INBOX or published
        assertThat(thanksIn("INBOX")).isEqualTo(thanksInInbox - 1);
        await().atMost(PATIENCE).until(() -> system.demo().bbb().recording(recordId).isEmpty());
        List<ConsumerRecord<String, String>> erased = events(caseId, EventTypes.RECORDS_ERASED);
        assertThat(erased).hasSizeGreaterThan(1).anySatisfy(record -> assertThat(
                Instant.ofEpochMilli(record.timestamp())).isAfterOrEqualTo(noticeSent));
        List<ConsumerRecord<String, String>> lifted = events(caseId, EventTypes.RESTRICTION_LIFTED);
        assertThat(lifted).isNotEmpty().allSatisfy(record -> assertThat(Instant.ofEpochMilli(record.timestamp()))
                .isAfterOrEqualTo(noticeSent));
        // her confirmation of the erasure: nothing left that they are needed for
        ReceivedMail confirmation = probes.awaitMail(her.email(),
                mail -> mail.subject().startsWith("Bestätigung der Löschung Ihrer Daten"));
        assertThat(confirmation.text()).contains("für keinen Zweck mehr erforderlich (Art. 17 Abs. 1 lit. a");
    }

    /**
     * A generated customer (not one the other scenarios use) with a published recording made in the last 12 days
     * (routine retention erases recordings after 14 days, not while the test runs) and a thank-you mail in Thomas's
     * INBOX: the generated data give few customers both on a given day, so she writes one now if she has none, and
     * the test waits until the mail store's next crawl has indexed it.
     */
    private static Customer customerWithAThankYouMailAndARecentPublishedRecording() throws Exception {
        Instant recent = Instant.now().minus(Duration.ofDays(12));
        List<Customer> candidates = demo.customers().stream().filter(customer -> customer.partnerId() > 30)
                .filter(customer -> demo.recordings().stream().anyMatch(recording -> recording.recordId()
                        .equals("rec-" + customer.partnerId() + "-1") && recording.published()
                        && recording.startedAt().isAfter(recent)))
                .toList();
        assertThat(candidates).as("a customer with a recent published recording").isNotEmpty();
        Customer her = candidates.get(candidates.size() - 1);
        boolean thanked = demo.mails().stream().anyMatch(mail -> THANKS.equals(mail.subject())
                && mail.from().equals(her.mailbox()));
        if (!thanked) {
            Instant before = Instant.now();
            probes.sendMail(her.mailbox(), DemoData.THOMAS, THANKS,
                    "Hallo,\n\nvielen Dank für die schnelle Hilfe gestern.\n\nGruß\n" + her.name());
            probes.awaitCrawledAfter(before, "mail");
        }
        return her;
    }

    private static long thanksIn(String folder) {
        return stores.subjects(DemoData.THOMAS, folder).stream().filter(THANKS::equals).count();
    }

    private static void confirm(ReceivedMail verification) {
        Matcher link = SystemProbes.VERIFICATION_LINK.matcher(verification.text());
        assertThat(link.find()).isTrue();
        given().when().post(link.group(1)).then().statusCode(200);
    }

    private static io.restassured.response.Response plan(String caseId) {
        return given().baseUri(erasureUrl()).auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/erasure-plan");
    }

    private static String erasureUrl() {
        return system.service("erasure-service").service().baseUrl();
    }

    private static String timeline(String caseId) {
        return given().baseUri(probes.intakeUrl()).auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId).then().statusCode(200).extract().asString();
    }

    private static List<ConsumerRecord<String, String>> events(String caseId, String type) {
        return eventsOn(Topics.ERASURE, caseId, type);
    }

    private static Instant eventTime(String caseId, String type, String topic) {
        return Instant.ofEpochMilli(eventsOn(topic, caseId, type).stream().mapToLong(ConsumerRecord::timestamp)
                .max().orElseThrow());
    }

    private static List<ConsumerRecord<String, String>> eventsOn(String topic, String caseId, String type) {
        try (TopicProbe probe = new TopicProbe(system.infra().kafkaBootstrapServers())) {
            return probe.readAll(topic).stream()
                    .filter(r -> caseId.equals(r.key()) && type.equals(TopicProbe.header(r, "ce_type")))
                    .toList();
        }
    }
}
