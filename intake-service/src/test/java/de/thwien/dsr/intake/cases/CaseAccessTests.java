package de.thwien.dsr.intake.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.intake.CaseTables;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class CaseAccessTests {

    private String openCase() {
        return CaseTables.openCase("ACCESS");
    }

    @Test
    void anonymousAccessToCasesIsRefusedWith401() {
        given().when().get("/api/cases/" + openCase())
                .then().statusCode(401);
    }

    @Test
    void wrongPasswordIsRefusedWith401() {
        given().auth().preemptive().basic("assistant", "wrong")
                .when().get("/api/cases/" + openCase())
                .then().statusCode(401);
    }

    @Test
    void unknownUserIsRefusedWith401() {
        given().auth().preemptive().basic("mallory", "demo-assistant")
                .when().get("/api/cases/" + openCase())
                .then().statusCode(401);
    }

    @Test
    void userWithoutTheAssistantRoleIsRefusedWith403() {
        given().auth().preemptive().basic("auditor", "demo-auditor")
                .when().get("/api/cases/" + openCase())
                .then().statusCode(403);
    }

    @Test
    void assistantSeesStatusDueDateAndTimeline() {
        String email = CaseTables.uniqueEmail();
        String caseId = CaseTables.openCase("ACCESS", email);

        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId)
                .then().statusCode(200)
                .body("id", equalTo(caseId))
                .body("type", equalTo("ACCESS"))
                .body("status", equalTo("AWAITING_VERIFICATION"))
                .body("language", equalTo("de"))
                .body("requester.email", equalTo(email))
                .body("timeline.kind", hasItem("REQUEST_RECEIVED"));
    }

    @Test
    void ownerWithTheAdminRoleSeesCases() {
        given().auth().preemptive().basic("owner", "demo-owner")
                .when().get("/api/cases/" + openCase())
                .then().statusCode(200);
    }

    @Test
    void unknownCaseGetsAProblem404() {
        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
