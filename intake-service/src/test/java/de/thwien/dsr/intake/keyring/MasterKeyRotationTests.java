package de.thwien.dsr.intake.keyring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.thwien.dsr.platform.crypto.KeyScopes;
import de.thwien.dsr.platform.crypto.MasterKeys;
import de.thwien.dsr.platform.keyring.AddressDigest;
import de.thwien.dsr.platform.keyring.AddressDigestKey;
import de.thwien.dsr.platform.keyring.KeyRing;
import de.thwien.dsr.platform.keyring.KeyRotation;
import de.thwien.dsr.platform.keyring.KeyringConfig;
import de.thwien.dsr.platform.keyring.SealedFields;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.intake.AdminToolRun;
import de.thwien.dsr.intake.CaseTables;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Master-key rotation. The test profile runs intake in the middle of a rotation: {@code dsr.keyring.master-key} is
 * the new key and {@code dsr.keyring.previous-master-keys} the old one. Keys "from before the switch" are made by
 * re-wrapping a case's key under the old master key, with its id or without (as keys were stored before ids).
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class MasterKeyRotationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @ConfigProperty(name = "dsr.keyring.master-key")
    String newKey;

    @ConfigProperty(name = "dsr.keyring.previous-master-keys")
    List<String> previousKeys;

    @Inject
    Pool pool;

    @TestHTTPResource("/")
    URL base;

    @Inject
    KeyRotation rotation;

    @Inject
    KeyRing keyRing;

    @Inject
    AddressDigestKey digestKey;

    @Test
    void aKeyWrappedUnderTheOldMasterKeyOpensAfterTheSwitch() {
        String legacyEmail = CaseTables.uniqueEmail();
        String legacyCase = CaseTables.openCase("ERASURE", legacyEmail);
        String oldEmail = CaseTables.uniqueEmail();
        String oldCase = CaseTables.openCase("ERASURE", oldEmail);

        wrapUnderOldKey(caseScope(legacyCase), false);
        wrapUnderOldKey(caseScope(oldCase), true);

        assistant().when().get("/api/cases/" + legacyCase).then().statusCode(200)
                .body("requester.email", equalTo(legacyEmail)).body("requester.personalData", equalTo("READABLE"));
        assistant().when().get("/api/cases/" + oldCase).then().statusCode(200)
                .body("requester.email", equalTo(oldEmail)).body("requester.personalData", equalTo("READABLE"));
    }

    @Test
    void theRotationReWrapsEveryKeyUnderTheNewMasterKeySoEveryCaseOpensWithItAlone() {
        Map<String, String> cases = casesFromBeforeTheSwitch(4);

        owner().contentType(ContentType.JSON).when().post("/api/admin/keyring/rotate").then().statusCode(200)
                .body("remaining", equalTo(0)).body("unopenable", equalTo(0));

        assertThat(liveKeysNotUnder(newKeyId())).isZero();
        cases.forEach((caseId, email) -> assertThat(emailOpenedWithOnlyTheNewKey(caseId)).isEqualTo(email));
    }

    @Test
    void theAdminToolRotatesUntilNothingRemainsAndShowsTheKeysPerMasterKeyId() {
        casesFromBeforeTheSwitch(3);

        AdminToolRun run = AdminToolRun.withPassword("demo-owner", "rotate-master-key", "--url", base.toString(),
                "--password-stdin");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("unopenable 0, remaining 0", "current master key " + newKeyId(),
                "  " + newKeyId() + " (current): ").doesNotContain(newKey);
        assertThat(liveKeysNotUnder(newKeyId())).isZero();
    }

    @Test
    void theAdminToolsStatusOnlyRotatesNothing() {
        casesFromBeforeTheSwitch(1);
        long before = liveKeysNotUnder(newKeyId());

        AdminToolRun run = AdminToolRun.withPassword("demo-owner", "rotate-master-key", "--status", "--url",
                base.toString(), "--password-stdin");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("re-wrapped").contains("remaining: " + before);
        assertThat(liveKeysNotUnder(newKeyId())).isEqualTo(before);
    }

    @Test
    void aRotationStoppedAfterOneBatchGoesOnWhereItStopped() {
        Map<String, String> cases = casesFromBeforeTheSwitch(5);
        long before = liveKeysNotUnder(newKeyId());

        KeyRotation.Result firstBatch = awaited(rotation.rotate(2, 1));

        assertThat(firstBatch.rewrapped()).isEqualTo(2);
        assertThat(firstBatch.remaining()).isEqualTo(before - 2);
        KeyRotation.Result rest = awaited(rotation.rotate());
        assertThat(rest.rewrapped()).isEqualTo(before - 2);
        assertThat(rest.remaining()).isZero();
        cases.forEach((caseId, email) -> assertThat(emailOpenedWithOnlyTheNewKey(caseId)).isEqualTo(email));
    }

    @Test
    void aSecondRotationChangesNothing() {
        casesFromBeforeTheSwitch(3);
        awaited(rotation.rotate());
        List<String> afterFirst = keyringRows();

        KeyRotation.Result second = awaited(rotation.rotate());

        assertThat(second.rewrapped()).isZero();
        assertThat(second.remaining()).isZero();
        assertThat(keyringRows()).isEqualTo(afterFirst);
    }

    @Test
    void aShreddedKeyStaysShredded() {
        String caseId = CaseTables.openCase("ERASURE");
        wrapUnderOldKey(caseScope(caseId), true);
        inTransaction(() -> keyRing.destroy(caseScope(caseId), Instant.now()));

        awaited(rotation.rotate());

        Row row = keyringRow(caseScope(caseId));
        assertThat(row.getString("wrapped_key")).isNull();
        assertThat(row.getOffsetDateTime("destroyed_at")).isNotNull();
        assistant().when().get("/api/cases/" + caseId).then().statusCode(200)
                .body("requester.personalData", equalTo("ERASED"));
    }

    @Test
    void aRotationInTheMiddleOfTrafficLosesNothing() throws Exception {
        Map<String, String> oldCases = casesFromBeforeTheSwitch(20);
        Map<String, String> newCases = new ConcurrentHashMap<>();
        List<String> failures = new CopyOnWriteArrayList<>();
        AtomicBoolean trafficGoesOn = new AtomicBoolean(true);
        AtomicBoolean rotationRuns = new AtomicBoolean(false);
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger requestsDuringRotation = new AtomicInteger();
        Runnable counted = () -> {
            requests.incrementAndGet();
            if (rotationRuns.get()) {
                requestsDuringRotation.incrementAndGet();
            }
        };
        ExecutorService traffic = Executors.newFixedThreadPool(2);
        try {
            Future<?> creating = traffic.submit(() -> {
                while (trafficGoesOn.get()) {
                    String email = CaseTables.uniqueEmail();
                    newCases.put(CaseTables.openCase("ERASURE", email), email);
                    counted.run();
                }
            });
            Future<?> reading = traffic.submit(() -> {
                List<String> toVerify = new ArrayList<>(oldCases.keySet());
                while (trafficGoesOn.get()) {
                    for (Map.Entry<String, String> old : oldCases.entrySet()) {
                        String seen = assistant().when().get("/api/cases/" + old.getKey()).then().extract()
                                .path("requester.email");
                        if (!old.getValue().equals(seen)) {
                            failures.add(old.getKey() + " read as " + seen);
                        }
                        counted.run();
                    }
                    // a manual verification seals an identity.verified event with the case's key
                    if (!toVerify.isEmpty()) {
                        int status = assistant().contentType(ContentType.JSON)
                                .body("{\"note\":\"known caller, verified by phone\"}")
                                .when().post("/api/cases/" + toVerify.remove(0) + "/verification").statusCode();
                        if (status != 200) {
                            failures.add("verification answered " + status);
                        }
                        counted.run();
                    }
                }
            });
            await().atMost(PATIENCE).until(() -> requests.get() >= 3);

            KeyRotation.Result first;
            KeyRotation.Result rest;
            rotationRuns.set(true);
            try {
                // the first key alone, then at least one request of the traffic, then the rest: so the traffic
                // provably runs while keys are re-wrapped, however fast the rotation is on the machine
                first = awaited(rotation.rotate(1, 1));
                int before = requests.get();
                await().atMost(PATIENCE).until(() -> requests.get() > before);
                rest = awaited(rotation.rotate(1, Integer.MAX_VALUE));
            } finally {
                rotationRuns.set(false);
                trafficGoesOn.set(false);
            }
            creating.get();
            reading.get();

            assertThat(failures).isEmpty();
            assertThat(first.rewrapped()).isOne();
            assertThat(first.unopenable() + rest.unopenable()).isZero();
            assertThat(requestsDuringRotation.get()).as("requests while the rotation ran").isPositive();
        } finally {
            traffic.shutdownNow();
        }
        // keys another instance or request held were skipped: the operator runs it until nothing remains
        assertThat(awaited(rotation.rotate()).remaining()).isZero();
        oldCases.forEach((caseId, email) -> assertThat(emailOpenedWithOnlyTheNewKey(caseId)).isEqualTo(email));
        newCases.forEach((caseId, email) -> assertThat(emailOpenedWithOnlyTheNewKey(caseId)).isEqualTo(email));
        CaseTables tables = new CaseTables(pool);
        assertThat(oldCases.keySet()).allSatisfy(caseId ->
                assertThat(tables.outboxEvents(caseId, "request.received")).isEqualTo(1));
    }

    @Test
    void duplicateDetectionByAddressStillWorksAfterTheRotation() {
        CaseTables tables = new CaseTables(pool);
        String email = CaseTables.uniqueEmail();
        String earlier = CaseTables.openCase("ACCESS", email);
        given().when().post("/api/verification/" + tables.verificationToken(earlier)).then().statusCode(200);
        wrapUnderOldKey(caseScope(earlier), false);
        wrapUnderOldKey(AddressDigestKey.SCOPE, false);

        awaited(rotation.rotate());

        Row digestRow = keyringRow(AddressDigestKey.SCOPE);
        assertThat(digestRow.getString("master_key_id")).isEqualTo(newKeyId());
        AddressDigest withOnlyTheNewKey = new AddressDigest(new MasterKeys(newKey, List.of())
                .unwrap(digestRow.getString("wrapped_key"), digestRow.getString("master_key_id"), AddressDigestKey.SCOPE));
        assertThat(withOnlyTheNewKey.of(email)).isEqualTo(storedDigestOf(earlier));
        String repeat = CaseTables.openCase("ACCESS", email.toUpperCase());
        given().when().post("/api/verification/" + tables.verificationToken(repeat)).then().statusCode(200);
        assistant().when().get("/api/cases/" + repeat).then().statusCode(200).body("duplicateOf", equalTo(earlier));
    }

    @Test
    void theDigestKeyIsFirstMadeFromTheMasterKeyTheStoredDigestsWereMadeWith() {
        Row saved = keyringRow(AddressDigestKey.SCOPE);
        String caseId = CaseTables.openCase("ERASURE");
        wrapUnderOldKey(caseScope(caseId), false);
        try {
            execute("delete from keyring.data_key where scope = $1", Tuple.of(AddressDigestKey.SCOPE));

            AddressDigest created = awaited(digestKey.load());

            assertThat(created.of("erika.muster@example.org"))
                    .isEqualTo(AddressDigest.derivedFrom(oldKey()).of("erika.muster@example.org"));
            assertThat(keyringRow(AddressDigestKey.SCOPE).getString("master_key_id")).isEqualTo(newKeyId());
        } finally {
            execute("update keyring.data_key set wrapped_key = $2, master_key_id = $3 where scope = $1",
                    Tuple.of(AddressDigestKey.SCOPE, saved.getString("wrapped_key"), saved.getString("master_key_id")));
            awaited(rotation.rotate());
        }
    }

    @Test
    void theStatusCountsKeysPerMasterKeyAndShowsNoKeyMaterial() {
        wrapUnderOldKey(caseScope(CaseTables.openCase("ERASURE")), false);
        wrapUnderOldKey(caseScope(CaseTables.openCase("ERASURE")), true);

        String status = owner().when().get("/api/admin/keyring").then().statusCode(200)
                .body("currentKeyId", equalTo(newKeyId()))
                .body("previousKeyIds", equalTo(List.of(MasterKeys.idOf(oldKey()))))
                .body("wrappedKeys.find { it.masterKeyId == '" + MasterKeys.idOf(oldKey()) + "' }.masterKey",
                        equalTo("previous"))
                .body("wrappedKeys.find { it.masterKeyId == null }.masterKey", equalTo("not recorded"))
                .body("wrappedKeys.find { it.masterKeyId == '" + newKeyId() + "' }.masterKey", equalTo("current"))
                .extract().asString();

        assertThat(status).doesNotContain(newKey).doesNotContain(oldKey()).doesNotContain("v1.");
        awaited(rotation.rotate());
    }

    @Test
    void onlyTheOwnerSeesOrRunsTheRotation() {
        assistant().when().get("/api/admin/keyring").then().statusCode(403);
        assistant().contentType(ContentType.JSON).when().post("/api/admin/keyring/rotate").then().statusCode(403);
        owner().contentType(ContentType.JSON).when().post("/api/admin/keyring/rotate?batches=0").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("batches"));
    }

    /** Cases whose keys were wrapped under the old master key, every other one before ids were kept. */
    private Map<String, String> casesFromBeforeTheSwitch(int count) {
        Map<String, String> cases = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String email = CaseTables.uniqueEmail();
            String caseId = CaseTables.openCase("ERASURE", email);
            wrapUnderOldKey(caseScope(caseId), i % 2 == 0);
            cases.put(caseId, email);
        }
        return cases;
    }

    /** Re-wraps a key as the old master key had wrapped it: with the old key's id, or with none (as before ids). */
    private void wrapUnderOldKey(String scope, boolean withId) {
        Row row = keyringRow(scope);
        MasterKeys now = new MasterKeys(newKey, previousKeys);
        MasterKeys.Wrapped old = new MasterKeys(oldKey(), List.of()).wrap(
                now.unwrap(row.getString("wrapped_key"), row.getString("master_key_id"), scope), scope);
        execute("update keyring.data_key set wrapped_key = $2, master_key_id = $3 where scope = $1",
                Tuple.of(scope, old.wrappedKey(), withId ? old.masterKeyId() : null));
    }

    /** The requester's address as a service configured with the new master key alone opens it. */
    private String emailOpenedWithOnlyTheNewKey(String caseId) {
        KeyRing onlyTheNewKey = new KeyRing(new KeyringConfig() {
            @Override
            public String masterKey() {
                return newKey;
            }

            @Override
            public Optional<List<String>> previousMasterKeys() {
                return Optional.empty();
            }
        });
        String sealed = single("select requester_email from dsr_case where id = $1",
                Tuple.of(UUID.fromString(caseId))).getString(0);
        SealedFields.ScopeCipher cipher = inTransaction(() -> new SealedFields(onlyTheNewKey)
                .forOpening(caseScope(caseId)));
        return cipher.open("requester_email", sealed).orElseThrow();
    }

    private String storedDigestOf(String caseId) {
        return single("select requester_email_digest from dsr_case where id = $1", Tuple.of(UUID.fromString(caseId)))
                .getString(0);
    }

    private long liveKeysNotUnder(String masterKeyId) {
        return single("select count(*) from keyring.data_key where wrapped_key is not null"
                + " and (master_key_id is null or master_key_id <> $1)", Tuple.of(masterKeyId)).getLong(0);
    }

    private List<String> keyringRows() {
        List<String> rows = new ArrayList<>();
        pool.query("select scope, wrapped_key, master_key_id, destroyed_at from keyring.data_key order by scope")
                .execute().await().atMost(PATIENCE)
                .forEach(row -> rows.add(row.getString(0) + "|" + row.getString(1) + "|" + row.getString(2) + "|"
                        + row.getValue(3)));
        return rows;
    }

    private Row keyringRow(String scope) {
        return single("select * from keyring.data_key where scope = $1", Tuple.of(scope));
    }

    private Row single(String sql, Tuple arguments) {
        return pool.preparedQuery(sql).execute(arguments).await().atMost(PATIENCE).iterator().next();
    }

    private void execute(String sql, Tuple arguments) {
        pool.preparedQuery(sql).execute(arguments).await().atMost(PATIENCE);
    }

    private String oldKey() {
        return previousKeys.get(0);
    }

    private String newKeyId() {
        return MasterKeys.idOf(newKey);
    }

    private static String caseScope(String caseId) {
        return KeyScopes.ofCase(caseId);
    }

    private static <T> T awaited(Uni<T> work) {
        return work.await().atMost(PATIENCE);
    }

    private static <T> T inTransaction(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(work));
        } catch (Throwable e) {
            throw new AssertionError("transaction failed", e);
        }
    }

    private static RequestSpecification assistant() {
        return given().auth().preemptive().basic("assistant", "demo-assistant");
    }

    private static RequestSpecification owner() {
        return given().auth().preemptive().basic("owner", "demo-owner");
    }
}
