package de.thwien.dsr.intake.requests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.intake.CaseTables;
import de.thwien.dsr.intake.cases.RequesterDigest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The test profile allows 5 requests per client address and 2 per e-mail address per hour. */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class WebFormHardeningTests {

    @Inject
    Pool pool;

    @Inject
    RequesterDigest digest;

    private static io.restassured.response.ValidatableResponse submit(String clientAddress, String email) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", clientAddress)
                .body("{\"type\":\"ACCESS\",\"email\":\"" + email + "\"}")
                .when().post("/api/requests").then();
    }

    @Test
    void sixthRequestFromOneClientAddressGets429WithRetryAfter() {
        String client = CaseTables.uniqueClientAddress();
        for (int i = 0; i < 5; i++) {
            submit(client, CaseTables.uniqueEmail()).statusCode(202);
        }

        submit(client, CaseTables.uniqueEmail())
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(429));
        submit(CaseTables.uniqueClientAddress(), CaseTables.uniqueEmail()).statusCode(202);
    }

    @Test
    void thirdRequestForOneEmailAddressGets429EvenFromOtherClients() {
        String email = CaseTables.uniqueEmail();
        submit(CaseTables.uniqueClientAddress(), email).statusCode(202);
        submit(CaseTables.uniqueClientAddress(), email.toUpperCase()).statusCode(202);

        String retryAfter = submit(CaseTables.uniqueClientAddress(), email)
                .statusCode(429).contentType("application/problem+json")
                .body("detail", containsString("try again"))
                .extract().header("Retry-After");
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 3600L);
        assertThat(casesOf(email)).isEqualTo(2);
    }

    @Test
    void filledHoneypotLooksAcceptedButOpensNoCase() {
        String email = CaseTables.uniqueEmail();

        given().contentType(ContentType.JSON).header("X-Forwarded-For", CaseTables.uniqueClientAddress())
                .body("{\"type\":\"ACCESS\",\"email\":\"" + email + "\",\"website\":\"http://spam.example\"}")
                .when().post("/api/requests")
                .then().statusCode(202).body("statusUrl", notNullValue());

        assertThat(casesOf(email)).isZero();
    }

    private long casesOf(String email) {
        // the address itself is sealed per case: count by its digest
        return pool.preparedQuery("select count(*) from dsr_case where requester_email_digest = $1")
                .execute(Tuple.of(digest.of(email))).await().indefinitely().iterator().next().getLong(0);
    }
}
