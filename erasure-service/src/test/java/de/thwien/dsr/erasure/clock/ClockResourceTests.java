package de.thwien.dsr.erasure.clock;

import static io.restassured.RestAssured.given;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Outside the local profile the clock cannot be moved from outside. */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class ClockResourceTests {

    @Test
    void clockCannotBeMovedWhereItIsNotAdjustable() {
        given().auth().preemptive().basic("owner", "demo-owner")
                .when().post("/api/clock/advance?by=P3650D")
                .then().statusCode(404);
    }

    @Test
    void movingTheClockNeedsTheAdminRole() {
        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/clock/advance?by=P1D")
                .then().statusCode(403);
    }
}
