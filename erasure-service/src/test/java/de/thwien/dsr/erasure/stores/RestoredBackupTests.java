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
import de.thwien.dsr.events.Finding.MatchStrength;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Issue #21's walk: the demo customer Jana Becker is erased from a real mailbox (GreenMail over IMAP) and the Odoo 17
 * reference schema; then both are restored from a snapshot taken before (every table of the schema copied aside and
 * put back, her mails appended again with their Message-IDs into their folder, under new UIDs). The restore check
 * erases exactly her records again and restricts again her held ones, with proof on the case's audit trail, touches
 * nothing else, and its report counts them; a second run finds nothing.
 */
@QuarkusTest
@TestProfile(DemoCustomerErasureTests.ConnectorsWrite.class)
@QuarkusTestResource(value = RestoredBackupStoresTestResource.class, restrictToAnnotatedClass = true)
class RestoredBackupTests {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final String SNAPSHOT = "odoo_snapshot";
    private static final Set<Identifier> HER = Set.of(
            new Identifier(IdentifierKind.EMAIL, EmailNormaliser.canonical("jana.becker@example.net").orElseThrow()),
            new Identifier(IdentifierKind.PHONE, PhoneNormaliser.e164("0221 98765432").orElseThrow()),
            new Identifier(IdentifierKind.PHONE, PhoneNormaliser.e164("0171 5550123").orElseThrow()));

    private static final String HER_TEXT = "Guten Tag,\nich habe eine Frage.\nJana Becker, 0171 5550123";

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
    void afterRestoringTheCrmAndTheMailboxFromABackupTheRestoreCheckErasesExactlyHerRecordsAgainWithProof()
            throws Exception {
        List<MimeMessage> hers = List.of(
                mail("jana.becker@example.net", "Frage zu Ihrem Angebot", "<frage-1@example.net>", HER_TEXT),
                mail("jana.becker@example.net", "Noch eine Frage", "<frage-2@example.net>", HER_TEXT));
        MimeMessage someoneElses = mail("lukas.mueller@example.com", "Termin", "<termin-1@example.com>",
                "Guten Tag,\npasst Ihnen Dienstag?\nLukas Müller");
        append("INBOX", hers.get(0), someoneElses, hers.get(1));
        snapshotCrm();

        List<Finding> findings = new ArrayList<>(foundIn("crm"));
        List<Finding> inMail = foundIn("mail");
        assertThat(inMail).as("her mails found in the mailbox").hasSize(2);
        findings.addAll(inMail);
        try (ErasureEventsProbe events = new ErasureEventsProbe(bootstrapServers)) {
            events.subjectLocated(caseId, caseId, RequestType.ERASURE,
                    new Person("jana.becker@example.net", "Jana Becker"), findings, List.of());
            await().atMost(PATIENCE).until(() -> "COMPLETED".equals(planStatus()));
        }
        JsonPath plan = plan();
        List<Long> erasedItems = itemIds(plan, "ERASED");
        List<Long> restrictedItems = itemIds(plan, "RESTRICTED");
        assertThat(messageIdsIn("INBOX")).containsExactly("<termin-1@example.com>");
        Map<String, List<String>> afterErasure = crmRows();

        // the backup of before the erasure is restored: every CRM table as it was, her mails back in the INBOX
        restoreCrm();
        append("INBOX", hers.get(0), hers.get(1));
        assertThat(crmRows()).isNotEqualTo(afterErasure);

        JsonPath report = given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/restore-check").then().statusCode(200).extract().jsonPath();

        List<Map<String, Object>> reapplied = report.getList("reapplied");
        assertThat(reapplied).as("only her case's records").allSatisfy(done -> {
            assertThat(done.get("caseId")).isEqualTo(caseId);
            assertThat(done.get("succeeded")).as(String.valueOf(done)).isEqualTo(true);
        });
        assertThat(reapplied.stream().filter(done -> "ERASED".equals(done.get("action")))
                .map(done -> ((Number) done.get("itemId")).longValue()).toList())
                .as("every record erased is erased again, once").containsExactlyInAnyOrderElementsOf(erasedItems);
        List<Long> restrictedAgain = reapplied.stream().filter(done -> "RESTRICTED".equals(done.get("action")))
                .map(done -> ((Number) done.get("itemId")).longValue()).toList();
        assertThat(restrictedAgain).as("held records whose restriction the restore took away").isNotEmpty()
                .doesNotHaveDuplicates();
        assertThat(restrictedItems).containsAll(restrictedAgain);
        assertThat(report.getInt("reErased")).isEqualTo(erasedItems.size());
        assertThat(report.getInt("reRestricted")).isEqualTo(restrictedAgain.size());
        assertThat(report.getInt("failed")).isZero();
        assertThat(report.getList("unavailableStores")).isEmpty();
        assertThat(report.getInt("counts.find { it.store == 'mail' && it.action == 'ERASED' }.count")).isEqualTo(2);
        assertThat(report.getInt("counts.find { it.store == 'crm' && it.action == 'ERASED' }.count"))
                .isEqualTo(erasedItems.size() - 2);

        // nothing else touched: the CRM is as the erasure left it, the other person's mail is where it was
        assertThat(crmRows()).isEqualTo(afterErasure);
        assertThat(messageIdsIn("INBOX")).containsExactly("<termin-1@example.com>");
        String audit = given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/erasure-plan/audit").then().statusCode(200).extract()
                .asString();
        assertThat(audit).as("the proof is on the case's audit trail")
                .contains("ERASED_AGAIN_AFTER_RESTORE", "RESTRICTED_AGAIN_AFTER_RESTORE");

        JsonPath second = given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/restore-check").then().statusCode(200).extract().jsonPath();
        assertThat(second.getList("reapplied")).as("nothing is back a second time").isEmpty();
        assertThat(crmRows()).isEqualTo(afterErasure);
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

    /** Every base table of the Odoo schema copied into the snapshot schema, as a dump before the erasure would. */
    private void snapshotCrm() throws Exception {
        try (Connection connection = crm();
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SNAPSHOT + " cascade");
            statement.execute("create schema " + SNAPSHOT);
            for (String table : tables(statement)) {
                statement.execute("create table " + SNAPSHOT + "." + table + " as select * from "
                        + ReferenceStoresTestResource.ODOO_SCHEMA + "." + table);
            }
        }
    }

    /** Every table emptied and filled from the snapshot, foreign keys not checked meanwhile (as pg_restore does). */
    private void restoreCrm() throws Exception {
        try (Connection connection = crm();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("set local session_replication_role = replica");
            for (String table : tables(statement)) {
                String live = ReferenceStoresTestResource.ODOO_SCHEMA + "." + table;
                statement.execute("delete from " + live);
                statement.execute("insert into " + live + " select * from " + SNAPSHOT + "." + table);
            }
            connection.commit();
        }
    }

    private static List<String> tables(Statement statement) throws Exception {
        List<String> tables = new ArrayList<>();
        try (ResultSet result = statement.executeQuery("select table_name from information_schema.tables"
                + " where table_schema = '" + ReferenceStoresTestResource.ODOO_SCHEMA + "'"
                + " and table_type = 'BASE TABLE' order by table_name")) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        return tables;
    }

    /** Per table, its rows as text, sorted: two states compare equal when every row is the same. */
    private Map<String, List<String>> crmRows() throws Exception {
        Map<String, List<String>> rows = new TreeMap<>();
        try (Connection connection = crm();
                Statement statement = connection.createStatement()) {
            for (String table : tables(statement)) {
                List<String> texts = new ArrayList<>();
                try (ResultSet result = statement.executeQuery(rowsOf(table))) {
                    while (result.next()) {
                        texts.add(result.getString(1));
                    }
                }
                Collections.sort(texts);
                rows.put(table, texts);
            }
        }
        return rows;
    }

    /**
     * A table's rows as text. The restriction tag the erasure created is not in the backup: restricting her again
     * creates it anew under another id, so tags and their links compare by the tag's name, not its id.
     */
    private static String rowsOf(String table) {
        String schema = ReferenceStoresTestResource.ODOO_SCHEMA;
        return switch (table) {
            case "res_partner_category" -> "select (to_jsonb(t) - 'id' - 'parent_path')::text from " + schema
                    + ".res_partner_category t";
            case "res_partner_res_partner_category_rel" -> "select r.partner_id || ' ' || c.name::text from "
                    + schema + ".res_partner_res_partner_category_rel r join " + schema
                    + ".res_partner_category c on c.id = r.category_id";
            default -> "select t::text from " + schema + "." + table + " t";
        };
    }

    private MimeMessage mail(String from, String subject, String messageId, String text) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(RestoredBackupStoresTestResource.MAIL_ADDRESS));
        message.setSubject(subject, "UTF-8");
        message.setSentDate(new Date());
        message.setText(text, "UTF-8");
        message.saveChanges();
        return message;
    }

    private void append(String folderName, MimeMessage... messages) throws Exception {
        try (Store store = store()) {
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                folder.create(Folder.HOLDS_MESSAGES);
            }
            folder.appendMessages(messages);
        }
    }

    private List<String> messageIdsIn(String folderName) throws Exception {
        try (Store store = store()) {
            Folder folder = store.getFolder(folderName);
            folder.open(Folder.READ_ONLY);
            try {
                List<String> ids = new ArrayList<>();
                for (Message message : folder.getMessages()) {
                    ids.add(((MimeMessage) message).getMessageID());
                }
                return ids;
            } finally {
                folder.close(false);
            }
        }
    }

    private Store store() throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        // read when used, not injected: an injected property is required for every test class of the module, and
        // only this class's resource configures the mail account "info"
        Config config = ConfigProvider.getConfig();
        store.connect(config.getValue("dsr.stores.mail.accounts.info.host", String.class),
                config.getValue("dsr.stores.mail.accounts.info.port", Integer.class),
                RestoredBackupStoresTestResource.MAIL_LOGIN,
                RestoredBackupStoresTestResource.MAIL_PASSWORD);
        return store;
    }

    private static List<Long> itemIds(JsonPath plan, String execution) {
        return plan.getList("items.findAll { it.execution == '" + execution + "' && it.store != 'conference' }.id",
                Long.class);
    }

    private String planStatus() {
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
