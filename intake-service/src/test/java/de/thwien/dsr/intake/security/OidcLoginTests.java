package de.thwien.dsr.intake.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.intake.CaseTables;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The test profile switches OIDC bearer tokens on, verified with a test-only public key. */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class OidcLoginTests {

    private static final String ISSUER = "https://idp.dsr.test";

    @Test
    void bearerTokenWithTheAssistantGroupSeesTheCaseList() throws Exception {
        given().auth().oauth2(token(testKey(), ISSUER, "[\"assistant\"]", Instant.now().plusSeconds(300)))
                .when().get("/api/cases")
                .then().statusCode(200);
    }

    @Test
    void actionWithABearerTokenIsAuditedWithTheTokensUsername() throws Exception {
        String caseId = CaseTables.openCase("ACCESS");

        given().auth().oauth2(token(testKey(), ISSUER, "[\"admin\"]", Instant.now().plusSeconds(300)))
                .contentType(ContentType.JSON).body("{\"note\":\"checked\"}")
                .when().post("/api/cases/" + caseId + "/notes")
                .then().statusCode(200)
                .body("timeline.find { it.kind == 'NOTE' }.actor", equalTo("sso-user"));
    }

    @Test
    void bearerTokenWithoutADashboardRoleGets403() throws Exception {
        given().auth().oauth2(token(testKey(), ISSUER, "[\"auditor\"]", Instant.now().plusSeconds(300)))
                .when().get("/api/cases")
                .then().statusCode(403);
    }

    @Test
    void expiredBearerTokenGets401() throws Exception {
        given().auth().oauth2(token(testKey(), ISSUER, "[\"assistant\"]", Instant.now().minusSeconds(3600)))
                .when().get("/api/cases")
                .then().statusCode(401);
    }

    @Test
    void bearerTokenSignedWithAnotherKeyGets401() throws Exception {
        PrivateKey otherKey = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate();

        given().auth().oauth2(token(otherKey, ISSUER, "[\"assistant\"]", Instant.now().plusSeconds(300)))
                .when().get("/api/cases")
                .then().statusCode(401);
    }

    @Test
    void bearerTokenOfAnotherIssuerGets401() throws Exception {
        given().auth().oauth2(token(testKey(), "https://evil.example", "[\"assistant\"]", Instant.now().plusSeconds(300)))
                .when().get("/api/cases")
                .then().statusCode(401);
    }

    /** A signed JWT (RS256) as an identity provider would issue it. */
    private static String token(PrivateKey key, String issuer, String groups, Instant expiresAt)
            throws GeneralSecurityException {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String header = encoder.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = encoder.encodeToString(("{\"iss\":\"" + issuer + "\",\"sub\":\"42\",\"preferred_username\":"
                + "\"sso-user\",\"groups\":" + groups + ",\"iat\":" + (now - 60) + ",\"exp\":"
                + expiresAt.getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
        return header + "." + claims + "." + encoder.encodeToString(signature.sign());
    }

    private static PrivateKey testKey() throws IOException, GeneralSecurityException {
        try (InputStream pem = OidcLoginTests.class.getResourceAsStream("/oidc/test-signing-key.pem")) {
            String base64 = new String(pem.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        }
    }
}
