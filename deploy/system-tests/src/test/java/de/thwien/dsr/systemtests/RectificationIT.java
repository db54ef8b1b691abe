package de.thwien.dsr.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.infra.test.ReceivedMail;
import de.thwien.dsr.localstack.LocalStack;
import de.thwien.dsr.localstack.demo.DemoData;
import de.thwien.dsr.localstack.demo.DemoData.Customer;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rectification (Art. 16 GDPR) end to end on the packaged services: a demo customer writes to the privacy mailbox
 * that her address is wrong and gives the new one, confirms her link; the case's rectification plan lists her CRM
 * partner row with its current address; the assistant enters the new street, postcode and city (the other records the
 * store could change she finds correct), has the corrections written, and the CRM row holds the new address; another
 * customer's e-mail address as her new one is refused (it would tie her record to his identifier). The
 * timeline shows the corrections, and her German answer names what was corrected where, the Art. 19 recipients and
 * her right to complain, with the case reference and the controller.
 */
class RectificationIT {

    static final String NEW_STREET = "Am Stadion 7";
    static final String NEW_ZIP = "40885";
    static final String NEW_CITY = "Ratingen";

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
    void customerCorrectsHerAddressByMailAndTheAssistantsCorrectionReachesTheCrmAndHerAnswer() throws Exception {
        Customer customer = germanCustomers().get(0);
        probes.sendMail(customer.mailbox(), DemoData.PRIVACY, "Berichtigung meiner Adresse",
                "Guten Tag,\n\nmeine Adresse ist falsch, neue Adresse: " + NEW_STREET + ", " + NEW_ZIP + " " + NEW_CITY
                        + ".\nBitte berichtigen Sie das.\n\nViele Grüße\n" + customer.name());
        String caseId = probes.caseOpenedFor(customer.email());
        assertThat(intake().when().get("/api/cases/" + caseId).then().statusCode(200).extract().<String>path("type"))
                .isEqualTo("RECTIFICATION");
        confirm(customer.email(), caseId);

        String partner = "res_partner/" + customer.partnerId();
        JsonPath plan = awaitPlanWith(caseId, partner);
        assertThat(plan.getMap("items.find { it.reference == '" + partner + "' }.fields", String.class, String.class))
                .containsEntry("street", customer.street()).containsEntry("zip", customer.zip())
                .containsEntry("city", customer.city()).containsEntry("email", customer.email());

        // another customer's address would tie her partner row to his identifier in the subject index: refused,
        // naming the store, never the address, until the assistant confirms the requester controls it
        String hisAddress = germanCustomers().get(1).email();
        long partnerItem = plan.getLong("items.find { it.reference == '" + partner + "' }.id");
        JsonPath refused = erasure().contentType(ContentType.JSON).body(Map.of("values", Map.of("email", hisAddress)))
                .when().post("/api/cases/" + caseId + "/rectification/items/" + partnerItem + "/correct")
                .then().statusCode(409).contentType("application/problem+json").extract().jsonPath();
        assertThat(refused.getString("type")).endsWith(":CorrectedIdentifierOfOthers");
        assertThat(refused.getString("detail")).contains("field email", "another person's records in crm")
                .doesNotContainIgnoringCase(hisAddress);

        decide(caseId, plan, partner, Map.of("street", NEW_STREET, "zip", NEW_ZIP, "city", NEW_CITY));
        JsonPath executed = erasure().when().post("/api/cases/" + caseId + "/rectification/execute")
                .then().statusCode(200).extract().jsonPath();
        assertThat(executed.getString("status")).isEqualTo("COMPLETED");
        assertThat(executed.getString("items.find { it.reference == '" + partner + "' }.execution")).isEqualTo("DONE");

        // the CRM row, read as an auditor would
        assertThat(stores.count("select count(*) from crm_demo.res_partner where id = ? and street = ? and zip = ?"
                + " and city = ? and email = ?", customer.partnerId(), NEW_STREET, NEW_ZIP, NEW_CITY, customer.email()))
                .isOne();

        ReceivedMail answer = probes.awaitMail(customer.email(),
                mail -> mail.subject().startsWith("Berichtigung Ihrer Daten (Art. 16 DSGVO"));
        assertThat(answer.subject()).contains("DSR-" + caseId.substring(0, 8).toUpperCase());
        assertThat(answer.text())
                .contains("wir haben Ihren Antrag auf Berichtigung (Art. 16 DSGVO) bearbeitet")
                .contains("Berichtigt haben wir:")
                .contains("Kunden- und Rechnungsverwaltung")
                .contains("Straße jetzt „" + NEW_STREET + "“").contains("Postleitzahl jetzt „" + NEW_ZIP + "“")
                .contains("Empfänger Ihrer Daten (Art. 19 DSGVO)")
                .contains("Hetzner Online GmbH")
                .contains("Art. 19 Satz 2 DSGVO")
                .contains("Art. 77 DSGVO")
                .contains("Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen")
                .contains("DSR-" + caseId.substring(0, 8).toUpperCase())
                .contains("Thomas Wien").contains("Am Gierath 20a")
                .doesNotContain("res_partner").doesNotContain("crm_lead").doesNotContain("imap://");

        // the timeline: verified, located, the corrections with proof, the answer sent
        await().atMost(SystemProbes.PATIENCE).untilAsserted(() -> {
            JsonPath shown = intake().when().get("/api/cases/" + caseId).then().statusCode(200).extract().jsonPath();
            assertThat(shown.getList("timeline.kind", String.class))
                    .contains("IDENTITY_VERIFIED", "SUBJECT_LOCATED", "NOTICE_SENT");
            assertThat(shown.getList("timeline.detail", String.class))
                    .anyMatch(detail -> detail != null && detail.startsWith("1 records corrected with proof"));
        });
    }

    /** The verification mail of the case, recognised by the case reference in its subject. */
    static java.util.function.Predicate<ReceivedMail> verificationOf(String caseId) {
        String reference = "DSR-" + caseId.replace("-", "").substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        return mail -> mail.subject().contains(reference) && SystemProbes.VERIFICATION_LINK.matcher(mail.text()).find();
    }

    /**
     * The generated German customers, in partner order: not the fixed ones other scenarios erase, and none with a
     * pending request of the demo data in the privacy mailbox (that case would open beside hers, with its own link).
     */
    static List<Customer> germanCustomers() {
        DemoData demo = DemoData.generate(LocalDate.now());
        List<String> pending = demo.mails().stream().filter(mail -> DemoData.PRIVACY.equals(mail.account()))
                .map(DemoData.DemoMail::from).toList();
        return demo.customers().stream()
                .filter(customer -> customer.partnerId() > DemoData.MIRIAM_SCHULTE.partnerId())
                .filter(customer -> "de".equals(customer.language()))
                .filter(customer -> pending.stream().noneMatch(from -> from != null
                        && from.toLowerCase(java.util.Locale.ROOT).contains(customer.email().toLowerCase(
                                java.util.Locale.ROOT))))
                .toList();
    }

    /** Her link for this case (a demo customer may have another request of the demo data waiting for its link). */
    private static void confirm(String email, String caseId) {
        ReceivedMail verification = probes.awaitMail(email, verificationOf(caseId));
        Matcher link = SystemProbes.VERIFICATION_LINK.matcher(verification.text());
        assertThat(link.find()).isTrue();
        given().when().post(link.group(1)).then().statusCode(200);
    }

    /** The case's rectification plan once it lists the record {@code reference}, with the store's current values. */
    private static JsonPath awaitPlanWith(String caseId, String reference) {
        return await().atMost(SystemProbes.PATIENCE).until(() -> {
            var response = erasure().when().get("/api/cases/" + caseId + "/rectification");
            return response.statusCode() == 200 ? response.jsonPath() : null;
        }, found -> found != null && found.getBoolean("items.find { it.reference == '" + reference + "' }.rectifiable"));
    }

    /** Corrects {@code reference}; every other record the store could change she finds correct. */
    private static void decide(String caseId, JsonPath plan, String reference, Map<String, String> values) {
        for (Map<String, Object> item : plan.<Map<String, Object>>getList("items.findAll { it.rectifiable }")) {
            long id = ((Number) item.get("id")).longValue();
            if (item.get("reference").equals(reference)) {
                erasure().contentType(ContentType.JSON).body(Map.of("values", values))
                        .when().post("/api/cases/" + caseId + "/rectification/items/" + id + "/correct")
                        .then().statusCode(200);
            } else {
                erasure().contentType(ContentType.JSON)
                        .body(Map.of("text", "Diese Angaben stimmen; die Anschrift steht nur im Kundenstamm."))
                        .when().post("/api/cases/" + caseId + "/rectification/items/" + id + "/no-change")
                        .then().statusCode(200);
            }
        }
    }

    private static RequestSpecification intake() {
        return given().baseUri(system.service("intake-service").service().baseUrl()).auth().preemptive()
                .basic("assistant", "demo-assistant");
    }

    private static RequestSpecification erasure() {
        return given().baseUri(system.service("erasure-service").service().baseUrl()).auth().preemptive()
                .basic("assistant", "demo-assistant");
    }
}
