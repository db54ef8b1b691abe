package de.thwien.dsr.intake.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.config.RestAssuredConfig;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A multipart body is split at its boundary; one declared without a boundary (or with an empty one) cannot be read,
 * and on body-less operations it ended in 500 (StringIndexOutOfBoundsException) before any endpoint ran.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class MultipartWithoutBoundaryTests {

    private static final RestAssuredConfig AS_SENT = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)
                    .encodeContentTypeAs("multipart/form-data", ContentType.TEXT));

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/admin/keyring/rotate | multipart/form-data; boundary=",
            "/api/admin/keyring/rotate | multipart/form-data; boundary=\"\"",
            "/api/dead-letters/1/replay | multipart/form-data; boundary=",
            "/api/requests | multipart/form-data"})
    void multipartWithoutABoundaryIsABadRequestNotAServerError(String path, String contentType) {
        given().config(AS_SENT).auth().preemptive().basic("owner", "demo-owner")
                .header("Content-Type", contentType).body("{}".getBytes(StandardCharsets.UTF_8))
                .when().post(path)
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
    }
}
