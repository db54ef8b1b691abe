package de.thwien.dsr.erasure.plans;

import static io.restassured.RestAssured.given;
import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.erasure.testing.ErasureEventsProbe;
import de.thwien.dsr.erasure.testing.InMemoryRecordStores;
import de.thwien.dsr.erasure.testing.MovableClock;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.ErasureEvents.ReasonCode;
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
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The end of a restriction she asked for under Art. 18(1)(c) GDPR (she needed the data for legal claims, we no longer
 * did): once she no longer needs them, they are not lifted back into use; after the notice each record is erased with
 * proof or kept restricted under its retention hold, as on her erasure request.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
@TestProfile(LegalClaimsEndTests.DailyDeferredErasure.class)
class LegalClaimsEndTests {

    /**
     * The deferred erasure's daily run as in production: what the end of the restriction leaves due today is erased
     * within seconds of her notice all the same (DeferredErasureJob#whenDue), not the next day.
     */
    public static class DailyDeferredErasure implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            // one record per run: what is due on one day is erased in several runs, and confirmed once
            return Map.of("dsr.erasure.deferred.every", "24h", "dsr.erasure.deferred.delay", "1s",
                    "dsr.erasure.execution.batch-size", "1");
        }
    }

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Person ERIKA = new Person("erika@example.org", "Erika Mustermann");

    @Inject
    InMemoryRecordStores stores;

    @Inject
    MovableClock clock;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String username;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    private ErasureEventsProbe events;
    private final String caseId = UUID.randomUUID().toString();

    @BeforeEach
    void openProbe() {
        clock.reset();
        events = new ErasureEventsProbe(bootstrapServers);
    }

    @AfterEach
    void closeProbe() {
        events.close();
        clock.reset();
    }

    @Test
    void herRecordsAreErasedWithProofOrKeptUnderTheirHoldAfterTheNoticeNeverLifted() throws Exception {
        events.requestReceived(caseId, RequestType.RESTRICTION, ERIKA, RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS);
        await().atMost(PATIENCE).until(() -> "NEEDED_FOR_LEGAL_CLAIMS".equals(restriction().getString("ground")));
        events.subjectLocated(caseId, caseId, RequestType.RESTRICTION, ERIKA,
                List.of(finding("mail", "mail-1", "general-correspondence", "2025-05-05"),
                        finding("crm", "invoice-1", "accounting-voucher", "2019-06-10"),
                        finding("crm", "partner-1", "customer-master-data", "2019-01-01")), List.of());
        await().atMost(PATIENCE).until(() -> plan().getList("items") != null && plan().getList("items").size() == 3);
        // on (c) her master data waits for the check that we no longer need it: the customer relationship has ended
        Object partner = item(plan(), "partner-1").get("id");
        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/cases/" + caseId + "/erasure-plan/items/" + partner + "/approve")
                .then().statusCode(200);
        await().atMost(PATIENCE).until(() -> "COMPLETED".equals(plan().getString("status")));
        endBecauseSheNoLongerNeedsTheDataAndLift();

        await().atMost(PATIENCE).until(() -> !events.erasureEventsOf(caseId,
                ErasureEvents.RestrictionLiftAnnounced.class).isEmpty());
        ErasureEvents.RestrictionLiftAnnounced announced = events.erasureEventsOf(caseId,
                ErasureEvents.RestrictionLiftAnnounced.class).get(0);
        assertThat(announced.end()).isEqualTo(RestrictionEnd.CLAIMS_NO_LONGER_NEEDED);
        Map<String, ErasureEvents.RestrictedRecord> told = new java.util.HashMap<>();
        announced.records().forEach(r -> told.put(r.reference(), r));
        assertThat(told.get(ref("mail-1")).reasonCode()).as("erased: no hold keeps it").isEqualTo(ReasonCode.NO_HOLD);
        assertThat(told.get(ref("mail-1")).holdUntil()).isNull();
        assertThat(told.get(ref("invoice-1")).reasonCode()).isEqualTo(ReasonCode.RETENTION_HOLD);
        assertThat(told.get(ref("invoice-1")).holdUntil()).isEqualTo(parse("2027-12-31"));
        assertThat(told.get(ref("invoice-1")).erasableFrom()).isEqualTo(parse("2028-01-01"));
        assertThat(told.get(ref("invoice-1")).legalBasis()).contains("§147");
        assertThat(told.get(ref("partner-1")).reasonCode()).isEqualTo(ReasonCode.MASTER_DATA_WHILE_HELD);
        assertThat(told.get(ref("partner-1")).holdUntil()).isEqualTo(parse("2027-12-31"));
        assertThat(stores.contains(ref("mail-1"))).as("nothing erased before she was told").isTrue();

        events.noticeSent(caseId, NoticeKind.RESTRICTION_LIFT_NOTICE, Instant.now());

        await().atMost(PATIENCE).until(() -> !stores.contains(ref("mail-1")));
        await().atMost(PATIENCE).until(() -> events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class)
                .size() == 2);
        JsonPath plan = plan();
        assertThat(item(plan, "mail-1").get("execution")).isEqualTo("ERASED");
        assertThat((String) item(plan, "mail-1").get("proof")).isNotBlank();
        assertThat(item(plan, "invoice-1").get("execution")).isEqualTo("RESTRICTED");
        assertThat(item(plan, "invoice-1").get("reasonCode")).isEqualTo("RETENTION_HOLD");
        assertThat(item(plan, "invoice-1").get("holdUntil")).isEqualTo("2027-12-31");
        assertThat(item(plan, "partner-1").get("reasonCode")).isEqualTo("MASTER_DATA_WHILE_HELD");
        assertThat(item(plan, "partner-1").get("holdUntil")).isEqualTo("2027-12-31");
        assertThat(stores.restrictedUntil(ref("invoice-1"))).as("still restricted in its store").isNotNull();
        assertThat(stores.contains(ref("partner-1"))).isTrue();
        assertThat(plan.getList("items.execution", String.class)).doesNotContain("LIFTED");
        assertThat(restriction().getInt("lifted")).isZero();

        // her confirmation: the record erased for no purpose left (Art. 17(1)(a)), the others restricted with dates
        ErasureEvents.RecordsErased confirmation = events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class)
                .get(1);
        assertThat(confirmation.requestType()).isEqualTo(RequestType.RESTRICTION);
        assertThat(confirmation.records()).extracting(ErasureEvents.ErasedRecord::reference)
                .containsExactly(ref("mail-1"));
        assertThat(confirmation.records().get(0).storagePeriodEnded()).isTrue();
        assertThat(confirmation.restricted()).extracting(ErasureEvents.RestrictedRecord::reference)
                .containsExactlyInAnyOrder(ref("invoice-1"), ref("partner-1"));
        assertThat(confirmation.restricted()).allSatisfy(r -> assertThat(r.holdUntil()).isEqualTo(parse("2027-12-31")));

        // the erasure ledger: the erased record as ERASED; the held ones' latest entry restricts with the hold's day
        List<String> ledger = ledgerRowsOfCase();
        assertThat(ledger).anySatisfy(row -> assertThat(row).contains(",ERASED,"));
        assertThat(ledger.stream().filter(row -> row.contains(",RESTRICTED,") && row.contains("2027-12-31")))
                .hasSize(2);
        String audit = given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/erasure-plan/audit").then().statusCode(200).extract()
                .asString();
        assertThat(audit).contains("LEGAL_CLAIMS_ENDED_ERASED", "LEGAL_CLAIMS_ENDED_HELD", "ERASED_AFTER_HOLD");

        // when the invoice's hold ends, it goes with her master data
        clock.moveTo(parse("2028-01-02"));
        await().atMost(PATIENCE).until(() -> !stores.contains(ref("invoice-1")) && !stores.contains(ref("partner-1")));
    }

    @Test
    void aVoucherMailLosesItsBodyWhenItsOwnHoldEndsAndTheRestStaysRestrictedUnderTheInvoicesHold() throws Exception {
        // LEGAL.md §3: a mail of June 2019 (letter held to 2025, invoice to 2027), one of March 2021 (2027, 2029)
        events.requestReceived(caseId, RequestType.RESTRICTION, ERIKA, RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS);
        await().atMost(PATIENCE).until(() -> "NEEDED_FOR_LEGAL_CLAIMS".equals(restriction().getString("ground")));
        events.subjectLocated(caseId, caseId, RequestType.RESTRICTION, ERIKA,
                List.of(voucherMail("old-voucher-mail", "2019-06-10"), voucherMail("recent-voucher-mail",
                        "2021-03-15"), finding("mail", "enquiry", "general-correspondence", "2025-05-05"),
                        finding("mail", "old-letter", "commercial-letter", "2017-02-01")),
                List.of());
        await().atMost(PATIENCE).until(() -> "COMPLETED".equals(plan().getString("status")));
        endBecauseSheNoLongerNeedsTheDataAndLift();

        // her notice names each part: the old mail's body goes now, the rest with its own dates
        await().atMost(PATIENCE).until(() -> !events.erasureEventsOf(caseId,
                ErasureEvents.RestrictionLiftAnnounced.class).isEmpty());
        Map<String, ErasureEvents.RestrictedRecord> told = new java.util.HashMap<>();
        events.erasureEventsOf(caseId, ErasureEvents.RestrictionLiftAnnounced.class).get(0).records()
                .forEach(r -> told.put(r.reference(), r));
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        ErasureEvents.RestrictedRecord old = told.get(ref("old-voucher-mail"));
        assertThat(old.reasonCode()).isEqualTo(ReasonCode.RETENTION_HOLD);
        assertThat(old.holdUntil()).isEqualTo(parse("2027-12-31"));
        assertThat(old.legalBasis()).contains("§147");
        assertThat(old.parts()).containsExactly(
                new ErasureEvents.RestrictedPart(Finding.PartKind.BODY, "commercial-letter", today, null),
                new ErasureEvents.RestrictedPart(Finding.PartKind.ATTACHMENTS, "accounting-voucher",
                        parse("2028-01-01"), null));
        ErasureEvents.RestrictedRecord recent = told.get(ref("recent-voucher-mail"));
        assertThat(recent.holdUntil()).isEqualTo(parse("2029-12-31"));
        assertThat(recent.parts()).containsExactly(
                new ErasureEvents.RestrictedPart(Finding.PartKind.BODY, "commercial-letter", parse("2028-01-01"),
                        null),
                new ErasureEvents.RestrictedPart(Finding.PartKind.ATTACHMENTS, "accounting-voucher",
                        parse("2030-01-01"), null));
        assertThat(stores.partErasureCount(ref("old-voucher-mail"))).as("nothing erased before she was told")
                .isZero();

        events.noticeSent(caseId, NoticeKind.RESTRICTION_LIFT_NOTICE, Instant.now());

        // the old mail's body is erased with proof by the deferred erasure; its invoice stays restricted until 2027
        String oldStripped = ref("old-voucher-mail") + InMemoryRecordStores.STRIPPED;
        await().atMost(PATIENCE).until(() -> stores.contains(oldStripped));
        await().atMost(PATIENCE).until(() -> item(plan(), "old-voucher-mail", oldStripped) != null
                && ((Map<?, ?>) item(plan(), "old-voucher-mail", oldStripped).get("earlierPart")).get("erasedAt")
                        != null);
        JsonPath plan = plan();
        Map<?, ?> oldItem = item(plan, "old-voucher-mail", oldStripped);
        assertThat(oldItem.get("execution")).isEqualTo("RESTRICTED");
        assertThat(oldItem.get("reasonCode")).isEqualTo("RETENTION_HOLD");
        assertThat(oldItem.get("holdUntil")).isEqualTo("2027-12-31");
        assertThat((String) ((Map<?, ?>) oldItem.get("earlierPart")).get("proof")).contains("BODY gone");
        assertThat(stores.restrictedUntil(oldStripped)).as("the invoice is still restricted").isNotNull();
        Map<?, ?> recentItem = item(plan, "recent-voucher-mail");
        assertThat(recentItem.get("execution")).isEqualTo("RESTRICTED");
        assertThat(recentItem.get("holdUntil")).isEqualTo("2029-12-31");
        assertThat(((Map<?, ?>) recentItem.get("earlierPart")).get("erasableFrom")).isEqualTo("2028-01-01");
        assertThat(((Map<?, ?>) recentItem.get("earlierPart")).get("erasedAt")).isNull();
        assertThat(stores.partErasureCount(ref("recent-voucher-mail"))).isZero();
        List<String> audit = given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/erasure-plan/audit").then().statusCode(200).extract()
                .jsonPath().getList("action");
        assertThat(audit).containsSubsequence("LEGAL_CLAIMS_ENDED_HELD", "PART_ERASED_AFTER_HOLD")
                .doesNotContain("LIFTED");

        // one confirmation of what was due today, sent once the last of it was erased (each went in a run of its
        // own): the enquiry erased, the old mail's body erased, not "erased from today"
        await().atMost(PATIENCE).until(() -> stores.contains(oldStripped) && !stores.contains(ref("enquiry"))
                && !stores.contains(ref("old-letter"))
                && events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class).size() >= 2);
        List<ErasureEvents.RecordsErased> confirmations = events.erasureEventsOf(caseId,
                ErasureEvents.RecordsErased.class);
        assertThat(confirmations).hasSize(2);
        assertThat(confirmations.get(1).records()).extracting(ErasureEvents.ErasedRecord::reference)
                .containsExactlyInAnyOrder(ref("enquiry"), ref("old-letter"));
        assertThat(confirmations.get(1).restricted()).filteredOn(r -> r.reference().equals(oldStripped))
                .singleElement().satisfies(mail -> assertThat(mail.parts())
                        .filteredOn(part -> part.kind() == Finding.PartKind.BODY).singleElement()
                        .satisfies(body -> assertThat(body.erasedAt()).isNotNull()));

        // 2028: the recent mail's body goes, the old mail's invoice with it; 2030: the recent mail's invoice
        clock.moveTo(parse("2028-01-02"));
        String recentStripped = ref("recent-voucher-mail") + InMemoryRecordStores.STRIPPED;
        await().atMost(PATIENCE).until(() -> stores.contains(recentStripped) && !stores.contains(oldStripped));
        assertThat(stores.restrictedUntil(recentStripped)).isNotNull();
        clock.moveTo(parse("2030-01-02"));
        await().atMost(PATIENCE).until(() -> !stores.contains(recentStripped));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(plan().getList("items.execution", String.class))
                .containsOnly("ERASED"));
        assertThat(stores.partErasureCount(ref("recent-voucher-mail"))).isEqualTo(1);
    }

    private Finding voucherMail(String name, String date) {
        stores.add(ref(name));
        return new Finding("mail", ref(name), List.of("email", "message-content"), "accounting-voucher", parse(date),
                "Art. 6(1)(b) GDPR", MatchStrength.STRONG, "mail with an invoice", List.of(
                        new Finding.Part(Finding.PartKind.BODY, "commercial-letter"),
                        new Finding.Part(Finding.PartKind.ATTACHMENTS, "accounting-voucher")));
    }

    /** The item of the record found as {@code name}, wherever it is now ({@code now}: after it moved). */
    private Map<?, ?> item(JsonPath plan, String name, String now) {
        return plan.getList("items", Map.class).stream().filter(item -> now.equals(item.get("reference"))
                || ref(name).equals(item.get("reference"))).findFirst().orElse(null);
    }

    /** The assistant records that she no longer needs the data for legal claims, and lifts: the notice goes first. */
    private void endBecauseSheNoLongerNeedsTheDataAndLift() {
        given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body("{\"end\":\"CLAIMS_NO_LONGER_NEEDED\",\"reason\":\"Sie schreibt, der Rechtsstreit ist"
                        + " verglichen und sie braucht die Daten nicht mehr.\"}")
                .when().put("/api/cases/" + caseId + "/restriction/end").then().statusCode(200);
        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/cases/" + caseId + "/restriction/lift").then().statusCode(200);
    }

    private Finding finding(String store, String name, String category, String date) {
        stores.add(ref(name));
        return new Finding(store, ref(name), List.of("name", "email"), category, parse(date), "Art. 6(1)(b) GDPR",
                MatchStrength.STRONG, "test record");
    }

    private String ref(String name) {
        return name + ":" + caseId;
    }

    private Map<?, ?> item(JsonPath plan, String name) {
        return plan.getList("items", Map.class).stream().filter(item -> ref(name).equals(item.get("reference")))
                .findFirst().orElseThrow();
    }

    private JsonPath plan() {
        var response = given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/erasure-plan");
        return response.statusCode() == 200 ? response.jsonPath() : new JsonPath("{}");
    }

    private JsonPath restriction() {
        return given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/restriction").then().statusCode(200).extract().jsonPath();
    }

    private List<String> ledgerRowsOfCase() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, username, password);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "select l::text from erasure_ledger l where case_id = '" + caseId + "'")) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
