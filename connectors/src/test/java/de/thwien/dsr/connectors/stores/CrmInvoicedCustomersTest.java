package de.thwien.dsr.connectors.stores;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.connectors.TestInfra;
import de.thwien.dsr.connectors.sql.SqlMapping;
import de.thwien.dsr.connectors.sql.SqlMappingLoader;
import de.thwien.dsr.connectors.sql.SqlStoreReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CrmInvoicedCustomersTest {

    private CrmInvoicedCustomers customers;
    private String schema;

    @BeforeEach
    void seededCrm() {
        schema = TestInfra.freshSchema("crm/odoo/schema.sql", "crm/odoo/seed.sql");
        SqlMapping mapping = SqlMappingLoader.fromClasspath(SqlMappingLoader.ODOO_MAPPING_RESOURCE).withSchema(schema);
        ConnectedStore crm = new ConnectedStore(new CrmStoreType(),
                () -> SqlStoreReader.open(mapping, TestInfra.dataSource(schema)), () -> null, () -> { });
        customers = new CrmInvoicedCustomers(crm, mapping);
    }

    @Test
    void aCustomerWithAPostedInvoiceHasOneAndSomeoneWithoutOrWithOnlyADraftHasNone() throws Exception {
        TestInfra.execute(schema, "insert into res_partner (id, name, email) values (9, 'Dora Draft', 'dora@example.org');"
                + " insert into account_move (partner_id, move_type, name, invoice_date, state)"
                + " values (9, 'out_invoice', 'INV/2024/0099', '2024-05-05', 'draft')");

        assertThat(customers.hasInvoice("jana.becker@example.net")).isTrue();
        assertThat(customers.hasInvoice("sara.yilmaz@example.org")).isFalse();
        assertThat(customers.hasInvoice("dora@example.org")).isFalse();
        assertThat(customers.hasInvoice("nobody@example.org")).isFalse();
    }
}
