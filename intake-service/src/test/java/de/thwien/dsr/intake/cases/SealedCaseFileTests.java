package de.thwien.dsr.intake.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import de.thwien.dsr.platform.crypto.KeyScopes;
import de.thwien.dsr.platform.keyring.KeyRing;
import de.thwien.dsr.platform.keyring.SealedFields;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.intake.CaseTables;
import de.thwien.dsr.intake.pages.FormSession;
import de.thwien.dsr.intake.retention.CaseKeyShredding;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The case file is sealed at rest with the case's data key: the table holds no address, name or message in
 * clear, the assistant still sees them, and shredding the key leaves a case that lists and opens as erased.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class SealedCaseFileTests {

    /** Far enough ahead that a case closed now is past its retention, whatever the day of the year. */
    private static final Duration FOUR_YEARS = Duration.ofDays(4 * 366);
    private static final String SEALED_PREFIX = "v1.";

    @Inject
    Pool pool;

    @Inject
    CaseKeyShredding shredding;

    @Inject
    PlaintextCaseSealing plaintextSealing;

    @Inject
    SealedFields sealedFields;

    @Inject
    KeyRing keyRing;

    @Inject
    RequesterDigest digest;

    @Test
    void theCaseRowHoldsNoAddressNameOrMessageInClearYetTheAssistantSeesThem() {
        String email = CaseTables.uniqueEmail();
        String name = "Wiltrud Verschluss";
        String message = "Bitte alles zu Kundennummer 4711-" + UUID.randomUUID() + " löschen";
        String caseId = submit(email, name, message);

        Row row = caseRow(caseId);
        assertThat(row.getString("requester_email")).startsWith(SEALED_PREFIX).doesNotContain(localPart(email));
        assertThat(row.getString("requester_name")).startsWith(SEALED_PREFIX).doesNotContain("Verschluss");
        assertThat(row.getString("message")).startsWith(SEALED_PREFIX).doesNotContain("4711");
        assertThat(row.getString("requester_email_digest")).matches("[0-9a-f]{64}").isEqualTo(digest.of(email));
        assertThat(wholeRowAsText(caseId)).doesNotContain(localPart(email)).doesNotContain("example.org")
                .doesNotContain("Wiltrud").doesNotContain("Kundennummer");

        assistant().when().get("/api/cases/" + caseId).then().statusCode(200)
                .body("requester.email", equalTo(email))
                .body("requester.name", equalTo(name))
                .body("requester.personalData", equalTo("READABLE"));
        assistant().when().get("/api/cases/" + caseId + "/file").then().statusCode(200)
                .body("message", equalTo(message))
                .body("caseView.requester.email", equalTo(email));
        assertThat(FormSession.loggedInAs("assistant", "demo-assistant").get("/dashboard/cases/" + caseId).asString())
                .contains("Wiltrud Verschluss", email);
    }

    @Test
    void afterShreddingTheCaseStillListsAndOpensAsErasedAndItsRowOpensToNothing() {
        String email = CaseTables.uniqueEmail();
        String caseId = submit(email, "Gisela Vergessen", "meine Daten bitte");
        rejectAndClose(caseId);

        assertThat(shredAt(Instant.now().plus(FOUR_YEARS))).contains(UUID.fromString(caseId));

        assistant().when().get("/api/cases?q=" + caseId).then().statusCode(200)
                .body("items[0].id", equalTo(caseId))
                .body("items[0].personalData", equalTo("ERASED"))
                .body("items[0].requesterMasked", nullValue());
        assistant().when().get("/api/cases/" + caseId).then().statusCode(200)
                .body("requester.personalData", equalTo("ERASED"))
                .body("requester.email", nullValue())
                .body("requester.name", nullValue());
        assistant().when().get("/api/cases/" + caseId + "/file").then().statusCode(200)
                .body("message", nullValue());
        FormSession dashboard = FormSession.loggedInAs("assistant", "demo-assistant");
        assertThat(dashboard.get("/dashboard/cases/" + caseId).asString()).contains("[gelöscht]")
                .doesNotContain(email);
        assertThat(dashboard.get("/dashboard/cases?q=" + caseId + "&lang=en").asString()).contains("[erased]");

        Row row = caseRow(caseId);
        assertThat(row.getString("requester_email")).startsWith(SEALED_PREFIX);
        assertThat(row.getString("requester_email_digest")).as("the digest goes with the key").isNull();
        SealedFields.ScopeCipher cipher = inSession(() -> sealedFields.forOpening(KeyScopes.ofCase(caseId)));
        assertThat(cipher.shredded()).isTrue();
        assertThat(cipher.open(CasePersonalData.EMAIL, row.getString("requester_email"))).isEmpty();
    }

    @Test
    void aPlaintextRowFromBeforeSealingIsSealedAndStaysReadable() {
        String email = CaseTables.uniqueEmail();
        String caseId = insertPlaintextRow(email, "Lotte Altbestand", "alter Antrag");
        assistant().when().get("/api/cases/" + caseId).then().statusCode(200)
                .body("requester.email", equalTo(email));

        inTransaction(plaintextSealing::sealBatch);

        Row row = caseRow(caseId);
        assertThat(row.getBoolean("personal_data_sealed")).isTrue();
        assertThat(row.getString("requester_email")).startsWith(SEALED_PREFIX).doesNotContain(localPart(email));
        assertThat(row.getString("requester_name")).startsWith(SEALED_PREFIX);
        assertThat(row.getString("message")).startsWith(SEALED_PREFIX);
        assertThat(row.getString("requester_email_digest")).isEqualTo(digest.of(email));
        assistant().when().get("/api/cases/" + caseId + "/file").then().statusCode(200)
                .body("caseView.requester.email", equalTo(email))
                .body("caseView.requester.name", equalTo("Lotte Altbestand"))
                .body("message", equalTo("alter Antrag"));
    }

    @Test
    void sealingAgainLeavesASealedRowAsItIs() {
        String caseId = insertPlaintextRow(CaseTables.uniqueEmail(), "Otto Zweimal", null);
        inTransaction(plaintextSealing::sealBatch);
        String sealedOnce = caseRow(caseId).getString("requester_email");

        inTransaction(plaintextSealing::sealBatch);

        assertThat(caseRow(caseId).getString("requester_email")).isEqualTo(sealedOnce);
    }

    @Test
    void aPlaintextRowWhoseKeyWasAlreadyShreddedLosesItsPlaintextAndShowsAsErased() {
        String email = CaseTables.uniqueEmail();
        String caseId = insertPlaintextRow(email, "Bruno Abgelaufen", "längst vorbei");
        inTransaction(() -> keyRing.destroy(KeyScopes.ofCase(caseId), Instant.now()));

        inTransaction(plaintextSealing::sealBatch);

        assertThat(wholeRowAsText(caseId)).doesNotContain(localPart(email)).doesNotContain("Bruno")
                .doesNotContain("vorbei");
        assistant().when().get("/api/cases/" + caseId).then().statusCode(200)
                .body("requester.personalData", equalTo("ERASED"));
    }

    private String insertPlaintextRow(String email, String name, String message) {
        UUID id = UUID.randomUUID();
        // as V1 to V4 wrote a case: the personal data in clear, no digest
        new CaseTables(pool).execute("insert into dsr_case (id, request_type, status, language, channel,"
                        + " requester_email, requester_name, message, received_at, received_on, due_on,"
                        + " extended_due_on, current_due_on, status_token_hash)"
                        + " values ($1, 'ACCESS', 'RECEIVED', 'de', 'WEB_FORM', $2, $3, $4, now(), current_date,"
                        + " current_date + 30, current_date + 90, current_date + 30, $5)",
                Tuple.tuple().addUUID(id).addString(email).addString(name).addString(message)
                        .addString(UUID.randomUUID().toString()));
        return id.toString();
    }

    private Row caseRow(String caseId) {
        return pool.preparedQuery("select requester_email, requester_name, message, requester_email_digest,"
                        + " personal_data_sealed from dsr_case where id = $1")
                .execute(Tuple.of(UUID.fromString(caseId))).await().indefinitely().iterator().next();
    }

    private String wholeRowAsText(String caseId) {
        return pool.preparedQuery("select row_to_json(c)::text from dsr_case c where id = $1")
                .execute(Tuple.of(UUID.fromString(caseId))).await().indefinitely().iterator().next().getString(0);
    }

    private List<UUID> shredAt(Instant now) {
        return inTransaction(() -> shredding.shredDue(now));
    }

    private static <T> T inTransaction(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(work));
        } catch (Throwable e) {
            throw new AssertionError("transaction failed", e);
        }
    }

    private static <T> T inSession(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(work));
        } catch (Throwable e) {
            throw new AssertionError("session failed", e);
        }
    }

    private static String localPart(String email) {
        return email.substring(0, email.indexOf('@'));
    }

    private static String submit(String email, String name, String message) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", CaseTables.uniqueClientAddress())
                .body(new JsonObject().put("type", "ERASURE").put("email", email).put("name", name)
                        .put("message", message).encode())
                .when().post("/api/requests")
                .then().statusCode(202).extract().path("caseId");
    }

    private static void rejectAndClose(String caseId) {
        assistant().contentType(ContentType.JSON).body("{\"reasonCode\":\"OTHER\",\"reasons\":\"withdrawn\"}")
                .when().post("/api/cases/" + caseId + "/rejection").then().statusCode(200);
        assistant().contentType(ContentType.JSON).body("{\"note\":\"done\"}")
                .when().post("/api/cases/" + caseId + "/closure").then().statusCode(200);
    }

    private static RequestSpecification assistant() {
        return given().auth().preemptive().basic("assistant", "demo-assistant");
    }
}
