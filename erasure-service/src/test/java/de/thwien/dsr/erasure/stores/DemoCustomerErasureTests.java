package de.thwien.dsr.erasure.stores;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.connectors.identity.EmailNormaliser;
import de.thwien.dsr.connectors.identity.Identifier;
import de.thwien.dsr.connectors.identity.IdentifierKind;
import de.thwien.dsr.connectors.identity.PhoneNormaliser;
import de.thwien.dsr.connectors.spi.CrawlCursor;
import de.thwien.dsr.connectors.spi.RecordHit;
import de.thwien.dsr.connectors.spi.StoreReader;
import de.thwien.dsr.connectors.stores.ConnectedStores;
import de.thwien.dsr.erasure.testing.ErasureEventsProbe;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.ErasureEvents.OperatorTaskKind;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Finding.MatchStrength;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Issue #17's walk: the demo customer Jana Becker in the Odoo 17 and Greenlight 3.8 reference schemas (a child
 * contact, posted invoices with their PDFs, an internal note and an audit-trail message on a posted invoice, a mobile
 * number, a Greenlight account with a room shared with another user and its recordings on BBB) is found as the subject
 * index finds her (her e-mail address and phone numbers in the stores' crawl), planned and erased by erasure-service
 * through the connectors, and then every text column of every table of both schemas is searched for her.
 */
@QuarkusTest
@TestProfile(DemoCustomerErasureTests.ConnectorsWrite.class)
@QuarkusTestResource(value = ReferenceStoresTestResource.class, restrictToAnnotatedClass = true)
class DemoCustomerErasureTests {

    /** The connectors instead of the tests' in-memory stores. */
    public static class ConnectorsWrite implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.arc.exclude-types", "de.thwien.dsr.platform.time.ClockProducer,"
                    + "de.thwien.dsr.erasure.testing.InMemoryRecordStores");
        }
    }

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Set<Identifier> HER = Set.of(
            new Identifier(IdentifierKind.EMAIL, EmailNormaliser.canonical("jana.becker@example.net").orElseThrow()),
            new Identifier(IdentifierKind.PHONE, PhoneNormaliser.e164("0221 98765432").orElseThrow()),
            new Identifier(IdentifierKind.PHONE, PhoneNormaliser.e164("0171 5550123").orElseThrow()));
    /** Her e-mail addresses (also her former one) and phone numbers as typed, normalised or sanitised. */
    private static final String HER_CONTACT = "jana\\.?becker|jana\\.b@|5550123|555 ?0123|98765432|98 ?76 ?54 ?32";
    private static final String HER_NAME = "jana becker|becker,? jana|j\\. ?becker|frau becker";
    /** Another Jana Becker (other address, other person) in each store: her name, not her. */
    private static final Set<String> NAMESAKES = Set.of("crm:res_partner/2", "crm:mail_message/4",
            "conference:users/00000000-0000-0000-0000-0000000000a3");

    @Inject
    ConnectedStores stores;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /**
     * The CRM's database with the test's credentials, read when used, not injected: an injected property is required
     * for every test class of the module, and a test class whose resource configures no CRM must start too.
     */
    private static Connection crm() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("dsr.stores.crm.jdbc-url", String.class),
                config.getValue("dsr.stores.crm.username", String.class),
                config.getValue("dsr.stores.crm.password", String.class));
    }

    private final String caseId = UUID.randomUUID().toString();

    @Test
    void erasingTheDemoCustomerLeavesHerNameEmailAndPhoneOnlyInRowsUnderAHoldListedWithTheirEndDate() throws Exception {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(foundIn("crm"));
        findings.addAll(foundIn("conference"));
        try (ErasureEventsProbe events = new ErasureEventsProbe(bootstrapServers)) {
            events.subjectLocated(caseId, caseId, RequestType.ERASURE,
                    new Person("jana.becker@example.net", "Jana Becker"), findings, List.of());
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(planOrNull()).as(this::itemsNotDone)
                    .isEqualTo("COMPLETED"));
            await().atMost(PATIENCE).until(() -> !events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class)
                    .isEmpty());
            ErasureEvents.RecordsErased confirmation =
                    events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class).get(0);
            JsonPath plan = plan();

            Set<String> left = new TreeSet<>();
            left.addAll(rowsMentioning("crm", ReferenceStoresTestResource.ODOO_SCHEMA, HER_CONTACT));
            left.addAll(rowsMentioning("conference", ReferenceStoresTestResource.GREENLIGHT_SCHEMA, HER_CONTACT));
            left.addAll(rowsMentioning("crm", ReferenceStoresTestResource.ODOO_SCHEMA, HER_NAME));
            left.addAll(rowsMentioning("conference", ReferenceStoresTestResource.GREENLIGHT_SCHEMA, HER_NAME));
            left.removeAll(NAMESAKES);

            List<Map<String, Object>> held = plan.getList("items.findAll { it.execution == 'RESTRICTED' }");
            Set<String> heldRows = new TreeSet<>();
            held.forEach(item -> heldRows.add(item.get("store") + ":" + item.get("reference")));
            assertThat(held).as("every held item names the end of its hold")
                    .allSatisfy(item -> assertThat(item.get("holdUntil")).isNotNull());
            assertThat(left).as("rows still naming her").isNotEmpty()
                    .allSatisfy(row -> assertThat(heldRows).contains(row));
            assertThat(plan.getList("items.findAll { it.execution != 'RESTRICTED' && it.execution != 'ERASED' }"))
                    .as("items neither erased nor restricted").isEmpty();
            // the invoice, its PDF and the audit-trail note kept for the books, her partner and child contact with them
            assertThat(heldRows).contains("crm:account_move/2", "crm:ir_attachment/1", "crm:res_partner/1",
                    "crm:res_partner/5");
            assertThat(confirmation.restricted()).extracting(r -> r.store() + ":" + r.reference())
                    .containsExactlyInAnyOrderElementsOf(heldRows);
            assertThat(confirmation.restricted()).allSatisfy(r -> assertThat(r.erasableFrom()).isNotNull());

            assertThat(plan.getList("operatorTasks.instruction", String.class)).containsExactlyInAnyOrder(
                    "rm -f " + ReferenceStoresTestResource.ODOO_FILESTORE
                            + "/c1/c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0",
                    "rm -f " + ReferenceStoresTestResource.ODOO_FILESTORE
                            + "/9a/9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b",
                    "rm -f /usr/src/app/storage/q8/n2/q8n2avatarjana0000000000000",
                    "rm -f /usr/src/app/storage/x7/k4/x7k4presentationjana0000000",
                    "bbb-record --delete rec-jana-0001",
                    "bbb-record --delete rec-jana-0002",
                    "bbb-record --delete rec-jana-0003");
            assertThat(confirmation.operatorTasks()).extracting(ErasureEvents.OpenOperatorTask::kind)
                    .contains(OperatorTaskKind.DELETE_STORED_FILE, OperatorTaskKind.PURGE_RECORDING_MEDIA);
            assertThat(confirmation.operatorTasks()).extracting(task -> task.store() + ":" + task.reference())
                    .contains("crm:ir_attachment/2", "crm:ir_attachment/3");
            // the recording BBB finished after Greenlight's last sync is found, planned and erased like the others
            assertThat(plan.getString("items.find { it.reference == 'recordings/rec-jana-0003' }.execution"))
                    .isEqualTo("ERASED");
        }
    }

    /** What the subject index hands on: the records whose crawl carries her address or numbers, confirmed live. */
    private List<Finding> foundIn(String store) throws Exception {
        StoreReader reader = stores.store(store).orElseThrow().reader();
        List<RecordHit> hits = new ArrayList<>();
        reader.crawl(CrawlCursor.START, record -> {
            if (!Collections.disjoint(record.identifiers(), HER)) {
                hits.add(new RecordHit(record.reference(), MatchStrength.STRONG));
            }
        });
        return reader.find(hits);
    }

    /** store:table/key of every row with a text column matching {@code pattern}, in every table of the schema. */
    private Set<String> rowsMentioning(String store, String schema, String pattern) throws Exception {
        Set<String> rows = new TreeSet<>();
        try (Connection connection = crm();
                Statement statement = connection.createStatement()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet result = statement.executeQuery("select c.table_name, c.column_name"
                    + " from information_schema.columns c join information_schema.tables t"
                    + " on t.table_schema = c.table_schema and t.table_name = c.table_name"
                    + " where c.table_schema = '" + schema + "' and t.table_type = 'BASE TABLE'"
                    + " and c.data_type in ('text', 'character varying', 'character', 'jsonb')")) {
                while (result.next()) {
                    columns.add(new String[] {result.getString(1), result.getString(2)});
                }
            }
            assertThat(columns).as("text columns of " + schema).hasSizeGreaterThan(20);
            for (String[] column : columns) {
                // the key a finding names: Greenlight's recordings by their BBB record id, other rows by id
                String key = column[0].equals("recordings") ? "record_id" : "id";
                try (ResultSet result = statement.executeQuery("select coalesce(to_jsonb(t)->>'" + key
                        + "', t::text) from " + schema + "." + column[0] + " t where t.\"" + column[1]
                        + "\"::text ~* '" + pattern + "'")) {
                    while (result.next()) {
                        rows.add(store + ":" + column[0] + "/" + result.getString(1));
                    }
                }
            }
        }
        return rows;
    }

    /** The items still open, with their last error: what a failing walk shows. */
    private String itemsNotDone() {
        return given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/erasure-plan").then().extract().jsonPath()
                .getList("items.findAll { it.execution != 'ERASED' && it.execution != 'RESTRICTED' }"
                        + ".collect { it.reference + ' ' + it.execution + ' ' + it.attention + ' ' + it.lastError }")
                .toString();
    }

    private String planOrNull() {
        var response = given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/erasure-plan");
        return response.statusCode() == 200 ? response.jsonPath().getString("status") : null;
    }

    private JsonPath plan() {
        return given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/erasure-plan")
                .then().statusCode(200).extract().jsonPath();
    }
}
