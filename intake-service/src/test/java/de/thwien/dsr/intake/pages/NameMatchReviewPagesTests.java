package de.thwien.dsr.intake.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.events.EventData;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.TopicProbe;
import de.thwien.dsr.intake.CaseTables;
import de.thwien.dsr.intake.cases.DeadlineWatch;
import de.thwien.dsr.intake.dashboard.StandInServices;
import de.thwien.dsr.platform.codec.EventCodec;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Namenstreffer prüfen": a case whose access answer waits on name matches says so on the case list, the case page
 * and in the digest; the page shows each match with the words around the name, and the assistant's decisions reach
 * subject-index on her behalf, with the form's CSRF token. Her decisions are on the timeline.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class NameMatchReviewPagesTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    Pool pool;

    @Inject
    DeadlineWatch deadlineWatch;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final SubjectIndexServiceStub subjectIndex = new SubjectIndexServiceStub();

    StandInServices standIns;

    @BeforeEach
    void subjectIndexWaitsOnANameMatch() {
        standIns.index(subjectIndex);
    }

    @AfterEach
    void subjectIndexNotReachableAgain() {
        standIns.reset();
    }

    @Test
    void aCaseWaitingOnNameMatchesIsMarkedOnListPageAndDigestUntilItsAnswerIsBuilt() throws Throwable {
        String caseId = CaseTables.openCase("ACCESS");
        publish(new DiscoveryEvents.NameMatchesAwaitingReview(caseId, 1));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(attention(caseId)).containsExactly("NAME_MATCH_REVIEW"));
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        assertThat(assistant.get("/dashboard/cases?q=" + caseId).asString())
                .contains("badge NAME_MATCH_REVIEW", "Namenstreffer prüfen");
        String page = assistant.get("/dashboard/cases/" + caseId).asString();
        assertThat(page).contains("id=\"attention-NAME_MATCH_REVIEW\"", "id=\"name-matches\"", "Namenstreffer prüfen",
                "E-Mail-Postfach", "2024-05-02", "wie mit Herrn Jonas Albrecht-Weidemann besprochen",
                "/dashboard/cases/" + caseId + "/name-matches/7/confirm", "gehört zur Person",
                "/dashboard/cases/" + caseId + "/name-matches/7/reject", "gehört nicht zur Person",
                "value=\"NOT_THE_REQUESTER\"");

        LocalDate day = LocalDate.of(1990, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(7000));
        VertxContextSupport.subscribeAndAwait(() -> deadlineWatch.watch(day.atTime(8, 0).toInstant(ZoneOffset.UTC)));
        JsonNode digest = new ObjectMapper().readTree(
                new CaseTables(pool).outboxPayloads("digest-" + day, "deadline.digest-due").get(0));
        assertThat(digest.get("attention")).anySatisfy(entry -> {
            assertThat(entry.get("caseId").asText()).isEqualTo(caseId);
            assertThat(entry.get("reason").asText()).isEqualTo("NAME_MATCH_REVIEW");
        });

        publish(new DiscoveryEvents.AccessPackageReady(caseId, "de", "http://localhost/access-packages/t",
                Instant.now().plus(Duration.ofDays(30)), new Person("a@example.org", "A")));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(attention(caseId)).isEmpty());
    }

    @Test
    void decisionsArePostedWithTheCsrfTokenOnTheAssistantsBehalf() {
        String caseId = CaseTables.openCase("ACCESS");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        Response confirmed = assistant.submit(page, page + "/name-matches/7/confirm", Map.of());
        Response rejected = assistant.submit(page, page + "/name-matches/7/reject",
                Map.of("reasonCode", "NOT_THE_REQUESTER"));

        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertThat(rejected.statusCode()).isEqualTo(303);
        assertThat(subjectIndex.decisions()).filteredOn(decision -> decision.contains(caseId)).containsExactly(
                "/api/cases/" + caseId + "/name-matches/7 assistant {\"decision\":\"CONFIRMED\",\"reasonCode\":null}",
                "/api/cases/" + caseId + "/name-matches/7 assistant "
                        + "{\"decision\":\"REJECTED\",\"reasonCode\":\"NOT_THE_REQUESTER\"}");
        assertThat(assistant.post(page + "/name-matches/7/confirm", Map.of()).statusCode())
                .as("without the token").isEqualTo(400);
        assertThat(subjectIndex.decisions()).filteredOn(decision -> decision.contains(caseId)).hasSize(2);
    }

    @Test
    void aMailWithOtherPeoplesDataIsListedAndRedactedOrIncludedWithTheCsrfTokenOnTheAssistantsBehalf() {
        String caseId = CaseTables.openCase("ACCESS");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        assertThat(assistant.get(page).asString()).contains("id=\"others-data-8\"", "Angebot Gartenhaus",
                "enthält Daten Dritter (Art. 15 Abs. 4 DSGVO)", page + "/name-matches/8/redact", "schwärzen",
                page + "/name-matches/8/include", "vollständig aufnehmen");
        Response redacted = assistant.submit(page, page + "/name-matches/8/redact", Map.of());
        Response included = assistant.submit(page, page + "/name-matches/8/include", Map.of());

        assertThat(redacted.statusCode()).isEqualTo(303);
        assertThat(included.statusCode()).isEqualTo(303);
        assertThat(subjectIndex.decisions()).filteredOn(decision -> decision.contains(caseId)).containsExactly(
                "/api/cases/" + caseId + "/name-matches/8 assistant {\"decision\":\"REDACT\",\"reasonCode\":null}",
                "/api/cases/" + caseId + "/name-matches/8 assistant {\"decision\":\"INCLUDE\",\"reasonCode\":null}");
        assertThat(assistant.post(page + "/name-matches/8/redact", Map.of()).statusCode())
                .as("without the token").isEqualTo(400);
        assertThat(subjectIndex.decisions()).filteredOn(decision -> decision.contains(caseId)).hasSize(2);
    }

    @Test
    void theReviewCardsAreWordedInThePagesLanguageNotInTheConnectorsEnglish() {
        String caseId = CaseTables.openCase("ACCESS");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");

        String german = assistant.get("/dashboard/cases/" + caseId).asString();
        String english = assistant.get("/dashboard/cases/" + caseId + "?lang=en").asString();

        assertThat(german).contains("allgemeine Korrespondenz · Betreff: Lieferverzug",
                "Geschäftsbrief · Betreff: Angebot Gartenhaus").doesNotContain("Mail in INBOX");
        assertThat(english).contains("general correspondence · Subject: Lieferverzug",
                "business letter · Subject: Angebot Gartenhaus").doesNotContain("Mail in INBOX");
        assertThat(subjectIndex.reviewQueries()).as("the excerpt's field names in the page's language")
                .contains("/api/cases/" + caseId + "/name-matches?language=de",
                        "/api/cases/" + caseId + "/name-matches?language=en");
    }

    @Test
    void aNameMatchWhoseMailHoldsOtherPeoplesDataIsConfirmedRedactedOrAsStored() {
        String caseId = CaseTables.openCase("ACCESS");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        assertThat(assistant.get(page).asString()).contains(page + "/name-matches/7/confirm-redacted",
                "gehört zur Person, Daten Dritter schwärzen", page + "/name-matches/7/confirm");
        Response redacted = assistant.submit(page, page + "/name-matches/7/confirm-redacted", Map.of());

        assertThat(redacted.statusCode()).isEqualTo(303);
        assertThat(subjectIndex.decisions()).filteredOn(decision -> decision.contains(caseId)).containsExactly(
                "/api/cases/" + caseId + "/name-matches/7 assistant "
                        + "{\"decision\":\"CONFIRMED_REDACTED\",\"reasonCode\":null}");
    }

    @Test
    void theAssistantsDecisionGoesOnTheTimelineWithHerName() {
        String caseId = CaseTables.openCase("ACCESS");
        publish(new DiscoveryEvents.NameMatchDecided(caseId, "mail", "REJECTED", "NOT_THE_REQUESTER", "assistant",
                Instant.now(), 0));

        CaseTables tables = new CaseTables(pool);
        await().atMost(PATIENCE).until(() -> tables.timelineEntries(caseId, "NAME_MATCH_DECIDED") == 1);
        assertThat(tables.timeline(caseId)).anySatisfy(entry -> assertThat(entry)
                .startsWith("NAME_MATCH_DECIDED|assistant|").contains("REJECTED", "NOT_THE_REQUESTER"));
    }

    private static List<String> attention(String caseId) {
        return given().auth().preemptive().basic("assistant", "demo-assistant").get("/api/cases/" + caseId)
                .then().statusCode(200).extract().path("attention");
    }

    private void publish(EventData data) {
        EventEnvelope envelope = EventEnvelope.of("/dsr/subject-index-service", Instant.now(), data);
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            EventCodec codec = new EventCodec();
            probe.send(envelope.topic(), envelope.subject(), codec.headers(envelope), codec.encode(envelope.data()));
        }
    }
}
