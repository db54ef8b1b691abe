package de.thwien.dsr.erasure.stores;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.connectors.spi.RecordHit;
import de.thwien.dsr.connectors.stores.ConnectedStores;
import de.thwien.dsr.erasure.testing.ErasureEventsProbe;
import de.thwien.dsr.erasure.testing.StandInSubjectIndex;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Finding.MatchStrength;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Art. 16 and Art. 5(1)(f): a corrected e-mail address or phone number that is already an identifier of another
 * person's records is not taken without the assistant's confirmation that the requester controls it, since the subject
 * index would then tie her record to his identifier. subject-index-service is a stand-in at the edge.
 */
@QuarkusTest
@TestProfile(DemoCustomerErasureTests.ConnectorsWrite.class)
@QuarkusTestResource(value = ReferenceStoresTestResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = StandInSubjectIndex.class, restrictToAnnotatedClass = true)
class DemoCustomerCorrectedIdentifierTests {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String PARTNER = "res_partner/1";
    private static final String LEAD = "crm_lead/1";
    private static final String HIS_ADDRESS = "lukas.mueller@example.com";

    @Inject
    ConnectedStores stores;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    StandInSubjectIndex index;

    private final String caseId = UUID.randomUUID().toString();

    @AfterEach
    void indexAnswersAgain() {
        index.unreachable(false);
    }

    @Test
    void anotherCustomersAddressIsRefusedNamingHisStoreAndTakenOnceSheConfirmsWhichIsAudited() throws Exception {
        index.holds(HIS_ADDRESS, "{\"store\":\"crm\",\"reference\":\"res_partner/3\"},"
                + "{\"store\":\"mail\",\"reference\":\"imap://info/INBOX;9\"}");
        long partner = planned();

        Response refused = correct(partner, Map.of("email", "Lukas.Mueller@Example.com"), null);
        refused.then().statusCode(409).contentType("application/problem+json");
        assertThat(refused.jsonPath().getString("type")).endsWith(":CorrectedIdentifierOfOthers");
        assertThat(refused.jsonPath().getString("detail")).contains("field email", "records in crm, mail;")
                .doesNotContainIgnoringCase(HIS_ADDRESS);
        assertThat(index.lastLogin()).isEqualTo("Basic " + Base64.getEncoder().encodeToString(
                (StandInSubjectIndex.USERNAME + ":" + StandInSubjectIndex.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        assertThat(plan().getString("items.find { it.reference == '" + PARTNER + "' }.decision")).isEqualTo("OPEN");
        // the requester's own wish for the value is no confirmation either: an explicit false is refused alike
        correct(partner, Map.of("email", HIS_ADDRESS), false).then().statusCode(409);

        correct(partner, Map.of("email", HIS_ADDRESS), true).then().statusCode(200);

        assertThat(plan().getString("items.find { it.reference == '" + PARTNER + "' }.decision"))
                .isEqualTo("CORRECT");
        List<Map<String, Object>> confirmations = audit().stream()
                .filter(entry -> "RECTIFICATION_IDENTIFIER_CONFIRMED".equals(entry.get("action"))).toList();
        assertThat(confirmations).singleElement().satisfies(entry -> {
            assertThat(entry.get("actor")).isEqualTo("assistant");
            assertThat((String) entry.get("detail")).contains("field email", "confirmed", "crm, mail")
                    .doesNotContainIgnoringCase(HIS_ADDRESS).doesNotContain("res_partner/3");
        });
    }

    @Test
    void aValueOnlyRecordsOfHerOwnCaseHoldIsTakenWithoutConfirmation() throws Exception {
        index.holds("+492217777777", "{\"store\":\"crm\",\"reference\":\"" + LEAD + "\"}");
        long partner = planned();

        correct(partner, Map.of("phone", "+49 221 7777777"), null).then().statusCode(200);

        assertThat(audit()).extracting(entry -> entry.get("action"))
                .contains("RECTIFICATION_DECIDED").doesNotContain("RECTIFICATION_IDENTIFIER_CONFIRMED");
    }

    /**
     * Issue #18: "+49 221 5550303 / 0" was asked as it was written and passed, although it is his +49 221 5550303
     * with the switchboard's "0" after it. The index is asked for the number's normalised digits, with and without
     * the suffix.
     */
    @Test
    void anotherPersonsNumberWrittenWithASwitchboardSuffixIsRefusedAsHis() throws Exception {
        index.holds("+492215550303", "{\"store\":\"crm\",\"reference\":\"res_partner/3\"}");
        long partner = planned();

        for (String written : List.of("+49 221 5550303 / 0", "0221 5550303-0", "+49 (221) 555 03 03")) {
            Response refused = correct(partner, Map.of("phone", written), null);
            refused.then().statusCode(409).contentType("application/problem+json");
            assertThat(refused.jsonPath().getString("type")).as(written).endsWith(":CorrectedIdentifierOfOthers");
            assertThat(refused.jsonPath().getString("detail")).contains("field phone", "records in crm;")
                    .doesNotContain("5550303");
        }
        assertThat(plan().getString("items.find { it.reference == '" + PARTNER + "' }.decision")).isEqualTo("OPEN");
    }

    @Test
    void whatIsNoPhoneNumberIsRefusedInAPhoneField() throws Exception {
        long partner = planned();

        for (String written : List.of("123456", "+49 0 000000", "00000", "tel:+4921025550101",
                "+49 2102 5550101 (privat)")) {
            correct(partner, Map.of("phone", written), true).then().statusCode(400)
                    .contentType("application/problem+json")
                    // its own type: the case page says it in German (pages.properties problem.CorrectedValueMalformed)
                    .body("type", org.hamcrest.Matchers.endsWith("CorrectedValueMalformed"));
        }
    }

    /**
     * Issue #18: info@ and thomas@ were refused as "another person's" addresses, the privacy mailbox was taken. Every
     * address of the operator is refused as his, also with her confirmation, however it is written.
     */
    @Test
    void theOperatorsOwnAddressesAreRefusedAsOursEvenWhenConfirmed() throws Exception {
        long partner = planned();

        for (String ours : List.of("datenschutz@thwien.de", "Info@THWIEN.de", "Thomas Wien <thomas@thwien.de>",
                "assistenz+jana@thwien.de")) {
            Response refused = correct(partner, Map.of("email", ours), true);
            refused.then().statusCode(409).contentType("application/problem+json");
            assertThat(refused.jsonPath().getString("type")).as(ours).endsWith(":CorrectedIdentifierIsOurs");
            assertThat(refused.jsonPath().getString("detail")).contains("field email", "operator's own")
                    .doesNotContainIgnoringCase("thwien");
        }
        assertThat(plan().getString("items.find { it.reference == '" + PARTNER + "' }.decision")).isEqualTo("OPEN");
    }

    @Test
    void aStreetIsNoIdentifierAndNeedsNoIndex() throws Exception {
        index.unreachable(true);
        long partner = planned();

        correct(partner, Map.of("street", "Neue Straße 7"), null).then().statusCode(200);
    }

    @Test
    void whileTheIndexCannotBeAskedANewNumberWaitsForHerConfirmation() throws Exception {
        long partner = planned();
        index.unreachable(true);

        Response refused = correct(partner, Map.of("mobile", "0171 9998887"), null);
        refused.then().statusCode(409);
        assertThat(refused.jsonPath().getString("type")).endsWith(":CorrectedIdentifierUnchecked");

        correct(partner, Map.of("mobile", "0171 9998887"), true).then().statusCode(200);
        assertThat(audit()).filteredOn(entry -> "RECTIFICATION_IDENTIFIER_CONFIRMED".equals(entry.get("action")))
                .singleElement().satisfies(entry -> assertThat((String) entry.get("detail"))
                        .contains("field mobile", "could not check").doesNotContain("9998887"));
    }

    /** Her partner row and her lead located for a RECTIFICATION case; the partner item's id. */
    private long planned() throws Exception {
        try (ErasureEventsProbe events = new ErasureEventsProbe(bootstrapServers)) {
            List<Finding> findings = stores.store("crm").orElseThrow().reader().find(List.of(
                    new RecordHit(PARTNER, MatchStrength.STRONG), new RecordHit(LEAD, MatchStrength.STRONG)));
            events.subjectLocated(caseId, caseId, RequestType.RECTIFICATION,
                    new Person("jana.becker@example.net", "Jana Becker"), findings, List.of());
            await().atMost(PATIENCE).until(() -> given().auth().preemptive().basic("assistant", "demo-assistant")
                    .when().get("/api/cases/" + caseId + "/rectification").statusCode() == 200);
        }
        return plan().getLong("items.find { it.reference == '" + PARTNER + "' }.id");
    }

    private Response correct(long itemId, Map<String, String> values, Boolean confirmed) {
        Map<String, Object> body = new HashMap<>();
        body.put("values", values);
        if (confirmed != null) {
            body.put("confirmedRequesterControls", confirmed);
        }
        return given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body(body).when().post("/api/cases/" + caseId + "/rectification/items/" + itemId + "/correct");
    }

    private JsonPath plan() {
        return given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/rectification").then().statusCode(200).extract().jsonPath();
    }

    private List<Map<String, Object>> audit() {
        return given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/erasure-plan/audit").then().statusCode(200).extract()
                .jsonPath().getList("$");
    }
}
