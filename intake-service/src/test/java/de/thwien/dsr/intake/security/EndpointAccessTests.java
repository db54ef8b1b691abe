package de.thwien.dsr.intake.security;

import static io.restassured.RestAssured.given;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.EndpointAccessContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Set;

/** Every operation of intake's OpenAPI document needs an assistant or admin login, except the requester's. */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class EndpointAccessTests extends EndpointAccessContract {

    EndpointAccessTests() {
        super(Set.of(
                // the requester's side: web form, status, verification and access-package links, deadline calculator
                "POST /api/requests",
                "GET /api/status/{token}",
                "GET /api/verification/{token}",
                "POST /api/verification/{token}",
                "GET /api/deadlines",
                "GET /",
                "GET /request",
                "POST /request",
                "GET /status/{token}",
                "POST /verification/{token}",
                "GET /access/{token}",
                "GET /login"),
                Set.of("/dashboard"));
    }

    @Override
    protected RequestSpecification formLoginAsWrongRole() {
        Response login = given().redirects().follow(false).formParam("j_username", WRONG_ROLE_USER)
                .formParam("j_password", WRONG_ROLE_PASSWORD).when().post("/j_security_check");
        return given().cookie("quarkus-credential", login.getCookie("quarkus-credential"))
                .cookie("dsr-session", login.getCookie("dsr-session"));
    }
}
