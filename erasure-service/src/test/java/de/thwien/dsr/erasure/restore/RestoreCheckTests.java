package de.thwien.dsr.erasure.restore;

import static io.restassured.RestAssured.given;
import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.erasure.ledger.ErasureLedger;
import de.thwien.dsr.erasure.testing.ErasureEventsProbe;
import de.thwien.dsr.erasure.testing.InMemoryRecordStores;
import de.thwien.dsr.erasure.testing.MovableClock;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Finding.MatchStrength;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class RestoreCheckTests {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Inject
    InMemoryRecordStores stores;

    @Inject
    MovableClock clock;

    @Inject
    ErasureLedger ledger;

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
        events = new ErasureEventsProbe(bootstrapServers);
    }

    @AfterEach
    void closeProbeAndResetClock() {
        events.close();
        clock.reset();
    }

    @Test
    void recordsARestoredBackupBroughtBackAreErasedAgainWithProofAndNothingElse() throws Exception {
        events.subjectLocated(caseId, RequestType.ERASURE, List.of(
                strong("mail", "question-mail", "general-correspondence", "2024-02-01"),
                strong("crm", "contact", "general-correspondence", "2024-02-01")), List.of());
        awaitPlanCompleted();
        assertThat(stores.contains(ref("question-mail"))).isFalse();
        assertThat(stores.contains(ref("contact"))).isFalse();
        stores.add(ref("someone-else")); // never erased: a restore check leaves it alone

        // the backup is restored: her records are back
        stores.add(ref("question-mail"));
        stores.add(ref("contact"));
        JsonPath report = given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/restore-check").then().statusCode(200).extract().jsonPath();

        assertThat(stores.contains(ref("question-mail"))).isFalse();
        assertThat(stores.contains(ref("contact"))).isFalse();
        assertThat(stores.contains(ref("someone-else"))).isTrue();
        List<Map<String, Object>> hers = report.getList("reapplied.findAll { it.caseId == '" + caseId + "' }");
        assertThat(hers).hasSize(2).allSatisfy(done -> {
            assertThat(done.get("action")).isEqualTo("ERASED");
            assertThat(done.get("succeeded")).isEqualTo(true);
            assertThat((String) done.get("proof")).contains("record gone");
        });
        assertThat(report.getList("reapplied.store")).contains("mail", "crm");
        assertThat(report.getInt("reErased")).isEqualTo(report.getList("reapplied").size());
        assertThat(report.getInt("counts.find { it.store == 'mail' && it.action == 'ERASED' }.count"))
                .isGreaterThanOrEqualTo(1);
        assertThat(given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/restore-check/last").then().statusCode(200).extract().jsonPath().getLong("id"))
                .isEqualTo(report.getLong("id"));
        assertThat(given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/erasure-plan/audit").then().extract().asString())
                .as("the proof is on the case's audit trail").contains("ERASED_AGAIN_AFTER_RESTORE");

        // run again: nothing is back, nothing is erased again
        JsonPath second = given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/restore-check").then().statusCode(200).extract().jsonPath();
        assertThat(second.getList("reapplied.findAll { it.caseId == '" + caseId + "' }")).isEmpty();
    }

    @Test
    void recordsAreErasedAgainInTheOrderTheyWentFirstSoRowsThatKeptOneGoBeforeIt() {
        // her master data ("contact", listed first by the store) cannot go while her invoice points at it
        stores.refuseErasureWhilePresent(ref("contact"), ref("invoice"));
        events.subjectLocated(caseId, RequestType.ERASURE, List.of(
                strong("crm", "contact", "general-correspondence", "2024-02-01"),
                strong("crm", "invoice", "general-correspondence", "2024-02-01")), List.of());
        awaitPlanCompleted();
        assertThat(stores.contains(ref("contact"))).as("erased once the invoice was gone").isFalse();

        stores.add(ref("contact"));
        stores.add(ref("invoice"));
        JsonPath report = given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/restore-check").then().statusCode(200).extract().jsonPath();

        List<Map<String, Object>> hers = report.getList("reapplied.findAll { it.caseId == '" + caseId + "' }");
        assertThat(hers).hasSize(2).allSatisfy(done -> assertThat(done.get("succeeded")).as(String.valueOf(done))
                .isEqualTo(true));
        assertThat(stores.contains(ref("invoice"))).isFalse();
        assertThat(stores.contains(ref("contact"))).isFalse();
    }

    @Test
    void theLedgerKeepsOnlyKeyedHashesAndForgetsEntriesOlderThanItsRetention() throws Throwable {
        events.subjectLocated(caseId, RequestType.ERASURE, List.of(
                strong("mail", "old-mail", "general-correspondence", "2024-02-01")), List.of());
        awaitPlanCompleted();
        await().atMost(PATIENCE).until(() -> !ledgerRowsOfCase().isEmpty());
        assertThat(ledgerRowsOfCase()).allSatisfy(row -> {
            assertThat(row).doesNotContain("old-mail");
            assertThat(row).matches("(?s).*[0-9a-f]{64}.*");
        });

        clock.moveTo(java.time.LocalDate.now().plusMonths(8));
        VertxContextSupport.subscribeAndAwait(() -> ledger.purge());

        assertThat(ledgerRowsOfCase()).isEmpty();
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

    private String ref(String name) {
        return name + ":" + caseId;
    }

    private Finding strong(String store, String name, String category, String date) {
        stores.add(ref(name));
        return new Finding(store, ref(name), List.of("name"), category, parse(date), "Art. 6(1)(b) GDPR",
                MatchStrength.STRONG, "test record");
    }

    private void awaitPlanCompleted() {
        await().atMost(PATIENCE).until(() -> given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/erasure-plan").statusCode() == 200
                && "COMPLETED".equals(given().auth().preemptive().basic("assistant", "demo-assistant")
                        .when().get("/api/cases/" + caseId + "/erasure-plan").then().extract().jsonPath()
                        .getString("status")));
    }
}
