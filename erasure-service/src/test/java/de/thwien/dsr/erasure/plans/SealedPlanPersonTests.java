package de.thwien.dsr.erasure.plans;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import de.thwien.dsr.erasure.testing.ErasureEventsProbe;
import de.thwien.dsr.erasure.testing.InMemoryRecordStores;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Finding.MatchStrength;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.platform.crypto.KeyScopes;
import de.thwien.dsr.platform.keyring.KeyRing;
import de.thwien.dsr.platform.keyring.SealedFields;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The requester on an erasure plan is sealed at rest with the case's data key: the plan table holds no address or
 * name in clear, the confirmation still names her, and once the case's key is shredded the plan still runs, shows
 * and confirms, without her.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class SealedPlanPersonTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String SEALED_PREFIX = "v1.";

    @Inject
    InMemoryRecordStores stores;

    @Inject
    Pool pool;

    @Inject
    KeyRing keyRing;

    @Inject
    SealedFields sealedFields;

    @Inject
    ClearPlanPersonSealing clearSealing;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private ErasureEventsProbe events;
    private final String caseId = UUID.randomUUID().toString();
    private final String localPart = "versiegelt-" + UUID.randomUUID();
    private final Person person = new Person(localPart + "@example.org", "Wiltrud Verschluss");

    @BeforeEach
    void openProbe() {
        events = new ErasureEventsProbe(bootstrapServers);
    }

    @AfterEach
    void closeProbe() {
        events.close();
    }

    @Test
    void thePlanRowHoldsNoAddressOrNameInClearYetTheConfirmationNamesHer() {
        events.subjectLocated(caseId, caseId, RequestType.ERASURE, person,
                List.of(finding("plain-mail", MatchStrength.STRONG)), List.of());
        awaitPlan();
        awaitCompleted();

        Row row = planRow();
        assertThat(row.getBoolean("person_sealed")).isTrue();
        assertThat(row.getString("person_email")).startsWith(SEALED_PREFIX).doesNotContain(localPart);
        assertThat(row.getString("person_name")).startsWith(SEALED_PREFIX).doesNotContain("Verschluss");
        assertThat(wholeRowAsText()).doesNotContain(localPart).doesNotContain("example.org")
                .doesNotContain("Wiltrud").doesNotContain("Verschluss");
        SealedFields.ScopeCipher cipher = inSession(() -> sealedFields.forOpening(KeyScopes.ofCase(caseId)));
        assertThat(cipher.open(PlanPerson.EMAIL, row.getString("person_email"))).contains(person.email());
        assertThat(cipher.open(PlanPerson.NAME, row.getString("person_name"))).contains(person.name());

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(events.erasureEventsOf(caseId,
                ErasureEvents.RecordsErased.class)).singleElement()
                .satisfies(confirmation -> assertThat(confirmation.personal()).isEqualTo(person)));
    }

    @Test
    void afterTheCaseKeyIsShreddedThePlanStillRunsShowsAndConfirmsWithoutHer() {
        events.subjectLocated(caseId, caseId, RequestType.ERASURE, person,
                List.of(finding("weak-mail", MatchStrength.WEAK)), List.of());
        Object itemId = item(awaitPlan(), "weak-mail").get("id");

        shredTheCaseKey();

        Row row = planRow();
        SealedFields.ScopeCipher cipher = inSession(() -> sealedFields.forOpening(KeyScopes.ofCase(caseId)));
        assertThat(cipher.shredded()).isTrue();
        assertThat(cipher.open(PlanPerson.EMAIL, row.getString("person_email"))).isEmpty();
        assertThat(wholeRowAsText()).doesNotContain(localPart).doesNotContain("Wiltrud");
        assertThat(assistant().when().get("/api/cases/" + caseId + "/erasure-plan")
                .then().statusCode(200).extract().asString()).doesNotContain(localPart).doesNotContain("Wiltrud");
        // her mention cannot be removed from a third party's record: nothing is left to find it by
        assistant().when().post("/api/cases/" + caseId + "/erasure-plan/items/" + itemId + "/redact")
                .then().statusCode(400).body("detail", containsString("names no person"));

        assistant().when().post("/api/cases/" + caseId + "/erasure-plan/items/" + itemId + "/approve")
                .then().statusCode(200);

        awaitCompleted();
        assertThat(stores.contains(ref("weak-mail"))).isFalse();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(events.erasureEventsOf(caseId,
                ErasureEvents.RecordsErased.class)).singleElement().satisfies(confirmation -> {
                    assertThat(confirmation.records()).extracting(ErasureEvents.ErasedRecord::reference)
                            .containsExactly(ref("weak-mail"));
                    assertThat(confirmation.personal()).as("shredded with the case's key").isNull();
                }));
    }

    @Test
    void aRedactionApprovedBeforeTheCaseKeyIsShreddedIsHandedToTheAssistantInsteadOfRunningWithoutHerName() {
        events.subjectLocated(caseId, caseId, RequestType.ERASURE, person,
                List.of(finding("third-party-mail", MatchStrength.WEAK)), List.of());
        Object itemId = item(awaitPlan(), "third-party-mail").get("id");
        // the store is down: the approved redaction stays pending until the key is shredded
        stores.failNext(ref("third-party-mail"), 1_000);
        assistant().when().post("/api/cases/" + caseId + "/erasure-plan/items/" + itemId + "/redact")
                .then().statusCode(200);
        await().atMost(PATIENCE).until(() -> ((Number) item(plan(), "third-party-mail").get("attempts")).intValue() > 0);

        shredTheCaseKey();

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(item(plan(), "third-party-mail"))
                .containsEntry("execution", "PENDING")
                .satisfies(entry -> assertThat((String) entry.get("attention")).contains("shredded")));
        assertThat(stores.contains(ref("third-party-mail"))).as("the record is left as it was").isTrue();
        assertThat(stores.mentionRemovedFrom(ref("third-party-mail") + InMemoryRecordStores.REDACTED)).isNull();
    }

    @Test
    void aPlanWrittenInClearBeforeSealingIsSealedAndStillNamesHer() {
        events.subjectLocated(caseId, caseId, RequestType.ERASURE, person,
                List.of(finding("old-mail", MatchStrength.WEAK)), List.of());
        Object itemId = item(awaitPlan(), "old-mail").get("id");
        writeThePersonInClear();

        inTransaction(clearSealing::sealBatch);

        Row row = planRow();
        assertThat(row.getBoolean("person_sealed")).isTrue();
        assertThat(row.getString("person_email")).startsWith(SEALED_PREFIX);
        assertThat(row.getString("person_name")).startsWith(SEALED_PREFIX);
        assertThat(wholeRowAsText()).doesNotContain(localPart).doesNotContain("Wiltrud");
        String sealedOnce = row.getString("person_email");
        inTransaction(clearSealing::sealBatch);
        assertThat(planRow().getString("person_email")).as("a sealed plan is left as it is").isEqualTo(sealedOnce);

        assistant().when().post("/api/cases/" + caseId + "/erasure-plan/items/" + itemId + "/approve")
                .then().statusCode(200);
        awaitCompleted();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(events.erasureEventsOf(caseId,
                ErasureEvents.RecordsErased.class)).singleElement()
                .satisfies(confirmation -> assertThat(confirmation.personal()).isEqualTo(person)));
    }

    @Test
    void aPlanInClearWhoseCaseKeyWasShreddedAlreadyLosesItsPersonWhenSealed() {
        events.subjectLocated(caseId, caseId, RequestType.ERASURE, person,
                List.of(finding("late-mail", MatchStrength.WEAK)), List.of());
        awaitPlan();
        writeThePersonInClear();
        shredTheCaseKey();

        inTransaction(clearSealing::sealBatch);

        Row row = planRow();
        assertThat(row.getBoolean("person_sealed")).isTrue();
        assertThat(row.getString("person_email")).isNull();
        assertThat(row.getString("person_name")).isNull();
        assertThat(wholeRowAsText()).doesNotContain(localPart).doesNotContain("Wiltrud");
    }

    /** As V1 to V12 wrote a plan: the person in clear. */
    private void writeThePersonInClear() {
        pool.preparedQuery("update erasure.erasure_plan set person_email = $2, person_name = $3,"
                        + " person_sealed = false where case_id = $1")
                .execute(Tuple.of(UUID.fromString(caseId), person.email(), person.name())).await().indefinitely();
        assertThat(wholeRowAsText()).contains(localPart);
    }

    private void shredTheCaseKey() {
        assertThat(inTransaction(() -> keyRing.destroy(KeyScopes.ofCase(caseId), Instant.now()))).isTrue();
    }

    private Finding finding(String name, MatchStrength strength) {
        stores.add(ref(name));
        return new Finding("mail", ref(name), List.of("name", "email"), "general-correspondence",
                LocalDate.parse("2025-02-02"), "Art. 6(1)(b) GDPR", strength, "test record");
    }

    private String ref(String name) {
        return name + ":" + caseId;
    }

    private Row planRow() {
        return pool.preparedQuery("select person_email, person_name, person_sealed from erasure.erasure_plan"
                        + " where case_id = $1")
                .execute(Tuple.of(UUID.fromString(caseId))).await().indefinitely().iterator().next();
    }

    private String wholeRowAsText() {
        return pool.preparedQuery("select row_to_json(p)::text from erasure.erasure_plan p where case_id = $1")
                .execute(Tuple.of(UUID.fromString(caseId))).await().indefinitely().iterator().next().getString(0);
    }

    private JsonPath plan() {
        return assistant().when().get("/api/cases/" + caseId + "/erasure-plan")
                .then().statusCode(200).extract().jsonPath();
    }

    private JsonPath awaitPlan() {
        await().atMost(PATIENCE).until(() -> assistant().when().get("/api/cases/" + caseId + "/erasure-plan")
                .statusCode() == 200);
        return plan();
    }

    private void awaitCompleted() {
        await().atMost(PATIENCE).until(() -> "COMPLETED".equals(plan().getString("status")));
    }

    private Map<String, Object> item(JsonPath plan, String name) {
        return plan.getMap("items.find { it.reference == '" + ref(name) + "' }");
    }

    private static RequestSpecification assistant() {
        return given().auth().preemptive().basic("assistant", "demo-assistant");
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
}
