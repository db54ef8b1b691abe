package de.thwien.dsr.erasure.retention;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import de.thwien.dsr.erasure.testing.MovableClock;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class RetentionEvaluationTests {

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
