package de.thwien.dsr.erasure.plans;

import static io.restassured.RestAssured.given;
import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.erasure.testing.ErasureEventsProbe;
import de.thwien.dsr.erasure.testing.InMemoryConferenceRecordings;
import de.thwien.dsr.erasure.testing.InMemoryRecordStores;
import de.thwien.dsr.erasure.testing.MovableClock;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Finding.MatchStrength;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.RestrictionEnd;
import de.thwien.dsr.events.RestrictionGround;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A restriction the requester asked for (Art. 18 GDPR) through erasure-service on the in-memory stores: planned and
 * executed like an erasure plan, its answer waiting for the ground, its lift waiting for the Art. 18(3) notice.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class RestrictionRequestTests {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Person ERIKA = new Person("erika@example.org", "Erika Mustermann");

    @Inject
    InMemoryRecordStores stores;

    @Inject
    InMemoryConferenceRecordings recordings;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private ErasureEventsProbe events;
    private final String caseId = UUID.randomUUID().toString();

    @BeforeEach
    void openProbe() {
        events = new ErasureEventsProbe(bootstrapServers);
    }

    @AfterEach
    void closeProbe() {
        events.close();
    }

    private String ref(String name) {
        return name + ":" + caseId;
    }

    private Finding finding(String store, String name, String category, String date) {
        stores.add(ref(name));
        return new Finding(store, ref(name), List.of("name", "email"), category, parse(date), "Art. 6(1)(b) GDPR",
                MatchStrength.STRONG, "test record");
    }

    @Test
    void herRecordsAreRestrictedUntilLiftedAndTheAnswerNamesTheGroundSheGave() {
        List<Finding> findings = List.of(finding("mail", "mail-1", "commercial-letter", "2025-05-05"),
                finding("crm", "invoice-1", "accounting-voucher", "2019-06-10"));
        events.requestReceived(caseId, RequestType.RESTRICTION, ERIKA, RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS);
        events.subjectLocated(caseId, caseId, RequestType.RESTRICTION, ERIKA, findings, List.of());

        ErasureEvents.RecordsErased answer = firstAnswer();
        assertThat(answer.requestType()).isEqualTo(RequestType.RESTRICTION);
        assertThat(answer.restrictionGround()).isEqualTo(RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS);
        assertThat(answer.records()).as("nothing erased").isEmpty();
        assertThat(answer.restricted()).extracting(ErasureEvents.RestrictedRecord::reference)
                .containsExactlyInAnyOrder(ref("mail-1"), ref("invoice-1"));
        assertThat(answer.restricted()).allSatisfy(record -> {
            assertThat(record.holdUntil()).as("no end date").isNull();
            assertThat(record.erasableFrom()).isNull();
            assertThat(record.reasonCode()).isEqualTo(ErasureEvents.ReasonCode.RESTRICTION_REQUESTED);
        });
        assertThat(stores.restrictedUntil(ref("mail-1"))).as("restricted in the store").isNotNull();
        assertThat(stores.restrictedUntil(ref("invoice-1"))).isNotNull();
        assertThat(stores.contains(ref("invoice-1"))).as("nothing erased, not even after a hold").isTrue();
    }

    @Test
    void onLegalClaimsHerMasterDataStillNeededForTheContractStaysInUseAndTheAnswerSaysWhyAnEndedOnesIsRestricted() {
        // Art. 18(1)(c) presumes that we no longer need the data: the assistant checks the records of the relationship
        List<Finding> findings = List.of(finding("crm", "partner-7", "customer-master-data", "2020-05-06"),
                finding("conference", "account-7", "conference-account", "2023-01-10"),
                finding("mail", "mail-9", "commercial-letter", "2025-05-05"));
        events.requestReceived(caseId, RequestType.RESTRICTION, ERIKA, RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS);
        await().atMost(PATIENCE).until(() -> "NEEDED_FOR_LEGAL_CLAIMS".equals(restriction().getString("ground")));
        events.subjectLocated(caseId, caseId, RequestType.RESTRICTION, ERIKA, findings, List.of());
        await().atMost(PATIENCE).until(() -> plan().getList("items").size() == 3);
        await().atMost(PATIENCE).until(() -> stores.restrictedUntil(ref("mail-9")) != null);
        assertThat(stores.restrictedUntil(ref("partner-7"))).as("not restricted before the check").isNull();
        assertThat(stores.restrictedUntil(ref("account-7"))).isNull();
        assertThat(events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class)).as("the answer waits").isEmpty();

        given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body("{\"reasonCode\":\"OTHER\",\"reason\":\"Ihr Wartungsvertrag läuft bis Ende 2027; für ihn"
                        + " benötigen wir Ihre Kundendaten weiterhin.\"}")
                .when().post("/api/cases/" + caseId + "/erasure-plan/items/" + itemId("partner-7") + "/decline")
                .then().statusCode(200);
        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/cases/" + caseId + "/erasure-plan/items/" + itemId("account-7") + "/approve")
                .then().statusCode(200);

        ErasureEvents.RecordsErased answer = firstAnswer();
        assertThat(answer.restricted()).extracting(ErasureEvents.RestrictedRecord::reference)
                .containsExactlyInAnyOrder(ref("mail-9"), ref("account-7"));
        assertThat(answer.restricted()).extracting(ErasureEvents.RestrictedRecord::reasonCode)
                .containsOnly(ErasureEvents.ReasonCode.RESTRICTION_REQUESTED);
        assertThat(answer.kept()).singleElement().satisfies(kept -> {
            assertThat(kept.reference()).isEqualTo(ref("partner-7"));
            assertThat(kept.reasonCode()).isEqualTo(ErasureEvents.ReasonCode.DECLINED);
            assertThat(kept.reason()).contains("Wartungsvertrag");
        });
        assertThat(stores.restrictedUntil(ref("partner-7"))).as("still in use").isNull();
        assertThat(stores.restrictedUntil(ref("account-7"))).isNotNull();
    }

    /** Her answer (the first records.erased of the case), once it came. */
    private ErasureEvents.RecordsErased firstAnswer() {
        await().atMost(PATIENCE).until(() -> !events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class)
                .isEmpty());
        return events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class).get(0);
    }

    private Object itemId(String name) {
        return plan().getList("items", java.util.Map.class).stream()
                .filter(item -> ref(name).equals(item.get("reference"))).findFirst().orElseThrow().get("id");
    }

    @Test
    void aLetterTheAssistantSetToARestrictionKeepsTheGroundSheReadInIt() {
        List<Finding> findings = List.of(finding("mail", "mail-7", "commercial-letter", "2025-05-05"));
        events.requestReceived(caseId, RequestType.UNCLASSIFIED, ERIKA);
        events.requestClassified(caseId, RequestType.RESTRICTION, ERIKA, RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS);
        events.subjectLocated(caseId, caseId, RequestType.RESTRICTION, ERIKA, findings, List.of());

        ErasureEvents.RecordsErased answer = firstAnswer();
        assertThat(answer.requestType()).isEqualTo(RequestType.RESTRICTION);
        assertThat(answer.restrictionGround()).isEqualTo(RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS);
        assertThat(answer.restricted()).extracting(ErasureEvents.RestrictedRecord::reference)
                .containsExactly(ref("mail-7"));
    }

    @Test
    void aNameOnlyMatchTheAssistantConfirmsIsRestrictedAtHerRequestAndNoHoldMovesHerMasterData() {
        stores.add(ref("mention-1"));
        List<Finding> findings = List.of(finding("crm", "partner-1", "customer-master-data", "2020-05-06"),
                finding("mail", "mail-4", "commercial-letter", "2025-05-05"),
                new Finding("mail", ref("mention-1"), List.of("name"), "commercial-letter", parse("2025-06-03"),
                        "Art. 6(1)(f) GDPR", MatchStrength.WEAK, "a mail naming her"));
        events.requestReceived(caseId, RequestType.RESTRICTION, ERIKA, RestrictionGround.UNLAWFUL_PROCESSING);
        events.subjectLocated(caseId, caseId, RequestType.RESTRICTION, ERIKA, findings, List.of());
        await().atMost(PATIENCE).until(() -> plan().getList("items").size() == 3);
        Object byName = plan().getList("items", java.util.Map.class).stream()
                .filter(item -> ref("mention-1").equals(item.get("reference"))).findFirst().orElseThrow().get("id");

        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/cases/" + caseId + "/erasure-plan/items/" + byName + "/approve")
                .then().statusCode(200);

        await().atMost(PATIENCE).until(() -> "COMPLETED".equals(plan().getString("status")));
        assertThat(plan().getList("items.reasonCode", String.class)).as("all three restricted at her request")
                .containsOnly("RESTRICTION_REQUESTED");
        assertThat(plan().getList("items.holdUntil")).as("no hold of its own, none moved onto her master data")
                .containsOnlyNulls();
        assertThat(restriction().getInt("restricted")).isEqualTo(3);
        String audit = given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/erasure-plan/audit").then().statusCode(200).extract()
                .asString();
        assertThat(audit).doesNotContain("MASTER_DATA_HOLD");

        stateEnd("REQUEST_WITHDRAWN", "Sie hat ihren Antrag auf Einschränkung schriftlich zurückgenommen.")
                .then().statusCode(200);
        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/cases/" + caseId + "/restriction/lift").then().statusCode(200);
        await().atMost(PATIENCE).until(() -> !events.erasureEventsOf(caseId,
                ErasureEvents.RestrictionLiftAnnounced.class).isEmpty());
        assertThat(events.erasureEventsOf(caseId, ErasureEvents.RestrictionLiftAnnounced.class).get(0).records())
                .extracting(ErasureEvents.RestrictedRecord::reference)
                .containsExactlyInAnyOrder(ref("partner-1"), ref("mail-4"), ref("mention-1"));
        events.noticeSent(caseId, NoticeKind.RESTRICTION_LIFT_NOTICE, Instant.now());
        await().atMost(PATIENCE).until(() -> restriction().getInt("lifted") == 3);
        assertThat(stores.restrictedUntil(ref("partner-1"))).isNull();
        assertThat(stores.restrictedUntil(ref("mention-1"))).isNull();
    }

    @Test
    void withoutAGroundTheRecordsAreRestrictedButTheAnswerWaitsUntilTheAssistantChoosesIt() {
        events.subjectLocated(caseId, caseId, RequestType.RESTRICTION, ERIKA,
                List.of(finding("mail", "mail-2", "commercial-letter", "2025-05-05")), List.of());

        await().atMost(PATIENCE).until(() -> stores.restrictedUntil(ref("mail-2")) != null
                && "RESTRICTED".equals(plan().getString("items[0].execution")));
        assertThat(restriction().getString("ground")).isNull();
        assertThat(plan().getString("status")).as("her answer waits for the ground").isEqualTo("OPEN");
        assertThat(events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class)).isEmpty();
        // her record is restricted: the lift is refused because her answer is not out, not for want of a restriction
        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/cases/" + caseId + "/restriction/lift")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("RestrictionAnswerPending"))
                .body("detail", org.hamcrest.Matchers.containsString("her records are restricted (1)"));

        given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body("{\"ground\":\"ACCURACY_CONTESTED\"}")
                .when().put("/api/cases/" + caseId + "/restriction/ground")
                .then().statusCode(200);

        assertThat(firstAnswer().restrictionGround())
                .isEqualTo(RestrictionGround.ACCURACY_CONTESTED);
        assertThat(plan().getString("status")).isEqualTo("COMPLETED");
        // her answer is out with its ground: it cannot change any more
        given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body("{\"ground\":\"OBJECTION_PENDING\"}")
                .when().put("/api/cases/" + caseId + "/restriction/ground")
                .then().statusCode(409);
    }

    @Test
    void whenHerRequestArrivesAfterHerRecordsWereRestrictedItsGroundCompletesThePlan() {
        // request.received and subject.located travel on two topics: the located records may come first
        events.subjectLocated(caseId, caseId, RequestType.RESTRICTION, ERIKA,
                List.of(finding("mail", "mail-5", "commercial-letter", "2025-05-05")), List.of());
        await().atMost(PATIENCE).until(() -> "RESTRICTED".equals(plan().getString("items[0].execution")));
        assertThat(plan().getString("status")).isEqualTo("OPEN");

        events.requestReceived(caseId, RequestType.RESTRICTION, ERIKA, RestrictionGround.OBJECTION_PENDING);

        assertThat(firstAnswer().restrictionGround())
                .isEqualTo(RestrictionGround.OBJECTION_PENDING);
        assertThat(plan().getString("status")).isEqualTo("COMPLETED");
    }

    @Test
    void aGroundThatIsNoneOfArticle18IsRefusedWithAProblem() {
        given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body("{\"ground\":\"BECAUSE\"}")
                .when().put("/api/cases/" + caseId + "/restriction/ground")
                .then().statusCode(400);
    }

    @Test
    void theLiftChangesNoStoreBeforeTheNoticeToHerWasSentAndThenLiftsEachRecordWithProof() {
        events.requestReceived(caseId, RequestType.RESTRICTION, ERIKA, RestrictionGround.UNLAWFUL_PROCESSING);
        events.subjectLocated(caseId, caseId, RequestType.RESTRICTION, ERIKA,
                List.of(finding("mail", "mail-3", "commercial-letter", "2025-05-05"),
                        finding("conference", "recording-3", "conference-recording", "2026-11-20")), List.of());
        await().atMost(PATIENCE).until(() -> "COMPLETED".equals(plan().getString("status")));
        // Art. 18(1)(b): she asked for restriction instead of erasure; only she ends it
        assertThat(restriction().getBoolean("liftable")).isFalse();
        assertThat(restriction().getBoolean("liftWaitsForEnd")).isTrue();
        assertThat(restriction().getList("endsStatable", String.class))
                .containsExactly("REQUEST_WITHDRAWN", "CONSENT_GIVEN");
        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/cases/" + caseId + "/restriction/lift")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("RestrictionWithdrawalMissing"));
        assertThat(restriction().getString("liftAnnouncedAt")).as("nothing announced").isNull();
        stateEnd("REQUEST_WITHDRAWN", "Sie hat ihren Antrag auf Einschränkung am Telefon zurückgenommen.")
                .then().statusCode(200);
        assertThat(restriction().getBoolean("liftable")).isTrue();

        JsonPath announced = given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/cases/" + caseId + "/restriction/lift")
                .then().statusCode(200).extract().jsonPath();
        assertThat(announced.getString("liftAnnouncedAt")).isNotNull();
        assertThat(announced.getString("liftNoticeSentAt")).isNull();
        await().atMost(PATIENCE).until(() -> !events.erasureEventsOf(caseId,
                ErasureEvents.RestrictionLiftAnnounced.class).isEmpty());
        ErasureEvents.RestrictionLiftAnnounced announcement = events.erasureEventsOf(caseId,
                ErasureEvents.RestrictionLiftAnnounced.class).get(0);
        assertThat(announcement.ground()).isEqualTo(RestrictionGround.UNLAWFUL_PROCESSING);
        assertThat(announcement.records()).extracting(ErasureEvents.RestrictedRecord::reference)
                .containsExactlyInAnyOrder(ref("mail-3"), ref("recording-3"));
        assertThat(announcement.end()).isEqualTo(RestrictionEnd.REQUEST_WITHDRAWN);
        assertThat(announcement.personal().person()).isEqualTo(ERIKA);
        assertThat(announcement.personal().overridingGrounds()).isNull();
        // asked twice: one notice, one lift
        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/cases/" + caseId + "/restriction/lift").then().statusCode(409);

        // several executor runs pass; without the notice nothing is lifted
        String marker = UUID.randomUUID().toString();
        stores.add(ref(marker));
        events.subjectLocated(marker, marker, RequestType.ERASURE, ERIKA,
                List.of(new Finding("mail", ref(marker), List.of("email"), "general-correspondence",
                        LocalDate.parse("2025-01-01"), "Art. 6(1)(b) GDPR", MatchStrength.STRONG, "marker")),
                List.of());
        await().atMost(PATIENCE).until(() -> !stores.contains(ref(marker)));
        assertThat(stores.restrictedUntil(ref("mail-3"))).as("still restricted before the notice").isNotNull();
        assertThat(events.erasureEventsOf(caseId, ErasureEvents.RestrictionLifted.class)).isEmpty();

        events.noticeSent(caseId, NoticeKind.RESTRICTION_LIFT_NOTICE, Instant.now());

        await().atMost(PATIENCE).until(() -> events.erasureEventsOf(caseId, ErasureEvents.RestrictionLifted.class)
                .size() == 2);
        assertThat(stores.restrictedUntil(ref("mail-3"))).isNull();
        assertThat(stores.restrictedUntil(ref("recording-3"))).isNull();
        assertThat(plan().getList("items.execution", String.class)).containsOnly("LIFTED");
        assertThat(plan().getList("items.proof", String.class)).allSatisfy(proof ->
                assertThat(proof).startsWith("restriction lifted in "));
        JsonPath view = restriction();
        assertThat(view.getInt("lifted")).isEqualTo(2);
        assertThat(view.getInt("restricted")).isZero();
        assertThat(view.getString("liftNoticeSentAt")).isNotNull();
        assertThat(view.getBoolean("liftable")).isFalse();
        String audit = given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/erasure-plan/audit").then().statusCode(200).extract()
                .asString();
        assertThat(audit).contains("LIFT_ANNOUNCED", "LIFT_NOTICE_SENT", "LIFTED");
        assertThat(audit.indexOf("LIFT_NOTICE_SENT")).as("the notice before any lift")
                .isLessThan(audit.indexOf("\"LIFTED\""));
    }

    @Test
    void aRecordWhoseStoragePeriodEndedWhileRestrictedIsErasedInsteadOfLiftedBackIntoUse() {
        // a 2016 business letter: its 6-year hold ended on 31 Dec 2022; the 2025 letter's runs until 2031
        events.requestReceived(caseId, RequestType.RESTRICTION, ERIKA, RestrictionGround.UNLAWFUL_PROCESSING);
        events.subjectLocated(caseId, caseId, RequestType.RESTRICTION, ERIKA,
                List.of(finding("mail", "letter-2016", "commercial-letter", "2016-04-04"),
                        finding("mail", "letter-2025", "commercial-letter", "2025-05-05")), List.of());
        await().atMost(PATIENCE).until(() -> "COMPLETED".equals(plan().getString("status")));
        stateEnd("REQUEST_WITHDRAWN", "Sie hat ihren Antrag auf Einschränkung schriftlich zurückgenommen.")
                .then().statusCode(200);
        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/cases/" + caseId + "/restriction/lift").then().statusCode(200);

        await().atMost(PATIENCE).until(() -> !events.erasureEventsOf(caseId,
                ErasureEvents.RestrictionLiftAnnounced.class).isEmpty());
        ErasureEvents.RestrictionLiftAnnounced announcement = events.erasureEventsOf(caseId,
                ErasureEvents.RestrictionLiftAnnounced.class).get(0);
        assertThat(announcement.records()).extracting(ErasureEvents.RestrictedRecord::reference,
                        ErasureEvents.RestrictedRecord::reasonCode)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ref("letter-2016"), ErasureEvents.ReasonCode.ERASED_AFTER_HOLD),
                        org.assertj.core.groups.Tuple.tuple(ref("letter-2025"),
                                ErasureEvents.ReasonCode.RESTRICTION_REQUESTED));
        assertThat(stores.contains(ref("letter-2016"))).as("nothing changes before her notice").isTrue();

        events.noticeSent(caseId, NoticeKind.RESTRICTION_LIFT_NOTICE, Instant.now());

        await().atMost(PATIENCE).until(() -> !stores.contains(ref("letter-2016")));
        await().atMost(PATIENCE).until(() -> stores.restrictedUntil(ref("letter-2025")) == null);
        assertThat(stores.contains(ref("letter-2025"))).as("lifted back into use").isTrue();
        await().atMost(PATIENCE).until(() -> !events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class)
                .stream().filter(erased -> !erased.records().isEmpty()).toList().isEmpty());
        assertThat(events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class).stream()
                .flatMap(erased -> erased.records().stream()).toList())
                .extracting(ErasureEvents.ErasedRecord::reference).containsExactly(ref("letter-2016"));
        String audit = given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/erasure-plan/audit").then().statusCode(200).extract()
                .asString();
        assertThat(audit).contains("ERASED_INSTEAD_OF_LIFTED", "LIFTED");
    }

    @Test
    void aVoucherMailWhoseLetterPeriodEndedGoesBackIntoUseWithoutItsBodyErasedWithProofBeforeTheLift() {
        // LEGAL.md §3: June 2019, its body a business letter (held to 2025), its invoice a voucher (held to 2027);
        // March 2021: both periods run, so it goes back whole
        events.requestReceived(caseId, RequestType.RESTRICTION, ERIKA, RestrictionGround.UNLAWFUL_PROCESSING);
        events.subjectLocated(caseId, caseId, RequestType.RESTRICTION, ERIKA,
                List.of(voucherMail("old-voucher-mail", "2019-06-10"),
                        voucherMail("recent-voucher-mail", "2021-03-15")), List.of());
        await().atMost(PATIENCE).until(() -> "COMPLETED".equals(plan().getString("status")));
        stateEnd("REQUEST_WITHDRAWN", "Sie hat ihren Antrag auf Einschränkung schriftlich zurückgenommen.")
                .then().statusCode(200);
        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/cases/" + caseId + "/restriction/lift").then().statusCode(200);

        await().atMost(PATIENCE).until(() -> !events.erasureEventsOf(caseId,
                ErasureEvents.RestrictionLiftAnnounced.class).isEmpty());
        java.util.Map<String, ErasureEvents.RestrictedRecord> told = new java.util.HashMap<>();
        events.erasureEventsOf(caseId, ErasureEvents.RestrictionLiftAnnounced.class).get(0).records()
                .forEach(r -> told.put(r.reference(), r));
        ErasureEvents.RestrictedRecord old = told.get(ref("old-voucher-mail"));
        assertThat(old.reasonCode()).as("lifted, not erased").isEqualTo(ErasureEvents.ReasonCode.RESTRICTION_REQUESTED);
        assertThat(old.parts()).filteredOn(part -> part.kind() == Finding.PartKind.BODY).singleElement()
                .satisfies(body -> {
                    assertThat(body.retentionCategory()).isEqualTo("commercial-letter");
                    assertThat(body.erasableFrom()).isNotNull();
                });
        assertThat(told.get(ref("recent-voucher-mail")).parts()).isEmpty();
        assertThat(stores.partErasureCount(ref("old-voucher-mail"))).as("nothing changes before her notice")
                .isZero();

        events.noticeSent(caseId, NoticeKind.RESTRICTION_LIFT_NOTICE, Instant.now());

        String stripped = ref("old-voucher-mail") + InMemoryRecordStores.STRIPPED;
        await().atMost(PATIENCE).until(() -> stores.contains(stripped) && stores.restrictedUntil(stripped) == null);
        await().atMost(PATIENCE).until(() -> stores.restrictedUntil(ref("recent-voucher-mail")) == null);
        assertThat(stores.contains(ref("old-voucher-mail"))).isFalse();
        assertThat(stores.contains(ref("recent-voucher-mail"))).as("lifted whole").isTrue();
        assertThat(stores.partErasureCount(ref("recent-voucher-mail"))).isZero();
        await().atMost(PATIENCE).until(() -> plan().getList("items.execution", String.class).stream()
                .allMatch("LIFTED"::equals));
        JsonPath plan = plan();
        java.util.Map<?, ?> oldItem = plan.getList("items", java.util.Map.class).stream()
                .filter(item -> stripped.equals(item.get("reference"))).findFirst().orElseThrow();
        java.util.Map<?, ?> body = (java.util.Map<?, ?>) oldItem.get("earlierPart");
        assertThat(body.get("erasedAt")).isNotNull();
        assertThat((String) body.get("proof")).contains("BODY gone");
        String audit = given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/erasure-plan/audit").then().statusCode(200).extract()
                .asString();
        assertThat(audit).contains("PART_ERASED_BEFORE_LIFT", "LIFTED").doesNotContain("ERASED_INSTEAD_OF_LIFTED");
        assertThat(audit.indexOf("PART_ERASED_BEFORE_LIFT")).isLessThan(audit.lastIndexOf("\"LIFTED\""));
    }

    private Finding voucherMail(String name, String date) {
        stores.add(ref(name));
        return new Finding("mail", ref(name), List.of("email", "message-content"), "accounting-voucher", parse(date),
                "Art. 6(1)(b) GDPR", MatchStrength.STRONG, "mail with an invoice", List.of(
                        new Finding.Part(Finding.PartKind.BODY, "commercial-letter"),
                        new Finding.Part(Finding.PartKind.ATTACHMENTS, "accounting-voucher")));
    }

    @Test
    void withoutAnEmailAddressTheRecordsAreLiftedOnceTheNoticeWasHandedOverForPostAndTheCaseSaysItWasALetter() {
        Person byLetter = new Person(null, "Erika Mustermann");
        events.requestReceived(caseId, RequestType.RESTRICTION, byLetter, RestrictionGround.UNLAWFUL_PROCESSING);
        events.subjectLocated(caseId, caseId, RequestType.RESTRICTION, byLetter,
                List.of(finding("crm", "partner-5", "commercial-letter", "2025-05-05")), List.of());
        await().atMost(PATIENCE).until(() -> "COMPLETED".equals(plan().getString("status")));
        stateEnd("REQUEST_WITHDRAWN", "Sie stimmt der Aufhebung in ihrem Brief vom 3. März zu.").then().statusCode(200);
        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/cases/" + caseId + "/restriction/lift").then().statusCode(200);
        await().atMost(PATIENCE).until(() -> !events.erasureEventsOf(caseId,
                ErasureEvents.RestrictionLiftAnnounced.class).isEmpty());
        assertThat(stores.restrictedUntil(ref("partner-5"))).as("restricted until her letter is handed over")
                .isNotNull();

        Instant prepared = Instant.now().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it
        events.noticePreparedForPrinting(caseId, NoticeKind.RESTRICTION_LIFT_NOTICE, prepared);

        await().atMost(PATIENCE).until(() -> events.erasureEventsOf(caseId, ErasureEvents.RestrictionLifted.class)
                .size() == 1);
        assertThat(stores.restrictedUntil(ref("partner-5"))).isNull();
        JsonPath view = restriction();
        assertThat(view.getBoolean("liftNoticeByPost")).isTrue();
        assertThat(Instant.parse(view.getString("liftNoticeSentAt"))).isEqualTo(prepared);
        String audit = given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/erasure-plan/audit").then().statusCode(200).extract()
                .asString();
        assertThat(audit).contains("LIFT_NOTICE_PRINTED", "handed to the assistant to post")
                .doesNotContain("LIFT_NOTICE_SENT");
        assertThat(audit.indexOf("LIFT_NOTICE_PRINTED")).as("the letter before any lift")
                .isLessThan(audit.indexOf("\"LIFTED\""));
    }

    @Test
    void aNoticePreparedForPrintingForAnotherKindLiftsNothing() {
        Person byLetter = new Person(null, "Erika Mustermann");
        events.requestReceived(caseId, RequestType.RESTRICTION, byLetter, RestrictionGround.UNLAWFUL_PROCESSING);
        events.subjectLocated(caseId, caseId, RequestType.RESTRICTION, byLetter,
                List.of(finding("crm", "partner-6", "commercial-letter", "2025-05-05")), List.of());
        await().atMost(PATIENCE).until(() -> "COMPLETED".equals(plan().getString("status")));
        stateEnd("CONSENT_GIVEN", "Sie willigt in die Verarbeitung ein (Art. 18 Abs. 2 DSGVO).").then().statusCode(200);
        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/cases/" + caseId + "/restriction/lift").then().statusCode(200);

        events.noticePreparedForPrinting(caseId, NoticeKind.RESTRICTION_CONFIRMATION, Instant.now());
        events.noticeSent(UUID.randomUUID().toString(), NoticeKind.RESTRICTION_LIFT_NOTICE, Instant.now());

        // the restriction view shows no hand-over while the executor runs on
        String marker = UUID.randomUUID().toString();
        stores.add(ref(marker));
        events.subjectLocated(marker, marker, RequestType.ERASURE, ERIKA,
                List.of(new Finding("mail", ref(marker), List.of("email"), "general-correspondence",
                        LocalDate.parse("2025-01-01"), "Art. 6(1)(b) GDPR", MatchStrength.STRONG, "marker")),
                List.of());
        await().atMost(PATIENCE).until(() -> !stores.contains(ref(marker)));
        assertThat(restriction().getString("liftNoticeSentAt")).isNull();
        assertThat(stores.restrictedUntil(ref("partner-6"))).isNotNull();
    }

    @Test
    void aRecordingRestrictedAtHerRequestIsKeptByTheRoutineRetentionUntilLifted() {
        String recordId = "rec-" + caseId;
        recordings.add(recordId, MovableClock.DEFAULT_NOW.minus(Duration.ofDays(30)));
        stores.add("recordings/" + recordId);
        events.requestReceived(caseId, RequestType.RESTRICTION, ERIKA, RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS);
        events.subjectLocated(caseId, caseId, RequestType.RESTRICTION, ERIKA, List.of(new Finding("conference",
                "recordings/" + recordId, List.of("voice", "video"), "conference-recording",
                parse("2026-10-27"), "Art. 6(1)(a) GDPR", MatchStrength.STRONG, "recording")), List.of());
        await().atMost(PATIENCE).until(() -> "COMPLETED".equals(plan().getString("status")));

        String report = given().auth().preemptive().basic("assistant", "demo-assistant").queryParam("dryRun", false)
                .when().post("/api/jobs/routine-retention").then().statusCode(200).extract().jsonPath()
                .getString("report");

        assertThat(report).contains("kept recording " + recordId);
        assertThat(recordings.contains(recordId)).as("she needs it for legal claims").isTrue();
    }

    @Test
    void aRestrictionOnContestedAccuracyIsNotLiftedWithoutTheAccuracyChecksResultAndTheLiftCarriesIt() {
        events.requestReceived(caseId, RequestType.RESTRICTION, ERIKA, RestrictionGround.ACCURACY_CONTESTED);
        events.subjectLocated(caseId, caseId, RequestType.RESTRICTION, ERIKA,
                List.of(finding("crm", "partner-7", "commercial-letter", "2025-05-05")), List.of());
        await().atMost(PATIENCE).until(() -> "COMPLETED".equals(plan().getString("status")));
        JsonPath waiting = restriction();
        assertThat(waiting.getBoolean("liftable")).as("Art. 18(1)(a): until the accuracy is checked").isFalse();
        assertThat(waiting.getBoolean("liftWaitsForEnd")).isTrue();
        assertThat(waiting.getString("end")).isNull();
        assertThat(waiting.getList("endsStatable", String.class)).containsExactly("CONFIRMED_ACCURATE");

        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/cases/" + caseId + "/restriction/lift")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("Art. 18(1)(a)"))
                .body("detail", org.hamcrest.Matchers.containsString("rectification of her restricted records"))
                .body("detail", org.hamcrest.Matchers.containsString("the data are accurate (CONFIRMED_ACCURATE)"));
        assertThat(restriction().getString("liftAnnouncedAt")).as("nothing announced").isNull();

        String reason = "Anschrift mit dem unterschriebenen Vertrag abgeglichen";
        // "rectified" is no word of hers: only a completed rectification of her records says so
        stateEnd("RECTIFIED", "Die Anschrift wurde im CRM berichtigt.").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("RestrictionEndNotAllowed"));
        stateEnd("CONFIRMED_ACCURATE", "x").then().statusCode(400).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("RestrictionEndReasonTooShort"));
        stateEnd("CLAIMS_NO_LONGER_NEEDED", reason).then().statusCode(400)
                .body("type", org.hamcrest.Matchers.endsWith("RestrictionEndNotAllowed"));
        assertThat(restriction().getBoolean("liftable")).as("nothing refused was recorded").isFalse();
        JsonPath stated = stateEnd("CONFIRMED_ACCURATE", reason).then().statusCode(200).extract().jsonPath();
        assertThat(stated.getString("end")).isEqualTo("CONFIRMED_ACCURATE");
        assertThat(stated.getString("endStatedBy")).isEqualTo("assistant");
        assertThat(stated.getBoolean("liftable")).isTrue();
        assertThat(stated.getBoolean("liftWaitsForEnd")).isFalse();

        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/cases/" + caseId + "/restriction/lift").then().statusCode(200);
        await().atMost(PATIENCE).until(() -> !events.erasureEventsOf(caseId,
                ErasureEvents.RestrictionLiftAnnounced.class).isEmpty());
        ErasureEvents.RestrictionLiftAnnounced announcement = events.erasureEventsOf(caseId,
                ErasureEvents.RestrictionLiftAnnounced.class).get(0);
        assertThat(announcement.ground()).isEqualTo(RestrictionGround.ACCURACY_CONTESTED);
        assertThat(announcement.end()).isEqualTo(RestrictionEnd.CONFIRMED_ACCURATE);
        assertThat(announcement.personal().overridingGrounds()).as("the reason stays with the case").isNull();
        String audit = given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/erasure-plan/audit").then().statusCode(200).extract()
                .asString();
        assertThat(audit).contains("RESTRICTION_END_STATED", "CONFIRMED_ACCURATE").doesNotContain(reason);
        // the notice told her the result as it was: it no longer changes
        stateEnd("CONFIRMED_ACCURATE", "Noch einmal geprüft, die Anschrift stimmt.").then().statusCode(409);
    }

    @Test
    void aRectificationOfHerRecordsCompletedAfterTheRestrictionIsTheAccuracyCheck() {
        events.requestReceived(caseId, RequestType.RESTRICTION, ERIKA, RestrictionGround.ACCURACY_CONTESTED);
        Finding partner = finding("crm", "partner-8", "commercial-letter", "2025-05-05");
        events.subjectLocated(caseId, caseId, RequestType.RESTRICTION, ERIKA, List.of(partner), List.of());
        await().atMost(PATIENCE).until(() -> "COMPLETED".equals(plan().getString("status")));
        assertThat(restriction().getBoolean("liftable")).isFalse();

        // her rectification request, a case of its own, on the same record: reviewed, no change needed
        String rectificationCase = UUID.randomUUID().toString();
        events.subjectLocated(rectificationCase, rectificationCase, RequestType.RECTIFICATION, ERIKA,
                List.of(partner), List.of());
        await().atMost(PATIENCE).until(() -> given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + rectificationCase + "/rectification").statusCode() == 200);
        long itemId = given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + rectificationCase + "/rectification").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body("{\"text\":\"Anschrift laut Vertrag richtig\"}")
                .when().post("/api/cases/" + rectificationCase + "/rectification/items/" + itemId + "/no-change")
                .then().statusCode(200);
        assertThat(restriction().getBoolean("liftable")).as("decided, but the rectification is not completed")
                .isFalse();
        given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .when().post("/api/cases/" + rectificationCase + "/rectification/execute")
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("COMPLETED"));

        JsonPath view = restriction();
        assertThat(view.getString("end")).isEqualTo("CONFIRMED_ACCURATE");
        assertThat(view.getString("endStatedBy")).as("no statement of the assistant").isNull();
        assertThat(view.getBoolean("liftable")).isTrue();
        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/cases/" + caseId + "/restriction/lift").then().statusCode(200);
        await().atMost(PATIENCE).until(() -> !events.erasureEventsOf(caseId,
                ErasureEvents.RestrictionLiftAnnounced.class).isEmpty());
        assertThat(events.erasureEventsOf(caseId, ErasureEvents.RestrictionLiftAnnounced.class).get(0)
                .end()).isEqualTo(RestrictionEnd.CONFIRMED_ACCURATE);
    }

    @Test
    void aRestrictionPendingHerObjectionIsLiftedOnlyWithOurOverridingGroundsWhichTheAnnouncementCarries() {
        events.requestReceived(caseId, RequestType.RESTRICTION, ERIKA, RestrictionGround.OBJECTION_PENDING);
        events.subjectLocated(caseId, caseId, RequestType.RESTRICTION, ERIKA,
                List.of(finding("crm", "partner-9", "commercial-letter", "2025-05-05")), List.of());
        await().atMost(PATIENCE).until(() -> "COMPLETED".equals(plan().getString("status")));

        // seconds after the restriction, with no weighing done: refused, saying what to do if she prevails
        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/cases/" + caseId + "/restriction/lift")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("ObjectionWeighingMissing"))
                .body("detail", org.hamcrest.Matchers.containsString("If her objection prevails, do not lift"));
        stateEnd("CONFIRMED_ACCURATE", "Die Daten wurden geprüft und sind richtig.").then().statusCode(400)
                .body("type", org.hamcrest.Matchers.endsWith("RestrictionEndNotAllowed"));
        String grounds = "Die Rechnungsdaten werden zur Abwehr der von ihr angekündigten Klage benötigt.";
        stateEnd("OVERRIDING_GROUNDS", grounds).then().statusCode(200).body("liftable", org.hamcrest.Matchers.is(true));

        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/cases/" + caseId + "/restriction/lift").then().statusCode(200);
        await().atMost(PATIENCE).until(() -> !events.erasureEventsOf(caseId,
                ErasureEvents.RestrictionLiftAnnounced.class).isEmpty());
        ErasureEvents.RestrictionLiftAnnounced announcement = events.erasureEventsOf(caseId,
                ErasureEvents.RestrictionLiftAnnounced.class).get(0);
        assertThat(announcement.end()).isEqualTo(RestrictionEnd.OVERRIDING_GROUNDS);
        assertThat(announcement.personal().overridingGrounds()).as("the notice gives her our grounds")
                .isEqualTo(grounds);
        String audit = given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/erasure-plan/audit").then().statusCode(200).extract()
                .asString();
        assertThat(audit).contains("OVERRIDING_GROUNDS").doesNotContain(grounds);
    }

    @Test
    void aStatementWithoutAReasonIsRefusedWithAProblem() {
        stateEnd("CONFIRMED_ACCURATE", " ").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theGroundOrTheEndOfACaseErasureServiceDoesNotKnowIsNotFound() {
        given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body("{\"ground\":\"UNLAWFUL_PROCESSING\"}")
                .when().put("/api/cases/" + UUID.randomUUID() + "/restriction/ground")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body("{\"end\":\"CONFIRMED_ACCURATE\",\"reason\":\"Die Daten sind richtig, geprüft.\"}")
                .when().put("/api/cases/" + UUID.randomUUID() + "/restriction/end")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anErasureCaseHasNoRestrictionToLift() {
        events.subjectLocated(caseId, caseId, RequestType.ERASURE, ERIKA,
                List.of(finding("mail", "mail-4", "commercial-letter", "2025-05-05")), List.of());
        await().atMost(PATIENCE).until(() -> "COMPLETED".equals(plan().getString("status")));

        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/cases/" + caseId + "/restriction/lift").then().statusCode(404);
    }

    private JsonPath plan() {
        var response = given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/erasure-plan");
        // no plan yet (the located records are still on their way): no items, so that an await keeps waiting
        return response.statusCode() == 200 ? response.jsonPath() : new JsonPath("{\"items\":[]}");
    }

    private io.restassured.response.Response stateEnd(String end, String reason) {
        return given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body("{\"end\":\"" + end + "\",\"reason\":\"" + reason + "\"}")
                .when().put("/api/cases/" + caseId + "/restriction/end");
    }

    private JsonPath restriction() {
        return given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/restriction").then().statusCode(200).extract().jsonPath();
    }
}
