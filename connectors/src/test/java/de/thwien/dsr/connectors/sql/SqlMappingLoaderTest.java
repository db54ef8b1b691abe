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
                .containsExactly("res_partner", "account_move", "mail_message");
        assertThat(mapping.table("res_partner").orElseThrow().erase().set()).containsEntry("name", "[erased]")
                .containsEntry("email", null);
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
    void aStoreIdNoStoreHasIsAnError(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("mapping.yaml");
        Files.writeString(file, """
                store: erp
                tables:
                  - table: res_partner
                    key: id
                    identifiers: {email: [email]}
                    retention: [{category: customer-master-data, startColumn: create_date}]
                """);

        assertThatThrownBy(() -> SqlMappingLoader.fromFile(file))
                .isInstanceOf(SqlMappingException.class)
                .hasMessageContaining("unknown store id 'erp'");
    }
}
