package de.thwien.dsr.erasure.stores;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.connectors.spi.RecordHit;
import de.thwien.dsr.connectors.stores.ConnectedStores;
import de.thwien.dsr.erasure.testing.ErasureEventsProbe;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Finding.MatchStrength;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RectificationEvents;
import de.thwien.dsr.events.RectificationEvents.Outcome;
import de.thwien.dsr.events.RequestType;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
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
import org.junit.jupiter.api.Test;

/**
 * Art. 16 through erasure-service and the connectors on the Odoo 17 and Greenlight 3.8 reference schemas: the demo
 * customer's partner row gets a new street, proved by reading it again; a recording cannot be changed and gets a
 * supplementary statement; the answer event lists both. Her Greenlight account's name and e-mail are corrected the
 * same way, through the conference connector.
 */
@QuarkusTest
@TestProfile(DemoCustomerErasureTests.ConnectorsWrite.class)
@QuarkusTestResource(value = ReferenceStoresTestResource.class, restrictToAnnotatedClass = true)
class DemoCustomerRectificationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String PARTNER = "res_partner/1";
    private static final String LEAD = "crm_lead/1";
    private static final String RECORDING = "recordings/rec-jana-0001";
    private static final String STATEMENT =
            "Frau Becker heißt seit 2024 Becker-Wolf; die Aufzeichnung nennt den früheren Namen.";

    @Inject
    ConnectedStores stores;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final String caseId = UUID.randomUUID().toString();

    @Test
    void theAssistantsNewStreetIsWrittenToTheCrmProvedAndAnsweredWithTheStatementOnTheRecording() throws Exception {
        try (ErasureEventsProbe events = new ErasureEventsProbe(bootstrapServers)) {
            events.subjectLocated(caseId, caseId, RequestType.RECTIFICATION,
                    new Person("jana.becker@example.net", "Jana Becker"), located(), List.of());
            await().atMost(PATIENCE).until(() -> plan().statusCode() == 200);

            JsonPath plan = plan().jsonPath();
            assertThat(plan.getString("status")).isEqualTo("OPEN");
            assertThat(plan.getBoolean("items.find { it.reference == '" + PARTNER + "' }.rectifiable")).isTrue();
            assertThat(plan.getMap("items.find { it.reference == '" + PARTNER + "' }.fields", String.class,
                    String.class)).containsKeys("name", "email", "street", "zip", "city")
                    .containsEntry("email", "jana.becker@example.net");
            assertThat(plan.getBoolean("items.find { it.reference == '" + RECORDING + "' }.rectifiable")).isFalse();

            // every record the store can change needs a decision first: nothing is written before
            given().auth().preemptive().basic("assistant", "demo-assistant")
                    .when().post("/api/cases/" + caseId + "/rectification/execute").then().statusCode(409);

            long partner = itemId(plan, PARTNER);
            post(partner, "correct", Map.of("values", Map.of("vat", "DE123"))).then().statusCode(400);
            post(partner, "correct", Map.of("values", Map.of("street", " "))).then().statusCode(400);
            // a corrected address becomes an identifier she is found by: what is no address or number is refused
            post(partner, "correct", Map.of("values", Map.of("email", "not-an-address"))).then().statusCode(400);
            post(partner, "correct", Map.of("values", Map.of("phone", "abc"))).then().statusCode(400);
            post(partner, "correct", Map.of("values", Map.of("street", "Neue Straße 5", "email",
                    "jana.becker@example.net"))).then().statusCode(200);
            assertThat(street()).as("written only on execution").isNotEqualTo("Neue Straße 5");

            post(itemId(plan, RECORDING), "statement", Map.of("text", STATEMENT)).then().statusCode(200);
            for (Map<String, Object> item : plan.<Map<String, Object>>getList("items.findAll { it.rectifiable }")) {
                if (!item.get("reference").equals(PARTNER)) {
                    post(((Number) item.get("id")).longValue(), "no-change",
                            Map.of("text", "Die Angaben der Anfrage von 2023 sind richtig.")).then().statusCode(200);
                }
            }

            JsonPath executed = given().auth().preemptive().basic("assistant", "demo-assistant")
                    .when().post("/api/cases/" + caseId + "/rectification/execute")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(executed.getString("status")).isEqualTo("COMPLETED");
            assertThat(executed.getString("items.find { it.reference == '" + PARTNER + "' }.execution"))
                    .isEqualTo("DONE");
            assertThat(executed.getString("items.find { it.reference == '" + PARTNER + "' }.proof"))
                    .contains("street as corrected").doesNotContain("Neue");
            assertThat(street()).isEqualTo("Neue Straße 5");

            await().atMost(PATIENCE).until(() -> !events.erasureEventsOf(caseId,
                    RectificationEvents.RecordsRectified.class).isEmpty());
            RectificationEvents.RecordsRectified answer =
                    events.erasureEventsOf(caseId, RectificationEvents.RecordsRectified.class).get(0);
            assertThat(answer.records()).filteredOn(record -> record.reference().equals(PARTNER))
                    .singleElement().satisfies(record -> {
                        assertThat(record.outcome()).isEqualTo(Outcome.CORRECTED);
                        assertThat(record.fields()).containsExactly("street");
                    });
            assertThat(answer.records()).filteredOn(record -> record.reference().equals(RECORDING))
                    .singleElement().extracting(RectificationEvents.RectifiedRecord::outcome)
                    .isEqualTo(Outcome.CANNOT_BE_CHANGED);
            assertThat(answer.personal().corrected()).singleElement()
                    .isEqualTo(new RectificationEvents.CorrectedValue("crm", PARTNER, "street", "Neue Straße 5"));
            assertThat(answer.personal().statements()).extracting(RectificationEvents.Explanation::text)
                    .containsExactly(STATEMENT);
            assertThat(answer.personal().person().email()).isEqualTo("jana.becker@example.net");

            assertThat(given().auth().preemptive().basic("assistant", "demo-assistant")
                    .when().get("/api/cases/" + caseId + "/erasure-plan/audit").then().statusCode(200).extract()
                    .jsonPath().getList("action", String.class))
                    .contains("RECTIFICATION_PLANNED", "RECTIFICATION_DECIDED", "RECTIFIED",
                            "RECTIFICATION_STATEMENT", "RECTIFICATION_COMPLETED");
            // completed: no decision changes any more
            post(partner, "no-change", Map.of("text", "doch nicht")).then().statusCode(409);
        }
    }

    @Test
    void herGreenlightAccountsNameAndEmailAreWrittenThroughTheConnectorProvedByReadingThemAgainAndAnswered()
            throws Exception {
        // her own account row, so that no erasure test of this application has taken it before
        String account = "users/" + UUID.randomUUID();
        String address = "konto-" + caseId.substring(0, 8) + "@example.net";
        conference("insert into " + ReferenceStoresTestResource.GREENLIGHT_SCHEMA + ".users (id, name, email, provider,"
                + " created_at, updated_at, language, status) values ('" + account.substring("users/".length())
                + "', 'Jana Beker', '" + address + "', 'greenlight', now(), now(), 'de', 0)");
        String corrected = "neu-" + address;
        try (ErasureEventsProbe events = new ErasureEventsProbe(bootstrapServers)) {
            events.subjectLocated(caseId, caseId, RequestType.RECTIFICATION, new Person(address, "Jana Becker"),
                    stores.store("conference").orElseThrow().reader().find(List.of(
                            new RecordHit(account, MatchStrength.STRONG))), List.of());
            await().atMost(PATIENCE).until(() -> plan().statusCode() == 200);

            JsonPath plan = plan().jsonPath();
            assertThat(plan.getBoolean("items.find { it.reference == '" + account + "' }.rectifiable")).isTrue();
            assertThat(plan.getMap("items.find { it.reference == '" + account + "' }.fields", String.class,
                    String.class)).containsOnlyKeys("name", "email").containsEntry("name", "Jana Beker")
                    .containsEntry("email", address);
            // the account can be changed: it is decided before anything is written, not left as unchangeable
            given().auth().preemptive().basic("assistant", "demo-assistant")
                    .when().post("/api/cases/" + caseId + "/rectification/execute").then().statusCode(409);

            long item = itemId(plan, account);
            // a new address is an identifier: taken only as one she controls (no subject index in this test)
            post(item, "correct", Map.of("values", Map.of("name", "Jana Becker", "email", corrected)))
                    .then().statusCode(409);
            post(item, "correct", Map.of("values", Map.of("name", "Jana Becker", "email", corrected),
                    "confirmedRequesterControls", true)).then().statusCode(200);
            assertThat(conferenceText("select name from " + ReferenceStoresTestResource.GREENLIGHT_SCHEMA
                    + ".users where id = '" + account.substring("users/".length()) + "'"))
                    .as("written only on execution").isEqualTo("Jana Beker");

            JsonPath executed = given().auth().preemptive().basic("assistant", "demo-assistant")
                    .when().post("/api/cases/" + caseId + "/rectification/execute")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(executed.getString("status")).isEqualTo("COMPLETED");
            assertThat(executed.getString("items.find { it.reference == '" + account + "' }.execution"))
                    .isEqualTo("DONE");
            assertThat(executed.getString("items.find { it.reference == '" + account + "' }.proof"))
                    .contains("as corrected", "name", "email").doesNotContain(corrected);
            assertThat(conferenceText("select name || '|' || email from " + ReferenceStoresTestResource.GREENLIGHT_SCHEMA
                    + ".users where id = '" + account.substring("users/".length()) + "'"))
                    .isEqualTo("Jana Becker|" + corrected);

            await().atMost(PATIENCE).until(() -> !events.erasureEventsOf(caseId,
                    RectificationEvents.RecordsRectified.class).isEmpty());
            RectificationEvents.RecordsRectified answer =
                    events.erasureEventsOf(caseId, RectificationEvents.RecordsRectified.class).get(0);
            assertThat(answer.records()).singleElement().satisfies(record -> {
                assertThat(record.store()).isEqualTo("conference");
                assertThat(record.outcome()).isEqualTo(Outcome.CORRECTED);
                assertThat(record.fields()).containsExactly("email", "name");
            });
            assertThat(answer.personal().corrected()).containsExactly(
                    new RectificationEvents.CorrectedValue("conference", account, "email", corrected),
                    new RectificationEvents.CorrectedValue("conference", account, "name", "Jana Becker"));
            assertThat(given().auth().preemptive().basic("assistant", "demo-assistant")
                    .when().get("/api/cases/" + caseId + "/erasure-plan/audit").then().statusCode(200).extract()
                    .jsonPath().getList("action", String.class))
                    .contains("RECTIFICATION_IDENTIFIER_CONFIRMED", "RECTIFIED", "RECTIFICATION_COMPLETED");
        }
    }

    private static Connection conferenceDatabase() throws Exception {
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("dsr.stores.conference.jdbc-url", String.class),
                config.getValue("dsr.stores.conference.username", String.class),
                config.getValue("dsr.stores.conference.password", String.class));
    }

    private static void conference(String sql) throws Exception {
        try (Connection connection = conferenceDatabase(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String conferenceText(String query) throws Exception {
        try (Connection connection = conferenceDatabase(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }

    /** Her partner row, her lead and one of her recordings, as the subject index hands them on. */
    private List<Finding> located() throws Exception {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(stores.store("crm").orElseThrow().reader().find(List.of(
                new RecordHit(PARTNER, MatchStrength.STRONG), new RecordHit(LEAD, MatchStrength.STRONG))));
        findings.addAll(stores.store("conference").orElseThrow().reader().find(List.of(
                new RecordHit(RECORDING, MatchStrength.STRONG))));
        // the lead is gone when the demo customer's erasure ran before in this application
        assertThat(findings).extracting(Finding::reference).contains(PARTNER, RECORDING);
        return findings;
    }

    private static long itemId(JsonPath plan, String reference) {
        return plan.getLong("items.find { it.reference == '" + reference + "' }.id");
    }

    private io.restassured.response.Response post(long itemId, String decision, Map<String, Object> body) {
        return given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body(body).when().post("/api/cases/" + caseId + "/rectification/items/" + itemId + "/" + decision);
    }

    private io.restassured.response.Response plan() {
        return given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/rectification");
    }

    private String street() throws Exception {
        try (Connection connection = DriverManager.getConnection(
                // read when used, not injected: an injected property is required for every test class of the
                // module, and the guest-book test's resource configures no CRM
                org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("dsr.stores.crm.jdbc-url",
                        String.class),
                org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("dsr.stores.crm.username",
                        String.class),
                org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("dsr.stores.crm.password",
                        String.class));
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select street from "
                        + ReferenceStoresTestResource.ODOO_SCHEMA + ".res_partner where id = 1")) {
            result.next();
            return result.getString(1);
        }
    }
}
