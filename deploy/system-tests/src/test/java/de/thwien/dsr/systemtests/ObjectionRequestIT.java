package de.thwien.dsr.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.infra.test.ReceivedMail;
import de.thwien.dsr.localstack.LocalStack;
import de.thwien.dsr.localstack.demo.DemoData;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Objection (Art. 21 GDPR) end to end on the packaged services: a person who wrote to the office (a mail answered on
 * a legitimate interest) and was invited to the conference server (an invitation, also on a legitimate interest)
 * objects by mail; the case is an OBJECTION; after verification the assistant stops the processing of her mails and
 * continues the conference invitation on grounds she writes down. The mail is erased from the mailbox, the
 * invitation row stays, the timeline shows the plan and the answer, and the answer names both purposes, the grounds
 * and her remedies.
 */
class ObjectionRequestIT {

    private static final Duration PATIENCE = SystemProbes.PATIENCE;
    private static final String GROUNDS = "Die Einladung belegt, wer Sie zur laufenden Schulung eingeladen hat;"
            + " wir benötigen sie bis zu deren Ende.";

    private static LocalStack system;
    private static SystemProbes probes;
    private static StoreProbe stores;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
        probes = new SystemProbes(system);
        stores = new StoreProbe(system.infra());
        probes.awaitEveryStoreIndexed();
    }

    @Test
    void objectionByMailStopsOnePurposeAndContinuesAnotherOnTheAssistantsGrounds() throws Exception {
        String address = "objection-" + UUID.randomUUID() + "@example.org";
        String name = "Jana Neumann";
        String question = "Kurze Frage " + address.substring(10, 18);
        Instant before = Instant.now();
        probes.sendMail("\"" + name + "\" <" + address + ">", DemoData.INFO, question,
                "Hallo,\n\nkönnen wir nächste Woche telefonieren?\n\nViele Grüße\n" + name);
        inviteToTheConferenceServer(address, name);
        probes.awaitCrawledAfter(before, "mail", "conference");

        probes.sendMail("\"" + name + "\" <" + address + ">", DemoData.PRIVACY, "Widerspruch",
                "Guten Tag,\n\nich widerspreche der Verarbeitung meiner Daten (Art. 21 DSGVO).\n\n" + name);
        String caseId = probes.caseOpenedFor(address);
        assertThat(intake().when().get("/api/cases/" + caseId).then().statusCode(200).extract().<String>path("type"))
                .isEqualTo("OBJECTION");
        ReceivedMail verification = probes.awaitMail(address,
                mail -> SystemProbes.VERIFICATION_LINK.matcher(mail.text()).find());
        Matcher link = SystemProbes.VERIFICATION_LINK.matcher(verification.text());
        assertThat(link.find()).isTrue();
        given().when().post(link.group(1)).then().statusCode(200);

        // both purposes wait for her decision, each with its record
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(plan(caseId)
                .<String>getList("items.findAll { it.reasonCode == 'OBJECTION_AWAITING_DECISION' }.store"))
                .contains("mail", "conference"));

        erasure().when().post("/api/cases/" + caseId + "/erasure-plan/objection/CONTACT_HANDLING/stop")
                .then().statusCode(200);
        erasure().contentType(ContentType.JSON).body(Map.of("grounds", GROUNDS))
                .when().post("/api/cases/" + caseId + "/erasure-plan/objection/CONFERENCE_USE/continue")
                .then().statusCode(200);

        ReceivedMail answer = probes.awaitMail(address,
                mail -> mail.subject().startsWith("Ihr Widerspruch nach Art. 21 DSGVO"));
        assertThat(answer.text())
                .contains("Zweck: Beantwortung Ihrer E-Mails und Anrufe außerhalb eines Vertrags – diese Verarbeitung"
                        + " haben wir beendet.")
                .contains("gelöscht: E-Mail vom")
                .contains("Zweck: Technische Nutzbarkeit des Web-Konferenz-Servers")
                .contains("diese Verarbeitung setzen wir fort")
                .contains(GROUNDS)
                .contains("Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen")
                .contains("Art. 77 DSGVO").contains("Art. 79 DSGVO")
                // no direct marketing about her, said plainly; her objection holds for the future (Art. 21(3))
                .contains("Direktwerbung: Wir verarbeiten Ihre Daten nicht für Direktwerbung und haben das auch bisher"
                        + " nicht getan")
                .doesNotContain("kein Zweck");
        // the Art. 12(4) paragraph names the parts of this answer not carried out as asked, and only those
        String remedies = answer.text().lines().filter(line -> line.contains("Art. 12 Abs. 4 DSGVO")).findFirst()
                .orElseThrow();
        assertThat(remedies).contains("„Fortgesetzt“").doesNotContain("„eingeschränkt statt gelöscht“");
        // one decision per purpose, as the plan says
        assertThat(plan(caseId).<String>getList("objectionDecisions.purpose"))
                .containsExactly("CONTACT_HANDLING", "CONFERENCE_USE");

        // the stores: her mail erased from the mailbox, the invitation kept
        assertThat(stores.subjects(DemoData.INFO, "INBOX")).doesNotContain(question);
        assertThat(stores.count("select count(*) from greenlight_demo.invitations where email = ?", address))
                .isOne();
        // the timeline: the plan, its execution and the answer
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(intake().when().get("/api/cases/" + caseId)
                .then().statusCode(200).extract().<List<String>>path("timeline.kind"))
                .contains("IDENTITY_VERIFIED", "SUBJECT_LOCATED", "ERASURE_PLANNED", "RECORDS_ERASED", "NOTICE_SENT"));
    }

    private static JsonPath plan(String caseId) {
        return erasure().when().get("/api/cases/" + caseId + "/erasure-plan").then().statusCode(200).extract()
                .jsonPath();
    }

    private static io.restassured.specification.RequestSpecification intake() {
        return given().baseUri(system.service("intake-service").service().baseUrl()).auth().preemptive()
                .basic("assistant", "demo-assistant");
    }

    private static io.restassured.specification.RequestSpecification erasure() {
        return given().baseUri(system.service("erasure-service").service().baseUrl()).auth().preemptive()
                .basic("assistant", "demo-assistant");
    }

    /** Greenlight's invitation of the address (Art. 6(1)(f): a user invited her), as Greenlight writes it. */
    private static void inviteToTheConferenceServer(String address, String name) throws Exception {
        try (Connection connection = DriverManager.getConnection(system.infra().postgresJdbcUrl(),
                system.infra().postgresUsername(), system.infra().postgresPassword());
                PreparedStatement insert = connection.prepareStatement("insert into greenlight_demo.invitations"
                        + " (email, provider, token, created_at, updated_at, name) values (?, 'greenlight', ?, ?, ?, ?)")) {
            Timestamp now = Timestamp.from(Instant.now());
            insert.setString(1, address);
            insert.setString(2, UUID.randomUUID().toString());
            insert.setTimestamp(3, now);
            insert.setTimestamp(4, now);
            insert.setString(5, name);
            insert.executeUpdate();
        }
    }
}
