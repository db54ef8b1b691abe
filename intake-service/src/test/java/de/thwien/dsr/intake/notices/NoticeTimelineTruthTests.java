package de.thwien.dsr.intake.notices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.platform.codec.EventCodec;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.NoticeEvents;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.TopicProbe;
import de.thwien.dsr.intake.CaseTables;
import de.thwien.dsr.intake.pages.FormSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The case timeline and page say what really happened: intake only asks for a verification link; whether it was
 * sent is what the notifier reports; requester text shows its invisible characters.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class NoticeTimelineTruthTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    Pool pool;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void openingACaseDoesNotRecordTheVerificationLinkAsSent() {
        String caseId = CaseTables.openCase("ACCESS");

        assertThat(new CaseTables(pool).timeline(caseId))
                .filteredOn(entry -> entry.startsWith("VERIFICATION_REQUESTED")).singleElement().asString().doesNotContainIgnoringCase("sent");
    }

    @Test
    void aVerificationLinkTheNotifierCouldNotSendShowsOnTheTimelineWithItsReason() {
        String caseId = CaseTables.openCase("ACCESS");
        EventEnvelope failed = EventEnvelope.of("/dsr/notifier-service", Instant.now(), new NoticeEvents.NoticeFailed(
                caseId, NoticeEvents.NoticeKind.VERIFICATION_LINK, UUID.randomUUID(), 1,
                "undeliverable address: NON_ASCII_LOCAL_PART", Instant.now()));

        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            EventCodec codec = new EventCodec();
            probe.send(failed.topic(), failed.subject(), codec.headers(failed), codec.encode(failed.data()));
        }

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(new CaseTables(pool).timeline(caseId))
                .filteredOn(entry -> entry.startsWith("NOTICE_FAILED"))
                .singleElement().asString().contains("VERIFICATION_LINK", "not sent", "NON_ASCII_LOCAL_PART"));
    }

    @Test
    void bidiOverridesAndZeroWidthCharactersInTheNameAreShownByCodePointOnTheCasePage() {
        String caseId = given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", CaseTables.uniqueClientAddress())
                .body(Map.of("type", "ACCESS", "email", CaseTables.uniqueEmail(),
                        "name", "Anna \u202Egro.elpmaxe@live\u202C Bei\u200Bspiel"))
                .when().post("/api/requests").then().statusCode(202).extract().path("caseId");

        String page = FormSession.loggedInAs("assistant", "demo-assistant").get("/dashboard/cases/" + caseId)
                .then().statusCode(200).extract().asString();

        assertThat(page).contains("Anna ⟨U+202E⟩gro.elpmaxe@live⟨U+202C⟩ Bei⟨U+200B⟩spiel")
                .doesNotContain("\u202E", "\u200B");
    }
}
