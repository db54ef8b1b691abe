package de.thwien.dsr.connectors.sql;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqlMappingLoaderTest {

    @Test
    void theShippedOdooMappingDescribesPartnersInvoicesAndMessages() {
        SqlMapping mapping = SqlMappingLoader.fromClasspath(SqlMappingLoader.ODOO_MAPPING_RESOURCE);

        assertThat(mapping.store()).isEqualTo("crm");
        assertThat(mapping.tables()).extracting(SqlMapping.TableMapping::table)
                .containsExactly("res_partner", "account_move", "account_move_line", "ir_attachment", "mail_message",
                        "mail_tracking_value", "mail_mail", "mail_notification", "mail_followers", "crm_lead",
                        "sale_order", "res_users", "res_partner_bank");
        assertThat(mapping.table("res_partner").orElseThrow().erase().set()).containsEntry("name", "[erased]")
                .containsEntry("email", null);
    }

    @Test
    void redactingInsteadOfDeletingNeedsTheDeleteModeAndItsPlaceholders(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("mapping.yaml");
        Files.writeString(file, """
                store: crm
                tables:
                  - table: mail_message
                    key: id
                    retention: [{category: general-correspondence, startColumn: date}]
                    erase: {mode: DELETE, redactWhen: [{model: [account.move]}]}
                """);

        assertThatThrownBy(() -> SqlMappingLoader.fromFile(file))
                .isInstanceOf(SqlMappingException.class)
                .hasMessageContaining("erase.redactWhen needs mode DELETE and the placeholders in set");
    }

    @Test
    void aRestrictionNamingTwoWaysIsAnError(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("mapping.yaml");
        Files.writeString(file, """
                store: crm
                tables:
                  - table: account_move
                    key: id
                    retention: [{category: accounting-voucher, startColumn: invoice_date}]
                    restrict: {outsideStore: true, flagColumn: active, restrictedValue: "false", liftedValue: "true"}
                """);

        assertThatThrownBy(() -> SqlMappingLoader.fromFile(file))
                .isInstanceOf(SqlMappingException.class)
                .hasMessageContaining("restrict needs exactly one of flagColumn, table, tag, outsideStore");
    }

    @Test
    void aMisspelledKeyIsAnError(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("mapping.yaml");
        Files.writeString(file, """
                store: crm
                tables:
                  - table: res_partner
                    key: id
                    identifers: {email: [email]}
                    retention: [{category: customer-master-data, startColumn: create_date}]
                """);

        assertThatThrownBy(() -> SqlMappingLoader.fromFile(file))
                .isInstanceOf(SqlMappingException.class)
                .hasMessageContaining("identifers");
    }

    @Test
    void aTableWithoutRetentionRuleIsAnError(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("mapping.yaml");
        Files.writeString(file, """
                store: crm
                tables:
                  - table: res_partner
                    key: id
                """);

        assertThatThrownBy(() -> SqlMappingLoader.fromFile(file))
                .isInstanceOf(SqlMappingException.class)
                .hasMessageContaining("res_partner needs at least one retention rule");
    }

    @Test
    void aRetentionCategoryNoRuleKnowsIsAnError(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("mapping.yaml");
        Files.writeString(file, """
                store: crm
                tables:
                  - table: res_partner
                    key: id
                    identifiers: {email: [email]}
                    retention: [{category: customer-masterdata, startColumn: create_date}]
                """);

        assertThatThrownBy(() -> SqlMappingLoader.fromFile(file))
                .isInstanceOf(SqlMappingException.class)
                .hasMessageContaining("unknown retention category 'customer-masterdata'");
    }

    @Test
    void aStoreOfAnotherTypeThanTheBuiltInOnesIsMappedUnderItsOwnId(@TempDir Path directory) throws Exception {
        // a deployment adds store types (issue 18 item 6): a second SQL store is not one of StoreId's three
        Path file = directory.resolve("mapping.yaml");
        Files.writeString(file, """
                store: erp-archive
                tables:
                  - table: res_partner
                    key: id
                    identifiers: {email: [email]}
                    retention: [{category: customer-master-data, startColumn: create_date}]
                """);

        assertThat(SqlMappingLoader.fromFile(file).store()).isEqualTo("erp-archive");
    }

    @Test
    void aStoreIdThatIsNoIdIsAnError(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("mapping.yaml");
        Files.writeString(file, """
                store: "ERP Prod/2"
                tables:
                  - table: res_partner
                    key: id
                    identifiers: {email: [email]}
                    retention: [{category: customer-master-data, startColumn: create_date}]
                """);

        assertThatThrownBy(() -> SqlMappingLoader.fromFile(file))
                .isInstanceOf(SqlMappingException.class)
                .hasMessageContaining("store id 'ERP Prod/2' is no store id");
    }
}
