package de.thwien.dsr.subjectindex.search;

import de.thwien.dsr.infra.InfraConfiguration;
import de.thwien.dsr.subjectindex.DemoMailbox;
import de.thwien.dsr.subjectindex.SeededStoresTestResource;
import de.thwien.dsr.subjectindex.index.Crawler;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(SeededStoresTestResource.class)
class SubjectSearchTests {

    @Inject
    Crawler crawler;

    @ConfigProperty(name = InfraConfiguration.MAIL_HOST)
    String mailHost;

    @ConfigProperty(name = InfraConfiguration.MAIL_IMAP_PORT)
    int imapPort;

    @BeforeEach
    void indexUpToDate() {
        crawler.crawlAll(); // incremental: only the first test of the run crawls everything
    }

    @Test
    void aCustomerIsFoundInEveryStoreWithRetentionCategoryAndStart() {
        JsonPath result = search("{\"email\":\"jana.becker@example.net\"}");

        assertThat(result.getList("storesUnavailable")).isEmpty();
        List<Map<String, Object>> mail = findings(result, "mail");
        assertThat(mail).extracting(finding -> finding.get("retentionCategory"))
                .containsExactlyInAnyOrder("commercial-letter", "general-correspondence", "accounting-voucher");
        assertThat(mail).extracting(finding -> (String) finding.get("reference"))
                .anyMatch(reference -> reference.startsWith("imap://info/Sent;"));
        assertThat(findings(result, "crm")).extracting(finding -> finding.get("reference"),
                        finding -> finding.get("retentionCategory"), finding -> finding.get("retentionStart"))
                .contains(
                        tuple("res_partner/1", "customer-master-data", "2019-03-04"),
                        tuple("account_move/1", "accounting-voucher", "2019-06-10"),
                        tuple("account_move/2", "accounting-voucher", "2024-02-15"),
                        tuple("mail_message/1", "general-correspondence", "2024-02-20"),
                        tuple("mail_message/2", "commercial-letter", "2024-02-15"),
                        tuple("mail_message/5", "general-correspondence", "2024-04-02"));
        assertThat(findings(result, "conference")).extracting(finding -> finding.get("retentionCategory"),
                        finding -> finding.get("retentionStart"))
                .contains(tuple("conference-account", "2023-01-10"),
                        tuple("conference-recording", "2024-01-20"),
                        tuple("conference-recording", "2024-01-22"));
        assertThat(allFindings(result)).extracting(finding -> finding.get("matchStrength")).containsOnly("STRONG");
    }

    @Test
    void aDifferentlyCasedOrPlusTaggedAddressStillMatchesStrong() {
        JsonPath result = search("{\"email\":\"  Jana.BECKER+dsr@Example.NET \"}");

        assertThat(findings(result, "crm")).extracting(finding -> finding.get("reference"), finding -> finding.get("matchStrength"))
                .contains(tuple("res_partner/1", "STRONG"));
        assertThat(findings(result, "mail")).hasSize(3);
    }

    @Test
    void aSameNameStrangerIsOnlyWeak() {
        JsonPath result = search("{\"email\":\"jana.becker@example.net\",\"name\":\"Jana Becker\"}");

        assertThat(findings(result, "crm")).filteredOn(finding -> finding.get("reference").equals("res_partner/2"))
                .singleElement().satisfies(stranger -> assertThat(stranger.get("matchStrength")).isEqualTo("WEAK"));
        assertThat(findings(result, "crm")).filteredOn(finding -> finding.get("reference").equals("res_partner/1"))
                .singleElement().satisfies(customer -> assertThat(customer.get("matchStrength")).isEqualTo("STRONG"));
        assertThat(findings(result, "conference"))
                .filteredOn(finding -> finding.get("reference").equals("users/00000000-0000-0000-0000-0000000000a3"))
                .singleElement().satisfies(stranger -> assertThat(stranger.get("matchStrength")).isEqualTo("WEAK"));
    }

    @Test
    void aPhoneNumberInAnyFormatMatchesStrong() {
        JsonPath result = search("{\"phone\":\"+49 221 98765432\"}");

        assertThat(findings(result, "crm")).extracting(finding -> finding.get("reference")).contains("res_partner/1");
        assertThat(findings(result, "mail")).hasSize(1);
    }

    @Test
    void aBbbAnsweringFailedMakesTheConferenceStoreUnavailableNotEmpty() {
        SeededStoresTestResource.bbb().answerFailed("internalError");
        try {
            JsonPath result = search("{\"email\":\"jana.becker@example.net\"}");

            assertThat(result.getList("storesUnavailable")).containsExactly("conference");
            assertThat(result.getString("unavailableReasons.conference")).contains("internalError");
            assertThat(result.getList("stores.store")).containsExactlyInAnyOrder("crm", "mail");
        } finally {
            SeededStoresTestResource.bbb().answerFailed(null);
        }
    }

    @Test
    void theSearchAlsoShowsMailThatArrivedAfterTheLastCrawl() {
        String late = "spaet-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        DemoMailbox.receive(mailHost, imapPort, late, null, "Nachtrag zur Anfrage", "Noch eine Frage.");

        JsonPath result = search("{\"email\":\"" + late + "\"}");

        assertThat(result.getList("storesUnavailable")).isEmpty();
        assertThat(findings(result, "mail")).singleElement()
                .satisfies(mail -> assertThat((String) mail.get("summary")).contains("Nachtrag zur Anfrage"));
    }

    @Test
    void aSearchWithoutAnyFieldIsABadRequest() {
        given().auth().preemptive().basic("assistant", "demo-assistant")
                .contentType(ContentType.JSON).body("{}")
                .when().post("/api/subjects/search")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void searchingNeedsTheAssistantLogin() {
        given().contentType(ContentType.JSON).body("{\"email\":\"jana.becker@example.net\"}")
                .when().post("/api/subjects/search").then().statusCode(401);
        given().auth().preemptive().basic("assistant", "wrong").contentType(ContentType.JSON)
                .body("{\"email\":\"jana.becker@example.net\"}")
                .when().post("/api/subjects/search").then().statusCode(401);
        given().auth().preemptive().basic("auditor", "demo-auditor").contentType(ContentType.JSON)
                .body("{\"email\":\"jana.becker@example.net\"}")
                .when().post("/api/subjects/search").then().statusCode(403);
    }

    @Test
    void theIndexStatusShowsEveryStoresProgress() {
        given().auth().preemptive().basic("owner", "demo-owner")
                .when().get("/api/index/status")
                .then().statusCode(200)
                .body("stores.store", hasItems("crm", "mail", "conference"))
                .body("stores.find { it.store == 'crm' }.recordsIndexed", greaterThan(0))
                .body("stores.find { it.store == 'mail' }.lastError", nullValue())
                .body("stores.find { it.store == 'mail' }.lagSeconds", notNullValue());
    }

    private static JsonPath search(String body) {
        return given().auth().preemptive().basic("assistant", "demo-assistant")
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/subjects/search")
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<Map<String, Object>> findings(JsonPath result, String store) {
        List<Map<String, Object>> findings = result.getList("stores.find { it.store == '" + store + "' }.findings");
        assertThat(findings).as("findings of " + store).isNotNull();
        return findings;
    }

    private static List<Map<String, Object>> allFindings(JsonPath result) {
        return result.<List<Map<String, Object>>>getList("stores.findings").stream().flatMap(List::stream).toList();
    }
}
