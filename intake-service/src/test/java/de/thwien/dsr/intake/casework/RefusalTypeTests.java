package de.thwien.dsr.intake.casework;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.intake.CaseTables;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * A refusal names itself in the problem type ({@code urn:thwien:dsr:refusal:<name>}), so that the dashboard (and any
 * other caller) can word it in its own language without reading the English detail.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class RefusalTypeTests {

    @Test
    void aSecondExtensionIsRefusedAsDeadlineAlreadyExtended() {
        String caseId = CaseTables.openCase("ACCESS");
        given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body("{\"reasons\":\"many archives to search\"}").when().post("/api/cases/" + caseId + "/extension")
                .then().statusCode(200);

        given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body("{\"reasons\":\"again\"}").when().post("/api/cases/" + caseId + "/extension")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:thwien:dsr:refusal:DeadlineAlreadyExtended"));
    }
}
