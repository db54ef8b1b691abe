package de.thwien.dsr.subjectindex.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import de.thwien.dsr.subjectindex.SeededStoresTestResource;
import de.thwien.dsr.subjectindex.index.Crawler;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The records an e-mail address or phone number is an identifier of, as erasure-service asks before a corrected value
 * is accepted (Art. 16): normalised as the stores' values are, for the service login.
 */
@QuarkusTest
@QuarkusTestResource(SeededStoresTestResource.class)
class IdentifierRecordsTests {

    @Inject
    Crawler crawler;

    @BeforeEach
    void indexUpToDate() {
        crawler.crawlAll();
    }

    @Test
    void anotherCustomersAddressNamesHisRecordsHoweverItIsTyped() {
        JsonPath holders = holders("{\"email\":\"  Lukas.Mueller@EXAMPLE.com \"}");

        assertThat(holders.getList("records.findAll { it.store == 'crm' }.reference", String.class))
                .contains("res_partner/3").doesNotContain("res_partner/1", "res_partner/2");
    }

    @Test
    void aNumberInTheMobileColumnIsAPhoneIdentifierToo() {
        JsonPath holders = holders("{\"phone\":\"+49 171 5550123\"}");

        assertThat(holders.getList("records.findAll { it.store == 'crm' }.reference", String.class))
                .contains("res_partner/1").doesNotContain("res_partner/3");
    }

    /** Issue #18: "+49 221 5550303 / 0" passed as another number than his "+49 221 5550303". */
    @Test
    void aNumberWrittenWithASwitchboardSuffixNamesTheRecordsOfTheNumberWithoutIt() {
        for (String written : new String[] {"+49 89 1234567 / 0", "089 1234567-0", "+49 (89) 1234567 ext. 0"}) {
            assertThat(holders("{\"phone\":\"" + written + "\"}")
                    .getList("records.findAll { it.store == 'crm' }.reference", String.class)).as(written)
                    .contains("res_partner/2").doesNotContain("res_partner/1", "res_partner/3");
        }
    }

    @Test
    void anAddressNobodyHasHoldsNoRecords() {
        assertThat(holders("{\"email\":\"nobody.here@example.org\"}").getList("records")).isEmpty();
    }

    @Test
    void exactlyOneIdentifierIsAsked() {
        given().auth().preemptive().basic("dashboard", "demo-dashboard").contentType(ContentType.JSON)
                .body("{\"email\":\"lukas.mueller@example.com\",\"phone\":\"0171 2345678\"}")
                .when().post("/api/identifiers/records")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().preemptive().basic("dashboard", "demo-dashboard").contentType(ContentType.JSON)
                .body("{}")
                .when().post("/api/identifiers/records")
                .then().statusCode(400).body("status", equalTo(400));
    }

    private static JsonPath holders(String body) {
        return given().auth().preemptive().basic("dashboard", "demo-dashboard").contentType(ContentType.JSON)
                .body(body)
                .when().post("/api/identifiers/records")
                .then().statusCode(200).extract().jsonPath();
    }
}
