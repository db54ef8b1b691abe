package de.thwien.dsr.erasure.retention;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import de.thwien.dsr.connectors.sql.SqlMapping;
import de.thwien.dsr.connectors.sql.SqlMappingLoader;
import de.thwien.dsr.erasure.testing.MovableClock;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class RetentionEvaluationTests {

    private static final SqlMapping CRM = SqlMappingLoader.fromClasspath(SqlMappingLoader.ODOO_MAPPING_RESOURCE);

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void invoiceOfJune2019IsRestrictedUntilEndOf2027WithoutLogin() {
        given().contentType(ContentType.JSON)
                .body("{\"category\":\"accounting-voucher\",\"documentDate\":\"2019-06-10\",\"asOf\":\"2026-11-26\"}")
                .when().post("/api/retention/evaluate")
                .then().statusCode(200)
                .body("decision", equalTo("RESTRICT"))
                .body("holdUntil", equalTo("2027-12-31"))
                .body("erasableFrom", equalTo("2028-01-01"))
                .body("legalBasis", containsString("§147(1) Nr. 4, (3) AO"));
    }

    @Test
    void nothingHoldsGeneralCorrespondenceSoTheAnswerIsOnlyErase() {
        given().contentType(ContentType.JSON)
                .body("{\"category\":\"general-correspondence\",\"documentDate\":\"2025-02-01\",\"asOf\":\"2026-11-26\"}")
                .when().post("/api/retention/evaluate")
                .then().statusCode(200)
                .body("$", aMapWithSize(1))
                .body("decision", equalTo("ERASE"));
    }

    @Test
    void aLogLineIsRoutinelyErasedTwoDaysAfterTheMomentItWasWrittenNotAfterItsDate() {
        // LEGAL.md §3: written at 10:00 on 1 March (09:00 UTC), kept at most 2 days: gone by 10:00 on 3 March
        given().contentType(ContentType.JSON)
                .body("{\"category\":\"web-server-log\",\"documentTimestamp\":\"2026-03-01T09:00:00Z\"}")
                .when().post("/api/retention/evaluate")
                .then().statusCode(200)
                .body("decision", equalTo("ERASE"))
                .body("routinelyErasableAt", equalTo("2026-03-03T09:00:00Z"));
        given().contentType(ContentType.JSON)
                .body("{\"category\":\"conference-log\",\"documentTimestamp\":\"2026-11-26T13:15:00Z\"}")
                .when().post("/api/retention/evaluate")
                .then().statusCode(200)
                .body("routinelyErasableAt", equalTo("2026-11-27T13:15:00Z"));
    }

    @Test
    void aTimestampAloneDatesAHeldRecordByItsBerlinDay() {
        // 31 Dec 2019 23:30 UTC is 1 Jan 2020 in Berlin: the voucher's hold runs from the end of 2020
        given().contentType(ContentType.JSON)
                .body("{\"category\":\"accounting-voucher\",\"documentTimestamp\":\"2019-12-31T23:30:00Z\","
                        + "\"asOf\":\"2026-11-26\"}")
                .when().post("/api/retention/evaluate")
                .then().statusCode(200)
                .body("decision", equalTo("RESTRICT"))
                .body("holdUntil", equalTo("2028-12-31"))
                .body("routinelyErasableAt", equalTo("2028-12-31T23:00:00Z"));
    }

    @Test
    void aVoucherMailOf2018LosesItsBodyIn2025AndItsAttachmentIn2027() {
        // LEGAL.md §3: the body is a business letter (6 years), the attached invoice a voucher (8 years)
        String mail = "{\"category\":\"accounting-voucher\",\"documentDate\":\"2018-03-15\",\"asOf\":\"%s\","
                + "\"parts\":[{\"kind\":\"BODY\",\"category\":\"commercial-letter\"},"
                + "{\"kind\":\"ATTACHMENTS\",\"category\":\"accounting-voucher\"}]}";
        given().contentType(ContentType.JSON).body(mail.formatted("2024-06-01"))
                .when().post("/api/retention/evaluate")
                .then().statusCode(200)
                .body("decision", equalTo("RESTRICT"))
                .body("holdUntil", equalTo("2026-12-31"))
                .body("erasableFrom", equalTo("2027-01-01"))
                .body("parts[0].kind", equalTo("BODY"))
                .body("parts[0].category", equalTo("commercial-letter"))
                .body("parts[0].decision", equalTo("RESTRICT"))
                .body("parts[0].holdUntil", equalTo("2024-12-31"))
                .body("parts[0].erasableFrom", equalTo("2025-01-01"))
                .body("parts[0].legalBasis", containsString("§147(1) Nr. 2, 3, (3) AO"))
                .body("parts[1].kind", equalTo("ATTACHMENTS"))
                .body("parts[1].holdUntil", equalTo("2026-12-31"))
                .body("parts[1].erasableFrom", equalTo("2027-01-01"));
        given().contentType(ContentType.JSON).body(mail.formatted("2025-03-01"))
                .when().post("/api/retention/evaluate")
                .then().statusCode(200)
                .body("decision", equalTo("RESTRICT"))
                .body("parts[0].decision", equalTo("ERASE"))
                .body("parts[1].decision", equalTo("RESTRICT"));
        given().contentType(ContentType.JSON).body(mail.formatted("2027-01-01"))
                .when().post("/api/retention/evaluate")
                .then().statusCode(200)
                .body("decision", equalTo("ERASE"))
                .body("parts[1].decision", equalTo("ERASE"));
    }

    @Test
    void anInvoiceDraftThatWasNeverIssuedHasNoHold() {
        String category = CRM.table("account_move").orElseThrow()
                .retentionRuleFor(Map.of("state", "draft", "move_type", "out_invoice")).orElseThrow().category();

        given().contentType(ContentType.JSON)
                .body("{\"category\":\"" + category + "\",\"documentDate\":\"2024-03-01\",\"asOf\":\"2026-11-26\"}")
                .when().post("/api/retention/evaluate")
                .then().statusCode(200)
                .body("$", aMapWithSize(1))
                .body("decision", equalTo("ERASE"));
    }

    @Test
    void anInternalNoteOnAnInvoiceHasNoHoldButAMessageToTheCustomerIsABusinessLetter() {
        SqlMapping.TableMapping chatter = CRM.table("mail_message").orElseThrow();
        String note = chatter.retentionRuleFor(Map.of("model", "account.move", "message_type", "comment",
                "is_internal", true)).orElseThrow().category();
        String toTheCustomer = chatter.retentionRuleFor(Map.of("model", "account.move", "message_type", "comment",
                "is_internal", false)).orElseThrow().category();
        String evaluate = "{\"category\":\"%s\",\"documentDate\":\"2024-02-21\",\"asOf\":\"2026-11-26\"}";

        given().contentType(ContentType.JSON).body(evaluate.formatted(note))
                .when().post("/api/retention/evaluate")
                .then().statusCode(200)
                .body("decision", equalTo("ERASE"));
        given().contentType(ContentType.JSON).body(evaluate.formatted(toTheCustomer))
                .when().post("/api/retention/evaluate")
                .then().statusCode(200)
                .body("decision", equalTo("RESTRICT"))
                .body("holdUntil", equalTo("2030-12-31"));
    }

    @Test
    void aPartWithAnUnknownCategoryIsAProblem400() {
        given().contentType(ContentType.JSON)
                .body("{\"category\":\"accounting-voucher\",\"documentDate\":\"2018-03-15\","
                        + "\"parts\":[{\"kind\":\"BODY\",\"category\":\"love-letter\"}]}")
                .when().post("/api/retention/evaluate")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("parts[0].category"));
        given().contentType(ContentType.JSON)
                .body("{\"category\":\"accounting-voucher\",\"documentDate\":\"2018-03-15\","
                        + "\"parts\":[{\"kind\":\"HEADER\",\"category\":\"commercial-letter\"}]}")
                .when().post("/api/retention/evaluate")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void asOfDefaultsToTodayOfTheServiceClock() {
        String invoice = "{\"category\":\"accounting-voucher\",\"documentDate\":\"2019-06-10\"}";
        given().contentType(ContentType.JSON).body(invoice)
                .when().post("/api/retention/evaluate")
                .then().statusCode(200).body("decision", equalTo("RESTRICT"));

        clock.moveTo(LocalDate.parse("2028-01-01"));

        given().contentType(ContentType.JSON).body(invoice)
                .when().post("/api/retention/evaluate")
                .then().statusCode(200).body("decision", equalTo("ERASE"));
    }

    @Test
    void unknownCategoryIsAProblem400() {
        given().contentType(ContentType.JSON)
                .body("{\"category\":\"love-letter\",\"documentDate\":\"2019-06-10\"}")
                .when().post("/api/retention/evaluate")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations[0].field", equalTo("category"));
    }

    @Test
    void impossibleDateIsAProblem400() {
        given().contentType(ContentType.JSON)
                .body("{\"category\":\"accounting-voucher\",\"documentDate\":\"2019-02-30\"}")
                .when().post("/api/retention/evaluate")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void missingDocumentDateIsAProblem400() {
        given().contentType(ContentType.JSON)
                .body("{\"category\":\"accounting-voucher\"}")
                .when().post("/api/retention/evaluate")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void missingBodyIsAProblem400() {
        given().contentType(ContentType.JSON)
                .when().post("/api/retention/evaluate")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }
}
