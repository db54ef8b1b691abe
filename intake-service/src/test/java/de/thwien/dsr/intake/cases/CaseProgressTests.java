package de.thwien.dsr.intake.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import de.thwien.dsr.events.DiscoveryEvents;
import org.assertj.core.api.AbstractDoubleAssert;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.platform.codec.EventCodec;
import de.thwien.dsr.platform.metrics.GaugeRefresher;
import de.thwien.dsr.events.EventData;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.NoticeEvents;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.MetricsScrape;
import de.thwien.dsr.infra.test.TopicProbe;
import de.thwien.dsr.intake.CaseTables;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class CaseProgressTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Person PERSON = new Person("someone@example.org", "Someone");
    private final EventCodec codec = new EventCodec();

    @Inject
    Pool pool;

    @Inject
    GaugeRefresher gauges;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void erasureCaseGoesThroughLocatedPlannedApprovedErasedAndResponded() {
        CaseTables tables = new CaseTables(pool);
        String caseId = verifiedCase(tables, "ERASURE");

        publish("/dsr/subject-index-service", located(caseId));
        await().atMost(PATIENCE).until(() -> tables.status(caseId).equals("IN_PROGRESS"));
        assertThat(tables.timeline(caseId)).anySatisfy(entry -> assertThat(entry)
                .startsWith("SUBJECT_LOCATED|subject-index-service|2 findings {crm=1, mail=1}"));

        publish("/dsr/erasure-service", new ErasureEvents.ErasurePlanned(caseId, List.of(
                planItem(ErasureEvents.PlannedAction.ERASE, false), planItem(ErasureEvents.PlannedAction.RESTRICT, true))));
        await().atMost(PATIENCE).until(() -> tables.status(caseId).equals("AWAITING_APPROVAL"));
        given().auth().preemptive().basic("assistant", "demo-assistant").when().get("/api/cases/" + caseId)
                .then().statusCode(200)
                .body("findings", startsWith("2 findings {crm=1, mail=1} in [mail, crm]"))
                .body("plan", startsWith("Erasure plan {ERASE=1, RESTRICT=1}, 1 need approval"));

        publish("/dsr/erasure-service", new ErasureEvents.RecordsErased(caseId, RequestType.ERASURE, "de", List.of(),
                List.of(), List.of(), List.of(), List.of(), PERSON));
        await().atMost(PATIENCE).until(() -> tables.timelineEntries(caseId, "RECORDS_ERASED") == 1);
        assertThat(tables.status(caseId)).isEqualTo("IN_PROGRESS");

        publish("/dsr/notifier-service", new NoticeEvents.NoticeSent(caseId, NoticeEvents.NoticeKind.ERASURE_CONFIRMATION,
                UUID.randomUUID(), "<c@test>", Instant.now(), PERSON));
        await().atMost(PATIENCE).until(() -> tables.status(caseId).equals("RESPONDED"));
        given().auth().preemptive().basic("assistant", "demo-assistant").when().get("/api/cases/" + caseId)
                .then().statusCode(200)
                .body("notices.detail", hasItem(startsWith("Notice ERASURE_CONFIRMATION sent")));
    }

    @Test
    void aPortabilityCaseFromReceiptToAnswerShowsInTheDomainMetrics() {
        CaseTables tables = new CaseTables(pool);
        MetricsScrape before = refreshedScrape();

        String caseId = CaseTables.openCase("PORTABILITY");
        await().atMost(PATIENCE).untilAsserted(() -> {
            MetricsScrape opened = refreshedScrape();
            assertThat(opened.value("dsr_cases_open", "status=AWAITING_VERIFICATION", "type=PORTABILITY"))
                    .isEqualTo(before.value("dsr_cases_open", "status=AWAITING_VERIFICATION", "type=PORTABILITY") + 1);
            assertThat(opened.value("dsr_verifications_pending"))
                    .isEqualTo(before.value("dsr_verifications_pending") + 1);
        });
        given().when().post("/api/verification/" + tables.verificationToken(caseId)).then().statusCode(200);
        publish("/dsr/notifier-service", new NoticeEvents.NoticeSent(caseId, NoticeEvents.NoticeKind.PORTABILITY_ANSWER,
                UUID.randomUUID(), "<m@test>", Instant.now(), PERSON));
        await().atMost(PATIENCE).until(() -> tables.status(caseId).equals("RESPONDED"));

        await().atMost(PATIENCE).untilAsserted(() -> {
            MetricsScrape answered = refreshedScrape();
            // answered within a day: counted, and in the first bucket
            assertSeries(answered, "dsr_case_answer_time_seconds_count", "type=PORTABILITY")
                    .isEqualTo(before.value("dsr_case_answer_time_seconds_count", "type=PORTABILITY") + 1);
            assertSeries(answered, "dsr_case_answer_time_seconds_bucket", "type=PORTABILITY", "le=86400.0")
                    .isEqualTo(before.value("dsr_case_answer_time_seconds_bucket", "type=PORTABILITY", "le=86400.0") + 1);
            for (String status : List.of("AWAITING_VERIFICATION", "VERIFIED")) {
                assertSeries(answered, "dsr_cases_open", "status=" + status, "type=PORTABILITY")
                        .isEqualTo(before.value("dsr_cases_open", "status=" + status, "type=PORTABILITY"));
            }
            assertSeries(answered, "dsr_verifications_pending").isEqualTo(before.value("dsr_verifications_pending"));
            // due in a month: neither overdue nor due within 7 days at any point
            assertSeries(answered, "dsr_cases_overdue").isEqualTo(before.value("dsr_cases_overdue"));
            assertSeries(answered, "dsr_cases_due_within_7_days")
                    .isEqualTo(before.value("dsr_cases_due_within_7_days"));
            assertSeries(answered, "dsr_verifications_expired").isEqualTo(before.value("dsr_verifications_expired"));
            // every event published, none failed
            assertSeries(answered, "dsr_outbox_backlog", "service=intake-service").isZero();
            assertSeries(answered, "dsr_outbox_oldest_unsent_age_seconds", "service=intake-service").isZero();
            assertSeries(answered, "dsr_inbox_dead_letters_total", "service=intake-service", "topic=dsr.notices")
                    .isEqualTo(before.value("dsr_inbox_dead_letters_total", "service=intake-service",
                            "topic=dsr.notices"));
            assertSeries(answered, "dsr_inbox_retries_total", "service=intake-service", "topic=dsr.notices")
                    .isEqualTo(before.value("dsr_inbox_retries_total", "service=intake-service", "topic=dsr.notices"));
        });
    }

    private static AbstractDoubleAssert<?> assertSeries(MetricsScrape scrape, String name, String... labels) {
        return assertThat(scrape.value(name, labels)).as("%s %s in the scrape:%s", name, List.of(labels), scrape);
    }

    private MetricsScrape refreshedScrape() {
        gauges.refreshNow().await().atMost(PATIENCE);
        return MetricsScrape.now();
    }

    @Test
    void accessCaseIsRespondedWhenTheAnswerIsSent() {
        CaseTables tables = new CaseTables(pool);
        String caseId = verifiedCase(tables, "ACCESS");

        publish("/dsr/subject-index-service", located(caseId));
        publish("/dsr/subject-index-service", new DiscoveryEvents.AccessPackageReady(caseId, "de",
                "http://localhost/p/1", Instant.now().plusSeconds(3600), PERSON));
        await().atMost(PATIENCE).until(() -> tables.timelineEntries(caseId, "ACCESS_PACKAGE_READY") == 1);
        publish("/dsr/notifier-service", new NoticeEvents.NoticeSent(caseId, NoticeEvents.NoticeKind.ACCESS_ANSWER,
                UUID.randomUUID(), "<a@test>", Instant.now(), PERSON));

        await().atMost(PATIENCE).until(() -> tables.status(caseId).equals("RESPONDED"));
    }

    @Test
    void portabilityCaseIsRespondedWhenTheExportIsReadyAndItsAnswerSent() {
        CaseTables tables = new CaseTables(pool);
        String caseId = verifiedCase(tables, "PORTABILITY");

        publish("/dsr/subject-index-service", located(caseId));
        publish("/dsr/subject-index-service", new DiscoveryEvents.PortabilityPackageReady(caseId, "de",
                "http://localhost/p/2", Instant.now().plusSeconds(3600), PERSON, List.of("crm", "mail"), List.of(),
                Map.of("crm", 1, "mail", 1)));
        await().atMost(PATIENCE).until(() -> tables.timelineEntries(caseId, "PORTABILITY_PACKAGE_READY") == 1);
        assertThat(tables.status(caseId)).isEqualTo("IN_PROGRESS");
        publish("/dsr/notifier-service", new NoticeEvents.NoticeSent(caseId,
                NoticeEvents.NoticeKind.PORTABILITY_ANSWER, UUID.randomUUID(), "<p@test>", Instant.now(), PERSON));

        await().atMost(PATIENCE).until(() -> tables.status(caseId).equals("RESPONDED"));
    }

    @Test
    void eventTheStatusDoesNotExpectIsRecordedAndTheStatusKept() {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("ERASURE");

        publish("/dsr/erasure-service", new ErasureEvents.RecordsErased(caseId, RequestType.ERASURE, "de", List.of(),
                List.of(), List.of(), List.of(), List.of(), PERSON));

        await().atMost(PATIENCE).until(() -> tables.timelineEntries(caseId, "RECORDS_ERASED") == 1);
        assertThat(tables.status(caseId)).isEqualTo("AWAITING_VERIFICATION");
        assertThat(tables.timeline(caseId)).anySatisfy(entry -> assertThat(entry)
                .contains("(status AWAITING_VERIFICATION kept)"));
    }

    @Test
    void eventOfAnUnknownCaseIsSkippedAndTheConsumerMovesOn() {
        CaseTables tables = new CaseTables(pool);
        String caseId = verifiedCase(tables, "ACCESS");

        publish("/dsr/subject-index-service", located(UUID.randomUUID().toString()));
        publish("/dsr/subject-index-service", located(caseId));

        await().atMost(PATIENCE).until(() -> tables.status(caseId).equals("IN_PROGRESS"));
    }

    @Test
    void timelineEntriesCanNeitherBeChangedNorDeleted() {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("ACCESS");
        Tuple id = Tuple.of(UUID.fromString(caseId));

        assertThatThrownBy(() -> tables.execute("update case_timeline_entry set detail = 'x' where case_id = $1", id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> tables.execute("delete from case_timeline_entry where case_id = $1", id))
                .hasMessageContaining("append-only");
        assertThat(tables.timelineEntries(caseId, "REQUEST_RECEIVED")).isEqualTo(1);
    }

    private static String verifiedCase(CaseTables tables, String type) {
        String caseId = CaseTables.openCase(type);
        given().when().post("/api/verification/" + tables.verificationToken(caseId)).then().statusCode(200);
        return caseId;
    }

    private static DiscoveryEvents.SubjectLocated located(String caseId) {
        Finding mail = new Finding("mail", "INBOX/1/7", List.of("email"), "commercial-letter", LocalDate.now(),
                "Art. 6(1)(b) GDPR", Finding.MatchStrength.STRONG, "a mail");
        Finding crm = new Finding("crm", "contact/12", List.of("name", "email"), "general-correspondence",
                LocalDate.now(), "Art. 6(1)(b) GDPR", Finding.MatchStrength.STRONG, "a contact");
        return new DiscoveryEvents.SubjectLocated(caseId, RequestType.ERASURE, "de", List.of("mail", "crm"),
                List.of(), new DiscoveryEvents.Located(PERSON, List.of(mail, crm)));
    }

    private static ErasureEvents.PlanItem planItem(ErasureEvents.PlannedAction action, boolean needsApproval) {
        return new ErasureEvents.PlanItem("crm", "contact/12", "general-correspondence", action, null,
                "Art. 17(1)(a) GDPR", "no longer needed", needsApproval, null, ErasureEvents.ReasonCode.NO_HOLD,
                List.of());
    }

    private void publish(String source, EventData data) {
        EventEnvelope envelope = EventEnvelope.of(source, Instant.now(), data);
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            probe.send(envelope.topic(), envelope.subject(), codec.headers(envelope), codec.encode(data));
        }
    }
}
