package de.thwien.dsr.erasure.jobs;

import static io.restassured.RestAssured.given;
import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.connectors.spi.OperatorTask;
import de.thwien.dsr.erasure.testing.ErasureEventsProbe;
import de.thwien.dsr.erasure.testing.InMemoryRecordStores;
import de.thwien.dsr.erasure.testing.InMemoryRecordStores.StoreCallGate;
import de.thwien.dsr.erasure.testing.MovableClock;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.ErasureEvents.OperatorTaskKind;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Finding.MatchStrength;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class DeferredErasureTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    InMemoryRecordStores stores;

    @Inject
    MovableClock clock;

    @Inject
    DeferredErasureJob job;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private ErasureEventsProbe events;
    private final String caseId = UUID.randomUUID().toString();

    @BeforeEach
    void openProbe() {
        events = new ErasureEventsProbe(bootstrapServers);
    }

    @AfterEach
    void closeProbeAndResetClock() {
        events.close();
        clock.reset();
    }

    private String ref(String name) {
        return name + ":" + caseId;
    }

    private Finding strong(String store, String name, String category, String date) {
        stores.add(ref(name));
        return new Finding(store, ref(name), List.of("name"), category, parse(date), "Art. 6(1)(b) GDPR",
                MatchStrength.STRONG, "test record");
    }

    private JsonPath plan() {
        return given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/erasure-plan")
                .then().extract().jsonPath();
    }

    private void awaitPlanCompleted() {
        await().atMost(PATIENCE).until(() -> given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/erasure-plan").statusCode() == 200
                && "COMPLETED".equals(plan().getString("status")));
    }

    @Test
    void heldRecordsAreErasedByTheJobWhenTheirHoldsEndWithoutHumanAction() {
        events.subjectLocated(caseId, RequestType.ERASURE, List.of(
                strong("crm", "invoice-2019", "accounting-voucher", "2019-06-10"),
                strong("mail", "business-mail-2022", "commercial-letter", "2022-04-04"),
                strong("crm", "partner", "customer-master-data", "2018-01-01")), List.of());
        awaitPlanCompleted();
        assertThat(stores.restrictedUntil(ref("invoice-2019"))).isEqualTo(parse("2027-12-31"));

        clock.moveTo(parse("2028-01-02"));

        await().atMost(PATIENCE).until(() -> !stores.contains(ref("invoice-2019")));
        assertThat(stores.contains(ref("business-mail-2022"))).isTrue();
        assertThat(stores.contains(ref("partner"))).isTrue();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                plan().getString("items.find { it.reference == '" + ref("invoice-2019") + "' }.execution"))
                .isEqualTo("ERASED"));

        clock.moveTo(parse("2029-01-02"));

        await().atMost(PATIENCE).until(() -> !stores.contains(ref("business-mail-2022")) && !stores.contains(ref("partner")));
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(events.erasureEventsOf(caseId, ErasureEvents.RestrictionLifted.class))
                    .extracting(ErasureEvents.RestrictionLifted::reference)
                    .containsExactlyInAnyOrder(ref("invoice-2019"), ref("business-mail-2022"), ref("partner"));
            List<ErasureEvents.RecordsErased> confirmations =
                    events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class);
            assertThat(confirmations).hasSizeGreaterThanOrEqualTo(3);
            assertThat(confirmations.get(1).records()).extracting(ErasureEvents.ErasedRecord::reference)
                    .containsExactly(ref("invoice-2019"));
            assertThat(confirmations.get(1).restricted()).hasSize(2);
            assertThat(confirmations.get(1).personal().email()).isEqualTo("kunde@example.org");
        });
        assertThat(plan().getList("items.execution")).containsOnly("ERASED");
    }

    @Test
    void aRecordAWithdrawalLeavesInUseIsErasedOnTheDayItsAnswerGivesWithoutBeingRestricted() throws Throwable {
        // a 2019 invoice after a consent withdrawal: kept on its own basis, "wird ab dem 1. Januar 2028 gelöscht"
        events.subjectLocated(caseId, RequestType.CONSENT_WITHDRAWAL, List.of(
                strong("crm", "continuing-invoice", "accounting-voucher", "2019-06-10")), List.of());
        awaitPlanCompleted();
        String invoice = "items.find { it.reference == '" + ref("continuing-invoice") + "' }";
        assertThat(plan().getString(invoice + ".execution")).isEqualTo("KEPT");
        assertThat(plan().getString(invoice + ".erasableFrom")).isEqualTo("2028-01-01");
        assertThat(stores.restrictedUntil(ref("continuing-invoice"))).isNull();

        clock.moveTo(parse("2027-12-31"));
        VertxContextSupport.subscribeAndAwait(() -> job.runOnce());
        assertThat(stores.contains(ref("continuing-invoice"))).isTrue();

        clock.moveTo(parse("2028-01-01"));

        await().atMost(PATIENCE).until(() -> !stores.contains(ref("continuing-invoice")));
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(plan().getString(invoice + ".execution")).isEqualTo("ERASED");
            List<ErasureEvents.RecordsErased> confirmations =
                    events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class);
            assertThat(confirmations).hasSize(2);
            // erased because its storage period ended, not because of the withdrawal; it was never restricted
            assertThat(confirmations.get(1).records()).singleElement().satisfies(erased -> {
                assertThat(erased.reference()).isEqualTo(ref("continuing-invoice"));
                assertThat(erased.storagePeriodEnded()).isTrue();
            });
        });
        assertThat(events.erasureEventsOf(caseId, ErasureEvents.RestrictionLifted.class)).isEmpty();
    }

    @Test
    void aVoucherMailAWithdrawalLeavesInUseLosesItsBodyWhenTheLetterEndsAndTheRestWhenTheInvoiceEnds() {
        // a 2021 mail with an invoice: the letter's 6 years end with 2027, the voucher's 8 years with 2029
        stores.add(ref("continuing-voucher-mail"));
        Finding mail = new Finding("mail", ref("continuing-voucher-mail"), List.of("email", "message-content"),
                "accounting-voucher", parse("2021-03-15"), "Art. 6(1)(b) GDPR", MatchStrength.STRONG,
                "mail with an invoice", List.of(new Finding.Part(Finding.PartKind.BODY, "commercial-letter"),
                        new Finding.Part(Finding.PartKind.ATTACHMENTS, "accounting-voucher")));
        events.subjectLocated(caseId, RequestType.CONSENT_WITHDRAWAL, List.of(mail), List.of());
        awaitPlanCompleted();
        String item = "items.find { it.reference == '" + ref("continuing-voucher-mail") + "' }";
        assertThat(plan().getString(item + ".execution")).isEqualTo("KEPT");

        clock.moveTo(parse("2028-01-01"));

        String stripped = ref("continuing-voucher-mail") + InMemoryRecordStores.STRIPPED;
        await().atMost(PATIENCE).until(() -> stores.contains(stripped)
                && !stores.contains(ref("continuing-voucher-mail")));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(plan().getString(
                "items.find { it.reference == '" + stripped + "' }.execution")).isEqualTo("KEPT"));

        clock.moveTo(parse("2030-01-01"));

        await().atMost(PATIENCE).until(() -> !stores.contains(stripped));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(plan().getString(
                "items.find { it.reference == '" + stripped + "' }.execution")).isEqualTo("ERASED"));
    }

    @Test
    void anErasureAfterTheHoldRecordsItsOperatorTasksNamesThemInTheConfirmationAndSparesTheRecordsStillHeld() {
        OperatorTask purge = new OperatorTask(OperatorTaskKind.PURGE_RECORDING_MEDIA, "conference",
                "bbb-record --delete rec-" + caseId);
        stores.leavesOperatorTasks(ref("held-account"), purge);
        events.subjectLocated(caseId, RequestType.ERASURE, List.of(
                strong("conference", "held-account", "accounting-voucher", "2019-06-10"),
                strong("conference", "recording-held-longer", "commercial-letter", "2022-04-04")), List.of());
        awaitPlanCompleted();

        clock.moveTo(parse("2028-01-02"));

        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(plan().getString("items.find { it.reference == '" + ref("held-account") + "' }.execution"))
                        .isEqualTo("ERASED"));
        assertThat(stores.sparedWhenErased(ref("held-account"))).containsExactly(ref("recording-held-longer"));
        JsonPath plan = plan();
        assertThat(plan.getList("operatorTasks.instruction")).containsExactly("bbb-record --delete rec-" + caseId);
        assertThat(plan.getLong("operatorTasks[0].itemId")).isEqualTo(
                plan.getLong("items.find { it.reference == '" + ref("held-account") + "' }.id"));
        await().atMost(PATIENCE).untilAsserted(() -> {
            List<ErasureEvents.RecordsErased> confirmations =
                    events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class);
            assertThat(confirmations).hasSize(2);
            assertThat(confirmations.get(1).operatorTasks()).containsExactly(new ErasureEvents.OpenOperatorTask(
                    "conference", ref("held-account"), OperatorTaskKind.PURGE_RECORDING_MEDIA));
        });
    }

    @Test
    void aVoucherMailLosesItsBodyWhenTheLetterHoldEndsAndTheRestWhenTheVoucherHoldEnds() {
        // LEGAL.md §3: a business letter (6 years) carrying an invoice (8 years), of March 2021
        String restricted = ref("voucher-mail-in-restricted-folder");
        String stripped = restricted + InMemoryRecordStores.STRIPPED;
        stores.add(ref("voucher-mail"));
        stores.movesWhenRestricted(ref("voucher-mail"), restricted);
        events.subjectLocated(caseId, RequestType.ERASURE, List.of(new Finding("mail", ref("voucher-mail"),
                List.of("email", "message-content"), "accounting-voucher", parse("2021-03-15"), "Art. 6(1)(b) GDPR",
                MatchStrength.STRONG, "mail with an invoice", List.of(
                        new Finding.Part(Finding.PartKind.BODY, "commercial-letter"),
                        new Finding.Part(Finding.PartKind.ATTACHMENTS, "accounting-voucher")))), List.of());
        awaitPlanCompleted();
        assertThat(stores.restrictedUntil(restricted)).isEqualTo(parse("2029-12-31"));
        assertThat(plan().getString("items[0].earlierPart.kind")).isEqualTo("BODY");
        assertThat(plan().getString("items[0].earlierPart.erasableFrom")).isEqualTo("2028-01-01");

        clock.moveTo(parse("2028-01-02"));

        await().atMost(PATIENCE).until(() -> stores.contains(stripped));
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(plan().getString("items[0].reference")).isEqualTo(stripped);
            assertThat(plan().getString("items[0].earlierPart.erasedAt")).isNotNull();
        });
        assertThat(plan().getString("items[0].execution")).isEqualTo("RESTRICTED");
        assertThat(stores.contains(restricted)).isFalse();
        assertThat(stores.restrictedUntil(stripped)).isEqualTo(parse("2029-12-31"));

        clock.moveTo(parse("2030-01-02"));

        await().atMost(PATIENCE).until(() -> !stores.contains(stripped));
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(plan().getString("items[0].execution")).isEqualTo("ERASED"));
        assertThat(plan().getString("items[0].proof")).contains("BODY gone").contains("record gone");
        assertThat(stores.partErasureCount(restricted)).isEqualTo(1);
        List<String> audit = given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/erasure-plan/audit")
                .then().statusCode(200).extract().jsonPath().getList("action");
        assertThat(audit).containsSubsequence("RESTRICTED", "PART_ERASED_AFTER_HOLD", "ERASED_AFTER_HOLD");
    }

    @Test
    void aVoucherMailWhoseLetterHoldEndedBeforeThePlanLosesItsBodyWhenThePlanRunsNotByTheNextDeferredRun() {
        // LEGAL.md §3: a 2018 mail; its body (a business letter) was erasable from 1 Jan 2025, its invoice from 2027
        String restricted = ref("old-voucher-mail-in-restricted-folder");
        String stripped = restricted + InMemoryRecordStores.STRIPPED;
        stores.add(ref("old-voucher-mail"));
        stores.movesWhenRestricted(ref("old-voucher-mail"), restricted);
        events.subjectLocated(caseId, RequestType.ERASURE, List.of(new Finding("mail", ref("old-voucher-mail"),
                List.of("email", "message-content"), "accounting-voucher", parse("2018-05-14"), "Art. 6(1)(b) GDPR",
                MatchStrength.STRONG, "mail with an invoice", List.of(
                        new Finding.Part(Finding.PartKind.BODY, "commercial-letter"),
                        new Finding.Part(Finding.PartKind.ATTACHMENTS, "accounting-voucher")))), List.of());

        awaitPlanCompleted();

        JsonPath plan = plan();
        assertThat(plan.getString("items[0].execution")).isEqualTo("RESTRICTED");
        assertThat(plan.getString("items[0].reference")).isEqualTo(stripped);
        assertThat(plan.getString("items[0].earlierPart.erasedAt")).isNotNull();
        assertThat(plan.getString("items[0].earlierPart.proof")).contains("BODY gone");
        assertThat(plan.getString("items[0].proof")).contains("restricted in mail").contains("BODY gone");
        assertThat(stores.contains(restricted)).isFalse();
        assertThat(stores.restrictedUntil(stripped)).isEqualTo(parse("2026-12-31"));
        List<String> audit = given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/erasure-plan/audit")
                .then().statusCode(200).extract().jsonPath().getList("action");
        assertThat(audit).containsSubsequence("RESTRICTED", "PART_ERASED", "PLAN_COMPLETED")
                .doesNotContain("PART_ERASED_AFTER_HOLD");
        // the confirmation says the body was erased (with its time), not that it "will be erased from today"
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class)).isNotEmpty());
        ErasureEvents.RestrictedRecord confirmed = events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class)
                .get(0).restricted().get(0);
        assertThat(confirmed.reference()).isEqualTo(stripped);
        assertThat(confirmed.parts()).filteredOn(part -> part.kind() == Finding.PartKind.BODY).singleElement()
                .satisfies(body -> assertThat(body.erasedAt()).isNotNull());
        assertThat(confirmed.parts()).filteredOn(part -> part.kind() == Finding.PartKind.ATTACHMENTS)
                .singleElement().satisfies(attachment -> {
                    assertThat(attachment.erasedAt()).isNull();
                    assertThat(attachment.erasableFrom()).isEqualTo(parse("2027-01-01"));
                });
    }

    @Test
    void aRestrictedRecordThatMovedIsErasedAtItsNewPlaceWhenTheHoldEnds() {
        stores.movesWhenRestricted(ref("moving-mail"), ref("moving-mail-in-restricted-folder"));
        events.subjectLocated(caseId, RequestType.ERASURE,
                List.of(strong("mail", "moving-mail", "commercial-letter", "2022-04-04")), List.of());
        awaitPlanCompleted();
        assertThat(stores.restrictedUntil(ref("moving-mail-in-restricted-folder"))).isEqualTo(parse("2028-12-31"));
        assertThat(plan().getString("items[0].reference")).isEqualTo(ref("moving-mail-in-restricted-folder"));

        clock.moveTo(parse("2029-01-02"));

        await().atMost(PATIENCE).until(() -> !stores.contains(ref("moving-mail-in-restricted-folder")));
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(plan().getString("items[0].execution")).isEqualTo("ERASED"));
        assertThat(stores.erasureCount(ref("moving-mail"))).isZero();
    }

    @Test
    void aRestrictedMailThatMovedIsAnnouncedWithWhereItWasFoundAndWhereItIsNow() {
        String found = ref("announced-mail");
        String moved = ref("announced-mail-in-restricted-folder");
        stores.movesWhenRestricted(found, moved);
        events.subjectLocated(caseId, RequestType.ERASURE, List.of(
                strong("crm", "announced-invoice", "accounting-voucher", "2019-06-10"),
                strong("mail", "announced-mail", "commercial-letter", "2022-04-04")), List.of());
        awaitPlanCompleted();

        // the subject index moves the mail's entries from where it was found to the restricted folder at once
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                events.erasureEventsOf(caseId, ErasureEvents.RecordsRestricted.class)).hasSize(1));
        assertThat(events.erasureEventsOf(caseId, ErasureEvents.RecordsRestricted.class).get(0).records())
                .extracting(r -> r.store() + " " + r.referenceBefore() + " -> " + r.reference())
                .containsExactlyInAnyOrder("mail " + found + " -> " + moved,
                        "crm null -> " + ref("announced-invoice"));

        clock.moveTo(parse("2028-01-02"));

        // the invoice's hold ended: the confirmation names the mail, still restricted, with both places again
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class)).hasSize(2));
        ErasureEvents.RecordsErased afterHold = events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class).get(1);
        assertThat(afterHold.records()).extracting(ErasureEvents.ErasedRecord::reference)
                .containsExactly(ref("announced-invoice"));
        assertThat(afterHold.restricted()).singleElement().satisfies(mail -> {
            assertThat(mail.referenceBefore()).isEqualTo(found);
            assertThat(mail.reference()).isEqualTo(moved);
        });
    }

    @Test
    void runningTheJobAgainErasesNothingTwice() throws Throwable {
        events.subjectLocated(caseId, RequestType.ERASURE,
                List.of(strong("crm", "twice-invoice", "accounting-voucher", "2019-06-10")), List.of());
        awaitPlanCompleted();
        clock.moveTo(parse("2028-01-02"));

        await().atMost(PATIENCE).until(() -> !stores.contains(ref("twice-invoice")));
        VertxContextSupport.subscribeAndAwait(() -> job.runOnce());
        VertxContextSupport.subscribeAndAwait(() -> job.runOnce());

        assertThat(stores.erasureCount(ref("twice-invoice"))).isEqualTo(1);
        // the event leaves through the outbox relay, a moment after the store was erased
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                events.erasureEventsOf(caseId, ErasureEvents.RestrictionLifted.class)).hasSize(1));
    }

    @Test
    void pinWhileTheErasureAfterTheHoldIsRunningIsRefusedAndTheRecordIsReportedErasedAsItIs() throws Exception {
        events.subjectLocated(caseId, RequestType.ERASURE,
                List.of(strong("crm", "erasing-invoice", "accounting-voucher", "2019-06-10")), List.of());
        awaitPlanCompleted();
        Object itemId = plan().get("items[0].id");
        StoreCallGate erasing = stores.holdNextWriteTo(ref("erasing-invoice"));
        clock.moveTo(parse("2028-01-02"));
        // the job claimed the deferred erasure and the store erases the record right now
        assertThat(erasing.awaitEntered(PATIENCE.toSeconds())).isTrue();

        given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body("{\"until\":\"2030-12-31\",\"reason\":\"§147(3) AO: assessment 2019 still open\"}")
                .when().post("/api/cases/" + caseId + "/erasure-plan/items/" + itemId + "/pin")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", Matchers.containsString("erasure after the hold is running"));
        erasing.open();

        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(plan().getString("items[0].execution")).isEqualTo("ERASED"));
        assertThat(stores.contains(ref("erasing-invoice"))).isFalse();
        assertThat(plan().getString("items[0].holdUntil")).isEqualTo("2027-12-31");
        assertThat(plan().getString("items[0].pinnedReason")).isNull();
    }

    @Test
    void aFileTaskOfAnErasureAfterTheHoldSurvivesALostAnswerAndIsListedOnceAfterTheRetry() {
        OperatorTask file = OperatorTask.removeFile("crm", "/var/lib/odoo/filestore/thwien/c1/c1-" + caseId);
        stores.leavesFileTasks(ref("held-attachment"), file);
        events.subjectLocated(caseId, RequestType.ERASURE,
                List.of(strong("crm", "held-attachment", "accounting-voucher", "2019-06-10")), List.of());
        awaitPlanCompleted();
        // the store deletes the row, then the job's answer is lost (a crash before the outcome is recorded)
        stores.loseNextAnswerTo(ref("held-attachment"));
        clock.moveTo(parse("2028-01-02"));

        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(plan().getString("items[0].execution")).isEqualTo("ERASED"));
        assertThat(stores.erasureCount(ref("held-attachment"))).isEqualTo(2);
        assertThat(plan().getList("operatorTasks.instruction")).containsExactly(file.instruction());
    }

    @Test
    void failingStoreLeavesTheDeferredErasureScheduledForTheNextRun() {
        events.subjectLocated(caseId, RequestType.ERASURE,
                List.of(strong("crm", "flaky-invoice", "accounting-voucher", "2019-06-10")), List.of());
        awaitPlanCompleted();
        stores.failNext(ref("flaky-invoice"), 2);
        clock.moveTo(parse("2028-01-02"));

        // the store erases before the job records it: the plan is the later of the two
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(plan().getString("items[0].execution")).isEqualTo("ERASED"));
        assertThat(stores.contains(ref("flaky-invoice"))).isFalse();
        assertThat(stores.erasureCount(ref("flaky-invoice"))).isEqualTo(1);
    }

    @Test
    void aStoreThatRefusesTheErasureIsHandedToTheAssistantAfterBoundedAttemptsInsteadOfRetriedForever()
            throws Throwable {
        events.subjectLocated(caseId, RequestType.ERASURE,
                List.of(strong("crm", "blocked-invoice", "accounting-voucher", "2019-06-10")), List.of());
        awaitPlanCompleted();
        stores.refuseErasureOf(ref("blocked-invoice"));
        clock.moveTo(parse("2028-01-02"));

        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(plan().getString("items[0].attention")).contains("refused"));
        assertThat(stores.refusalCount(ref("blocked-invoice"))).isEqualTo(3); // dsr.erasure.deferred.max-refusals
        assertThat(plan().getString("items[0].execution")).isEqualTo("RESTRICTED");
        JsonPath jobs = given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/jobs")
                .then().statusCode(200).extract().jsonPath();
        assertThat(jobs.getList("needingAttention.reference")).contains(ref("blocked-invoice"));
        assertThat(jobs.getString("needingAttention.find { it.reference == '" + ref("blocked-invoice")
                + "' }.lastError")).contains("erasure blocked");

        VertxContextSupport.subscribeAndAwait(() -> job.runOnce());
        assertThat(stores.refusalCount(ref("blocked-invoice"))).isEqualTo(3);
        assertThat(stores.contains(ref("blocked-invoice"))).isTrue();
        assertThat(events.erasureEventsOf(caseId, ErasureEvents.RestrictionLifted.class)).isEmpty();
    }

    @Test
    void assistantSeesUpcomingErasuresByMonthAndTheLastRuns() {
        events.subjectLocated(caseId, RequestType.ERASURE,
                List.of(strong("crm", "upcoming-invoice", "accounting-voucher", "2021-03-03")), List.of());
        awaitPlanCompleted();

        JsonPath jobs = given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/jobs")
                .then().statusCode(200).extract().jsonPath();

        assertThat(jobs.getList("upcoming.month")).contains("2030-01");
        assertThat(jobs.getList("lastRuns.job")).contains("deferred-erasure");
        given().auth().preemptive().basic("auditor", "demo-auditor").when().get("/api/jobs").then().statusCode(403);
        given().when().get("/api/jobs").then().statusCode(401);
    }
}
