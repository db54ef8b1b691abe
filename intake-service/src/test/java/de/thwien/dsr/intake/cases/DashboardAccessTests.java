package de.thwien.dsr.intake.cases;

import static io.restassured.RestAssured.given;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every dashboard endpoint refuses anonymous callers (401) and callers without the assistant or admin role (403). */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class DashboardAccessTests {

    private static final String SOME_CASE = "/api/cases/5f0c6f4e-8a39-4c4e-9d0e-3f1c2b7a9e11";

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GET, /api/cases",
            "GET, " + SOME_CASE,
            "GET, " + SOME_CASE + "/file",
            "POST, " + SOME_CASE + "/verification",
            "POST, " + SOME_CASE + "/extension",
            "POST, " + SOME_CASE + "/rejection",
            "POST, " + SOME_CASE + "/notes",
            "POST, " + SOME_CASE + "/closure",
            "GET, /api/mail-failures"
    })
    void anonymousCallerGets401(String method, String path) {
        given().contentType(ContentType.JSON).body("{\"note\":\"x\"}")
                .when().request(method, path)
                .then().statusCode(401);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GET, /api/cases",
            "GET, " + SOME_CASE,
            "GET, " + SOME_CASE + "/file",
            "POST, " + SOME_CASE + "/verification",
            "POST, " + SOME_CASE + "/extension",
            "POST, " + SOME_CASE + "/rejection",
            "POST, " + SOME_CASE + "/notes",
            "POST, " + SOME_CASE + "/closure",
            "GET, /api/mail-failures"
    })
    void callerWithTheWrongRoleGets403(String method, String path) {
        given().auth().preemptive().basic("auditor", "demo-auditor").contentType(ContentType.JSON)
                .body("{\"note\":\"x\"}")
                .when().request(method, path)
                .then().statusCode(403);
    }
}
