package de.thwien.dsr.intake.verification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;

import de.thwien.dsr.events.Topics;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.OtherInstance;
import de.thwien.dsr.infra.test.TopicProbe;
import de.thwien.dsr.intake.CaseTables;
import de.thwien.dsr.intake.cases.DeadlineWatch;
import de.thwien.dsr.platform.jobs.SingleInstanceJob;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class VerificationTests {

    @Inject
    Pool pool;

    @Inject
    IdentityVerifications verifications;

    @Inject
    VerificationJobs jobs;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void newCaseAwaitsVerificationAndAsksForALinkValidForSevenDays() {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("ACCESS");

        assertThat(tables.status(caseId)).isEqualTo("AWAITING_VERIFICATION");
        assertThat(tables.outboxPayloads(caseId, "verification.requested")).singleElement()
                .satisfies(payload -> assertThat(payload).contains("\"verificationUrl\":\"http://localhost/api/verification/"));
        String token = tables.verificationToken(caseId);
        assertThat(tables.outboxPayloads(caseId, "verification.requested").get(0)).doesNotContain(
                "tokenHash");
        given().accept("application/json").when().get("/api/verification/" + token)
                .then().statusCode(200)
                .body("state", equalTo("PENDING"))
                .body("requestType", equalTo("ACCESS"));
    }

    @Test
    void onlyTheHashOfTheTokenIsStored() {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("ACCESS");
        String token = tables.verificationToken(caseId);

        long rawTokenRows = pool.preparedQuery("select count(*) from verification_token where token_hash = $1")
                .execute(Tuple.of(token)).await().indefinitely().iterator().next().getLong(0);
        long hashedRows = pool.preparedQuery("select count(*) from verification_token where case_id = $1")
                .execute(Tuple.of(UUID.fromString(caseId))).await().indefinitely().iterator().next().getLong(0);
        assertThat(rawTokenRows).isZero();
        assertThat(hashedRows).isEqualTo(1);
    }

    @Test
    void linkClickPublishesIdentityVerifiedOnKafka() {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("ERASURE");
        String token = tables.verificationToken(caseId);

        given().when().post("/api/verification/" + token)
                .then().statusCode(200).body("status", equalTo("VERIFIED"));

        assertThat(tables.status(caseId)).isEqualTo("VERIFIED");
        assertThat(tables.timeline(caseId)).anySatisfy(entry ->
                assertThat(entry).startsWith("IDENTITY_VERIFIED|requester|"));
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(probe.readAll(Topics.CASES))
                    .filteredOn(record -> caseId.equals(record.key()))
                    .filteredOn(record -> "de.thwien.dsr.identity.verified.v1".equals(TopicProbe.header(record, "ce_type")))
                    .singleElement()
                    .satisfies(record -> assertThat(record.value()).contains("\"method\":\"EMAIL_LINK\"")));
        }
    }

    @Test
    void reusedLinkGetsAClear409AndNoSecondEvent() {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("ACCESS");
        String token = tables.verificationToken(caseId);
        given().when().post("/api/verification/" + token).then().statusCode(200);

        given().when().post("/api/verification/" + token)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("title", equalTo("Link already used"))
                .body("detail", containsString("already been used"));
        given().accept("text/html").when().get("/api/verification/" + token)
                .then().statusCode(200).body(containsString("bereits verwendet"));
        assertThat(tables.outboxEvents(caseId, "identity.verified")).isEqualTo(1);
    }

    @Test
    void expiredLinkGetsAClear410AndNoEvent() {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("ACCESS");
        String token = tables.verificationToken(caseId);
        tables.execute("update identity_verification set expires_at = now() - interval '1 minute' where case_id = $1",
                Tuple.of(UUID.fromString(caseId)));

        given().when().post("/api/verification/" + token)
                .then().statusCode(410)
                .contentType("application/problem+json")
                .body("title", equalTo("Link expired"))
                .body("detail", containsString("expired"));
        given().accept("application/json").when().get("/api/verification/" + token)
                .then().statusCode(200).body("state", equalTo("EXPIRED"));
        assertThat(tables.outboxEvents(caseId, "identity.verified")).isZero();
        assertThat(tables.status(caseId)).isEqualTo("AWAITING_VERIFICATION");
    }

    @Test
    void unknownLinkGets404() {
        given().when().post("/api/verification/" + "x".repeat(43))
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void expiryJobMovesTheCaseToVerificationExpiredAndKeepsTheDueDate() throws Throwable {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("ACCESS");
        String dueBefore = dueOn(caseId);
        tables.execute("update identity_verification set expires_at = now() - interval '1 minute' where case_id = $1",
                Tuple.of(UUID.fromString(caseId)));

        VertxContextSupport.subscribeAndAwait(() -> verifications.expire(Instant.now()));

        assertThat(tables.status(caseId)).isEqualTo("VERIFICATION_EXPIRED");
        assertThat(dueOn(caseId)).isEqualTo(dueBefore);
        assertThat(tables.timeline(caseId)).anySatisfy(entry -> assertThat(entry).startsWith("VERIFICATION_EXPIRED|system|"));
        given().when().post("/api/verification/" + tables.verificationToken(caseId)).then().statusCode(410);
    }

    @Test
    void reminderAfterThreeDaysCarriesANewLinkThatWorksOnce() throws Throwable {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("CONSENT_WITHDRAWAL");
        String firstToken = tables.verificationToken(caseId);
        tables.execute("update identity_verification set requested_at = now() - interval '3 days 1 minute' "
                + "where case_id = $1", Tuple.of(UUID.fromString(caseId)));

        VertxContextSupport.subscribeAndAwait(() -> verifications.sendReminders(Instant.now()));
        VertxContextSupport.subscribeAndAwait(() -> verifications.sendReminders(Instant.now()));

        assertThat(tables.outboxPayloads(caseId, "verification.reminder-due")).as("one reminder only").hasSize(1);
        String reminderToken = CaseTables.tokenIn(tables.outboxPayloads(caseId, "verification.reminder-due").get(0));
        assertThat(reminderToken).isNotEqualTo(firstToken);
        given().when().post("/api/verification/" + reminderToken).then().statusCode(200);
        given().when().post("/api/verification/" + firstToken).then().statusCode(409);
        assertThat(tables.outboxEvents(caseId, "identity.verified")).isEqualTo(1);
    }

    @Test
    void reminderWaitsWhileAnotherInstanceRunsTheVerificationJobsButNotForItsDeadlineWatch() throws Throwable {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("ACCESS");
        tables.execute("update identity_verification set requested_at = now() - interval '3 days 1 minute' "
                + "where case_id = $1", Tuple.of(UUID.fromString(caseId)));

        try (OtherInstance other = OtherInstance.running(SingleInstanceJob.named(VerificationJobs.JOB, pool), pool)) {
            VertxContextSupport.subscribeAndAwait(() -> jobs.run());
            assertThat(tables.outboxEvents(caseId, "verification.reminder-due")).as("skipped").isZero();
        }
        try (OtherInstance watching = OtherInstance.running(SingleInstanceJob.named(DeadlineWatch.JOB, pool), pool)) {
            VertxContextSupport.subscribeAndAwait(() -> jobs.run());
        }

        assertThat(tables.outboxEvents(caseId, "verification.reminder-due")).isEqualTo(1);
    }

    @Test
    void freshLinkGetsNoReminder() throws Throwable {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("ACCESS");

        VertxContextSupport.subscribeAndAwait(() -> verifications.sendReminders(Instant.now()));

        assertThat(tables.outboxEvents(caseId, "verification.reminder-due")).isZero();
    }

    @Test
    void verifiedRepeatOfAnOpenRequestIsLinkedToTheEarlierCaseNotMerged() {
        CaseTables tables = new CaseTables(pool);
        String email = CaseTables.uniqueEmail();
        String earlier = CaseTables.openCase("ACCESS", email);
        given().when().post("/api/verification/" + tables.verificationToken(earlier)).then().statusCode(200);
        String repeat = CaseTables.openCase("ACCESS", email.toUpperCase());

        given().when().post("/api/verification/" + tables.verificationToken(repeat)).then().statusCode(200);

        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + repeat)
                .then().statusCode(200)
                .body("duplicateOf", equalTo(earlier))
                .body("status", equalTo("VERIFIED"));
        assertThat(tables.timelineEntries(earlier, "DUPLICATE_LINKED")).isEqualTo(1);
        assertThat(tables.status(earlier)).isEqualTo("VERIFIED");
    }

    @Test
    void requestOfAnotherTypeIsNoDuplicate() {
        CaseTables tables = new CaseTables(pool);
        String email = CaseTables.uniqueEmail();
        String access = CaseTables.openCase("ACCESS", email);
        given().when().post("/api/verification/" + tables.verificationToken(access)).then().statusCode(200);
        String erasure = CaseTables.openCase("ERASURE", email);

        given().when().post("/api/verification/" + tables.verificationToken(erasure)).then().statusCode(200);

        assertThat(tables.timelineEntries(erasure, "DUPLICATE_LINKED")).isZero();
    }

    private String dueOn(String caseId) {
        return pool.preparedQuery("select current_due_on::text from dsr_case where id = $1")
                .execute(Tuple.of(UUID.fromString(caseId))).await().indefinitely().iterator().next().getString(0);
    }
}
