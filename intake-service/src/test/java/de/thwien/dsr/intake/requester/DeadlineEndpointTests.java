package de.thwien.dsr.intake.requester;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class DeadlineEndpointTests {

    @Test
    void issueExampleAnswersReceiptDayDueDateAndExtendedDueDateWithoutLogin() {
        given().queryParam("receivedAt", "2026-03-04T23:30:00Z")
                .when().get("/api/deadlines")
                .then().statusCode(200)
                .body("receivedOn", equalTo("2026-03-05"))
                .body("dueOn", equalTo("2026-04-07"))
                .body("extendedDueOn", equalTo("2026-06-05"));
    }

    @ParameterizedTest(name = "{0}: {4}")
    @CsvFileSource(resources = "/deadlines/dated-cases.csv")
    void endpointAnswersWhatTheCalculatorComputesForEveryDatedCase(String receivedAt, String receivedOn,
            String dueOn, String extendedDueOn, String why) {
        given().queryParam("receivedAt", receivedAt)
                .when().get("/api/deadlines")
                .then().statusCode(200)
                .body("receivedOn", equalTo(receivedOn))
                .body("dueOn", equalTo(dueOn))
                .body("extendedDueOn", equalTo(extendedDueOn));
    }

    @Test
    void missingReceivedAtGetsAProblem400() {
        given().when().get("/api/deadlines")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2026-03-04", "2026-13-04T23:30:00Z", "2026-03-04T23:30:00", " "})
    void malformedReceivedAtGetsAProblem400(String receivedAt) {
        given().queryParam("receivedAt", receivedAt)
                .when().get("/api/deadlines")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }
}
