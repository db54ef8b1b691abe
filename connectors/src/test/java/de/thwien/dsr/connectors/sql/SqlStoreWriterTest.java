package de.thwien.dsr.connectors.sql;

import de.thwien.dsr.connectors.TestInfra;
import de.thwien.dsr.connectors.spi.StoreRefusedException;
import de.thwien.dsr.connectors.spi.ErasureBlockedException;
import de.thwien.dsr.connectors.spi.ExportedRecord;
import de.thwien.dsr.connectors.spi.RecordHit;
import de.thwien.dsr.connectors.sql.SqlMapping.Restrict;
import de.thwien.dsr.connectors.sql.SqlMapping.TableMapping;
import de.thwien.dsr.events.Finding.MatchStrength;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqlStoreWriterTest {

    private static final SqlMapping ODOO = SqlMappingLoader.fromClasspath(SqlMappingLoader.ODOO_MAPPING_RESOURCE);
    private static final LocalDate HOLD_UNTIL = LocalDate.of(2032, 12, 31);

    private String schema;
    private SqlStoreWriter writer;
    private SqlStoreReader reader;

    @BeforeEach
    void seededCrm() throws Exception {
        schema = TestInfra.freshSchema("crm/odoo/schema.sql", "crm/odoo/seed.sql");
        DataSource dataSource = TestInfra.dataSource(schema);
        writer = SqlStoreWriter.open(ODOO.withSchema(schema), dataSource);
        reader = SqlStoreReader.open(ODOO.withSchema(schema), dataSource);
    }

    @Test
    void aPartnerWithPostedInvoicesIsNeverErased() {
        assertThatThrownBy(() -> writer.erase("res_partner/1"))
                .isInstanceOf(ErasureBlockedException.class)
                .hasMessageContaining("account_move");
        assertThat(text("select email from res_partner where id = 1")).isEqualTo("jana.becker@example.net");
    }

    @Test
    void aPartnerWithoutKeptRecordsIsErasedByReplacingItsPersonalColumns() throws Exception {
        writer.erase("res_partner/4");

        ExportedRecord erased = reader.export("res_partner/4");
        assertThat(erased.fields()).containsEntry("name", "[erased]").doesNotContainKeys("email", "phone", "city");
        writer.erase("res_partner/4"); // again: no change, no error
    }

    @Test
    void aPartnersStreetIsRectifiedAndReadingAgainShowsTheNewValue() throws Exception {
        assertThat(writer.rectifiableFields("res_partner/1")).containsKeys("name", "email", "phone", "street", "zip",
                "city");

        writer.rectify("res_partner/1", java.util.Map.of("street", "Neue Straße 5"));
        writer.rectify("res_partner/1", java.util.Map.of("street", "Neue Straße 5")); // again: same row, no error

        assertThat(writer.rectifiableFields("res_partner/1")).containsEntry("street", "Neue Straße 5")
                .containsEntry("email", "jana.becker@example.net");
        assertThat(text("select street from res_partner where id = 1")).isEqualTo("Neue Straße 5");
    }

    @Test
    void aRectifiedNameAlsoChangesTheColumnsThatFollowIt() throws Exception {
        writer.rectify("res_partner/1", java.util.Map.of("name", "Jana Becker-Wolf", "email", "jana@example.org"));

        assertThat(text("select name || '|' || complete_name || '|' || email || '|' || email_normalized"
                + " from res_partner where id = 1"))
                .isEqualTo("Jana Becker-Wolf|Jana Becker-Wolf|jana@example.org|jana@example.org");
    }

    @Test
    void aCorrectedEmailAndPhoneAreStoredInTheFormsOdooKeepsBesideThem() throws Exception {
        writer.rectify("res_partner/1", java.util.Map.of("email", "Jana.Becker-Wolf@Example.NET",
                "phone", "0221 / 123 45-67"));

        assertThat(text("select email || '|' || email_normalized || '|' || phone || '|' || phone_sanitized"
                + " from res_partner where id = 1"))
                .isEqualTo("Jana.Becker-Wolf@Example.NET|jana.becker-wolf@example.net|0221 / 123 45-67|+492211234567");
        // the proof reads the value as she gave it
        assertThat(writer.rectifiableFields("res_partner/1")).containsEntry("email", "Jana.Becker-Wolf@Example.NET")
                .containsEntry("phone", "0221 / 123 45-67");
    }

    @Test
    void aFieldTheMappingDoesNotDeclareWritableIsRefusedAndNothingChanges() {
        assertThatThrownBy(() -> writer.rectify("res_partner/1", java.util.Map.of("street", "X", "vat", "DE1")))
                .isInstanceOf(de.thwien.dsr.connectors.spi.StoreRefusedException.class)
                .hasMessageContaining("vat");
        assertThat(text("select street from res_partner where id = 1")).isNotEqualTo("X");
    }

    @Test
    void aMessageHasNoRectifiableFieldsAndIsRefused() throws Exception {
        assertThat(writer.rectifiableFields("mail_message/5")).isEmpty();
        assertThatThrownBy(() -> writer.rectify("mail_message/5", java.util.Map.of("body", "x")))
                .isInstanceOf(de.thwien.dsr.connectors.spi.StoreRefusedException.class);
    }

    @Test
    void aDraftInvoiceNeverPostedTakesHerCorrectedNameButAnIssuedInvoiceIsNeverAltered() throws Exception {
        assertThat(writer.rectifiableFields("account_move/3")).containsOnlyKeys("name");

        writer.rectify("account_move/3", java.util.Map.of("name", "Jana Becker-Wolf"));

        assertThat(writer.rectifiableFields("account_move/3")).containsEntry("name", "Jana Becker-Wolf");
        // posted, and cancelled after it was posted: issued invoices (§146(4) AO), no field to correct
        assertThat(writer.rectifiableFields("account_move/2")).isEmpty();
        assertThat(writer.rectifiableFields("account_move/5")).isEmpty();
        assertThatThrownBy(() -> writer.rectify("account_move/2", java.util.Map.of("name", "Jana Becker-Wolf")))
                .isInstanceOf(StoreRefusedException.class).hasMessageContaining("rectifyWhen");
        assertThat(text("select invoice_partner_display_name from account_move where id = 2"))
                .isEqualTo("Jana Becker");
    }

    @Test
    void aPartnerThatIsGoneCannotBeRectified() throws Exception {
        assertThat(writer.rectifiableFields("res_partner/999")).isEmpty();
        assertThatThrownBy(() -> writer.rectify("res_partner/999", java.util.Map.of("street", "X")))
                .isInstanceOf(de.thwien.dsr.connectors.spi.StoreRefusedException.class)
                .hasMessageContaining("gone");
    }

    @Test
    void aMessageIsErasedByDeletingItsRow() throws Exception {
        writer.erase("mail_message/5");

        assertThat(reader.find(List.of(new RecordHit("mail_message/5", MatchStrength.STRONG)))).isEmpty();
    }

    @Test
    void aUserIsRestrictedWithTheArchiveFlagAndLifted() throws Exception {
        assertThat(writer.restrict("res_users/1", HOLD_UNTIL)).isEqualTo("res_users/1");
        assertThat(text("select active::text from res_users where id = 1")).isEqualTo("false");

        writer.lift("res_users/1");
        assertThat(text("select active::text from res_users where id = 1")).isEqualTo("true");
    }

    @Test
    void anInvoiceIsRestrictedInTheRestrictionTableWithItsHoldDate() throws Exception {
        // a store of the operator's own with a restriction table (Odoo has none: its mapping records it outside)
        TestInfra.execute(schema, RESTRICTION_TABLE);
        SqlStoreWriter withTable = SqlStoreWriter.open(invoicesRestrictedIn("dsr_restriction").withSchema(schema),
                TestInfra.dataSource(schema));

        withTable.restrict("account_move/1", HOLD_UNTIL);
        withTable.restrict("account_move/1", HOLD_UNTIL.plusYears(1)); // a later hold replaces the earlier one
        assertThat(text("select table_name || '/' || record_key || ' ' || hold_until from dsr_restriction"))
                .isEqualTo("account_move/1 2033-12-31");

        withTable.lift("account_move/1");
        assertThat(text("select count(*)::text from dsr_restriction")).isEqualTo("0");
    }

    @Test
    void everyRowOfEveryMappedTableIsListedByItsReferenceAlsoInTablesTheCrawlSkips() throws Exception {
        java.util.Map<String, String> identities = new java.util.LinkedHashMap<>();
        reader.restorableIdentities(identities::put);
        List<String> crawled = new ArrayList<>();
        reader.crawl(de.thwien.dsr.connectors.spi.CrawlCursor.START, record -> crawled.add(record.reference()));

        assertThat(identities).containsEntry("res_partner/1", "res_partner/1")
                .containsEntry("account_move_line/1", "account_move_line/1")
                .containsKeys(crawled.toArray(String[]::new));
        assertThat(crawled).as("a line has no identifier column").doesNotContain("account_move_line/1");
        assertThat(identities).allSatisfy((identity, reference) -> assertThat(identity).isEqualTo(reference));
        assertThat(identities.keySet().stream().map(reference -> reference.substring(0, reference.indexOf('/')))
                .distinct().toList()).hasSizeGreaterThan(new java.util.HashSet<>(crawled.stream()
                        .map(reference -> reference.substring(0, reference.indexOf('/'))).toList()).size());
    }

    @Test
    void aUserRestoredFromABackupWithoutItsArchiveFlagIsNoLongerRestricted() throws Exception {
        assertThat(writer.isRestricted("res_users/1")).isFalse();
        writer.restrict("res_users/1", HOLD_UNTIL);
        assertThat(writer.isRestricted("res_users/1")).isTrue();

        TestInfra.execute(schema, "update res_users set active = true where id = 1"); // the backup's row

        assertThat(writer.isRestricted("res_users/1")).isFalse();
    }

    @Test
    void aPartnerRestoredFromABackupWithoutItsRestrictionTagIsNoLongerRestricted() throws Exception {
        assertThat(writer.isRestricted("res_partner/1")).isFalse();
        writer.restrict("res_partner/1", HOLD_UNTIL);
        assertThat(writer.isRestricted("res_partner/1")).isTrue();
        assertThat(writer.isRestricted("res_partner/4")).as("another partner").isFalse();

        TestInfra.execute(schema, "delete from res_partner_res_partner_category_rel where partner_id = 1");

        assertThat(writer.isRestricted("res_partner/1")).isFalse();
    }

    @Test
    void aRowRestrictedInTheRestrictionTableIsRestrictedUntilLiftedAndOneRestrictedOutsideTheStoreAlwaysIs()
            throws Exception {
        TestInfra.execute(schema, RESTRICTION_TABLE);
        SqlStoreWriter withTable = SqlStoreWriter.open(invoicesRestrictedIn("dsr_restriction").withSchema(schema),
                TestInfra.dataSource(schema));
        assertThat(withTable.isRestricted("account_move/1")).isFalse();

        withTable.restrict("account_move/1", HOLD_UNTIL);
        assertThat(withTable.isRestricted("account_move/1")).isTrue();
        assertThat(withTable.isRestricted("account_move/2")).isFalse();
        withTable.lift("account_move/1");
        assertThat(withTable.isRestricted("account_move/1")).isFalse();

        // Odoo's invoices: erasure-service's plan keeps the restriction, a restore cannot take it away
        assertThat(writer.isRestricted("account_move/1")).isTrue();
    }

    @Test
    void aRestrictionTableWithoutTheHoldColumnFailsTheMappingCheck() {
        TestInfra.execute(schema, RESTRICTION_TABLE);
        TestInfra.execute(schema, "alter table dsr_restriction drop column hold_until");

        assertThatThrownBy(() -> SqlStoreWriter.open(invoicesRestrictedIn("dsr_restriction").withSchema(schema),
                        TestInfra.dataSource(schema)))
                .isInstanceOf(SqlMappingException.class)
                .hasMessageContaining("table 'dsr_restriction' has no column 'hold_until'");
    }

    @Test
    void aRowOfATableWithoutARestrictRuleIsRefusedForTheAssistantNotRetriedAsAStoreThatCannotBeAsked() throws Exception {
        // asking again cannot give the table a rule: the executor hands a refusal to the assistant, and retries only
        // a store that could not be asked
        SqlStoreWriter withoutRule = SqlStoreWriter.open(invoicesRestrictedIn(null).withSchema(schema),
                TestInfra.dataSource(schema));

        assertThatThrownBy(() -> withoutRule.restrict("account_move/1", HOLD_UNTIL))
                .isInstanceOf(StoreRefusedException.class).hasMessageContaining("no restrict rule");
        assertThatThrownBy(() -> withoutRule.lift("account_move/1")).isInstanceOf(StoreRefusedException.class);
    }

    private static final String RESTRICTION_TABLE = "create table dsr_restriction (table_name text not null,"
            + " record_key text not null, hold_until date not null, primary key (table_name, record_key))";

    private static SqlMapping invoicesRestrictedIn(String restrictionTable) {
        List<TableMapping> tables = new ArrayList<>(ODOO.tables());
        TableMapping moves = ODOO.table("account_move").orElseThrow();
        tables.set(tables.indexOf(moves), new TableMapping(moves.table(), moves.key(), moves.identifiers(), moves.pii(),
                moves.dataCategories(), moves.legalBasis(), moves.summary(), moves.retention(), moves.relations(),
                moves.erase(), restrictionTable == null ? null : new Restrict(null, null, null, restrictionTable, null,
                        false), moves.keepWhile(),
                moves.lookups()));
        return new SqlMapping(ODOO.store(), ODOO.schema(), tables);
    }

    private String text(String query) {
        try (Connection connection = TestInfra.dataSource(schema).getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
