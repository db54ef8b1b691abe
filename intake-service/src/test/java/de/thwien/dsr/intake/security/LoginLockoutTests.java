package de.thwien.dsr.intake.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * Five failed logins from one client address (dsr.auth.lockout.max-failures) lock the user name for that address,
 * for HTTP Basic and for the dashboard's login form alike; other addresses can still log in, and the owner can
 * lift a lock. When the lock ends, and the ceiling per name, are shown by LoginLockoutRulesTests with a movable
 * clock.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class LoginLockoutTests {

    private static final String PASSWORD = "demo-auditor";

    @Test
    void fiveFailedBasicLoginsRefuseEvenTheRightPassword() {
        basicLogin("lockout-basic", PASSWORD).then().statusCode(200);
        for (int i = 0; i < 5; i++) {
            basicLogin("lockout-basic", "guess-" + i).then().statusCode(401);
        }
        basicLogin("lockout-basic", PASSWORD).then().statusCode(401);
        basicLogin("assistant", "demo-assistant").then().statusCode(200);
    }

    @Test
    void fiveFailedFormLoginsRefuseEvenTheRightPassword() {
        assertThat(formLogin("lockout-form", PASSWORD).getCookie("quarkus-credential")).isNotEmpty();
        for (int i = 0; i < 5; i++) {
            assertThat(formLogin("lockout-form", "guess-" + i).header("Location")).contains("/login?error=true");
        }
        Response locked = formLogin("lockout-form", PASSWORD);
        assertThat(locked.header("Location")).contains("/login?error=true");
        assertThat(locked.getCookie("quarkus-credential")).isNull();
    }

    @Test
    void failedLoginsFromOneAddressDoNotLockTheNameForAnother() {
        for (int i = 0; i < 5; i++) {
            basicLogin("lockout-other-address", "guess-" + i, "203.0.113.50").then().statusCode(401);
        }

        basicLogin("lockout-other-address", PASSWORD, "203.0.113.50").then().statusCode(401);
        basicLogin("lockout-other-address", PASSWORD, "198.51.100.50").then().statusCode(200);
    }

    @Test
    void theOwnerLiftsALock() {
        for (int i = 0; i < 5; i++) {
            basicLogin("lockout-unlock", "guess-" + i).then().statusCode(401);
        }
        basicLogin("lockout-unlock", PASSWORD).then().statusCode(401);

        given().auth().preemptive().basic("owner", "demo-owner").when().delete("/api/login-locks/lockout-unlock")
                .then().statusCode(204);

        basicLogin("lockout-unlock", PASSWORD).then().statusCode(200);
    }

    @Test
    void theAssistantCannotLiftALock() {
        given().auth().preemptive().basic("assistant", "demo-assistant").when()
                .delete("/api/login-locks/lockout-unlock").then().statusCode(403);
    }

    private static Response basicLogin(String user, String password, String clientAddress) {
        return given().header("X-Forwarded-For", clientAddress).auth().preemptive().basic(user, password)
                .when().get("/api/mail-failures");
    }

    private static Response basicLogin(String user, String password) {
        return given().auth().preemptive().basic(user, password).when().get("/api/mail-failures");
    }

    private static Response formLogin(String user, String password) {
        return given().redirects().follow(false).formParam("j_username", user).formParam("j_password", password)
                .when().post("/j_security_check");
    }
}
