package de.thwien.dsr.intake.requests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import de.thwien.dsr.events.Topics;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class RequestSubmissionTests {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void validRequestOpensACaseAndAnswers202WithAStatusLink() {
        given().contentType(ContentType.JSON)
                .body("{\"type\":\"ACCESS\",\"email\":\"erika@example.org\",\"name\":\"Erika\",\"language\":\"de\"}")
                .when().post("/api/requests")
                .then().statusCode(202)
                .body("caseId", notNullValue())
                .body("statusUrl", startsWith("http://localhost/status/"));
    }

    @Test
    void requestReceivedReachesKafkaWithCloudEventsHeadersAndTheCaseIdAsKey() {
        String caseId = given().contentType(ContentType.JSON)
                .body("{\"type\":\"ERASURE\",\"email\":\"max@example.org\",\"language\":\"en\"}")
                .when().post("/api/requests")
                .then().statusCode(202).extract().path("caseId");

        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            ConsumerRecord<String, String> record = await().atMost(Duration.ofSeconds(30))
                    .until(() -> probe.readAll(Topics.CASES).stream()
                            .filter(r -> caseId.equals(r.key())).findFirst().orElse(null), r -> r != null);

            assertThat(TopicProbe.header(record, "ce_type")).isEqualTo("de.thwien.dsr.request.received.v1");
            assertThat(TopicProbe.header(record, "ce_subject")).isEqualTo(caseId);
            assertThat(TopicProbe.header(record, "ce_source")).isEqualTo("/dsr/intake-service");
            assertThat(TopicProbe.header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(TopicProbe.header(record, "ce_id")).isNotBlank();
            assertThat(record.value()).contains("\"requestType\":\"ERASURE\"").contains("\"language\":\"en\"");
        }
    }

    @Test
    void malformedJsonGetsAProblem400() {
        given().contentType(ContentType.JSON).body("{\"type\": \"ACCESS\", \"email\": ")
                .when().post("/api/requests")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Bad Request"));
    }

    @Test
    void unknownRequestTypeGetsAProblem400NamingTheField() {
        given().contentType(ContentType.JSON).body("{\"type\":\"DESTROY\",\"email\":\"a@example.org\"}")
                .when().post("/api/requests")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("type"))
                .body("detail", containsString("one of: ACCESS, ERASURE"))
                .body("detail", org.hamcrest.Matchers.not(containsString("DESTROY")));
    }

    @Test
    void aFieldNamedTwiceGetsAProblem400InsteadOfTheLastValue() {
        given().contentType(ContentType.JSON)
                .body("{\"type\":\"ACCESS\",\"email\":\"twice@example.org\",\"type\":\"ERASURE\"}")
                .when().post("/api/requests")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("names the field 'type' twice"));
    }

    @Test
    void aSecondJsonValueAfterTheBodyGetsAProblem400() {
        given().contentType(ContentType.JSON)
                .body("{\"type\":\"ACCESS\",\"email\":\"glued@example.org\"}"
                        + "{\"type\":\"ERASURE\",\"email\":\"glued@example.org\"}")
                .when().post("/api/requests")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("content after its JSON value"));
    }

    @Test
    void aMisspeltFieldGetsAProblem400NamingItInsteadOfBeingDropped() {
        given().contentType(ContentType.JSON)
                .body("{\"type\":\"RESTRICTION\",\"email\":\"misspelt@example.org\","
                        + "\"restriction_ground\":\"UNLAWFUL_PROCESSING\"}")
                .when().post("/api/requests")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("does not know: 'restriction_ground'"))
                .body("detail", containsString("restrictionGround"));
    }

    @Test
    void unclassifiedIsNoKindOfRequestARequesterCanAskFor() {
        given().contentType(ContentType.JSON)
                .body("{\"type\":\"UNCLASSIFIED\",\"email\":\"unclassified@example.org\"}")
                .when().post("/api/requests")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("type"));
    }

    @Test
    void aRestrictionGroundOnAnotherRequestTypeIsAViolation() {
        given().contentType(ContentType.JSON)
                .body("{\"type\":\"ACCESS\",\"email\":\"ground@example.org\","
                        + "\"restrictionGround\":\"UNLAWFUL_PROCESSING\"}")
                .when().post("/api/requests")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("restrictionGround"))
                .body("violations.message", hasItem("only a RESTRICTION request has a restrictionGround"));
    }

    @Test
    void missingAndInvalidFieldsAreListedAsViolations() {
        given().contentType(ContentType.JSON).body("{\"email\":\"not-an-address\",\"language\":\"fr\"}")
                .when().post("/api/requests")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("type"))
                .body("violations.field", hasItem("email"))
                .body("violations.field", hasItem("language"));
    }

    @Test
    void missingBodyGetsAProblem400() {
        given().contentType(ContentType.JSON)
                .when().post("/api/requests")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void bodyOver64KibGets413() {
        String huge = "{\"type\":\"ACCESS\",\"email\":\"a@example.org\",\"message\":\"" + "x".repeat(70_000) + "\"}";

        given().contentType(ContentType.JSON).body(huge)
                .when().post("/api/requests")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    @Test
    void wrongContentTypeGetsAProblem415() {
        given().contentType(ContentType.TEXT).body("type=ACCESS")
                .when().post("/api/requests")
                .then().statusCode(415)
                .contentType("application/problem+json");
    }
}
