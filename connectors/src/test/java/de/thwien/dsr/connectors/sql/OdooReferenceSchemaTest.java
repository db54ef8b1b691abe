package de.thwien.dsr.connectors.sql;

import de.thwien.dsr.connectors.TestInfra;
import de.thwien.dsr.connectors.sql.SqlMapping.TableMapping;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Odoo mapping against the reference schema (Odoo 17.0, crm/odoo/schema.sql without its demo data): every table
 * and column the mapping names must exist there, so a mapping written for a schema of our own fails here.
 */
class OdooReferenceSchemaTest {

    private static final SqlMapping ODOO = SqlMappingLoader.fromClasspath(SqlMappingLoader.ODOO_MAPPING_RESOURCE);

    @Test
    void theShippedMappingNamesOnlyTablesAndColumnsOfTheReferenceSchema() {
        String schema = TestInfra.freshSchema("crm/odoo/schema.sql");

        assertThatCode(() -> SqlStoreReader.open(ODOO.withSchema(schema), TestInfra.dataSource(schema)))
                .doesNotThrowAnyException();
        assertThatCode(() -> SqlStoreWriter.open(ODOO.withSchema(schema), TestInfra.dataSource(schema)))
                .doesNotThrowAnyException();
    }

    @Test
    void aMappingNamingAColumnTheReferenceSchemaLacksIsRefused() {
        String schema = TestInfra.freshSchema("crm/odoo/schema.sql");
        List<TableMapping> tables = new ArrayList<>(ODOO.tables());
        TableMapping partner = ODOO.table("res_partner").orElseThrow();
        List<String> pii = new ArrayList<>(partner.pii());
        pii.add("display_name"); // stored in Odoo 16, a computed field without column in 17
        tables.set(tables.indexOf(partner), new TableMapping(partner.table(), partner.key(), partner.identifiers(), pii,
                partner.dataCategories(), partner.legalBasis(), partner.summary(), partner.retention(),
                partner.relations(), partner.erase(), partner.restrict(), partner.keepWhile(), partner.lookups()));
        SqlMapping invented = new SqlMapping(ODOO.store(), schema, tables);

        assertThatThrownBy(() -> SqlStoreReader.open(invented, TestInfra.dataSource(schema)))
                .isInstanceOf(SqlMappingException.class)
                .hasMessageContaining("table 'res_partner' has no column 'display_name'");
    }

    @Test
    void theReferenceSchemaHasNoTableOdooDoesNotHave() throws Exception {
        String schema = TestInfra.freshSchema("crm/odoo/schema.sql");

        assertThat(tables(schema)).doesNotContain("dsr_restriction")
                .allSatisfy(table -> assertThat(table).matches("(res|account|ir|mail|crm|sale|message)_[a-z_]+"));
    }

    private static List<String> tables(String schema) throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection connection = TestInfra.dataSource(schema).getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select table_name from information_schema.tables"
                     + " where table_schema = '" + schema + "'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}
